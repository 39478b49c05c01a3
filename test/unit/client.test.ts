// The typed client sends exactly the documented request and refuses input
// that would change its meaning. (Fetch options, middleware, error bodies and
// the token's redaction: client-*.test.ts.)
import { inspect } from 'node:util';
import { describe, expect, test } from 'vitest';
import { createSmhClient, SmhInputError } from '../../src/index.ts';
import { ok, TOKEN } from '../support/client.ts';
import { type FixtureServer, fixtureServerForTest, json } from '../support/fixture-server.ts';

let server: FixtureServer | undefined;

async function serve(handler = json(200, ok)) {
  server = await fixtureServerForTest(handler);
  return createSmhClient({ baseUrl: server.baseUrl, accessToken: TOKEN });
}

/** What a request target decodes to: path segments after /api/v1/file/, and the query. */
function decode(target: string) {
  const [path, query = ''] = target.split('?');
  return { segments: path!.split('/').slice(4).map(decodeURIComponent), rawQuery: query, query: new URLSearchParams(query) };
}

describe('the request', () => {
  test('is GET with the bare upload flag, the token and user_id in the query, and no body', async () => {
    let seen: { method?: string; headers?: Record<string, unknown> } = {};
    const client = await serve((request, response) => {
      seen = { method: request.method, headers: request.headers };
      json(200, ok)(request, response);
    });
    const { data, response } = await client.getUploadTask({ libraryId: 'smhlib', confirmKey: 'key1', userId: 'user-1' });
    expect(response.status).toBe(200);
    expect(data).toEqual(ok);
    expect(seen.method).toBe('GET');
    expect(seen.headers!['content-type']).toBeUndefined();
    expect(seen.headers!['content-length']).toBeUndefined();
    expect(server!.requests).toEqual([`/api/v1/file/smhlib/-/key1?upload&access_token=${encodeURIComponent(TOKEN)}&user_id=user-1`]);
    expect(decode(server!.requests[0]!).query.get('access_token')).toBe(TOKEN);
  });

  test('the client-wide userId is sent unless a call names its own; without one, no user_id', async () => {
    server = await fixtureServerForTest(json(200, ok));
    const withUser = createSmhClient({ baseUrl: server.baseUrl, accessToken: 't', userId: 'default-user' });
    await withUser.getUploadTask({ libraryId: 'l', confirmKey: 'k' });
    await withUser.getUploadTask({ libraryId: 'l', confirmKey: 'k', userId: 'other' });
    await createSmhClient({ baseUrl: server.baseUrl, accessToken: 't' }).getUploadTask({ libraryId: 'l', confirmKey: 'k' });
    expect(server.requests.map((target) => decode(target).query.get('user_id'))).toEqual(['default-user', 'other', null]);
  });

  test('spaceId defaults to "-" and is sent when given', async () => {
    const client = await serve();
    await client.getUploadTask({ libraryId: 'l', confirmKey: 'k' });
    await client.getUploadTask({ libraryId: 'l', spaceId: 'space-9', confirmKey: 'k' });
    expect(server!.requests.map((target) => decode(target).segments[1])).toEqual(['-', 'space-9']);
  });

  test.each([
    ['spaces', 'a key with spaces'],
    ['a slash', 'a/b'],
    ['percent signs', '100%25%2F'],
    ['a question mark and a hash', 'what?#frag'],
    ['non-ASCII', 'файл-上传-🎬'],
    ['the first characters past the controls (U+00A0, U+00A1)', 'no\u00a0break\u00a1'],
    ['the last printable ASCII character (~)', 'tilde~'],
    ['dots inside', '..a.b..'],
    ['10 KB', 'k'.repeat(10_240)],
  ])('a ConfirmKey with %s travels intact, as one path segment', async (_name, confirmKey) => {
    const client = await serve();
    await client.getUploadTask({ libraryId: 'lib/1', spaceId: 'sp ace', confirmKey });
    const { segments, query } = decode(server!.requests[0]!);
    expect(segments).toEqual(['lib/1', 'sp ace', confirmKey]);
    expect(query.has('upload')).toBe(true);
  });

  test('the base URL may carry a path prefix (a gateway)', async () => {
    server = await fixtureServerForTest(json(200, ok));
    const client = createSmhClient({ baseUrl: `${server.baseUrl}/gateway/`, accessToken: 't' });
    await client.getUploadTask({ libraryId: 'l', confirmKey: 'k' });
    expect(server.requests[0]).toBe('/gateway/api/v1/file/l/-/k?upload&access_token=t');
  });
});

