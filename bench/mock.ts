// The mock's in-process faces against Prism's engine called directly, in the
// same run: createMockFetch and the MSW handlers (through msw's getResponse)
// answer the same request as a bare `engine.request(...)` on the same spec.
// What the faces add is the adapter: reading the request, pairing test keys,
// the service's error shape, writing the Response. Bound: each face keeps at
// least 0.90× the engine's answers per second.
import { readFileSync } from 'node:fs';
import { getResponse } from 'msw';
import { createMockFetch } from '../src/mock/index.ts';
import { createSmhHandlers } from '../src/mock/msw.ts';
import { compare, concurrently, report } from './measure.ts';

const prism = await import('@stoplight/prism-http');
const spec = JSON.parse(readFileSync(new URL('../generated/openapi.mock.json', import.meta.url), 'utf8'));
const path = '/api/v1/file/smh0000000000000/-/2a8c5ec76a6bb1f7d2bb4d0fd7c4a5e3';
const url = `http://mock.test${path}?upload&access_token=bench-token`;

// The engine as `prism mock` configures it, with a logger that drops everything.
const noop = () => {};
const logger = { child: () => logger, trace: noop, debug: noop, info: noop, success: noop, warn: noop, error: noop, fatal: noop };
const config = { validateRequest: true, validateResponse: true, checkSecurity: true, errors: false, upstreamProxy: undefined, isProxy: false as const, mock: { dynamic: false, ignoreExamples: false } };
const engine = prism.createInstance(config, { logger: logger as never });
const operations = await prism.getHttpOperationsFromSpec(spec);
const input = { method: 'get' as const, url: { path, query: { upload: '', access_token: 'bench-token' } }, headers: { accept: '*/*' }, body: null };
const direct = async () => {
  const result = await engine.request(input as never, operations, config as never)();
  if (result._tag !== 'Right' || result.right.output.statusCode !== 200) throw new Error('the engine did not answer 200');
};

const mockFetch = createMockFetch();
const viaFetch = async () => {
  const response = await mockFetch(url);
  await response.text();
  if (response.status !== 200) throw new Error(`createMockFetch answered ${response.status}`);
};
const handlers = createSmhHandlers();
const viaMsw = async () => {
  const response = await getResponse(handlers, new Request(url));
  await response!.text();
  if (response!.status !== 200) throw new Error(`the MSW handlers answered ${response!.status}`);
};

const BOUND = 0.9;
const misses: string[] = [];
for (const [name, face] of [
  ['createMockFetch', viaFetch],
  ['MSW handlers (getResponse)', viaMsw],
] as const) {
  const comparison = await compare({ name: "Prism's engine called directly", run: (n) => concurrently(n, 10, direct) }, { name, run: (n) => concurrently(n, 10, face) }, { count: 2000, rounds: 7 });
  console.log(report(comparison, 'answers/s'));
  if (comparison.ratio < BOUND) misses.push(`${name} keeps ${comparison.ratio.toFixed(2)}× the engine's rate, below ${BOUND}×`);
}
for (const miss of misses) console.error(`MISSED: ${miss}`);
process.exitCode = misses.length > 0 ? 1 : 0;
