// Each call of the client sends exactly the request the service expects:
// its method, the documented path with each id one segment, the flag bare
// and first, the token and the user in the query, a JSON body only where the
// call has one; every fetch option reaches fetch, and middleware registered
// with use() sees the request as it is sent.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { createSmhClient } from '../../src/index.ts';
import { BASE, callOf, calls, file, recordingClient, successOf, TOKEN, task } from '../support/client.ts';

const targetOf = (request: Request) => request.url.slice(new URL(request.url).origin.length);

describe('each call sends its documented request', () => {
  test.each(calls)('$name: $method $target, no body', async (call) => {
    const { client, sent } = recordingClient(() => successOf(call));
    const { data } = await call.run(client);
    expect(data).toEqual(call.success.data);
    expect(sent.map((request) => [request.method, targetOf(request)])).toEqual([[call.method, call.target]]);
    expect(sent[0]!.body).toBeNull();
    expect(sent[0]!.headers.get('content-type')).toBeNull();
    expect(sent[0]!.redirect).toBe('manual');
  });

  test('the client-wide userId goes with every call unless a call names its own; without one, no user_id', async () => {
    const users: Array<string | null> = [];
    const fetch = (async (request: Request) => {
      users.push(new URL(request.url).searchParams.get('user_id'));
      return new Response(null, { status: 204 });
    }) as typeof globalThis.fetch;
    const withUser = createSmhClient({ baseUrl: BASE, accessToken: 't', userId: 'default-user', fetch });
    await withUser.cancelUpload(task);
    await withUser.cancelUpload({ ...task, userId: 'other' });
    await createSmhClient({ baseUrl: BASE, accessToken: 't', fetch }).cancelUpload(task);
    expect(users).toEqual(['default-user', 'other', null]);
  });

  test('spaceId defaults to "-"; a base URL may carry a path prefix (a gateway)', async () => {
    const urls: string[] = [];
    const fetch = (async (request: Request) => {
      urls.push(request.url);
      return new Response(null, { status: 204 });
    }) as typeof globalThis.fetch;
    await createSmhClient({ baseUrl: `${BASE}/gateway/`, accessToken: 't', fetch }).cancelUpload({ ...task, spaceId: 'space-9' });
    expect(urls).toEqual([`${BASE}/gateway/api/v1/file/lib/space-9/key?upload&access_token=t`]);
  });

  test('confirm sends what it says of the file as JSON, its options in the query', async () => {
    const { client, sent } = recordingClient(() => successOf(callOf('confirmUpload')));
    const at = new Date('2024-06-01T10:00:00Z');
    await client.confirmUpload({
      ...task,
      crc64: '11598977699294832468',
      labels: ['a'],
      localCreationTime: at,
      conflictResolutionStrategy: 'ask',
      withInode: true,
    });
    const [request] = sent;
    expect(targetOf(request!)).toBe(
      `/api/v1/file/lib/-/key?confirm&access_token=${encodeURIComponent(TOKEN)}&conflict_resolution_strategy=ask&with_inode=1`,
    );
    expect(request!.headers.get('content-type')).toBe('application/json');
    expect(await request!.json()).toEqual({ crc64: '11598977699294832468', labels: ['a'], localCreationTime: '2024-06-01T10:00:00.000Z' });
  });

  test('begin sends the file path as one segment, its options in the query, its hashes with the size as JSON', async () => {
    const { client, sent } = recordingClient(() => successOf(callOf('beginMultipartUpload')));
    await client.beginMultipartUpload({
      libraryId: 'lib',
      filePath: 'a b/ç?#.mp4',
      fileSize: 5500000,
      beginningHash: 'ab12',
      preferSameOrigin: false,
      trafficLimit: 8192,
    });
    const [request] = sent;
    expect(targetOf(request!)).toBe(
      `/api/v1/file/lib/-/a%20b%2F%C3%A7%3F%23.mp4?multipart&access_token=${encodeURIComponent(TOKEN)}&filesize=5500000&traffic_limit=8192&prefer_same_origin=0`,
    );
    expect(await request!.json()).toEqual({ beginningHash: 'ab12', size: '5500000' });
  });

  test.each([
    [
      'the least size and traffic limit; no hash, so no size in a body',
      { fileSize: 0, trafficLimit: 1 },
      '&filesize=0&traffic_limit=1',
      null,
    ],
    [
      'a hash, no size beside it without fileSize',
      { sampleHash: 'AB12', conflictResolutionStrategy: 'rename', internalDomain: true },
      '&conflict_resolution_strategy=rename&internal_domain=1',
      { sampleHash: 'AB12' },
    ],
    [
      'what it says of the file, the local time in UTC',
      {
        category: 'video',
        labels: [],
        localModificationTime: '2024-06-01T18:00:00+08:00',
        conflictResolutionStrategy: 'overwrite',
        userId: 'u',
      },
      '&conflict_resolution_strategy=overwrite&user_id=u',
      { category: 'video', labels: [], localModificationTime: '2024-06-01T10:00:00.000Z' },
    ],
  ])('begin, %s', async (_name, given, query, body) => {
    const { client, sent } = recordingClient(() => successOf(callOf('beginSimpleUpload')));
    await client.beginSimpleUpload({ ...file, ...given } as never);
    const [request] = sent;
    expect(targetOf(request!)).toBe(`${callOf('beginSimpleUpload').target}${query}`);
    expect(request!.body === null ? null : await request!.json()).toEqual(body);
  });
});

