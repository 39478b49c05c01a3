// What a call makes of an answer: `data` for the operation's success, `error`
// for an SMH error body, SmhResponseError (with the status, naming what came,
// never its content) for anything else. What a middleware answers is judged
// as the server's answer is.
import { describe, expect, expectTypeOf, test } from 'vitest';
import { type SmhErrorCode, SmhResponseError, type UploadTask } from '../../src/index.ts';
import { callOf, calls, jsonResponse, recordingClient, rejection, successOf, task } from '../support/client.ts';

const smhError = { code: 'UploadNotFound', message: 'upload not found', requestId: 'r-1' };
const text = (status: number, body: string, type = 'text/html') => new Response(body, { status, headers: { 'content-type': type } });

describe('an SMH error comes back as error', () => {
  test('its code and the task type are typed: the known values complete, any other string is taken', () => {
    // Checked by `npm run typecheck`: each known value is a literal of the union, not lost in `string`.
    for (const known of ['UploadNotFound', 'RateLimitExceeded', 'MultipartUploadIncomplete', 'UploadComplete'] as const) {
      expectTypeOf<Extract<SmhErrorCode, typeof known>>().toEqualTypeOf<typeof known>();
    }
    expectTypeOf<Extract<UploadTask['type'], 'video'>>().toEqualTypeOf<'video'>();
    expectTypeOf<'SomeCodeAddedLater'>().toExtend<SmhErrorCode>();
    const later: SmhErrorCode = 'SomeCodeAddedLater';
    expect(later).toBe('SomeCodeAddedLater');
  });

  test.each(calls)('$name: its code, message and requestId, fields it does not know kept, no data', async (call) => {
    const { client } = recordingClient(() => jsonResponse(404, { ...smhError, extra: { a: 1 } }));
    const { data, error, response } = await call.run(client);
    expect({ data, error, status: response.status }).toEqual({ data: undefined, error: { ...smhError, extra: { a: 1 } }, status: 404 });
  });

  test.each([
    ['the X-Request-Id header supplies a missing requestId', { code: 'C', message: 'm' }, { 'x-request-id': 'h-1' }, 'h-1'],
    ['with neither, there is none', { code: 'C', message: 'm' }, {}, undefined],
    ['a requestId that is no string counts as none', { code: 'C', message: 'm', requestId: 5 }, { 'x-request-id': 'h-2' }, 'h-2'],
  ])('%s', async (_name, body, headers, requestId) => {
    const { client } = recordingClient(() => jsonResponse(403, body, headers));
    expect((await client.getUploadTask(task)).error?.requestId).toBe(requestId);
  });

  test.each(['Not Found', 'Not\u0007Found'])('its response keeps the reason phrase %j and the headers as they came', async (reason) => {
    const { client } = recordingClient(() => {
      const response = new Response(JSON.stringify(smhError), { status: 404, headers: { 'x-trace': 't-1' } });
      // A control character no Response constructor takes; a fetch of a user's own may give one.
      return Object.defineProperty(response, 'statusText', { value: reason });
    });
    const { error, response } = await client.getUploadTask(task);
    expect([error, response.statusText, response.headers.get('x-trace')]).toEqual([smhError, reason, 't-1']);
  });
});

describe('anything else throws SmhResponseError', () => {
  test.each([
    ['an empty 200', () => new Response('', { status: 200 }), 200, 'with an empty body; the upload task is a JSON object'],
    ['a 204', () => new Response(null, { status: 204 }), 204, 'with an empty body'],
    ['a 200 of HTML', () => text(200, '<html>hi</html>'), 200, 'with a body that is not valid JSON (15 characters, text/html)'],
    ['a 200 of null', () => jsonResponse(200, null), 200, 'with a JSON body that is null; the upload task is a JSON object'],
    ['a 200 of 42', () => jsonResponse(200, 42), 200, 'with a JSON body that is an integer'],
    ['a 200 of []', () => jsonResponse(200, []), 200, 'with a JSON body that is an array'],
    [
      'a 502 page',
      () => text(502, '<h1>Bad gateway</h1>'),
      502,
      'with a body that is not valid JSON (20 characters, text/html); an SMH error is a JSON object with a string code and a string message',
    ],
    ['a 500 with no code', () => jsonResponse(500, { message: 'm' }), 500, 'with a JSON object whose code is missing'],
    [
      'a 500 whose message is a number',
      () => jsonResponse(500, { code: 'C', message: 1 }),
      500,
      'with a JSON object whose message is an integer',
    ],
    ['a 403 of []', () => jsonResponse(403, []), 403, 'with a JSON body that is an array'],
    ['a 300', () => jsonResponse(300, null), 300, 'with a JSON body that is null'],
    ['a 304 (no body)', () => new Response(null, { status: 304 }), 304, 'with an empty body'],
    [
      'a 200 with no content type',
      () => new Response(new TextEncoder().encode('ok'), { status: 200 }),
      200,
      'with a body that is not valid JSON (2 characters, no content type)',
    ],
    [
      'a 502 with no content type',
      () => new Response(new TextEncoder().encode('oops'), { status: 502 }),
      502,
      'with a body that is not valid JSON (4 characters, no content type)',
    ],
  ])('getUploadTask, %s', async (_name, answer, status, message) => {
    const { client } = recordingClient(answer);
    const error = await rejection(client.getUploadTask(task));
    expect(error).toBeInstanceOf(SmhResponseError);
    expect(error).toMatchObject({
      name: 'SmhResponseError',
      status,
      message: expect.stringContaining(`getUploadTask: the server answered ${status} ${message}`),
    });
  });

  test('a 200 nested 100,000 deep (JSON.parse would overflow its stack) is not JSON to the client', async () => {
    const { client } = recordingClient(() => text(200, `${'['.repeat(100_000)}${']'.repeat(100_000)}`, 'application/json'));
    expect(await rejection(client.getUploadTask(task))).toBeInstanceOf(SmhResponseError);
  });

  test('an error body nested 3,000 deep comes back whole', async () => {
    let nested: unknown = 'deep';
    for (let depth = 0; depth < 3000; depth++) nested = { nested };
    const { client } = recordingClient(() => jsonResponse(400, { code: 'C', message: 'm', nested }));
    expect((await client.getUploadTask(task)).error?.code).toBe('C');
  });
});

