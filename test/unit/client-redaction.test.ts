// The token never leaves the client: not in what it throws, returns or
// logs, however a fetch buries it. What a caller branches on survives the
// redaction: the error's class, name, code, cause and fields.
import { types } from 'node:util';
import { describe, expect, test } from 'vitest';
import { createSmhClient, SmhResponseError } from '../../src/index.ts';
import { BASE, everythingPrintable, expectNoToken, ok, rejection, spellings, TOKEN, task, taskUrl } from '../support/client.ts';
import { fixtureServerForTest, json } from '../support/fixture-server.ts';

async function serve(handler = json(200, ok)) {
  const server = await fixtureServerForTest(handler);
  return createSmhClient({ baseUrl: server.baseUrl, accessToken: TOKEN });
}

/** What getUploadTask throws when its fetch throws `make(url)`, with and without middleware. */
async function thrownFor(
  make: (url: string) => unknown,
  withMiddleware = false,
  accessToken = TOKEN,
): Promise<{ thrown: unknown; caught: unknown }> {
  let thrown: unknown;
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    thrown = make(new Request(input, init).url);
    throw thrown;
  }) as typeof globalThis.fetch;
  const client = createSmhClient({ baseUrl: BASE, accessToken, fetch });
  if (withMiddleware) client.use({ onRequest: () => undefined });
  const caught = await rejection(client.getUploadTask(task));
  return { thrown, caught };
}

