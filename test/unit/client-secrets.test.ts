// The token appears in nothing a call returns or throws, in any spelling and
// at any length (1 byte to 64 KiB): not in data or error bodies however deep,
// the response's URL or headers, nor in errors, their causes and hidden
// fields. It is replaced only where it stands whole, so what the server
// sends is otherwise returned as sent; a redacted error keeps its class, a
// redacted response its status, and a response no header of which carries
// the token is fetch's own.
import { types } from 'node:util';
// The seed, here too: vitest.mutation.config.ts runs no setupFiles, and a property's name carries its seed, which
// StrykerJS must find again to run the property against a mutant.
import '../support/seed.ts';
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { createSmhClient, SmhInputError, SmhResponseError } from '../../src/index.ts';
import { BASE, calls, expectNoToken, jsonResponse, rejection, TOKEN, task, uploadTask } from '../support/client.ts';

/** A client whose server echoes the request's URL in `answer`; the answer knows its URL, as fetch's does. */
function echoing(token: string, answer: (url: string) => Response | never) {
  const fetch = async (request: Request) => Object.defineProperty(answer(request.url), 'url', { value: request.url, configurable: true });
  return createSmhClient({ baseUrl: BASE, accessToken: token, fetch: fetch as typeof globalThis.fetch });
}
// Tokens marked so that finding one in printed text means it leaked (a one-letter token is in every text: see below).
const tokens = fc
  .oneof(
    fc.string({ minLength: 1, maxLength: 30, unit: 'binary' }),
    fc.constantFrom(' a b ', '%', '%25', "'~", '+', '&=#?', TOKEN),
    fc.integer({ min: 6_000, max: 65_536 }).map((length) => 'k'.repeat(length)),
  )
  .map((middle) => `Zq${middle}qZ`)
  .filter((token) => token.isWellFormed());

describe('for any token, echoed back by the server', () => {
  test.prop([tokens], { numRuns: 60 })(
    'in an error body, a 2xx body and headers: returned as [REDACTED], nothing else changed',
    async (token) => {
      const raw = new URL(`${BASE}/?t=${encodeURIComponent(token)}`).searchParams.get('t')!;
      const error = await echoing(token, (url) =>
        jsonResponse(404, { code: 'UploadNotFound', message: `no task at ${url}`, echo: raw }, { 'x-echo': encodeURIComponent(token) }),
      ).getUploadTask(task);
      expect(error.error).toEqual({
        code: 'UploadNotFound',
        message: `no task at ${BASE}/api/v1/file/lib/-/key?upload&access_token=[REDACTED]`,
        echo: '[REDACTED]',
      });
      expect(error.response.headers.get('x-echo')).toBe('[REDACTED]');
      expect(error.response.url).toBe(`${BASE}/api/v1/file/lib/-/key?upload&access_token=[REDACTED]`);
      const data = await echoing(token, () => jsonResponse(200, { ...uploadTask, path: [raw, 'kept'] })).getUploadTask(task);
      expect(data.data?.path).toEqual(['[REDACTED]', 'kept']);
      expectNoToken([error, data], token);
    },
  );

  test.prop([tokens], { numRuns: 60 })(
    'in what fetch throws, a body that is not JSON, or a gateway page: never in the error thrown',
    async (token) => {
      for (const answer of [
        (url: string) => {
          throw new TypeError(`could not reach ${url}`, { cause: new Error(`socket for ${url}`) });
        },
        () => new Response(`{"broken": "${token}`, { status: 200, headers: { 'content-type': 'application/json' } }),
        (url: string) => new Response(`<h1>Bad gateway for ${url}</h1>`, { status: 502 }),
      ]) {
        const error = await rejection(echoing(token, answer).getUploadTask(task));
        expect(error instanceof TypeError || error instanceof SmhResponseError).toBe(true);
        expectNoToken(error, token);
      }
    },
  );
});