describe('bad input is refused before anything is sent, naming the parameter', () => {
  const badIds: Array<[string, unknown]> = [
    ['empty', ''],
    ['a number', 42],
    ['null', null],
    ['undefined', undefined],
    ['"."', '.'],
    ['".."', '..'],
    ['a newline', 'a\nb'],
    ['a NUL', 'a\u0000b'],
    ['DEL', 'a\u007fb'],
    ['a C1 control (U+0080)', 'a\u0080b'],
    ['NEL (U+0085)', 'a\u0085b'],
    ['a C1 control (U+009F)', 'a\u009fb'],
    ['a lone surrogate', 'a\ud800b'],
  ];
  const cases = ['libraryId', 'spaceId', 'confirmKey'].flatMap((parameter) =>
    badIds.filter(([name]) => !(parameter === 'spaceId' && name === 'undefined')).map(([name, value]) => [parameter, name, value] as const),
  );

  test.each(cases)('%s %s', async (parameter, _name, value) => {
    const client = await serve();
    const task = { libraryId: 'lib', confirmKey: 'key', [parameter]: value } as never;
    const error = await client.getUploadTask(task).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SmhInputError);
    expect((error as SmhInputError).parameter).toBe(parameter);
    expect((error as Error).message).toMatch(new RegExp(`^${parameter} `));
    expect(server!.requests).toEqual([]);
  });

  test.each([
    ['userId', { userId: '' }],
    ['userId', { userId: 7 }],
    ['userId', { userId: '\ud800' }],
  ])('%s: %o', async (parameter, extra) => {
    const client = await serve();
    await expect(client.getUploadTask({ libraryId: 'l', confirmKey: 'k', ...(extra as object) })).rejects.toMatchObject({
      name: 'SmhInputError',
      parameter,
    });
    expect(server!.requests).toEqual([]);
  });

  test.each([
    ['baseUrl', { baseUrl: 'not a url' }, 'baseUrl must be an absolute http(s) URL'],
    ['baseUrl', { baseUrl: new URL('http://example.test') }, 'baseUrl must be an absolute http(s) URL'],
    ['baseUrl', { baseUrl: 'ftp://example.test' }, 'baseUrl must use http or https, not ftp:'],
    ['baseUrl', { baseUrl: 'http://example.test/?x=1' }, 'baseUrl must not carry a query, a fragment or credentials'],
    ['baseUrl', { baseUrl: 'http://example.test/#top' }, 'baseUrl must not carry a query, a fragment or credentials'],
    ['baseUrl', { baseUrl: 'http://user:pw@example.test/' }, 'baseUrl must not carry a query, a fragment or credentials'],
    ['baseUrl', { baseUrl: 'http://user@example.test/' }, 'baseUrl must not carry a query, a fragment or credentials'],
    ['baseUrl', { baseUrl: 'http://:pw@example.test/' }, 'baseUrl must not carry a query, a fragment or credentials'],
    ['baseUrl', { baseUrl: undefined }, 'baseUrl must be an absolute http(s) URL'],
    ['accessToken', { accessToken: '' }, 'accessToken must not be empty'],
    ['accessToken', { accessToken: undefined }, 'accessToken must be a string, got undefined'],
    ['accessToken', { accessToken: null }, 'accessToken must be a string, got null'],
    ['accessToken', { accessToken: 'x\udc00' }, 'accessToken must be well-formed Unicode (it has a lone surrogate)'],
    ['userId', { userId: '' }, 'userId must not be empty'],
    ['fetch', { fetch: 'not a function' }, 'fetch must be a function'],
  ])('createSmhClient %s: %o', (parameter, override, message) => {
    const create = () => createSmhClient({ baseUrl: 'http://127.0.0.1:9', accessToken: 'secret-token-value', ...(override as object) });
    expect(create).toThrow(SmhInputError);
    try {
      create();
    } catch (error) {
      expect(error).toMatchObject({ name: 'SmhInputError', parameter, message });
      expect(inspect(error)).not.toContain('secret-token-value');
    }
  });

  test('a base URL with http: or https: is accepted, a trailing slash or not', () => {
    for (const baseUrl of ['http://example.test', 'https://example.test/', 'HTTPS://EXAMPLE.TEST/prefix']) {
      expect(() => createSmhClient({ baseUrl, accessToken: 't' })).not.toThrow();
    }
  });

  test('an id names its problem', async () => {
    const client = await serve();
    const problems = await Promise.all(
      [
        { confirmKey: '.' },
        { confirmKey: '..' },
        { confirmKey: 'a\u0085b' },
        { confirmKey: 7 },
        { confirmKey: null },
        { confirmKey: '' },
        { confirmKey: '\ud800' },
      ].map((bad) => client.getUploadTask({ libraryId: 'l', ...bad } as never).catch((error: Error) => error.message)),
    );
    expect(problems).toEqual([
      'confirmKey must not be "." (a URL parser would remove it from the path)',
      'confirmKey must not be ".." (a URL parser would remove it from the path)',
      'confirmKey must not contain control characters',
      'confirmKey must be a string, got number',
      'confirmKey must be a string, got null',
      'confirmKey must not be empty',
      'confirmKey must be well-formed Unicode (it has a lone surrogate)',
    ]);
  });
});