describe('over the wire', () => {
  test("a network failure (nothing listening) throws fetch's own TypeError, without the token", async () => {
    const server = await fixtureServerForTest(json(200, ok));
    const baseUrl = server.baseUrl;
    await server.close();
    const error = await rejection(createSmhClient({ baseUrl, accessToken: TOKEN }).getUploadTask({ libraryId: 'l', confirmKey: 'k' }));
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toBe('fetch failed');
    expectNoToken(error);
  });

  test('init.signal aborts the call; the AbortError carries no token', async () => {
    const client = await serve(() => {}); // never answers
    const controller = new AbortController();
    const pending = client.getUploadTask({ libraryId: 'l', confirmKey: 'k' }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    const error = await rejection(pending);
    expect(error).toBeInstanceOf(DOMException);
    expect((error as Error).name).toBe('AbortError');
    expectNoToken(error);
  });

  test('AbortSignal.timeout ends a call to a server that never answers', async () => {
    const client = await serve(() => {});
    const error = await rejection(client.getUploadTask({ libraryId: 'l', confirmKey: 'k' }, { signal: AbortSignal.timeout(100) }));
    expect(error).toBeInstanceOf(DOMException);
    expect((error as Error).name).toBe('TimeoutError');
    expectNoToken(error);
  });

  test('a truncated JSON 200 throws SmhResponseError without the token', async () => {
    const client = await serve((request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(`{"confirmed": false, "echo": "${request.url}", "path": [`);
    });
    const error = await rejection(client.getUploadTask({ libraryId: 'l', confirmKey: 'k' }));
    expect(error).toBeInstanceOf(SmhResponseError);
    expect(error).toMatchObject({ status: 200 });
    expect((error as Error).message).toContain('not valid JSON');
    expectNoToken(error);
  });

  test('a 200 whose body is the token, not JSON, throws without it in the parse error it wraps', async () => {
    // V8 quotes a short body whole in its SyntaxError; a long one only in part.
    const server = await fixtureServerForTest((request, response) => {
      response.writeHead(200, { 'content-type': 'text/plain' });
      response.end(new URL(request.url!, 'http://x').searchParams.get('access_token')!);
    });
    const client = createSmhClient({ baseUrl: server.baseUrl, accessToken: 'sekrit-42' });
    const error = await rejection(client.getUploadTask({ libraryId: 'l', confirmKey: 'k' }));
    expect(error).toBeInstanceOf(SmhResponseError);
    expect((error as Error).cause).toBeInstanceOf(SyntaxError);
    expect(((error as Error).cause as Error).message).toContain('"[REDACTED]"');
    expect(everythingPrintable(error)).not.toContain('sekrit-42');
  });

  test('an HTML 502 from a gateway that echoes the URL throws SmhResponseError without the token', async () => {
    const client = await serve((request, response) => {
      response.writeHead(502, { 'content-type': 'text/html' });
      response.end(`<html><body>Bad gateway for ${request.url}</body></html>`);
    });
    const error = await rejection(client.getUploadTask({ libraryId: 'l', confirmKey: 'k' }));
    expect(error).toBeInstanceOf(SmhResponseError);
    expect((error as Error).message).toMatch(/502.*not valid JSON.*text\/html/);
    expectNoToken(error);
  });

  test.each([400, 403, 404, 429, 500])(
    'a documented %i error returns the SMH body, and nothing returned carries the token',
    async (status) => {
      const client = await serve((request, response) =>
        json(status, { code: 'SomeCode', message: `rejected ${request.url}`, requestId: 'r-1' })(request, response),
      );
      const result = await client.getUploadTask({ libraryId: 'l', confirmKey: 'k' });
      expect(result.response.status).toBe(status);
      expect(result.error).toMatchObject({
        code: 'SomeCode',
        requestId: 'r-1',
        message: expect.stringContaining('access_token=[REDACTED]'),
      });
      expect(result.data).toBeUndefined();
      expectNoToken(result.error);
      expectNoToken(result.response.url);
      expect(result.response.url).toContain('access_token=[REDACTED]');
    },
  );
});

describe('every spelling of the token is redacted', () => {
  test.each([
    ['as typed', TOKEN],
    ['percent-encoded', encodeURIComponent(TOKEN)],
    ['form-encoded (a space as +)', new URLSearchParams({ t: TOKEN }).toString().slice(2)],
  ])('%s, in the message of what the fetch throws', async (_name, spelling) => {
    const { caught } = await thrownFor(() => new Error(`retrying with access_token=${spelling}`));
    expect((caught as Error).message).toBe('retrying with access_token=[REDACTED]');
    expectNoToken(caught);
  });

  test('the three spellings differ, so each test above checks its own', () => {
    expect(new Set(spellings).size).toBe(3);
  });

  test('as a URL parser re-encodes it (an apostrophe becomes %27, a tilde stays)', async () => {
    const { caught } = await thrownFor((url) => new Error(`could not reach ${new URL(url).href}`), false, "it's~mine");
    expect((caught as Error).message).toBe(`could not reach ${BASE}/api/v1/file/lib/-/key?upload&access_token=[REDACTED]`);
  });

  test('a token that begins its own encoded spelling (a trailing %) is redacted whole', async () => {
    const { caught } = await thrownFor((url) => new Error(`could not reach ${url}`), false, 'tok%');
    expect((caught as Error).message).toBe(`could not reach ${BASE}/api/v1/file/lib/-/key?upload&access_token=[REDACTED]`);
  });
});

describe('a redacted error keeps what a caller branches on', () => {
  test("a TypeError (fetch's network failure) stays a native TypeError", async () => {
    const { caught } = await thrownFor((url) => new TypeError(`could not reach ${url}`, { cause: new Error(`socket for ${url}`) }));
    expect(caught).toBeInstanceOf(TypeError);
    expect(types.isNativeError(caught)).toBe(true);
    expect(caught).toMatchObject({ name: 'TypeError', message: expect.stringContaining('[REDACTED]') });
    expect((caught as Error).cause).toBeInstanceOf(Error);
    expect(((caught as Error).cause as Error).message).toContain('[REDACTED]');
    expect(Object.keys(caught as object)).toEqual([]); // the cause stays a hidden field
    expect((caught as Error).stack).toMatch(/^TypeError: could not reach .*\[REDACTED\]/);
    expectNoToken(caught);
  });

  test('a subclass keeps its class and fields, though its constructor wants other arguments', async () => {
    class RetryError extends Error {
      override name = 'RetryError';
      constructor(
        readonly attempts: number,
        url: string,
      ) {
        super(`gave up on ${url} after ${attempts} attempts`);
      }
    }
    const { caught } = await thrownFor((url) => Object.assign(new RetryError(3, url), { code: 'ERETRY' }));
    expect(caught).toBeInstanceOf(RetryError);
    expect(caught).toMatchObject({
      name: 'RetryError',
      attempts: 3,
      code: 'ERETRY',
      message: expect.stringContaining('[REDACTED] after 3 attempts'),
    });
    expect(types.isNativeError(caught)).toBe(true);
  });

  test('an SmhResponseError from a wrapped client keeps its class and status', async () => {
    const { caught } = await thrownFor((url) => new SmhResponseError(503, `upstream said no to ${url}`));
    expect(caught).toBeInstanceOf(SmhResponseError);
    expect(caught).toMatchObject({ name: 'SmhResponseError', status: 503 });
    expectNoToken(caught);
  });

  test('an AggregateError keeps its errors, each redacted and still an Error', async () => {
    const { caught } = await thrownFor(
      (url) => new AggregateError([new TypeError(`attempt 1: ${url}`), new Error(`attempt 2: ${url}`)], 'every attempt failed'),
    );
    expect(caught).toBeInstanceOf(AggregateError);
    const { errors } = caught as AggregateError;
    expect(Array.isArray(errors)).toBe(true);
    expect(errors.map((error: Error) => [error.constructor, error.message])).toEqual([
      [TypeError, `attempt 1: ${taskUrl.replace(encodeURIComponent(TOKEN), '[REDACTED]')}`],
      [Error, `attempt 2: ${taskUrl.replace(encodeURIComponent(TOKEN), '[REDACTED]')}`],
    ]);
    expectNoToken(caught);
  });

  test.each([
    ['AbortError', 20],
    ['TimeoutError', 23],
  ])('a DOMException %s stays one, with its name and code', async (name, code) => {
    const { caught } = await thrownFor((url) => new DOMException(`gave up on ${url}`, name));
    expect(caught).toBeInstanceOf(DOMException);
    expect(caught).toMatchObject({ name, code, message: expect.stringContaining('[REDACTED]') });
    expectNoToken(caught);
  });

  test('a field hidden on the error (not enumerable) is redacted and stays hidden', async () => {
    const { caught } = await thrownFor((url) =>
      Object.defineProperty(new Error('request failed'), 'request', { value: { url }, enumerable: false }),
    );
    expect((caught as { request?: { url: string } }).request?.url).toContain('access_token=[REDACTED]');
    expect(Object.keys(caught as object)).not.toContain('request');
    expectNoToken(caught);
  });

  test('an array field stays an array, every item redacted', async () => {
    const { caught } = await thrownFor((url) => ({ message: 'every attempt failed', attempts: [url, `${url}#2`] }));
    const { attempts } = caught as { attempts: string[] };
    expect(Array.isArray(attempts)).toBe(true);
    expect(attempts).toHaveLength(2);
    for (const attempt of attempts) expect(attempt).toContain('access_token=[REDACTED]');
    expectNoToken(caught);
  });

  test('an error that refers to itself is redacted once, the cycle kept', async () => {
    const { caught } = await thrownFor((url) => {
      const error = new Error(`failed: ${url}`) as Error & { self?: unknown };
      error.self = error;
      return error;
    });
    expect((caught as { self: unknown }).self).toBe(caught);
    expectNoToken(caught);
  });

  test.each([false, true])('what does not carry the token is thrown as it is (middleware: %s)', async (withMiddleware) => {
    const { thrown, caught } = await thrownFor(
      () =>
        Object.assign(
          new TypeError('fetch failed', { cause: Object.assign(new Error('read ECONNRESET'), { errno: -104, syscall: 'read' }) }),
          { code: 'ECONNRESET', detail: null, retry: undefined },
        ),
      withMiddleware,
    );
    expect(caught).toBe(thrown);
  });

  test('a field that is undefined or null does not stop the search for the token', async () => {
    const { caught } = await thrownFor((url) => ({ status: undefined, code: null, attempt: 1, url }));
    expect(caught).toEqual({ status: undefined, code: null, attempt: 1, url: taskUrl.replace(encodeURIComponent(TOKEN), '[REDACTED]') });
  });

  test('a DOMException whose stack does not repeat its message (a trimmed stack) is still redacted', async () => {
    const { caught } = await thrownFor((url) =>
      Object.assign(new DOMException(`gave up on ${url}`, 'AbortError'), { stack: 'AbortError: gave up' }),
    );
    expect(caught).toBeInstanceOf(DOMException);
    expect((caught as Error).message).toContain('[REDACTED]');
    expectNoToken(caught);
  });

  test('the copy can be annotated like the original: its fields can be set and deleted, its own fields are listed', async () => {
    const { caught } = await thrownFor((url) =>
      Object.assign(new Error(`could not reach ${url}`), { code: 'E1', request: { url, method: 'GET' } }),
    );
    const error = caught as Error & { code: string; request?: { url: string; method: string } };
    expect(Object.keys(error)).toEqual(['code', 'request']);
    expect(Object.keys(error.request!)).toEqual(['url', 'method']);
    error.code = 'E2';
    error.message = 'handled';
    error.request!.method = 'HEAD';
    expect([error.code, error.message, error.request!.method]).toEqual(['E2', 'handled', 'HEAD']);
    delete error.request;
    expect('request' in error).toBe(false);
  });

  test('a thrown string is redacted', async () => {
    const { caught } = await thrownFor((url) => `cannot fetch ${url}`);
    expect(caught).toBe(`cannot fetch ${taskUrl.replace(encodeURIComponent(TOKEN), '[REDACTED]')}`);
  });

  test('with middleware, what the fetch or a middleware throws is redacted too', async () => {
    const { caught } = await thrownFor((url) => new TypeError(`could not reach ${url}`), true);
    expect(caught).toBeInstanceOf(TypeError);
    expectNoToken(caught);
    const client = createSmhClient({ baseUrl: BASE, accessToken: TOKEN, fetch: async () => new Response('{}') });
    client.use({
      onRequest({ request }) {
        throw new RangeError(`refusing ${request.url}`);
      },
    });
    const refused = await rejection(client.getUploadTask(task));
    expect(refused).toBeInstanceOf(RangeError);
    expectNoToken(refused);
  });
});
