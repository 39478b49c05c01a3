// Under load (`npm run bench`, loopback only, bounded):
// 1. the HTTP mock (`npm start`) takes 20,000 requests over 50 connections
//    with no error, timeout or non-2xx, and steady memory; its requests/s are
//    reported beside a bare Node HTTP server's, measured in the same run;
// 2. 1,000 concurrent getUploadTask calls on the in-process mock each get
//    their own right answer, and no error carries the token.
import { readdirSync, readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { createSmhClient } from '../src/index.ts';
import { createMockFetch } from '../src/mock.ts';
import { startMock } from '../test/support/mock-server.ts';
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

/** Resident memory of a process group (the mock's launcher and Prism), in MiB. */
function groupRssMiB(group: number): number {
  let pages = 0;
  for (const pid of readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) === group) pages += Number(fields[21]); // pgrp, rss (in pages)
    } catch {} // the process ended meanwhile
  }
  return (pages * 4096) / 2 ** 20;
}

// 1. The HTTP mock against a bare server serving the same body.
const body = JSON.stringify(examples.multipartInProgress!.value);
const bare = await startJsonServer(body);
const mock = await startMock();
try {
  await autocannon({ url: `${mock.baseUrl}${target}`, connections: CONNECTIONS, amount: 2000 }); // warm-up
  const rssBefore = groupRssMiB(mock.pid);
  const mockRate = await hammer('HTTP mock (npm start)', mock.baseUrl);
  const rssAfter = groupRssMiB(mock.pid);
  const bareRate = await hammer('bare Node HTTP server', bare.baseUrl);
  console.log(`HTTP mock: ${(mockRate / bareRate).toFixed(3)}× a bare Node HTTP server's requests/s (this run ${Math.round(mockRate)} vs ${Math.round(bareRate)})`);
  console.log(`HTTP mock memory: ${rssBefore.toFixed(0)} MiB after warm-up, ${rssAfter.toFixed(0)} MiB after ${REQUESTS} requests`);
  if (rssAfter > rssBefore * 1.5) problems.push(`the mock's memory grew from ${rssBefore.toFixed(0)} to ${rssAfter.toFixed(0)} MiB`);
} finally {
  await mock.stop();
  bare.stop();
}

// 2. 1,000 concurrent calls on the in-process mock, each asking for its own answer.
const token = 'load&token=é';
const client = createSmhClient({ baseUrl: 'http://mock.test', accessToken: token, fetch: createMockFetch() });
const asks = ['multipartInProgress', 'simpleUpload', 'confirmed', 'directoryDeleted', 'code=403, example=NoPermission', 'code=404, example=SpaceNotFound', 'code=429', 'code=500, example=ServerOverloaded'];
const expected = (ask: string) => examples[ask.includes('example=') ? ask.split('example=')[1]! : ask.startsWith('code=429') ? 'RateLimitExceeded' : ask]!.value;
const started = performance.now();
const results = await Promise.all(
  Array.from({ length: 1000 }, async (_, index) => {
    const ask = asks[index % asks.length]!;
    const prefer = ask.startsWith('code=') ? ask : `example=${ask}`;
    const result = await client.getUploadTask({ libraryId: 'smhlib', confirmKey: `key-${index}` }, { headers: { Prefer: prefer } });
    return { ask, got: result.data ?? result.error, url: result.response.url };
  }),
);
const wrong = results.filter(({ ask, got }) => JSON.stringify(got) !== JSON.stringify(expected(ask)));
const leaks = results.filter(({ got, url }) => `${JSON.stringify(got)} ${url}`.includes(encodeURIComponent(token)) || JSON.stringify(got).includes(token));
const keys = new Set(results.map(({ url }) => new URL(url).pathname.split('/')[6]));
console.log(`in-process mock: 1000 concurrent calls in ${Math.round(performance.now() - started)} ms, ${wrong.length} wrong answers, ${leaks.length} with the token, ${keys.size} distinct tasks`);
if (wrong.length > 0 || leaks.length > 0 || keys.size !== 1000) problems.push('in-process mock: answers were wrong, shared or carried the token');

for (const problem of problems) console.error(`FAILED: ${problem}`);
process.exitCode = problems.length > 0 ? 1 : 0;
