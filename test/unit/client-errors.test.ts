// What a non-2xx answer gives the caller: the SMH error body (`code` and
// `message` strings, `requestId` from the body or the X-Request-Id header)
// or, for anything else, SmhResponseError naming what it was. The same with
// or without middleware, so `if (error) … else data.parts` never crashes.
import { describe, expect, test } from 'vitest';
import { SmhResponseError } from '../../src/index.ts';
import { jsonResponse, ok, recordingClient, rejection, task } from '../support/client.ts';

const paths = [['without middleware', false] as const, ['with middleware', true] as const];

/** A client whose server answers `status` with this body text (and headers). */
function answering(status: number, text: string, { withMiddleware = false, headers = {} as Record<string, string> } = {}) {
  const { client } = recordingClient(() => new Response(text, { status, headers: { 'content-type': 'application/json', ...headers } }));
  if (withMiddleware) client.use({ onResponse: () => undefined });
  return client;
}

const RULE = '; an SMH error is a JSON object with a string code and a string message';

describe.each(paths)('a non-2xx body that is not an SMH error throws SmhResponseError naming it (%s)', (_name, withMiddleware) => {
  test.each([
    ['null', 'with a JSON body that is null'],
    ['[]', 'with a JSON body that is an array'],
    ['[{"code":"X","message":"m"}]', 'with a JSON body that is an array'],
    ['42', 'with a JSON body that is a number'],
    ['"42"', 'with a JSON body that is a string'],
    ['"oops"', 'with a JSON body that is a string'],
    ['true', 'with a JSON body that is a boolean'],
    ['{}', 'with a JSON object whose code is missing'],
    ['{"message":"m"}', 'with a JSON object whose code is missing'],
    ['{"code":"X"}', 'with a JSON object whose message is missing'],
    ['{"code":1,"message":"m"}', 'with a JSON object whose code is a number'],
    ['{"code":"X","message":null}', 'with a JSON object whose message is null'],
    ['{"code":["X"],"message":"m"}', 'with a JSON object whose code is an array'],
    ['{"code":{"text":"X"},"message":"m"}', 'with a JSON object whose code is an object'],
    ['', 'with an empty body'],
    ['<html>Bad gateway</html>', 'with a body that is not valid JSON (24 characters, application/json)'],
  ])('%s', async (text, what) => {
    const error = await rejection(answering(500, text, { withMiddleware }).getUploadTask(task));
    expect(error).toBeInstanceOf(SmhResponseError);
    expect(error).toMatchObject({ status: 500, message: `getUploadTask: the server answered 500 ${what}${RULE}` });
  });

  test('the status is the one the server answered', async () => {
    await expect(answering(418, 'null', { withMiddleware }).getUploadTask(task)).rejects.toMatchObject({
      status: 418,
      message: expect.stringMatching(/^getUploadTask: the server answered 418 /),
    });
  });
});

describe.each(paths)('an SMH error body is returned as error (%s)', (_name, withMiddleware) => {
  const error = (status: number, body: unknown, headers?: Record<string, string>) =>
    answering(status, JSON.stringify(body), { withMiddleware, headers }).getUploadTask(task);

  test('with its code, message and requestId, and no data', async () => {
    const result = await error(404, { code: 'UploadNotFound', message: 'no such task', requestId: 'r-1' });
    expect(result.error).toEqual({ code: 'UploadNotFound', message: 'no such task', requestId: 'r-1' });
    expect(result.data).toBeUndefined();
    expect(result.response.status).toBe(404);
  });

  test('a body that quoted the token comes back redacted, still a plain object a caller can use', async () => {
    const urlOf = (input: unknown) => (input instanceof Request ? input.url : String(input));
    const { client } = recordingClient((input) =>
      jsonResponse(403, { code: 'InvalidAccessToken', message: `bad token in ${urlOf(input)}`, hint: { url: urlOf(input) } }),
    );
    if (withMiddleware) client.use({ onResponse: () => undefined });
    const { error } = await client.getUploadTask(task);
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      code: 'InvalidAccessToken',
      message: expect.stringContaining('access_token=[REDACTED]'),
      hint: { url: expect.stringContaining('access_token=[REDACTED]') },
    });
    expect({ ...error }).toEqual(error);
    error!.message = 'shown to the user';
    delete (error as { hint?: unknown }).hint;
    expect(error).toEqual({ code: 'InvalidAccessToken', message: 'shown to the user' });
  });

  test('fields the contract does not know yet are kept', async () => {
    const body = { code: 'TooManyRequests', message: 'slow down', requestId: 'r-2', retryAfter: 3, detail: { limits: [1, 2] } };
    expect((await error(429, body)).error).toEqual(body);
  });

  test('without a requestId, the X-Request-Id header supplies it', async () => {
    const result = await error(403, { code: 'NoPermission', message: 'no' }, { 'X-Request-Id': 'from-header' });
    expect(result.error).toEqual({ code: 'NoPermission', message: 'no', requestId: 'from-header' });
  });

  test("the body's requestId wins over the header's", async () => {
    expect(
      (await error(403, { code: 'NoPermission', message: 'no', requestId: 'from-body' }, { 'X-Request-Id': 'from-header' })).error
        ?.requestId,
    ).toBe('from-body');
  });

  test('with neither, there is no requestId', async () => {
    const result = await error(400, { code: 'ParamInvalid', message: 'bad' });
    expect(result.error).toEqual({ code: 'ParamInvalid', message: 'bad' });
    expect(Object.keys(result.error!)).not.toContain('requestId');
  });

  test('a requestId that is not a string counts as none', async () => {
    expect(
      (await error(500, { code: 'InternalError', message: 'x', requestId: 7 }, { 'X-Request-Id': 'from-header' })).error?.requestId,
    ).toBe('from-header');
    const without = await error(500, { code: 'InternalError', message: 'x', requestId: 7 });
    expect(without.error).toEqual({ code: 'InternalError', message: 'x' });
  });
});

