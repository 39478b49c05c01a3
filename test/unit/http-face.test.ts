// The HTTP face the mock and the proxy share: whatever a request sends, and
// whatever goes wrong in answering it, the server answers and keeps
// serving; its timeouts are seconds, its keep-alive outlasts the client's.
import { afterEach, describe, expect, test } from 'vitest';
import type { MockAnswer } from '../../src/mock/engine.ts';
import { type HttpOptions, type RunningServer, serveHttp } from '../../src/mock/http.ts';
import type { MockLogEntry } from '../../src/mock/log.ts';
import { closedWithin, openSocket, rawRequest } from '../support/raw-http.ts';

const ok: MockAnswer = { status: 200, headers: { 'content-type': 'application/json' }, body: '{}' };
let server: RunningServer | undefined;
const logged: MockLogEntry[] = [];

async function serve(answer: (request: unknown) => Promise<MockAnswer> | MockAnswer, options: HttpOptions = {}) {
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

  test('a header block too large', async () => {
    await serve(() => ok);
    expect((await rawRequest(server!.url, `GET /x HTTP/1.1\r\nHost: a\r\nX-Big: ${'a'.repeat(64 * 1024)}\r\n\r\n`)).status).toBe(431);
    await stillServes();
  });

  test('a body over 1 MiB is refused with 413 before it is read whole', async () => {
    let answered = 0;
    await serve(() => {
      answered++;
      return ok;
    });
    const response = await fetch(`${server!.url}/x`, { method: 'POST', body: 'a'.repeat(2 * 1024 * 1024) }).catch((error: Error) => error);
    expect(response instanceof Response ? response.status : response.message).toBe(413);
    expect(answered).toBe(0);
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

  test('the defaults are seconds: 10 s for headers, 30 s for a request', async () => {
    await serve(() => ok);
    const socket = await openSocket(server!.url);
    socket.write('GET /x HTTP/1.1\r\nHost: a\r\n');
    // Still open before the header timeout, which is no longer Node's 60 s.
    expect(await closedWithin(socket, 1_500)).toBeUndefined();
    socket.destroy();
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

test('listens on 127.0.0.1 unless told otherwise', async () => {
  await serve(() => ok);
  expect(server!.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
});
