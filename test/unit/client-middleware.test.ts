// Middleware: registered with use(), removed with eject() as openapi-fetch
// does it, run by every method of the client and by getUploadTask. While any
// is registered, each sees real Requests; with none, getUploadTask builds none.
import createClient from 'openapi-fetch';
import { describe, expect, test } from 'vitest';
import { uploadTaskPath } from '../../src/index.ts';
import { BASE, jsonResponse, ok, recordingClient, task, taskUrl, TOKEN } from '../support/client.ts';

/** A middleware that records, under `name`, every request it sees. */
function spy(name: string, seen: Array<[string, unknown]>) {
  return { onRequest: ({ request }: { request: Request }) => void seen.push([name, request]) };
}

describe('getUploadTask and the middleware list', () => {
  test('a middleware sees a real Request carrying the documented URL; after eject(), fetch gets the URL', async () => {
    const { client, calls } = recordingClient();
    const seen: Array<[string, unknown]> = [];
    const m = spy('m', seen);
    client.use(m);
    await client.getUploadTask(task);
    client.eject(m);
    await client.getUploadTask(task);
    expect(seen).toHaveLength(1);
    expect(seen[0]![1]).toBeInstanceOf(Request);
    expect((seen[0]![1] as Request).url).toBe(taskUrl);
    expect(calls[0]![0]).toBe(seen[0]![1]);
    expect(calls[1]![0]).toBe(taskUrl);
  });

  test('use(m, m) then eject(m): m still runs, once, on a real Request; a second eject(m) removes it', async () => {
    const { client, calls } = recordingClient();
    const seen: Array<[string, unknown]> = [];
    const m = spy('m', seen);
    client.use(m, m);
    client.eject(m);
    await client.getUploadTask(task);
    expect(seen.map(([name]) => name)).toEqual(['m']);
    expect(seen[0]![1]).toBeInstanceOf(Request);
    expect(calls[0]![0]).toBeInstanceOf(Request);
    client.eject(m);
    await client.getUploadTask(task);
    expect(seen).toHaveLength(1);
    expect(calls[1]![0]).toBe(taskUrl);
  });

  test('eject() removes the first registration only, keeping the order of the rest', async () => {
    const { client } = recordingClient();
    const seen: Array<[string, unknown]> = [];
    const a = spy('a', seen);
    const b = spy('b', seen);
    client.use(a, b, a);
    client.eject(a);
    await client.getUploadTask(task);
    expect(seen.map(([name]) => name)).toEqual(['b', 'a']);
  });

  test('eject() of a middleware never registered changes nothing', async () => {
    const { client } = recordingClient();
    const seen: Array<[string, unknown]> = [];
    client.use(spy('a', seen), spy('b', seen));
    client.eject(spy('c', seen));
    await client.getUploadTask(task);
    expect(seen.map(([name]) => name)).toEqual(['a', 'b']);
  });

  test('a middleware that returns a new Request: that one is sent, the URL unchanged', async () => {
    const { client, calls } = recordingClient();
    client.use({ onRequest: ({ request }) => new Request(request, { headers: { authorization: 'Bearer x' } }) });
    await client.getUploadTask(task, { headers: { prefer: 'code=404' } });
    const [sent] = calls[0] as [Request];
    expect(sent.url).toBe(taskUrl);
    expect(sent.method).toBe('GET');
    expect(sent.headers.get('authorization')).toBe('Bearer x');
  });

  test('onResponse sees the response, and its replacement is what comes back', async () => {
    const { client } = recordingClient(() => jsonResponse(200, { ...ok, confirmed: false }));
    client.use({ onResponse: async ({ response }) => jsonResponse(200, { ...(await response.json()), confirmed: true }) });
    expect((await client.getUploadTask(task)).data?.confirmed).toBe(true);
  });

  test('a middleware sees the operation and its parameters, never the token among them', async () => {
    const { client } = recordingClient();
    const seen: unknown[] = [];
    client.use({ onRequest: ({ schemaPath, params }) => void seen.push({ schemaPath, params }) });
    await client.getUploadTask({ ...task, userId: 'u-1' });
    expect(seen).toEqual([{ schemaPath: uploadTaskPath, params: { path: { LibraryId: 'lib', SpaceId: '-', ConfirmKey: 'key' }, query: { upload: '', user_id: 'u-1' } } }]);
  });

  test('use() skips what is falsy and refuses what is not a middleware, with openapi-fetch’s own error', () => {
    const { client } = recordingClient();
    const theirs = createClient();
    for (const bad of [{}, { onRequests() {} }, () => {}, 'onRequest']) {
      const expected = (() => {
        try {
          theirs.use(bad as never);
        } catch (error) {
          return (error as Error).message;
        }
        return expect.unreachable('openapi-fetch accepted it');
      })();
      expect(() => client.use(bad as never)).toThrow(new Error(expected));
    }
    expect(() => client.use(undefined as never, null as never, false as never)).not.toThrow();
  });

  test('a middleware with only onError is one: it runs when the fetch fails, and may answer instead', async () => {
    const { client } = recordingClient(() => {
      throw new TypeError('fetch failed');
    });
    const seen: unknown[] = [];
    client.use({
      onError: ({ error }) => {
        seen.push(error);
        return jsonResponse(503, { code: 'Offline', message: 'try later' });
      },
    });
    const result = await client.getUploadTask(task);
    expect(seen).toEqual([new TypeError('fetch failed')]);
    expect(result.error).toEqual({ code: 'Offline', message: 'try later' });
  });

  test('use() with only falsy values registers nothing: the fast path stays', async () => {
    const { client, calls } = recordingClient();
    client.use(undefined as never, null as never);
    await client.getUploadTask(task);
    expect(calls[0]![0]).toBe(taskUrl);
  });
});