describe('a 2xx that is not JSON throws SmhResponseError', () => {
  test.each(paths)('an empty 200 (%s)', async (_name, withMiddleware) => {
    await expect(answering(200, '', { withMiddleware }).getUploadTask(task)).rejects.toMatchObject({
      name: 'SmhResponseError',
      status: 200,
      message: 'getUploadTask: the server answered 200 with an empty body; the upload task is a JSON object',
    });
  });

  test.each(paths)('a 204 (%s)', async (_name, withMiddleware) => {
    const { client } = recordingClient(() => new Response(null, { status: 204 }));
    if (withMiddleware) client.use({ onResponse: () => undefined });
    await expect(client.getUploadTask(task)).rejects.toMatchObject({
      status: 204,
      message: expect.stringContaining('answered 204 with an empty body'),
    });
  });

  test.each(paths)('a 200 with text (%s)', async (_name, withMiddleware) => {
    await expect(
      answering(200, 'all good', { withMiddleware, headers: { 'content-type': 'text/plain' } }).getUploadTask(task),
    ).rejects.toMatchObject({
      status: 200,
      message: 'getUploadTask: the server answered 200 with a body that is not valid JSON (8 characters, text/plain)',
    });
  });

  test('a 200 without a content type says so', async () => {
    const { client } = recordingClient(() => new Response(new TextEncoder().encode('nope'), { status: 200 }));
    await expect(client.getUploadTask(task)).rejects.toMatchObject({ message: expect.stringContaining('(4 characters, no content type)') });
  });
});

describe('what a middleware answers is judged like what the server answers', () => {
  test('an SMH error it answers with, instead of sending the request', async () => {
    const { client, calls } = recordingClient();
    client.use({ onRequest: () => jsonResponse(403, { code: 'NoPermission', message: 'not today' }, { 'X-Request-Id': 'mw-1' }) });
    const result = await client.getUploadTask(task);
    expect(result.error).toEqual({ code: 'NoPermission', message: 'not today', requestId: 'mw-1' });
    expect(calls).toEqual([]);
  });

  test.each([
    ['an empty body', '', 'with an empty body'],
    ['text', 'denied', 'with a body that is not valid JSON (6 characters, text/plain)'],
    ['a JSON array', '[1]', 'with a JSON body that is an array'],
  ])('%s it answers with, instead of sending the request', async (_name, text, what) => {
    const { client } = recordingClient();
    client.use({ onRequest: () => new Response(text, { status: 503, headers: { 'content-type': 'text/plain' } }) });
    await expect(client.getUploadTask(task)).rejects.toMatchObject({
      status: 503,
      message: `getUploadTask: the server answered 503 ${what}${RULE}`,
    });
  });

  test('an error it answers with, Content-Length: 0', async () => {
    const { client } = recordingClient();
    client.use({ onRequest: () => new Response(null, { status: 502, headers: { 'content-length': '0' } }) });
    await expect(client.getUploadTask(task)).rejects.toMatchObject({
      status: 502,
      message: `getUploadTask: the server answered 502 with an empty body${RULE}`,
    });
  });

  test('a 200 it answers with', async () => {
    const { client } = recordingClient();
    client.use({ onRequest: () => jsonResponse(200, ok) });
    expect((await client.getUploadTask(task)).data).toEqual(ok);
  });

  test('a response it puts in place of the server’s', async () => {
    const { client } = recordingClient();
    client.use({ onResponse: () => jsonResponse(429, { code: 'TooManyRequests', message: 'later', requestId: 'r-9' }) });
    expect((await client.getUploadTask(task)).error).toEqual({ code: 'TooManyRequests', message: 'later', requestId: 'r-9' });
  });
});
