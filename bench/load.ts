// Under load (`npm run bench`, loopback only, bounded):
// 1. the HTTP mock (`npm start`'s server, logging to a file) takes rounds of
//    20,000 requests over 50 connections with no error, timeout or non-2xx
//    and steady memory, at no less than 0.15× the requests per second of a
//    bare Node HTTP server serving the same body (rounds interleaved, the
//    median round's ratio);
// 2. a request with 10,000 query parameters costs what its length says: the
//    engine's time per parameter at 10,000 stays within 2× of that at 1,000
//    (work that grows with the square of the count would be 10×);
// 3. 1,000 concurrent getUploadTask calls on the in-process mock each get
//    their own right answer, and none carries the token.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { operations } from '../generated/operations.js';
import { createSmhClient } from '../src/index.ts';
import { createMockFetch } from '../src/mock/index.ts';
import { startMock } from '../test/support/servers.ts';
import { rssMiB, startBaseline } from './baseline.ts';

const REQUESTS = 20_000;
const ROUNDS = 3;
const CONNECTIONS = 50;
const target = '/api/v1/file/smh0000000000000/-/example-confirmed?upload&access_token=load-token';
const { examples, testKeys } = operations.find((operation) => operation.id === 'getUploadTask')!;
const problems: string[] = [];

async function hammer(name: string, baseUrl: string) {
  const started = performance.now();
  const result = await autocannon({ url: `${baseUrl}${target}`, connections: CONNECTIONS, amount: REQUESTS, timeout: 10 });
  const seconds = (performance.now() - started) / 1000;
  const bad = { errors: result.errors, timeouts: result.timeouts, non2xx: result.non2xx };
  if (result.requests.total < REQUESTS || Object.values(bad).some((count) => count > 0))
    problems.push(`${name}: ${result.requests.total} requests, ${JSON.stringify(bad)}`);
  console.log(
    `${name}: ${result.requests.total} requests over ${CONNECTIONS} connections, ${JSON.stringify(bad)}, p99 latency ${result.latency.p99} ms`,
  );
  return result.requests.total / seconds;
}

// 1. The HTTP mock against a bare server serving the same body.
const body = JSON.stringify(examples.confirmed!.value);
const logDir = mkdtempSync(join(tmpdir(), 'smh-load-'));
const logFile = join(logDir, 'mock.log');
const bare = await startBaseline(body);
// The log goes to a file, as `npm start > file` would write it, not into this process's memory.
const mock = await startMock([], { stdout: { file: logFile } });
try {
  const mockPid = mock.pid;
  // Both take thousands of requests to reach their speed (JIT, heap sizing).
  await autocannon({ url: `${mock.url}${target}`, connections: CONNECTIONS, amount: 20_000 });
  await autocannon({ url: `${bare.url}${target}`, connections: CONNECTIONS, amount: 20_000 });
  const rssBefore = await rssMiB(mockPid);
  const ratios: number[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    const mockRate = await hammer(`HTTP mock, round ${round}`, mock.url);
    const bareRate = await hammer(`bare Node HTTP server, round ${round}`, bare.url);
    ratios.push(mockRate / bareRate);
    console.log(`  round ${round}: ${Math.round(mockRate)} vs ${Math.round(bareRate)} requests/s, ${(mockRate / bareRate).toFixed(3)}×`);
  }
  const rssAfter = await rssMiB(mockPid);
  const ratio = [...ratios].sort((x, y) => x - y)[Math.floor(ROUNDS / 2)]!;
  console.log(`HTTP mock: ${ratio.toFixed(3)}× a bare Node HTTP server's requests/s (median of ${ROUNDS} interleaved rounds)`);
  if (ratio < 0.15) problems.push(`the HTTP mock keeps ${ratio.toFixed(3)}× a bare server's requests/s, below 0.15×`);
  console.log(
    `HTTP mock memory: ${rssBefore.toFixed(0)} MiB after warm-up, ${rssAfter.toFixed(0)} MiB after ${ROUNDS * REQUESTS} requests`,
  );
  if (rssAfter > rssBefore * 1.5) problems.push(`the mock's memory grew from ${rssBefore.toFixed(0)} to ${rssAfter.toFixed(0)} MiB`);
  await mock.stop();
  const logged = readFileSync(logFile, 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('GET ')).length;
  console.log(`HTTP mock log: ${logged} request lines`);
  if (logged < ROUNDS * REQUESTS)
    problems.push(`the mock logged ${logged} request lines, fewer than the ${ROUNDS * REQUESTS} requests measured`);
} finally {
  await Promise.all([mock.stop(), bare.stop()]);
  rmSync(logDir, { recursive: true, force: true });
}