describe('what each call answers on success', () => {
  test.each([
    [
      '201: started',
      201,
      { domain: 'd', path: '/p', headers: {}, confirmKey: 'k', expiration: '2030-01-01T00:00:00Z' },
      (body: unknown) => ({ state: 'started', upload: body }),
    ],
    ['202: send fullHash, whatever its body', 202, { anything: true }, () => ({ state: 'needs-full-hash' })],
    ['200: stored already', 200, { path: ['a'] }, (body: unknown) => ({ state: 'already-stored', file: body })],
  ])('begin, %s', async (_name, status, body, expected) => {
    for (const call of [callOf('beginMultipartUpload'), callOf('beginSimpleUpload')]) {
      const { client } = recordingClient(() => jsonResponse(status, body));
      expect((await call.run(client)).data).toEqual(expected(body));
    }
  });

  test('begin, another 2xx (203) is none of its answers', async () => {
    const { client } = recordingClient(() => jsonResponse(203, {}));
    expect(await rejection(client.beginSimpleUpload({ libraryId: 'l', filePath: 'a' }))).toMatchObject({
      status: 203,
      message: 'beginSimpleUpload: the server answered 203; the call answers 201 (begun), 202 (send fullHash) or 200 (stored already)',
    });
  });

  test('cancel, any 2xx is the task cancelled, with no data', async () => {
    for (const answer of [new Response(null, { status: 204 }), jsonResponse(200, { ok: true })]) {
      const { client } = recordingClient(() => answer);
      const { data, error, response } = await client.cancelUpload(task);
      expect([data, error, response.ok]).toEqual([undefined, undefined, true]);
    }
  });

  test.each([
    ['renewUpload', 200, 'the renewed upload'],
    ['confirmUpload', 200, 'the stored file'],
    ['beginMultipartUpload', 201, 'the upload begun'],
    ['beginSimpleUpload', 200, 'the stored file'],
  ])('%s, a %i that is no JSON object throws, naming what the call answers', async (name, status, what) => {
    const { client } = recordingClient(() => jsonResponse(status, 'x'));
    expect(await rejection(callOf(name).run(client))).toMatchObject({
      status,
      message: `${name}: the server answered ${status} with a JSON body that is a string; ${what} is a JSON object`,
    });
  });
});

describe("a middleware's answer is judged as the server's", () => {
  test.each([
    [
      'answering in onRequest, instead of sending: an SMH error',
      (client: any) => client.use({ onRequest: () => jsonResponse(429, smhError) }),
      { error: smhError },
    ],
    [
      'answering in onRequest: a success',
      (client: any) => client.use({ onRequest: () => successOf(calls[0]!) }),
      { data: calls[0]!.success.data },
    ],
    [
      "replacing the server's answer in onResponse",
      (client: any) => client.use({ onResponse: () => jsonResponse(503, smhError) }),
      { error: smhError },
    ],
    [
      'answering in onError when fetch fails',
      (client: any) => client.use({ onError: () => jsonResponse(500, smhError) }),
      { error: smhError },
    ],
  ])('%s', async (name, register, expected) => {
    const { client } = recordingClient(() => {
      if (name.includes('onResponse')) return successOf(calls[0]!);
      throw new TypeError('fetch failed');
    });
    register(client);
    expect(await client.getUploadTask(task)).toMatchObject(expected);
  });

  test.each([
    ['an empty error (Content-Length: 0)', new Response('', { status: 500, headers: { 'content-length': '0' } }), 'with an empty body'],
    ['a gateway page', text(500, '<h1>Bad gateway</h1>'), 'with a body that is not valid JSON (20 characters, text/html)'],
  ])('%s a middleware answers with is no SMH error', async (_name, answer, problem) => {
    const { client } = recordingClient(() => successOf(calls[0]!));
    client.use({ onRequest: () => answer });
    expect(await rejection(client.getUploadTask(task))).toMatchObject({
      status: 500,
      message: expect.stringContaining(`getUploadTask: the server answered 500 ${problem};`),
    });
  });
});
