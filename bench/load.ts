// Under load (`npm run bench`, loopback only, bounded):
// 1. the HTTP mock (`npm start`, default logging, its log written to a
//    file: a reader of its pipe here would compete for the 2 cores) takes 3 × 20,000 requests over 50 connections with no error,
//    timeout or non-2xx, and steady memory, at no less than 0.15× the
//    requests per second of a bare Node HTTP server serving the same body:
//    both warmed up, each alone on one core with the load on the other,
//    their rounds interleaved, the median round's ratio;
// 2. 1,000 concurrent getUploadTask calls on the in-process mock each get
//    their own right answer, and no error carries the token.
import { closeSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { createSmhClient } from '../src/index.ts';
import { startMock } from '../scripts/lib/mock-process.ts';
import { run } from '../scripts/lib/processes.ts';
import { createMockFetch } from '../src/mock/index.ts';
import { startJsonServer } from './json-server.ts';

const REQUESTS = 20_000;
const ROUNDS = 3;
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
// Each server gets core 1 to itself; the load comes from core 0, this process.
const SERVER_CPU = 1;
await run('taskset', ['-p', '-c', '0', String(process.pid)], { timeoutMs: 5_000 });
const bare = await startJsonServer(body, SERVER_CPU);
const logDir = mkdtempSync(join(tmpdir(), 'smh-load-'));
const logFile = join(logDir, 'mock.log');
const logFd = openSync(logFile, 'w');
const mock = await startMock([], { logFd, cpu: SERVER_CPU });
try {
  // Both take thousands of requests to reach their speed (JIT, heap sizing): Prism's engine tens of thousands.
  await autocannon({ url: `${mock.baseUrl}${target}`, connections: CONNECTIONS, amount: 30_000 }); // warm-up
  await autocannon({ url: `${bare.baseUrl}${target}`, connections: CONNECTIONS, amount: 20_000 }); // its warm-up
  const rssBefore = treeRssMiB(mock.pid);
  const ratios: number[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    const mockRate = await hammer(`HTTP mock (npm start), round ${round}`, mock.baseUrl);
    const bareRate = await hammer(`bare Node HTTP server, round ${round}`, bare.baseUrl);
    ratios.push(mockRate / bareRate);
    console.log(`  round ${round}: ${Math.round(mockRate)} vs ${Math.round(bareRate)} requests/s, ${(mockRate / bareRate).toFixed(3)}×`);
  }
  const rssAfter = treeRssMiB(mock.pid);
  const ratio = [...ratios].sort((x, y) => x - y)[Math.floor(ROUNDS / 2)]!;
  console.log(`HTTP mock: ${ratio.toFixed(3)}× a bare Node HTTP server's requests/s (median of ${ROUNDS} interleaved rounds)`);
  if (ratio < 0.15) problems.push(`the HTTP mock keeps ${ratio.toFixed(3)}× a bare server's requests/s, below 0.15×`);
  console.log(`HTTP mock memory: ${rssBefore.toFixed(0)} MiB after warm-up, ${rssAfter.toFixed(0)} MiB after ${ROUNDS * REQUESTS} requests`);
  if (rssAfter > rssBefore * 1.5) problems.push(`the mock's memory grew from ${rssBefore.toFixed(0)} to ${rssAfter.toFixed(0)} MiB`);
  await mock.stop(); // flushes its log
  const logged = readFileSync(logFile, 'utf8').split('\n').filter((line) => line.startsWith('GET ')).length;
  console.log(`HTTP mock log: ${logged} request lines`);
  if (logged < ROUNDS * REQUESTS) problems.push(`the mock logged ${logged} request lines, fewer than the ${ROUNDS * REQUESTS} requests measured`);
} finally {
  await Promise.all([mock.stop(), bare.stop()]);
  closeSync(logFd);
  rmSync(logDir, { recursive: true, force: true });
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
