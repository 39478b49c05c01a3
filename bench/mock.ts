// What the mock's adapter costs: each in-process face against Prism's engine
// called directly behind the same face, in the same run (interleaved rounds,
// median ratio). createMockFetch is compared with a bare fetch-shaped call of
// the engine (parse the URL, ask the engine, write a Response); the MSW
// handlers with a bare MSW handler that does the same (both through msw's
// getResponse). What differs is only the adapter: Prefer and the test keys,
// the service's 400 codes, one request ID, the CORS headers, the log line.
// Bound: each face keeps at least 0.90× the bare engine's answers per second.
// Reported too, for scale, not bounded: each face against the engine's bare
// call, which returns an object and no Response at all.
import { readFileSync } from 'node:fs';
import { getResponse, http } from 'msw';
import { createMockFetch } from '../src/mock/index.ts';
import { createSmhHandlers } from '../src/mock/msw.ts';
import { compare, concurrently, report } from './measure.ts';

const prism = await import('@stoplight/prism-http');
const spec = JSON.parse(readFileSync(new URL('../generated/openapi.mock.json', import.meta.url), 'utf8'));
const url = 'http://mock.test/api/v1/file/smh0000000000000/-/2a8c5ec76a6bb1f7d2bb4d0fd7c4a5e3?upload&access_token=bench-token';

// The engine as `prism mock` configures it, with a logger that drops everything.
const noop = () => {};
const logger = { child: () => logger, trace: noop, debug: noop, info: noop, success: noop, warn: noop, error: noop, fatal: noop };
const config = { validateRequest: true, validateResponse: true, checkSecurity: true, errors: false, upstreamProxy: undefined, isProxy: false as const, mock: { dynamic: false, ignoreExamples: false } };
const engine = prism.createInstance(config, { logger: logger as never });
const operations = await prism.getHttpOperationsFromSpec(spec);

/** The engine, asked directly: the request as Prism takes it, a fresh mock config per request as Prism's own server passes one. */
async function askEngine(href: string, method = 'GET', headers: Record<string, string> = {}) {
  const { pathname, searchParams } = new URL(href);
  const input = { method: method.toLowerCase(), url: { path: pathname, query: Object.fromEntries(searchParams) }, headers, body: null };
  const result = await engine.request(input as never, operations, { ...config, mock: { ...config.mock } } as never)();
  if (result._tag !== 'Right') throw new Error('the engine refused the request');
  return result.right.output;
}
const bareResponse = ({ statusCode, headers, body }: { statusCode: number; headers?: Record<string, unknown>; body?: unknown }) =>
  new Response(JSON.stringify(body), { status: statusCode, headers: headers as Record<string, string> });

const read = async (response: Response | undefined, name: string) => {
  await response!.text();
  if (response!.status !== 200) throw new Error(`${name} answered ${response!.status}`);
};

const engineCall = async () => {
  const output = await askEngine(url);
  if (output.statusCode !== 200) throw new Error('the engine did not answer 200');
};
const bareFetch = async (input: string) => bareResponse(await askEngine(input));
const mockFetch = createMockFetch();
const bareHandlers = [
  http.all(/\/api\/v1\/file\//, async ({ request }) => {
    const headers: Record<string, string> = {};
    request.headers.forEach((value, name) => (headers[name] = value));
    return bareResponse(await askEngine(request.url, request.method, headers));
  }),
];
const handlers = createSmhHandlers();

const BOUND = 0.9;
const misses: string[] = [];
const side = (name: string, call: () => Promise<unknown>) => ({ name, run: (n: number) => concurrently(n, 10, call) });
const faces = [
  { name: 'createMockFetch', face: side('createMockFetch', async () => read(await mockFetch(url), 'createMockFetch')), bare: side('the engine as a bare fetch', async () => read(await bareFetch(url), 'the bare fetch')) },
  { name: 'MSW handlers', face: side('createSmhHandlers (msw getResponse)', async () => read(await getResponse(handlers, new Request(url)), 'the MSW handlers')), bare: side('the engine in a bare MSW handler', async () => read(await getResponse(bareHandlers, new Request(url)), 'the bare handler')) },
];
for (const { name, face, bare } of faces) {
  const comparison = await compare(bare, face, { count: 2000, rounds: 7 });
  console.log(report(comparison, 'answers/s'));
  if (comparison.ratio < BOUND) misses.push(`${name} keeps ${comparison.ratio.toFixed(2)}× the bare engine's rate behind the same face, below ${BOUND}×`);
  console.log(`  for scale: ${report(await compare(side("Prism's engine called bare (an object, no Response)", engineCall), face, { count: 2000, rounds: 3 }), 'answers/s')}`);
}
for (const miss of misses) console.error(`MISSED: ${miss}`);
process.exitCode = misses.length > 0 ? 1 : 0;