describe('for any ids and any token', () => {
  // Any string a URL can carry, from one character to long ones, weighted to the characters URLs treat specially.
  const text = fc.oneof(
    fc.string({
      minLength: 1,
      maxLength: 40,
      unit: fc.constantFrom('a', '/', '%', '?', '#', '&', '=', '+', ' ', '.', 'é', '😀', '~', "'"),
    }),
    fc.string({ minLength: 1, maxLength: 300, unit: 'grapheme' }),
  );
  const id = text.filter((value) => value !== '.' && value !== '..' && !/[\u0000-\u001f\u007f-\u009f]/.test(value));

  test.prop([id, fc.option(id, { nil: undefined }), id, text.filter((value) => value.isWellFormed())], { numRuns: 300 })(
    'the ids arrive as exactly three segments and the token as one query value, through a real URL parser',
    async (libraryId, spaceId, confirmKey, token) => {
      const { client, sent } = recordingClient(() => successOf(callOf('getUploadTask')), { token });
      await client.getUploadTask({ libraryId, spaceId, confirmKey });
      const url = new URL(sent[0]!.url);
      const segments = url.pathname.split('/').slice(4).map(decodeURIComponent);
      expect(segments).toEqual([libraryId, spaceId ?? '-', confirmKey]);
      expect([...url.searchParams]).toEqual([
        ['upload', ''],
        ['access_token', token],
      ]);
    },
  );
});

