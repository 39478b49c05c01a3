// Generated hostile requests to every face of the mock. Each gets a valid
// HTTP status, the server is alive after them, no secret and no raw control
// character reaches the log, and plain requests sent meanwhile are answered
// within a bound. A few seconds in `npm test`; `npm run fuzz` runs it long
// (FUZZ_RUNS requests per face, within FUZZ_SECONDS).
import fc from 'fast-check';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createMockFetch, type MockLogEntry } from '../../src/mock/index.ts';
import { createSmhHandlers } from '../../src/mock/msw.ts';
import { fetchRequest, logProblems, rawRequest } from '../support/hostile-requests.ts';
import type { Server } from '../support/processes.ts';
import { rawRequest as send } from '../support/raw-http.ts';
import { startMock } from '../support/servers.ts';

const RUNS = Number(process.env.FUZZ_RUNS) || 150;
const SECONDS = Number(process.env.FUZZ_SECONDS) || 4;
/** The p99 latency of plain requests sent during a run; generous in `npm test`, where other files run beside it. */
const P99_BOUND_MS = Number(process.env.FUZZ_P99_MS) || 500;
const seed = Number(process.env.FC_SEED) || undefined;
const plain = '/api/v1/file/smh0000000000000/-/example-UploadNotFound?upload&access_token=plain-token';

let mock: Server;
beforeAll(async () => {
  mock = await startMock(['-v', 'debug']);
});
afterAll(() => mock?.stop());

/** Sends plain requests every 20 ms while `work` runs; their latencies, in ms. */
async function whilePlainRequests(work: () => Promise<void>): Promise<number[]> {
  const latencies: number[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      const started = performance.now();
      const response = await fetch(`${mock.url}${plain}`);
      await response.arrayBuffer();
      expect(response.status).toBe(404);
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

describe('the HTTP face, sent raw bytes', () => {
  test('answers every request with a valid status, stays up, logs no secret and no control character; plain requests stay fast', async () => {
    const latencies = await whilePlainRequests(() =>
      fc.assert(
        fc.asyncProperty(rawRequest, async (bytes) => {
          const answer = await send(mock.url, bytes, 3_000);
          return answer.status !== undefined && answer.status >= 200 && answer.status <= 599;
        }),
        { numRuns: RUNS, interruptAfterTimeLimit: SECONDS * 1000, seed },
      ),
    );
    expect((await fetch(`${mock.url}${plain}`)).status).toBe(404);
    expect(logProblems(mock.output())).toEqual([]);
    expect(p99(latencies)).toBeLessThan(P99_BOUND_MS);
  }, 120_000);

  test('the same through fetch: any method, path, query and Prefer', async () => {
    const latencies = await whilePlainRequests(() =>
      fc.assert(
        fc.asyncProperty(fetchRequest, async ({ method, target, headers }) => {
          const response = await fetch(`${mock.url}${target}`, { method, headers });
          await response.arrayBuffer();
          return response.status >= 200 && response.status <= 599;
        }),
        { numRuns: RUNS, interruptAfterTimeLimit: SECONDS * 1000, seed },
      ),
    );
    expect(logProblems(mock.output())).toEqual([]);
    expect(p99(latencies)).toBeLessThan(P99_BOUND_MS);
  }, 120_000);
});

describe.each(['createMockFetch', 'MSW'])('the %s face', (face) => {
  test('answers every request with a valid status and logs no secret and no control character', async () => {
    const entries: MockLogEntry[] = [];
    const log = (entry: MockLogEntry) => void entries.push(entry);
    const msw = face === 'MSW' ? setupServer(...createSmhHandlers({ baseUrl: 'http://msw.test', log, logLevel: 'debug' })) : undefined;
    // Looked up on each call: msw patches the global fetch once it listens.
    const call = msw ? (url: string, init: RequestInit) => fetch(url, init) : createMockFetch({ log, logLevel: 'debug' });
    msw?.listen({ onUnhandledRequest: 'error' });
    try {
      await fc.assert(
        fc.asyncProperty(fetchRequest, async ({ method, target, headers }) => {
          // The handlers claim the operation's path; other requests are not the mock's to answer.
          if (msw)
            fc.pre(URL.canParse(`http://msw.test${target}`) && new URL(`http://msw.test${target}`).pathname.startsWith('/api/v1/file/'));
          fc.pre(URL.canParse(`http://msw.test${target}`));
          const response = await call(`http://msw.test${target}`, { method, headers });
          await response.arrayBuffer();
          return response.status >= 200 && response.status <= 599;
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
