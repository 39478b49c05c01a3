// Every option getUploadTask's init allows reaches fetch: on the Request
// openapi-fetch builds, and undici's dispatcher (which a Request does not
// show) in fetch's second argument.
import { describe, expect, test } from 'vitest';
import type { GetUploadTaskInit } from '../../src/index.ts';
import { createSmhClient } from '../../src/index.ts';
import { ok, recordingClient, rejection, TOKEN, task, taskUrl } from '../support/client.ts';
import { type FixtureServer, json, startFixtureServer } from '../support/fixture-server.ts';

const controller = new AbortController();
/** A stand-in for an undici Dispatcher (a ProxyAgent): fetch only ever calls dispatch. */
const dispatcher = { dispatch: () => false };

// Every key of the init type (the compiler insists), plus `duplex`, which
// Node's own RequestInit type has and the DOM's does not.
const every: Required<GetUploadTaskInit> & { duplex: 'half' } = {
  cache: 'no-store',
  credentials: 'omit',
  dispatcher,
  duplex: 'half',
  headers: { prefer: 'code=404', 'x-trace': 't-1' },
  integrity: 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=',
  keepalive: true,
  mode: 'same-origin',
  priority: 'high',
  redirect: 'manual',
  referrer: '',
  referrerPolicy: 'no-referrer',
  signal: controller.signal,
  window: null,
};

/** What fetch received of each option, given fetch's two arguments when middleware made a Request. */
const onRequest: Record<keyof typeof every, (request: Request, ext: Record<string, unknown> | undefined) => unknown> = {
  cache: (request) => request.cache,
  credentials: (request) => request.credentials,
  dispatcher: (_request, ext) => ext?.dispatcher,
  duplex: (request) => (request as unknown as { duplex: unknown }).duplex,
  headers: (request) => ({ prefer: request.headers.get('prefer'), 'x-trace': request.headers.get('x-trace') }),
  integrity: (request) => request.integrity,
  keepalive: (request) => request.keepalive,
  mode: (request) => request.mode,
  // Node's Request has no such fields; openapi-fetch copies them onto it.
  priority: (request) => (request as unknown as { priority: unknown }).priority,
  window: (request) => (request as unknown as { window: unknown }).window,
  redirect: (request) => request.redirect,
  referrer: (request) => request.referrer,
  referrerPolicy: (request) => request.referrerPolicy,
  signal: (request) => request.signal,
};

const options = Object.entries(every) as Array<[keyof typeof every, unknown]>;

describe('every option reaches fetch: on the Request, and the dispatcher beside it', () => {
  test.each(options)('%s', async (key, value) => {
    const { client, calls } = recordingClient();
    await client.getUploadTask(task, { [key]: value } as GetUploadTaskInit);
    expect(calls).toHaveLength(1);
    const [request, ext] = calls[0] as [Request, Record<string, unknown> | undefined];
    expect(request).toBeInstanceOf(Request);
    expect(request.url).toBe(taskUrl);
    const received = onRequest[key](request, ext);
    // Fetch gets a second argument only to carry a dispatcher.
    expect(ext).toEqual(key === 'dispatcher' ? { dispatcher } : undefined);
    if (key === 'signal') {
      // A Request follows the caller's signal with one of its own.
      expect((received as AbortSignal).aborted).toBe(false);
    } else {
      expect(received).toEqual(value);
    }
  });

  test('without init, the call is a GET that follows no redirect', async () => {
    const { client, calls } = recordingClient();
    await client.getUploadTask(task);
    const [request, ext] = calls[0] as [Request, unknown];
    expect([request.method, request.redirect, request.body, ext]).toEqual(['GET', 'manual', null, undefined]);
  });

  test('the Request aborts when the caller’s signal does', async () => {
    const { client, calls } = recordingClient();
    const caller = new AbortController();
    await client.getUploadTask(task, { signal: caller.signal });
    caller.abort();
    expect((calls[0]![0] as Request).signal.aborted).toBe(true);
  });

  test('the dispatcher still goes with a Request a middleware put in place of the first', async () => {
    const { client, calls } = recordingClient();
    client.use({ onRequest: ({ request }) => new Request(request, { headers: { 'x-added': '1' } }) });
    await client.getUploadTask(task, { dispatcher });
    const [request, ext] = calls[0] as [Request, Record<string, unknown>];
    expect(request.headers.get('x-added')).toBe('1');
    expect(ext.dispatcher).toBe(dispatcher);
  });

  test('headers given as pairs arrive as those headers', async () => {
    const { client, calls } = recordingClient();
    await client.getUploadTask(task, { headers: [['prefer', 'code=404']] });
    expect((calls[0]![0] as Request).headers.get('prefer')).toBe('code=404');
    expect((calls[0]![0] as Request).headers.has('0')).toBe(false);
  });
});

describe('through a real fetch', () => {
  let server: FixtureServer | undefined;

  test('a dispatcher (a proxy agent) carries the call', async () => {
    server = await startFixtureServer(json(200, ok));
    try {
      const dispatched: string[] = [];
      const proxy = {
        dispatch(options: { path: string }, handler: { onError(error: Error): void }) {
          dispatched.push(options.path);
          handler.onError(new Error('the proxy refused'));
          return true;
        },
      };
      const client = createSmhClient({ baseUrl: server.baseUrl, accessToken: TOKEN });
      const error = await rejection(client.getUploadTask(task, { dispatcher: proxy }));
      expect(error).toBeInstanceOf(TypeError);
      expect(((error as Error).cause as Error).message).toBe('the proxy refused');
      expect(dispatched).toEqual([`/api/v1/file/lib/-/key?upload&access_token=${encodeURIComponent(TOKEN)}`]);
      expect(server.requests).toEqual([]);
    } finally {
      await server.close();
    }
  });

  test('redirect: "manual" given by the caller: the redirect itself is judged, and nothing follows it', async () => {
    server = await startFixtureServer((_request, response) => {
      response.writeHead(302, { location: '/elsewhere' });
      response.end();
    });
    try {
      const client = createSmhClient({ baseUrl: server.baseUrl, accessToken: TOKEN });
      // The 302 has no SMH body: what matters is that nothing followed it.
      await expect(client.getUploadTask(task, { redirect: 'manual' })).rejects.toMatchObject({ status: 302 });
      expect(server.requests).toHaveLength(1);
    } finally {
      await server.close();
    }
  });
});
