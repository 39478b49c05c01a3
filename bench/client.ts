// What the client and the validator cost, as ratios against their baselines:
// - getUploadTask vs a bare openapi-fetch GET of the same request (stubbed fetch);
// - getUploadTask vs raw fetch, over loopback HTTP to a bare Node server;
// - validateUploadTask vs JSON.parse of the same body.
import { readFileSync } from 'node:fs';
import createClient from 'openapi-fetch';
import type { paths } from '../generated/schema.js';
import { createSmhClient, validateUploadTask } from '../src/index.ts';
import { startJsonServer } from './json-server.ts';
import { compare, concurrently, report } from './measure.ts';

const spec = JSON.parse(readFileSync(new URL('../generated/openapi.json', import.meta.url), 'utf8'));
const bodyText = JSON.stringify(spec.components.examples.multipartInProgress.value);
const task = { libraryId: 'smhlib', confirmKey: '2a8c5ec76a6bb1f7d2bb4d0fd7c4a5e3' };
const path = { LibraryId: task.libraryId, SpaceId: '-', ConfirmKey: task.confirmKey };
const accessToken = 'bench-token';

// 1. Over loopback HTTP (first, before the other parts leave garbage to collect): the client against raw fetch, same server, same
// concurrency. The server runs in its own process, as a real one would, so
// the client's cost is not doubled by sharing a core with it.
const server = await startJsonServer(bodyText);
const { baseUrl } = server;
const client = createSmhClient({ baseUrl, accessToken });
const rawUrl = `${baseUrl}/api/v1/file/${task.libraryId}/-/${task.confirmKey}?upload&access_token=${accessToken}`;
let http;
try {
  http = await compare(
    { name: 'raw fetch', run: (n) => concurrently(n, 10, async () => (await fetch(rawUrl)).json()) },
    { name: 'getUploadTask over HTTP', run: (n) => concurrently(n, 10, () => client.getUploadTask(task)) },
    { count: 1000, rounds: 15 },
  );
} finally {
  server.stop();
}
console.log(report(http, 'requests/s'));

// 2. Wrapper overhead, with the network taken out.
const stubFetch = async () => new Response(bodyText, { headers: { 'content-type': 'application/json' } });
const bare = createClient<paths>({ baseUrl: 'http://stub.test', fetch: stubFetch });
const wrapped = createSmhClient({ baseUrl: 'http://stub.test', accessToken, fetch: stubFetch });
const overhead = await compare(
  { name: 'openapi-fetch GET', run: (n) => concurrently(n, 1, () => bare.GET('/api/v1/file/{LibraryId}/{SpaceId}/{ConfirmKey}', { params: { path, query: { upload: '', access_token: accessToken } as never } })) },
  { name: 'getUploadTask', run: (n) => concurrently(n, 1, () => wrapped.getUploadTask(task)) },
  { count: 4000 },
);
console.log(report(overhead, 'calls/s'));

// 3. Validation against parsing the same text.
const parsed = JSON.parse(bodyText);
const validation = await compare(
  { name: 'JSON.parse of the body', run: (n) => void Array.from({ length: n }, () => JSON.parse(bodyText)) },
  { name: 'validateUploadTask', run: (n) => void Array.from({ length: n }, () => validateUploadTask(parsed)) },
  { count: 50_000 },
);
console.log(report(validation, 'bodies/s'));

// Bounds the issue sets; the bench fails loudly when one is missed.
const misses = [
  overhead.ratio < 0.9 && 'getUploadTask runs below 90% of a bare openapi-fetch call',
  http.ratio < 0.9 && 'the client keeps below 90% of raw fetch throughput over HTTP',
  validation.ratio < 1 && 'validating a body costs more than parsing it',
].filter(Boolean);
for (const miss of misses) console.error(`MISSED: ${miss}`);
process.exitCode = misses.length > 0 ? 1 : 0;