describe('fetch options and middleware', () => {
  const options: Array<[string, RequestInit, (request: Request) => unknown, unknown]> = [
    ['headers', { headers: [['Prefer', 'code=404']] }, (request) => request.headers.get('prefer'), 'code=404'],
    ['cache', { cache: 'no-store' }, (request) => request.cache, 'no-store'],
    ['credentials', { credentials: 'include' }, (request) => request.credentials, 'include'],
    ['keepalive', { keepalive: true }, (request) => request.keepalive, true],
    ['mode', { mode: 'same-origin' }, (request) => request.mode, 'same-origin'],
    ['referrerPolicy', { referrerPolicy: 'no-referrer' }, (request) => request.referrerPolicy, 'no-referrer'],
    ['integrity', { integrity: 'sha256-abc' }, (request) => request.integrity, 'sha256-abc'],
    ['redirect', { redirect: 'error' }, (request) => request.redirect, 'error'],
  ];
  test.each(options)('%s reaches fetch on the Request', async (_name, init, read, expected) => {
    const { client, sent } = recordingClient(() => successOf(callOf('getUploadTask')));
    await client.getUploadTask(task, init);
    expect(read(sent[0]!)).toEqual(expected);
  });

  test('the signal aborts the Request; a dispatcher goes beside it, as fetch takes one; without one, fetch gets the Request alone', async () => {
    const seen: Array<[Request, unknown]> = [];
    const fetch = (async (request: Request, init?: unknown) => {
      seen.push([request, init]);
      return successOf(callOf('getUploadTask'));
    }) as typeof globalThis.fetch;
    const controller = new AbortController();
    const dispatcher = { dispatch: () => true };
    const client = createSmhClient({ baseUrl: BASE, accessToken: 't', fetch });
    await client.getUploadTask(task, { signal: controller.signal, dispatcher });
    await client.getUploadTask(task);
    controller.abort();
    expect(seen[0]![0].signal.aborted).toBe(true);
    expect(seen.map(([, init]) => init)).toEqual([{ dispatcher }, undefined]);
  });

  test('the client is openapi-fetch as it is: use() and eject() are its own, and a middleware sees the request sent, never the token among its params', async () => {
    const { client, sent } = recordingClient(() => successOf(callOf('renewUpload')));
    const seen: Array<{ url: string; params: unknown; schemaPath: string }> = [];
    const middleware = {
      onRequest: ({ request, params, schemaPath }: { request: Request; params: unknown; schemaPath: string }) =>
        void seen.push({ url: request.url, params, schemaPath }),
    };
    client.use(middleware);
    await client.renewUpload({ ...task, userId: 'u' });
    client.eject(middleware);
    await client.renewUpload(task);
    expect(seen).toEqual([
      {
        url: `${BASE}${callOf('renewUpload').target}&user_id=u`,
        params: { path: { LibraryId: 'lib', SpaceId: '-', ConfirmKey: 'key' }, query: { renew: '', user_id: 'u' } },
        schemaPath: '/api/v1/file/{LibraryId}/{SpaceId}/{ConfirmKey}#renew',
      },
    ]);
    expect(sent).toHaveLength(2);
  });

  test("the typed openapi-fetch methods reach the same calls by the spec's paths, the token and a bare flag added", async () => {
    const { client, sent } = recordingClient(() => successOf(callOf('confirmUpload')));
    await client.POST('/api/v1/file/{LibraryId}/{SpaceId}/{ConfirmKey}#confirm', {
      params: { path: { LibraryId: 'lib', SpaceId: '-', ConfirmKey: 'key' }, query: { confirm: '' } },
    });
    expect(targetOf(sent[0]!)).toBe(callOf('confirmUpload').target);
  });

  test('through them, an access_token in the query replaces nothing, and a null value is left out', async () => {
    const { client, sent } = recordingClient(() => successOf(callOf('getUploadTask')));
    await client.GET('/api/v1/file/{LibraryId}/{SpaceId}/{ConfirmKey}', {
      params: {
        path: { LibraryId: 'lib', SpaceId: '-', ConfirmKey: 'key' },
        query: { upload: '', access_token: 'other', user_id: null } as never,
      },
    });
    expect(targetOf(sent[0]!)).toBe(callOf('getUploadTask').target);
  });

  test('a middleware that returns another Request: that one is sent', async () => {
    const { client, sent } = recordingClient(() => successOf(callOf('getUploadTask')));
    client.use({ onRequest: ({ request }) => new Request(request, { headers: { 'x-added': '1' } }) });
    await client.getUploadTask(task);
    expect(sent[0]!.headers.get('x-added')).toBe('1');
    expect(targetOf(sent[0]!)).toBe(callOf('getUploadTask').target);
  });
});