describe('a short token rewrites nothing it is only part of', () => {
  test('accessToken "t": a 404\'s code stays UploadNotFound; an input error names init.params', async () => {
    const client = echoing('t', () => jsonResponse(404, { code: 'UploadNotFound', message: 'upload not found', requestId: 't-1' }));
    expect((await client.getUploadTask(task)).error).toEqual({ code: 'UploadNotFound', message: 'upload not found', requestId: 't-1' });
    expect(await rejection(client.getUploadTask(task, { params: {} } as never))).toMatchObject({ parameter: 'init.params' });
  });
});

describe('a redacted error keeps what a caller branches on', () => {
  /** What the call throws when fetch throws `make(url)`. */
  const thrownFor = (make: (url: string) => unknown) =>
    rejection(
      createSmhClient({
        baseUrl: BASE,
        accessToken: TOKEN,
        fetch: (async (request: Request) => {
          throw make(request.url);
        }) as typeof fetch,
      }).getUploadTask(task),
    );
  const redactedUrl = `${BASE}/api/v1/file/lib/-/key?upload&access_token=[REDACTED]`;

  test("a TypeError (fetch's network failure) stays a native TypeError, its cause redacted and hidden", async () => {
    const caught = await thrownFor((url) => new TypeError(`could not reach ${url}`, { cause: new Error(`socket for ${url}`) }));
    expect(caught).toBeInstanceOf(TypeError);
    expect(types.isNativeError(caught)).toBe(true);
    expect(caught).toMatchObject({ message: `could not reach ${redactedUrl}`, cause: { message: `socket for ${redactedUrl}` } });
    expect(Object.keys(caught as object)).toEqual([]);
    expect((caught as Error).stack).toMatch(/^TypeError: could not reach .*\[REDACTED\]/);
  });

  test('a subclass keeps its class and fields; an SmhResponseError its status; a DOMException its name', async () => {
    class RetryError extends Error {
      override name = 'RetryError';
      constructor(
        readonly attempts: number,
        url: string,
      ) {
        super(`gave up on ${url}`);
      }
    }
    expect(await thrownFor((url) => new RetryError(3, url))).toMatchObject({
      constructor: RetryError,
      attempts: 3,
      message: `gave up on ${redactedUrl}`,
    });
    expect(await thrownFor((url) => new SmhResponseError(503, url))).toMatchObject({
      constructor: SmhResponseError,
      status: 503,
      message: redactedUrl,
    });
    for (const [name, code] of [
      ['AbortError', 20],
      ['TimeoutError', 23],
    ] as const)
      expect(await thrownFor((url) => new DOMException(url, name))).toMatchObject({
        constructor: DOMException,
        name,
        code,
        message: redactedUrl,
      });
  });

  test('an error whose message is neither its own field nor in a stack of its own (a DOMException in Firefox): the message is redacted', async () => {
    const caught = await thrownFor((url) => {
      const error = new DOMException(url, 'AbortError');
      delete (error as { stack?: string }).stack;
      return error;
    });
    expect(caught).toMatchObject({ constructor: DOMException, name: 'AbortError', message: redactedUrl });
  });

  test('an AggregateError keeps its errors; arrays stay arrays; a hidden field stays hidden; a cycle is kept', async () => {
    const aggregate = (await thrownFor((url) => new AggregateError([new TypeError(url), new Error(url)], 'all failed'))) as AggregateError;
    expect(aggregate.errors.map((error: Error) => [error.constructor, error.message])).toEqual([
      [TypeError, redactedUrl],
      [Error, redactedUrl],
    ]);
    const hidden = (await thrownFor((url) =>
      Object.defineProperty(new Error('failed'), 'request', { value: { url, attempts: [url] }, enumerable: false }),
    )) as Error & { request: unknown };
    expect(hidden.request).toEqual({ url: redactedUrl, attempts: [redactedUrl] });
    expect(Object.keys(hidden)).toEqual([]);
    const cyclic = (await thrownFor((url) => Object.assign(new Error(url), { self: null as unknown }))) as Error & { self: unknown };
    expect(cyclic.message).toBe(redactedUrl);
    const self = await thrownFor((url) => {
      const error = new Error(url) as Error & { self?: unknown };
      error.self = error;
      return error;
    });
    expect((self as { self: unknown }).self).toBe(self);
    expect(await thrownFor((url) => `cannot fetch ${url}`)).toBe(`cannot fetch ${redactedUrl}`);
  });

  test('what carries no token is thrown as it is; what a middleware throws is redacted too', async () => {
    const plain = new TypeError('fetch failed', { cause: new Error('read ECONNRESET') });
    expect(await thrownFor(() => plain)).toBe(plain);
    const client = createSmhClient({ baseUrl: BASE, accessToken: TOKEN, fetch: async () => jsonResponse(200, uploadTask) });
    client.use({
      onRequest({ request }) {
        throw new RangeError(`refusing ${request.url}`);
      },
    });
    const refused = await rejection(client.getUploadTask(task));
    expect(refused).toBeInstanceOf(RangeError);
    expectNoToken(refused);
  });

  test.each(calls)('$name: an SmhInputError never carries the token either', async (call) => {
    const client = createSmhClient({ baseUrl: BASE, accessToken: TOKEN });
    const error = await rejection(call.run(client, { headers: { 'x-echo': `${TOKEN} \u0000` } }));
    expect(error).toBeInstanceOf(SmhInputError);
    expectNoToken(error);
  });
});