// 2. Repeated parameters, in process (over HTTP, Node refuses a request line this long with 431 first).
const engine = createMockFetch();
async function perParameter(count: number): Promise<number> {
  const url = `http://mock.test/api/v1/file/l/-/k?upload&access_token=t&${Array.from({ length: count }, (_, i) => `p${i}=x`).join('&')}`;
  const times: number[] = [];
  for (let round = 0; round < 15; round++) {
    const started = performance.now();
    await (await engine(url)).text();
    times.push(performance.now() - started);
  }
  return [...times].sort((a, b) => a - b)[7]! / count;
}
await perParameter(10_000); // warm-up
const [atThousand, atTenThousand] = [await perParameter(1_000), await perParameter(10_000)];
const growth = atTenThousand / atThousand;
console.log(
  `10,000 query parameters: ${(atTenThousand * 1000).toFixed(2)} µs each, ${growth.toFixed(2)}× the cost per parameter at 1,000 (bound 2×)`,
);
if (growth > 2) problems.push(`a parameter costs ${growth.toFixed(2)}× more at 10,000 than at 1,000: the work is not linear`);

// 3. 1,000 concurrent calls on the in-process mock, each for its own library
//    and one of the test keys, so that every answer is told apart.
const token = 'load&token=é';
const client = createSmhClient({ baseUrl: 'http://mock.test', accessToken: token, fetch: createMockFetch() });
const pairs = Object.entries(testKeys).filter(([, name]) => examples[name]!.now === undefined);
const started = performance.now();
const results = await Promise.all(
  Array.from({ length: 1000 }, async (_, index) => {
    const [key, name] = pairs[index % pairs.length]!;
    const result = await client.getUploadTask({ libraryId: `lib-${index}`, confirmKey: key });
    // Every answer has its own request ID, as the service's do: an error's body repeats its X-Request-Id, not the example's.
    const requestId = result.error && { requestId: result.response.headers.get('x-request-id') };
    const want = { ...(examples[name]!.value as object), ...requestId };
    return { index, got: result.data ?? result.error, want, url: result.response.url, requestId };
  }),
);
const ids = results.flatMap(({ requestId }) => (requestId ? [requestId.requestId] : []));
const shared = ids.length - new Set(ids).size;
const wrong = results.filter(
  ({ got, want, url, index }) => JSON.stringify(got) !== JSON.stringify(want) || !url.includes(`/lib-${index}/`),
);
const leaks = results.filter(
  ({ got, url }) => `${JSON.stringify(got)} ${url}`.includes(encodeURIComponent(token)) || JSON.stringify(got).includes(token),
);
console.log(
  `in-process mock: 1000 concurrent calls over ${pairs.length} test keys in ${Math.round(performance.now() - started)} ms, ${wrong.length} wrong or mixed-up answers, ${shared} request IDs shared, ${leaks.length} with the token`,
);
if (wrong.length > 0 || shared > 0 || leaks.length > 0)
  problems.push('in-process mock: answers were wrong, mixed up, shared a request ID or carried the token');

for (const problem of problems) console.error(`FAILED: ${problem}`);
process.exitCode = problems.length > 0 ? 1 : 0;
