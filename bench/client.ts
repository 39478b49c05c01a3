// What the client and the validator cost, as ratios against baselines
// measured in the same run (interleaved rounds, median ratio):
// - getUploadTask against a bare openapi-fetch GET of the same request, over
//   a stubbed transport and over loopback HTTP (bound: 0.95×);
// - getUploadTask against raw fetch over loopback, reported as it is;
// - validateUploadTask's time per body against JSON.parse's of the same body
//   (bound: at most 1×; 0.5× is the aim).
import createClient from 'openapi-fetch';
import { operations } from '../generated/operations.js';
import type { paths } from '../generated/schema.js';
import { createSmhClient, uploadTaskPath, validateUploadTask } from '../src/index.ts';
import { startBaseline } from './baseline.ts';
import { compare, concurrently, report } from './measure.ts';

const statusCall = operations.find((operation) => operation.id === 'getUploadTask')!;
const bodyText = JSON.stringify(statusCall.examples.multipartInProgress!.value);
const task = { libraryId: 'smhlib', confirmKey: '2a8c5ec76a6bb1f7d2bb4d0fd7c4a5e3' };
const path = { LibraryId: task.libraryId, SpaceId: '-', ConfirmKey: task.confirmKey };
const accessToken = 'bench-token';
// The bare client sends what getUploadTask sends: the same URL.
const sameQuery = () => `upload&access_token=${accessToken}`;
const misses: string[] = [];

function bare(baseUrl: string, fetch?: typeof globalThis.fetch) {
  const client = createClient<paths>({ baseUrl, querySerializer: sameQuery, ...(fetch ? { fetch } : {}) });
  return () => client.GET(uploadTaskPath, { params: { path, query: { upload: '' } } });
}

// 1. Over loopback HTTP, to a bare server in its own process: the network as it is.
const server = await startBaseline(bodyText);
try {
  const client = createSmhClient({ baseUrl: server.url, accessToken });
  const overHttp = await compare(
    { name: 'openapi-fetch GET over HTTP', run: (n) => concurrently(n, 10, bare(server.url)) },
    { name: 'getUploadTask over HTTP', run: (n) => concurrently(n, 10, () => client.getUploadTask(task)) },
    { count: 1000, rounds: 15 },
  );
  console.log(report(overHttp, 'requests/s'));
  if (overHttp.ratio < 0.95) misses.push('getUploadTask runs below 0.95× a bare openapi-fetch GET over HTTP');
  const rawUrl = `${server.url}/api/v1/file/${task.libraryId}/-/${task.confirmKey}?${sameQuery()}`;
  const againstRaw = await compare(
    { name: 'raw fetch over HTTP', run: (n) => concurrently(n, 10, async () => (await fetch(rawUrl)).json()) },
    { name: 'getUploadTask over HTTP', run: (n) => concurrently(n, 10, () => client.getUploadTask(task)) },
    { count: 1000, rounds: 15 },
  );
  console.log(`${report(againstRaw, 'requests/s')} (reported, not bound)`);
} finally {
  await server.stop();
}

// 2. The client's own work, with the network taken out.
const stubFetch = async () => new Response(bodyText, { headers: { 'content-type': 'application/json' } });
const wrapped = createSmhClient({ baseUrl: 'http://stub.test', accessToken, fetch: stubFetch });
const stubbed = await compare(
  { name: 'openapi-fetch GET, stubbed', run: (n) => concurrently(n, 1, bare('http://stub.test', stubFetch)) },
  { name: 'getUploadTask, stubbed', run: (n) => concurrently(n, 1, () => wrapped.getUploadTask(task)) },
  { count: 10_000, rounds: 15 },
);
console.log(report(stubbed, 'calls/s'));
if (stubbed.ratio < 0.95) misses.push('getUploadTask runs below 0.95× a bare openapi-fetch GET over a stubbed transport');

// 3. Validation against parsing the same text. Each side folds every result
//    into one number and drops it: neither keeps n results alive, so neither
//    pays for memory (allocation, GC) the other does not.
const parsed = JSON.parse(bodyText);
// The example passes: what is timed is the validator's common path, not its error reporting.
if (!validateUploadTask(parsed).valid) throw new Error('validateUploadTask refuses the multipartInProgress example');
let sink = 0;
const validation = await compare(
  {
    name: 'JSON.parse of the body',
    run: (n) => {
      for (let i = 0; i < n; i++) sink += (JSON.parse(bodyText) as { parts: unknown[] }).parts.length;
    },
  },
  {
    name: 'validateUploadTask',
    run: (n) => {
      for (let i = 0; i < n; i++) sink += validateUploadTask(parsed).valid ? 1 : 0;
    },
  },
  { count: 50_000, rounds: 15 },
);
// Rates are inverse times: the validator's time per body over JSON.parse's is the inverse of the rate ratio.
const costRatio = 1 / validation.ratio;
console.log(
  `validateUploadTask: ${costRatio.toFixed(2)}× the time of JSON.parse of the same ${bodyText.length}-byte body (median of rounds; this run ${Math.round(validation.candidateRate)} vs ${Math.round(validation.baselineRate)} bodies/s; bound ≤ 1.0×: ${costRatio <= 1 ? 'met' : 'MISSED'}; stretch ≤ 0.5×: ${costRatio <= 0.5 ? 'met' : 'not met'})`,
);
if (costRatio > 1) misses.push(`validateUploadTask takes ${costRatio.toFixed(2)}× the time of JSON.parse of the same body, above 1.0×`);

if (sink === 0) throw new Error('the validation bench did no work');
for (const miss of misses) console.error(`MISSED: ${miss}`);
process.exitCode = misses.length > 0 ? 1 : 0;
