// The typed client sends exactly the documented request, refuses input that
// would change its meaning, and never lets the token out.
import { inspect } from 'node:util';
import { afterEach, describe, expect, inject, test } from 'vitest';
import { createSmhClient, SmhInputError, SmhResponseError } from '../../src/index.ts';
import { type FixtureServer, json, startFixtureServer } from '../support/fixture-server.ts';

const TOKEN = 'tok&en#with=odd é/chars+%';
const ok = { confirmed: false, path: ['a'], type: 'file', creationTime: '2021-02-01T09:00:00.000Z', conflictResolutionStrategy: 'rename', force: false, availableDomainNum: 1 };

let server: FixtureServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(handler = json(200, ok)) {
  server = await startFixtureServer(handler);
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
    server = await startFixtureServer(json(200, ok));
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
    server = await startFixtureServer(json(200, ok));
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
    await expect(client.getUploadTask({ libraryId: 'l', confirmKey: 'k', ...(extra as object) })).rejects.toMatchObject({ name: 'SmhInputError', parameter });
    expect(server!.requests).toEqual([]);
  });

  test.each([
    ['baseUrl', { baseUrl: 'not a url' }],
    ['baseUrl', { baseUrl: 'ftp://example.test' }],
    ['baseUrl', { baseUrl: 'http://example.test/?x=1' }],
    ['baseUrl', { baseUrl: undefined }],
    ['accessToken', { accessToken: '' }],
    ['accessToken', { accessToken: undefined }],
    ['accessToken', { accessToken: 'x\udc00' }],
    ['userId', { userId: '' }],
    ['fetch', { fetch: 'not a function' }],
  ])('createSmhClient %s: %o', (parameter, override) => {
    const create = () => createSmhClient({ baseUrl: 'http://127.0.0.1:9', accessToken: 'secret-token-value', ...(override as object) });
    expect(create).toThrow(SmhInputError);
    try {
      create();
    } catch (error) {
      expect((error as SmhInputError).parameter).toBe(parameter);
      expect(inspect(error)).not.toContain('secret-token-value');
    }
  });
});

describe('the token never leaks', () => {
  /** Everything a caller could print of what came back or was thrown. */
  function everythingPrintable(value: unknown): string {
    const parts = [String(value), inspect(value, { depth: 12, showHidden: true })];
    try {
      parts.push(JSON.stringify(value, Object.getOwnPropertyNames(value ?? {})));
    } catch {}
    for (let cause = (value as Error)?.cause, depth = 0; cause !== undefined && depth < 10; cause = (cause as Error).cause, depth++) {
      parts.push(String(cause), (cause as Error).stack ?? '', inspect(cause, { depth: 12, showHidden: true }));
    }
    return parts.join('\n');
  }
  const spellings = [TOKEN, encodeURIComponent(TOKEN), new URLSearchParams({ t: TOKEN }).toString().slice(2)];
  const expectNoToken = (value: unknown) => {
    const text = everythingPrintable(value);
    for (const spelling of spellings) expect(text).not.toContain(spelling);
  };

  test('a network failure (nothing listening) throws without the token', async () => {
    server = await startFixtureServer(json(200, ok));
    const baseUrl = server.baseUrl;
    await server.close();
    server = undefined;
    const error = await createSmhClient({ baseUrl, accessToken: TOKEN }).getUploadTask({ libraryId: 'l', confirmKey: 'k' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe('fetch failed');
    expectNoToken(error);
  });

  test('a fetch that puts the URL in its error is redacted', async () => {
    const leakyFetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const { url } = new Request(input, init);
      throw new TypeError(`could not reach ${url}`, { cause: new Error(`socket for ${url}`) });
    };
    const client = createSmhClient({ baseUrl: 'http://127.0.0.1:9', accessToken: TOKEN, fetch: leakyFetch as typeof fetch });
    const error = await client.getUploadTask({ libraryId: 'l', confirmKey: 'k' }).catch((caught: unknown) => caught);
    expect((error as Error).message).toContain('[REDACTED]');
    expect((error as Error).name).toBe('TypeError');
    expectNoToken(error);
  });

  test('init.signal aborts the call; the AbortError carries no token', async () => {
    const client = await serve(() => {}); // never answers
    const controller = new AbortController();
    const pending = client.getUploadTask({ libraryId: 'l', confirmKey: 'k' }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    const error = await pending.catch((caught: unknown) => caught);
    expect((error as Error).name).toBe('AbortError');
    expectNoToken(error);
  });

  test('AbortSignal.timeout ends a call to a server that never answers', async () => {
    const client = await serve(() => {});
    const error = await client.getUploadTask({ libraryId: 'l', confirmKey: 'k' }, { signal: AbortSignal.timeout(100) }).catch((caught: unknown) => caught);
    expect((error as Error).name).toBe('TimeoutError');
    expectNoToken(error);
  });

  test('a truncated JSON 200 throws SmhResponseError without the token', async () => {
    const client = await serve((request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(`{"confirmed": false, "echo": "${request.url}", "path": [`);
    });
    const error = await client.getUploadTask({ libraryId: 'l', confirmKey: 'k' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SmhResponseError);
    expect(error).toMatchObject({ status: 200 });
    expect((error as Error).message).toContain('not valid JSON');
    expectNoToken(error);
  });

  test("an HTML 502 from a gateway that echoes the URL throws SmhResponseError without the token", async () => {
    const client = await serve((request, response) => {
      response.writeHead(502, { 'content-type': 'text/html' });
      response.end(`<html><body>Bad gateway for ${request.url}</body></html>`);
    });
    const error = await client.getUploadTask({ libraryId: 'l', confirmKey: 'k' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SmhResponseError);
    expect((error as Error).message).toMatch(/502.*not valid JSON.*text\/html/);
    expectNoToken(error);
  });

  test.each([400, 403, 404, 429, 500])('a documented %i error returns the SMH body, and nothing returned carries the token', async (status) => {
    const client = await serve((request, response) => json(status, { code: 'SomeCode', message: `rejected ${request.url}`, requestId: 'r-1' })(request, response));
    const result = await client.getUploadTask({ libraryId: 'l', confirmKey: 'k' });
    expect(result.response.status).toBe(status);
    expect(result.error).toMatchObject({ code: 'SomeCode', requestId: 'r-1' });
    expect(result.data).toBeUndefined();
    expectNoToken(result.error);
    expectNoToken(result.response.url);
    expect(result.response.url).toContain('access_token=[REDACTED]');
  });
});

describe('middleware', () => {
  test('middleware added with use() sees a real Request carrying the documented URL; eject() removes it', async () => {
    const client = await serve();
    const seen: unknown[] = [];
    const spy = { onRequest: ({ request }: { request: Request }) => void seen.push(request) };
    client.use(spy);
    await client.getUploadTask({ libraryId: 'l', confirmKey: 'k' });
    client.eject(spy);
    await client.getUploadTask({ libraryId: 'l', confirmKey: 'k' });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toBeInstanceOf(Request);
    expect((seen[0] as Request).url).toBe(`${server!.baseUrl}/api/v1/file/l/-/k?upload&access_token=${encodeURIComponent(TOKEN)}`);
    expect(server!.requests).toHaveLength(2);
  });
});
