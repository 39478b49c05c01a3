// The HTTP server the mock and the proxy share: whatever a request sends,
// and whatever goes wrong in answering it, the server answers and keeps
// serving; its timeouts are seconds, its keep-alive outlasts the client's.
import { afterEach, describe, expect, test } from 'vitest';
import type { Answer as MockAnswer, ServedRequest } from '../../src/server/answers.ts';
import { type HttpOptions, type RunningServer, serveHttp } from '../../src/server/http-server.ts';
import type { LogEntry as MockLogEntry } from '../../src/server/request-log.ts';
import { readBounded } from '../../src/shared/bounded-read.ts';
import { closedWithin, openSocket, rawRequest } from '../support/raw-http.ts';

const ok: MockAnswer = { status: 200, headers: { 'content-type': 'application/json' }, body: '{}' };
let server: RunningServer | undefined;
const logged: MockLogEntry[] = [];

async function serve(answer: (request: ServedRequest) => Promise<MockAnswer> | MockAnswer, options: HttpOptions = {}) {
  logged.length = 0;
  server = await serveHttp(async (request) => answer(request), { log: (entry) => logged.push(entry), ...options });
  return server;
}

const stillServes = async () => expect((await fetch(`${server!.url}/alive`)).status).toBe(200);

afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('an answer that fails is a 500, said in the log, and the server keeps serving', () => {
  test('an answer that throws', async () => {
    let calls = 0;
    await serve(() => {
      if (calls++ === 0) throw new Error('the engine broke');
      return ok;
    });
    const response = await fetch(`${server!.url}/x`);
    expect(response.status).toBe(500);
    expect(logged.map((entry) => entry.message)).toContainEqual(expect.stringContaining('failed: the engine broke'));
    await stillServes();
  });

  test.each([0, 99, 100, 199, 600, 999])('a status %i no final response may carry', async (status) => {
    let calls = 0;
    await serve(() => (calls++ === 0 ? { ...ok, status } : ok));
    expect((await rawRequest(server!.url, 'GET /x HTTP/1.1\r\nHost: a\r\n\r\n')).status).toBe(500);
    expect(logged.map((entry) => entry.message)).toContainEqual(expect.stringContaining('could not be written'));
    await stillServes();
  });

  test('a header value Node refuses', async () => {
    let calls = 0;
    await serve(() => (calls++ === 0 ? { ...ok, headers: { 'x-bad': 'a\r\nb' } } : ok));
    expect((await fetch(`${server!.url}/x`)).status).toBe(500);
    await stillServes();
  });
});

describe('a request at fault gets a 4xx naming what is wrong, and the server keeps serving', () => {
  test('a Host header that is not a host name', async () => {
    await serve(() => ok);
    const answer = await rawRequest(server!.url, 'GET /x HTTP/1.1\r\nHost: [::1\r\n\r\n');
    expect(answer.status).toBe(400);
    expect(answer.text).toContain('the Host header is not a host name with an optional port');
    await stillServes();
  });

  test('bytes that are no HTTP request', async () => {
    await serve(() => ok);
    expect((await rawRequest(server!.url, '\u0000\u0001 GARBAGE\r\n\r\n')).status).toBe(400);
    await stillServes();
  });

  test('a client that hangs up mid-request (an aborted upload) is no malformed request: nothing is logged', async () => {
    await serve(() => ok);
    const socket = await openSocket(server!.url);
    socket.write('PUT /smh-storage/x HTTP/1.1\r\nHost: a\r\nContent-Le');
    await new Promise((resolve) => setTimeout(resolve, 50));
    socket.resetAndDestroy();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(logged).toEqual([]);
    await stillServes();
  });

  test('a header block too large', async () => {
    await serve(() => ok);
    expect((await rawRequest(server!.url, `GET /x HTTP/1.1\r\nHost: a\r\nX-Big: ${'a'.repeat(64 * 1024)}\r\n\r\n`)).status).toBe(431);
    await stillServes();
  });

  test('a body is handed over as it comes; one left unread is drained, and the connection closes after the answer', async () => {
    const sizes: number[] = [];
    await serve(async (request) => {
      if (request.url.pathname === '/read') sizes.push(((await readBounded(request.body, 8 * 1024 * 1024)) as Uint8Array).byteLength);
      return ok;
    });
    const read = await fetch(`${server!.url}/read`, { method: 'POST', body: 'a'.repeat(3 * 1024 * 1024) });
    expect([read.status, sizes]).toEqual([200, [3 * 1024 * 1024]]);
    const unread = await fetch(`${server!.url}/unread`, { method: 'POST', body: 'b'.repeat(3 * 1024 * 1024) });
    expect([unread.status, unread.headers.get('connection')]).toEqual([200, 'close']);
    await stillServes();
  });
});