describe('the response: its URL redacted, its headers too when one carries the token', () => {
  const redactedUrl = `${BASE}/api/v1/file/lib/-/key?upload&access_token=[REDACTED]`;
  const echo = { 'x-echo': encodeURIComponent(TOKEN) };

  test("when no header carries the token, it is fetch's own response, with what a wrapper attached to it", async () => {
    const answer = Object.assign(jsonResponse(200, uploadTask), { timing: 12 });
    const { response } = await echoing(TOKEN, () => answer).getUploadTask(task);
    expect(response).toBe(answer);
    expect(response.url).toBe(redactedUrl);
  });

  test('when one does, the copy keeps the status, reason phrase, type, redirect flag and every other header', async () => {
    const answer = () =>
      Object.defineProperties(
        new Response(JSON.stringify(uploadTask), {
          statusText: 'Fine',
          headers: { 'content-type': 'application/json', 'x-other': 'kept', ...echo },
        }),
        { type: { value: 'cors' }, redirected: { value: true } },
      );
    const { data, response } = await echoing(TOKEN, answer).getUploadTask(task);
    expect(data).toEqual(uploadTask);
    const { status, statusText, ok, type, redirected, url } = response;
    expect({ status, statusText, ok, type, redirected, url }).toEqual({
      status: 200,
      statusText: 'Fine',
      ok: true,
      type: 'cors',
      redirected: true,
      url: redactedUrl,
    });
    expect(Object.fromEntries(response.headers)).toEqual({ 'content-type': 'application/json', 'x-other': 'kept', 'x-echo': '[REDACTED]' });
  });

  test.each([
    ['no header carries the token', {}],
    ['a header carries the token', echo],
  ])(
    "%s: a caller may in turn redefine what the response shows (a shorter URL for its log), as the client did fetch's",
    async (_name, headers) => {
      const { response } = await echoing(TOKEN, () => jsonResponse(200, uploadTask, headers)).getUploadTask(task);
      Object.defineProperties(response, { url: { value: `${BASE}/…` }, statusText: { value: 'OK, logged' } });
      expect([response.url, response.statusText]).toEqual([`${BASE}/…`, 'OK, logged']);
    },
  );
});

test.each([
  [
    'every character as \\u00XX',
    'plain-token',
    (token: string) => [...token].map((char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`).join(''),
  ],
  ['a slash as \\/, as JSON may write it', 'tok/en', (token: string) => token.replaceAll('/', '\\/')],
  ['percent-encoded', 'tok en', encodeURIComponent],
  ['form-encoded', 'tok en', (token: string) => new URLSearchParams({ t: token }).toString().slice(2)],
])('a 2xx body that spells the token %s has it redacted all the same', async (_name, token, spell) => {
  const text = JSON.stringify({ ...uploadTask, path: ['TOKEN', 'kept'] }).replace('"TOKEN"', `"${spell(token)}"`);
  const answer = () => new Response(text, { status: 200, headers: { 'content-type': 'application/json' } });
  expect((await echoing(token, answer).getUploadTask(task)).data?.path).toEqual(['[REDACTED]', 'kept']);
});
