// Generated hostile requests to every face: the HTTP mock, the validation
// proxy (in front of an upstream that answers with trailers, redirects to
// other hosts, invalid JSON and oversized bodies), createMockFetch and the
// MSW handlers. Each gets a valid HTTP status, the server is alive after
// them, no secret and no raw control character reaches the log, and plain
// requests sent meanwhile are answered within a bound. A few seconds in
// `npm test`; `npm run fuzz` runs it long (FUZZ_RUNS requests per face,
// within FUZZ_SECONDS).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createMockFetch, type LogEntry } from '../../src/mock/index.ts';
import { createSmhHandlers } from '../../src/mock/msw.ts';
import { fetchRequest, logProblems, rawRequest } from '../support/hostile-requests.ts';
import { rawRequest as send } from '../support/raw-http.ts';
import { type Server, startMock, startProxy } from '../support/servers.ts';

const RUNS = Number(process.env.FUZZ_RUNS) || 120;
const SECONDS = Number(process.env.FUZZ_SECONDS) || 4;
/** The p99 latency of plain requests sent during a run; generous in `npm test`, where other files run beside it. */
const P99_BOUND_MS = Number(process.env.FUZZ_P99_MS) || 500;
const seed = Number(process.env.FC_SEED) || undefined;
const plain = '/api/v1/file/smh0000000000000/-/example-UploadNotFound?upload&access_token=plain-token';

// An upstream that answers as a broken or hostile server would, as each request's path asks.
const upstream = createServer((request, response) => {
  const kind = request.url!.length % 5;
  if (kind === 0) return void response.writeHead(302, { location: 'http://127.0.0.1:1/elsewhere' }).end();
  if (kind === 1 && request.method !== 'HEAD') {
    response.writeHead(200, { 'content-type': 'application/json', trailer: 'x-sum' });
    response.addTrailers({ 'x-sum': '1' });
    return void response.end('{}');
  }
  if (kind === 2) return void response.writeHead(200, { 'content-type': 'application/json' }).end('{"broken": ');
  if (kind === 3) return void response.writeHead(200).end(Buffer.alloc(9 * 1024 * 1024, 0x20));
  response.writeHead(404, { 'content-type': 'application/json' }).end('{"code":"UploadNotFound","message":"m"}');
});

let mock: Server;
let proxy: Server;
beforeAll(async () => {
  upstream.listen(0, '127.0.0.1');
  await new Promise((resolve) => upstream.once('listening', resolve));
  [mock, proxy] = await Promise.all([
    startMock(['-v', 'debug']),
    startProxy(`http://127.0.0.1:${(upstream.address() as AddressInfo).port}`, ['-v', 'debug']),
  ]);
});
afterAll(async () => {
  await Promise.all([mock?.stop(), proxy?.stop()]);
  upstream.closeAllConnections();
  upstream.close();
});

/** Sends plain requests every 20 ms to `server` while `work` runs; their latencies, in ms. */
async function whilePlainRequests(server: Server, work: () => Promise<void>): Promise<number[]> {
  const latencies: number[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      const started = performance.now();
      const response = await fetch(`${server.url}${plain}`);
      await response.arrayBuffer();
      latencies.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  try {
    await work();
  } finally {
    running = false;
    await loop;
  }
  return latencies;
}

const p99 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length * 0.99)] ?? 0;
const validStatus = (status: number | undefined) => status !== undefined && status >= 200 && status <= 599;

describe.each([
  ['the HTTP mock', () => mock],
  ['the validation proxy', () => proxy],
])('%s, over HTTP', (_name, server) => {
  test('raw bytes: a valid status for each, the server stays up, its log shows no secret and no control character; plain requests stay fast', async () => {
    const latencies = await whilePlainRequests(server(), () =>
      fc.assert(
        fc.asyncProperty(rawRequest, async (bytes) => validStatus((await send(server().url, bytes, 3_000)).status)),
        { numRuns: RUNS, interruptAfterTimeLimit: SECONDS * 1000, seed },
      ),
    );
    expect((await fetch(`${server().url}${plain}`)).status).toBeLessThan(600);
    expect(logProblems(server().output())).toEqual([]);
    expect(p99(latencies)).toBeLessThan(P99_BOUND_MS);
  }, 120_000);

  test('through fetch: any method, path, query, Prefer, header and body', async () => {
    const latencies = await whilePlainRequests(server(), () =>
      fc.assert(
        fc.asyncProperty(fetchRequest, async ({ method, target, headers, body }) => {
          const response = await fetch(`${server().url}${target}`, { method, headers, body, redirect: 'manual' }).catch(() => undefined);
          await response?.arrayBuffer();
          // A fault a request asked the simulator for may drop its connection: that is an answer too.
          return response === undefined ? target.includes('__smh-mock') || target.includes('smh-storage') : validStatus(response.status);
        }),
        { numRuns: RUNS, interruptAfterTimeLimit: SECONDS * 1000, seed },
      ),
    );
    expect(logProblems(server().output())).toEqual([]);
    expect(p99(latencies)).toBeLessThan(P99_BOUND_MS);
  }, 120_000);
});

describe.each(['createMockFetch', 'MSW'])('the %s face', (face) => {
  test('a valid status for each request, and no secret and no control character in the log', async () => {
    const entries: LogEntry[] = [];
    const log = (entry: LogEntry) => void entries.push(entry);
    const msw = face === 'MSW' ? setupServer(...createSmhHandlers({ baseUrl: 'http://msw.test', log, logLevel: 'debug' })) : undefined;
    // Looked up on each call: msw patches the global fetch once it listens.
    const call = msw ? (url: string, init: RequestInit) => fetch(url, init) : createMockFetch({ log, logLevel: 'debug' });
    msw?.listen({ onUnhandledRequest: 'error' });
    try {
      await fc.assert(
        fc.asyncProperty(fetchRequest, async ({ method, target, headers, body }) => {
          fc.pre(URL.canParse(`http://msw.test${target}`));
          // The handlers claim the contract's paths, storage's and the simulator's; other requests are not the mock's to answer.
          if (msw) fc.pre(/^\/(api\/v1\/|smh-storage\/|__smh-mock\/)/.test(new URL(`http://msw.test${target}`).pathname));
          const response = await call(`http://msw.test${target}`, { method, headers, body }).catch(() => undefined);
          await response?.arrayBuffer();
          return response === undefined || validStatus(response.status);
        }),
        { numRuns: RUNS, interruptAfterTimeLimit: SECONDS * 1000, seed },
      );
    } finally {
      msw?.close();
    }
    expect(entries.length).toBeGreaterThan(0);
    expect(logProblems(entries.map((entry) => entry.message).join('\n'))).toEqual([]);
  }, 120_000);
});
