// Middleware registered with openapi-fetch's own use() runs for
// getUploadTask, which goes through the client's GET; what a middleware puts
// in place of the request or the response is what is sent or judged.
import createClient from 'openapi-fetch';
import { describe, expect, test } from 'vitest';
import { uploadTaskPath } from '../../src/index.ts';
import { BASE, jsonResponse, ok, recordingClient, TOKEN, task, taskUrl } from '../support/client.ts';

/** A middleware that records, under `name`, every request it sees. */
function spy(name: string, seen: Array<[string, unknown]>) {
  return { onRequest: ({ request }: { request: Request }) => void seen.push([name, request]) };
}

describe('getUploadTask runs the middleware registered with use()', () => {
  test('a middleware sees the Request that is sent, carrying the documented URL; after eject(), it runs no more', async () => {
    const { client, calls } = recordingClient();
    const seen: Array<[string, unknown]> = [];
    const m = spy('m', seen);
    client.use(m);
    await client.getUploadTask(task);
    client.eject(m);
    await client.getUploadTask(task);
    expect(seen).toHaveLength(1);
    expect((seen[0]![1] as Request).url).toBe(taskUrl);
    expect(calls[0]![0]).toBe(seen[0]![1]);
  });

  test('no method of the openapi-fetch client is replaced: use, eject and the methods are its own', () => {
    const { client } = recordingClient();
    const theirs = createClient({ baseUrl: BASE });
    for (const method of ['use', 'eject', 'GET', 'PUT', 'POST', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH', 'TRACE', 'request'] as const) {
      expect(client[method].toString(), method).toBe(theirs[method].toString());
    }
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

  // The client reads an error body itself (with its limit) and hands the middleware a copy: a logger must still see it all.
  test('onResponse sees an error answer’s status, headers and body as the server sent them', async () => {
    const body = { code: 'NoPermission', message: 'not yours', requestId: 'r-7' };
    const { client } = recordingClient(() => jsonResponse(403, body, { 'x-request-id': 'r-7' }));
    const seen: unknown[] = [];
    client.use({
      onResponse: async ({ response }) =>
        void seen.push([response.status, response.headers.get('x-request-id'), await response.clone().text()]),
    });
    const { error } = await client.getUploadTask(task);
    expect(seen).toEqual([[403, 'r-7', JSON.stringify(body)]]);
    expect(error).toEqual(body);
  });

  test('a middleware sees the operation and its parameters, never the token among them', async () => {
    const { client } = recordingClient();
    const seen: unknown[] = [];
    client.use({ onRequest: ({ schemaPath, params }) => void seen.push({ schemaPath, params }) });
    await client.getUploadTask({ ...task, userId: 'u-1' });
    expect(seen).toEqual([
      {
        schemaPath: uploadTaskPath,
        params: { path: { LibraryId: 'lib', SpaceId: '-', ConfirmKey: 'key' }, query: { upload: '', user_id: 'u-1' } },
      },
    ]);
  });

  test('a middleware with only onError runs when the fetch fails, and may answer instead', async () => {
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
});

describe('the client is configured for the operation', () => {
  test('the flag and the token come first in every query, other parameters after them', async () => {
    const { client, calls } = recordingClient();
    const query = { upload: '1', access_token: 'not-this-one', user_id: 'u 1', internal_domain: undefined, library_secret: null };
    await client.GET(uploadTaskPath, { params: { path: { LibraryId: 'l', SpaceId: '-', ConfirmKey: 'k' }, query } as never });
    expect((calls[0]![0] as Request).url).toBe(`${BASE}/api/v1/file/l/-/k?upload&access_token=${encodeURIComponent(TOKEN)}&user_id=u%201`);
  });

  test('a registered middleware runs once per call of any method', async () => {
    const { client } = recordingClient();
    const seen: Array<[string, unknown]> = [];
    client.use(spy('m', seen));
    await client.GET(uploadTaskPath, { params: { path: { LibraryId: 'l', SpaceId: '-', ConfirmKey: 'k' }, query: { upload: '' } } });
    await client.getUploadTask(task);
    expect(seen).toHaveLength(2);
  });
});