describe('timeouts fit a test server', () => {
  test('a client that trickles its headers is dropped after headersTimeoutMs', async () => {
    await serve(() => ok, { headersTimeoutMs: 500 });
    const socket = await openSocket(server!.url);
    socket.write('GET /x HTTP/1.1\r\nHost: a\r\n');
    const closedAfter = await closedWithin(socket, 5_000);
    expect(closedAfter).toBeDefined();
    expect(closedAfter!).toBeLessThan(2_500);
    await stillServes();
  });

  test('a request whose body never ends is dropped after requestTimeoutMs', async () => {
    await serve(() => ok, { headersTimeoutMs: 500, requestTimeoutMs: 1_000 });
    const socket = await openSocket(server!.url);
    socket.write('POST /x HTTP/1.1\r\nHost: a\r\nContent-Length: 100\r\n\r\nabc');
    const closedAfter = await closedWithin(socket, 6_000);
    expect(closedAfter).toBeDefined();
    expect(closedAfter!).toBeLessThan(3_500);
  });

  test('clients are told a keep-alive shorter than the server keeps, so none reuses a socket the server is closing', async () => {
    await serve(() => ok, { keepAliveTimeoutMs: 3_000 });
    const response = await fetch(`${server!.url}/x`);
    expect(response.headers.get('connection')).toBe('keep-alive');
    expect(response.headers.get('keep-alive')).toBe('timeout=1');
    await serve(() => ok);
    expect((await fetch(`${server!.url}/x`)).headers.get('keep-alive')).toBe('timeout=60');
  });

  test('a client that asks to close (Connection: close, or HTTP/1.0) is not kept alive', async () => {
    await serve(() => ok);
    for (const request of ['GET /x HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n', 'GET /x HTTP/1.0\r\n\r\n']) {
      const answer = await rawRequest(server!.url, request, 3_000);
      expect(answer.status).toBe(200);
      expect(answer.text).toMatch(/^connection: close\r$/im);
      expect(answer.text).not.toMatch(/^connection: keep-alive/im);
    }
  });

  test('an idle kept-alive socket outlives undici’s 4 s, and a request on it is answered', async () => {
    await serve(() => ok, { keepAliveTimeoutMs: 6_000 });
    const socket = await openSocket(server!.url);
    const answers: string[] = [];
    socket.on('data', (chunk) => answers.push(chunk.toString()));
    socket.write('GET /x HTTP/1.1\r\nHost: a\r\n\r\n');
    await new Promise((resolve) => setTimeout(resolve, 4_500));
    socket.write('GET /y HTTP/1.1\r\nHost: a\r\n\r\n');
    await new Promise((resolve) => setTimeout(resolve, 300));
    socket.destroy();
    expect(answers.join('').match(/HTTP\/1\.1 200/g)).toHaveLength(2);
  }, 10_000);
});

test('a dropped connection, as a test asked the mock for, is dropped: the client sees a network error', async () => {
  const { DROP } = await import('../../src/server/answers.ts');
  let calls = 0;
  await serve(() => (calls++ === 0 ? DROP : ok));
  expect(await fetch(`${server!.url}/x`).catch((error: Error) => error.message)).toBe('fetch failed');
  await stillServes();
});

test('listens on 127.0.0.1 unless told otherwise', async () => {
  await serve(() => ok);
  expect(server!.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
});