describe('what getUploadTask does not read is refused, naming it, before anything is sent', () => {
  test.each(['spaceID', 'color', 'confirmkey', 'userID'])('a task field it does not know: %s', async (key) => {
    const client = await serve();
    const error = await client.getUploadTask({ libraryId: 'l', confirmKey: 'k', [key]: 'x' } as never).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SmhInputError);
    expect(error).toMatchObject({ parameter: key, message: expect.stringMatching(new RegExp(`^${key} is not a field of the task`)) });
    expect(server!.requests).toEqual([]);
  });

  test.each([null, undefined, 'lib/key', 42])('a task that is not an object: %o', async (task) => {
    const client = await serve();
    await expect(client.getUploadTask(task as never)).rejects.toMatchObject({
      name: 'SmhInputError',
      parameter: 'task',
      message: 'task must be an object with libraryId and confirmKey',
    });
    expect(server!.requests).toEqual([]);
  });

  // A JavaScript caller can hand openapi-fetch's own per-call options to
  // getUploadTask's init: each would move the call, add to its query or
  // replace its fetch, body or method.
  const foreign: Array<[string, unknown]> = [
    ['baseUrl', 'http://elsewhere.test'],
    ['params', { query: { access_token: 'other', extra: 'x' } }],
    ['querySerializer', () => 'leak=1'],
    ['pathSerializer', () => '/elsewhere'],
    ['bodySerializer', () => 'body'],
    ['parseAs', 'blob'],
    ['fetch', async () => new Response('{}')],
    ['Request', Request],
    ['middleware', [{ onRequest: () => undefined }]],
    ['body', '{}'],
    ['method', 'DELETE'],
  ];
  test.each(foreign)('init.%s', async (key, value) => {
    const client = await serve();
    const error = await client
      .getUploadTask({ libraryId: 'l', confirmKey: 'k' }, { [key]: value } as never)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SmhInputError);
    expect(error).toMatchObject({
      parameter: `init.${key}`,
      message: expect.stringMatching(new RegExp(`^init\\.${key} is not an option of getUploadTask`)),
    });
    expect(server!.requests).toEqual([]);
  });

  test('an init baseUrl or params.query neither moves the call nor sends the token elsewhere, with or without middleware', async () => {
    const elsewhere = await fixtureServerForTest(json(200, ok));
    try {
      const client = await serve();
      const init = { baseUrl: elsewhere.baseUrl, params: { query: { extra: '1' } } } as never;
      await expect(client.getUploadTask({ libraryId: 'l', confirmKey: 'k' }, init)).rejects.toBeInstanceOf(SmhInputError);
      client.use({ onRequest: () => undefined });
      await expect(client.getUploadTask({ libraryId: 'l', confirmKey: 'k' }, init)).rejects.toBeInstanceOf(SmhInputError);
      await client.getUploadTask({ libraryId: 'l', confirmKey: 'k' });
      expect(elsewhere.requests).toEqual([]);
      expect(server!.requests).toEqual([`/api/v1/file/l/-/k?upload&access_token=${encodeURIComponent(TOKEN)}`]);
    } finally {
      await elsewhere.close();
    }
  });

  test('an empty or null init is no option at all', async () => {
    const client = await serve();
    await client.getUploadTask({ libraryId: 'l', confirmKey: 'k' }, {});
    await client.getUploadTask({ libraryId: 'l', confirmKey: 'k' }, null as never);
    expect(server!.requests).toHaveLength(2);
  });
});
