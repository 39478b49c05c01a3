// Under load (`npm run bench`, loopback only, bounded):
// 1. the HTTP mock (`npm start`, default logging) takes 20,000 requests over
//    50 connections with no error, timeout or non-2xx, and steady memory, at
//    no less than 0.15× the requests per second of a bare Node HTTP server
//    serving the same body, measured in the same run;
// 2. 1,000 concurrent getUploadTask calls on the in-process mock each get
//    their own right answer, and no error carries the token.
import { readdirSync, readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { createSmhClient } from '../src/index.ts';
import { startMock } from '../scripts/lib/mock-process.ts';
import { createMockFetch } from '../src/mock/index.ts';
import { startJsonServer } from './json-server.ts';

const REQUESTS = 20_000;
const CONNECTIONS = 50;
const spec = JSON.parse(readFileSync(new URL('../generated/openapi.json', import.meta.url), 'utf8'));
const examples = spec.components.examples as Record<string, { value: unknown }>;
const target = '/api/v1/file/smh0000000000000/-/2a8c5ec76a6bb1f7d2bb4d0fd7c4a5e3?upload&access_token=load-token';
const problems: string[] = [];

async function hammer(name: string, baseUrl: string) {
  const started = performance.now(); // autocannon's own duration is too coarse for a run of a second or two
  const result = await autocannon({ url: `${baseUrl}${target}`, connections: CONNECTIONS, amount: REQUESTS, timeout: 10 });
  const seconds = (performance.now() - started) / 1000;
  const bad = { errors: result.errors, timeouts: result.timeouts, non2xx: result.non2xx, mismatches: result.mismatches };
  if (result.requests.total < REQUESTS || Object.values(bad).some((count) => count > 0)) problems.push(`${name}: ${result.requests.total} requests, ${JSON.stringify(bad)}`);
  const perSecond = result.requests.total / seconds;
  console.log(`${name}: ${result.requests.total} requests over ${CONNECTIONS} connections, ${JSON.stringify(bad)}, p99 latency ${result.latency.p99} ms`);
  return perSecond;
}

/** Resident memory of a process and everything under it (the tether, the mock), in MiB. */
function treeRssMiB(root: number): number {
  const stats = new Map<number, { parent: number; pages: number }>();
  for (const pid of readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      stats.set(Number(pid), { parent: Number(fields[1]), pages: Number(fields[21]) }); // ppid, rss (in pages)
    } catch {} // the process ended meanwhile
  }
  const inTree = (pid: number): boolean => pid === root || (stats.has(pid) && pid > 1 && inTree(stats.get(pid)!.parent));
  let pages = 0;
  for (const [pid, { pages: rss }] of stats) if (inTree(pid)) pages += rss;
  return (pages * 4096) / 2 ** 20;
}

// 1. The HTTP mock against a bare server serving the same body.
const body = JSON.stringify(examples.multipartInProgress!.value);
const bare = await startJsonServer(body);
const mock = await startMock();
try {
  await autocannon({ url: `${mock.baseUrl}${target}`, connections: CONNECTIONS, amount: 2000 }); // warm-up
  const rssBefore = treeRssMiB(mock.pid);
  const mockRate = await hammer('HTTP mock (npm start)', mock.baseUrl);
  const rssAfter = treeRssMiB(mock.pid);
  const bareRate = await hammer('bare Node HTTP server', bare.baseUrl);
  const ratio = mockRate / bareRate;
  console.log(`HTTP mock: ${ratio.toFixed(3)}× a bare Node HTTP server's requests/s (this run ${Math.round(mockRate)} vs ${Math.round(bareRate)})`);
  if (ratio < 0.15) problems.push(`the HTTP mock keeps ${ratio.toFixed(3)}× a bare server's requests/s, below 0.15×`);
  console.log(`HTTP mock memory: ${rssBefore.toFixed(0)} MiB after warm-up, ${rssAfter.toFixed(0)} MiB after ${REQUESTS} requests`);
  if (rssAfter > rssBefore * 1.5) problems.push(`the mock's memory grew from ${rssBefore.toFixed(0)} to ${rssAfter.toFixed(0)} MiB`);
} finally {
  await Promise.all([mock.stop(), bare.stop()]);
}

// 2. 1,000 concurrent calls on the in-process mock, each for its own library
//    and one of the test keys, so that every answer is told apart.
const token = 'load&token=é';
const client = createSmhClient({ baseUrl: 'http://mock.test', accessToken: token, fetch: createMockFetch() });
const confirmKey = spec.components.parameters.ConfirmKey as { examples: Record<string, { value: string }> };
const pairs = Object.entries(confirmKey.examples).map(([name, { value }]) => ({ name, key: value }));
const started = performance.now();
const results = await Promise.all(
  Array.from({ length: 1000 }, async (_, index) => {
    const { name, key } = pairs[index % pairs.length]!;
    const result = await client.getUploadTask({ libraryId: `lib-${index}`, confirmKey: key });
    return { name, index, got: result.data ?? result.error, url: result.response.url };
  }),
);
const wrong = results.filter(({ name, got, url, index }) => JSON.stringify(got) !== JSON.stringify(examples[name]!.value) || !url.includes(`/lib-${index}/`));
const leaks = results.filter(({ got, url }) => `${JSON.stringify(got)} ${url}`.includes(encodeURIComponent(token)) || JSON.stringify(got).includes(token));
console.log(`in-process mock: 1000 concurrent calls over ${pairs.length} test keys in ${Math.round(performance.now() - started)} ms, ${wrong.length} wrong or mixed-up answers, ${leaks.length} with the token`);
if (wrong.length > 0 || leaks.length > 0) problems.push('in-process mock: answers were wrong, mixed up or carried the token');

for (const problem of problems) console.error(`FAILED: ${problem}`);
process.exitCode = problems.length > 0 ? 1 : 0;