describe('every method of the client runs the middleware registered with use()', () => {
  // Node's Request refuses TRACE; a per-call Request that sends GET lets
  // the middleware be seen running anyway.
  class GetRequest extends Request {
    constructor(input: RequestInfo | URL, init?: RequestInit) {
      super(input, { ...init, method: 'GET' });
    }
  }

  test.each(['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH', 'TRACE'] as const)('%s', async (method) => {
    const { client, calls } = recordingClient();
    const seen: Array<[string, unknown]> = [];
    client.use(spy('registered', seen));
    const own = spy('per call', seen);
    const init = { params: { path: { LibraryId: 'l', SpaceId: '-', ConfirmKey: 'k' }, query: { upload: '' } }, middleware: [own], ...(method === 'TRACE' ? { Request: GetRequest } : {}) };
    await (client[method] as (url: string, init: unknown) => Promise<unknown>)(uploadTaskPath, init);
    expect(seen.map(([name]) => name)).toEqual(['registered', 'per call']);
    expect(calls).toHaveLength(1);
    expect((calls[0]![0] as Request).url).toMatch(/\/api\/v1\/file\/l\/-\/k\?upload&access_token=/);
  });

  test('the client is configured: the flag and the token in every query, other parameters after them', async () => {
    const { client, calls } = recordingClient();
    const query = { upload: '1', access_token: 'not-this-one', user_id: 'u 1', internal_domain: undefined, library_secret: null };
    await client.GET(uploadTaskPath, { params: { path: { LibraryId: 'l', SpaceId: '-', ConfirmKey: 'k' }, query } as never });
    expect(calls[0]![0]).toBeInstanceOf(Request);
    expect((calls[0]![0] as Request).url).toBe(`${BASE}/api/v1/file/l/-/k?upload&access_token=${encodeURIComponent(TOKEN)}&user_id=u%201`);
  });

  test('request(method, …)', async () => {
    const { client } = recordingClient();
    const seen: Array<[string, unknown]> = [];
    client.use(spy('registered', seen));
    await client.request('get', uploadTaskPath, { params: { path: { LibraryId: 'l', SpaceId: '-', ConfirmKey: 'k' }, query: { upload: '' } } });
    expect(seen.map(([name]) => name)).toEqual(['registered']);
  });

  test('a call without init runs it too', async () => {
    const { client } = recordingClient();
    const seen: Array<[string, unknown]> = [];
    client.use(spy('registered', seen));
    await (client.GET as (url: string) => Promise<unknown>)('/api/v1/file/l/-/k');
    await (client.request as (method: string, url: string) => Promise<unknown>)('get', '/api/v1/file/l/-/k');
    expect(seen.map(([name]) => name)).toEqual(['registered', 'registered']);
  });

  test('a registered middleware runs once per call, not twice', async () => {
    const { client } = recordingClient();
    const seen: Array<[string, unknown]> = [];
    client.use(spy('m', seen));
    await client.GET(uploadTaskPath, { params: { path: { LibraryId: 'l', SpaceId: '-', ConfirmKey: 'k' }, query: { upload: '' } } });
    await client.getUploadTask(task);
    expect(seen).toHaveLength(2);
  });

  test('after eject(), no method runs it', async () => {
    const { client } = recordingClient();
    const seen: Array<[string, unknown]> = [];
    const m = spy('m', seen);
    client.use(m);
    client.eject(m);
    await client.GET(uploadTaskPath, { params: { path: { LibraryId: 'l', SpaceId: '-', ConfirmKey: 'k' }, query: { upload: '' } } });
    expect(seen).toEqual([]);
  });
});
