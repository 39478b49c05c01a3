// createMockFetch() is a fetch: abort signals, Request objects, URLs that do
// not parse and methods fetch refuses behave as fetch's do; and it fails
// when made, not per request, for what it cannot do (without Prism:
// test/packaging/consumers.test.ts). Its answers are compared with the
// other faces in mock-faces.test.ts.
import { describe, expect, test } from 'vitest';
import { createMockFetch, type TestKey, testKeys } from '../../src/mock/index.ts';

const target = 'http://mock.invalid/api/v1/file/smh0000000000000/-/example-confirmed?upload&access_token=mock-fetch-token';
const mockFetch = createMockFetch();

describe('as fetch', () => {
  test('an aborted signal rejects with the AbortError fetch gives, before and during the call; a reason given is the rejection', async () => {
    await expect(mockFetch(target, { signal: AbortSignal.abort() })).rejects.toMatchObject({
      name: 'AbortError',
      constructor: DOMException,
    });
    const controller = new AbortController();
    const during = mockFetch(target, { signal: controller.signal });
    controller.abort();
    await expect(during).rejects.toMatchObject({ name: 'AbortError' });
    const withReason = new AbortController();
    const reason = new Error('navigated away');
    const pending = mockFetch(new Request(target, { signal: withReason.signal }));
    withReason.abort(reason);
    await expect(pending).rejects.toBe(reason);
  });

  test('a Request is read whole: its method, headers, body and URL; an init given with it wins', async () => {
    const request = new Request(target.replace('example-confirmed', 'k'), { headers: { Prefer: 'code=404' } });
    const response = await mockFetch(request);
    expect([response.status, response.url]).toEqual([404, request.url]);
    expect((await mockFetch(request, { method: 'PATCH', body: '{}' })).status).toBe(405);
  });

  test('a URL that does not parse rejects with a TypeError that does not carry the token', async () => {
    await expect(mockFetch('not a url?upload&access_token=mock-fetch-token')).rejects.toMatchObject({
      constructor: TypeError,
      message: 'Failed to parse URL from not a url?upload&access_token=***',
    });
  });

  test.each(['CONNECT', 'TRACE', 'track', 'BAD METHOD', ''])(
    'a method fetch refuses (%j) is a TypeError, as from fetch',
    async (method) => {
      await expect(mockFetch(target, { method })).rejects.toBeInstanceOf(TypeError);
      await expect(fetch(target, { method })).rejects.toBeInstanceOf(TypeError);
    },
  );

  test('a method is normalized as fetch normalizes it: the six it knows to upper case, any other kept', async () => {
    expect((await mockFetch(target, { method: 'get' })).status).toBe(200);
    expect((await mockFetch(target, { method: 'patch' })).status).toBe(405);
  });
});

describe('options', () => {
  test('dynamic: true generates a body valid against the schema; seed makes it repeat', async () => {
    const [first, second] = [createMockFetch({ dynamic: true, seed: 'fixed' }), createMockFetch({ dynamic: true, seed: 'fixed' })];
    const response = await first(target.replace('example-confirmed', 'any-key'));
    const body = await response.json();
    expect([response.status, response.headers.get('sl-violations')]).toEqual([200, null]);
    expect(await (await second(target.replace('example-confirmed', 'any-key'))).json()).toEqual(body);
  });
});

describe('test keys', () => {
  test('are exported as a typed list: a key completes, a typo does not compile', async () => {
    const key: TestKey = 'example-UploadNotFound';
    // @ts-expect-error a typo is no documented test key (checked by `npm run typecheck`)
    const typo: TestKey = 'example-UploadNotFund';
    expect(testKeys.filter((entry) => entry.key === key).map(({ operationId, status }) => `${operationId} ${status}`)).toEqual([
      'getUploadTask 404',
      'cancelUpload 404',
      'renewUpload 404',
      'confirmUpload 404',
    ]);
    expect(testKeys.some((entry) => entry.key === typo)).toBe(false);
  });
});
