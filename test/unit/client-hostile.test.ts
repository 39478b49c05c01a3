// The client against a hostile or broken server, as a compromised gateway
// or a broken proxy would answer: every failure is SmhResponseError (or
// fetch's own error), reads are bounded, a redirect is not followed, and
// the token stays out of everything in every spelling.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, test } from 'vitest';
import { createSmhClient, SmhInputError, SmhResponseError } from '../../src/index.ts';
import { everythingPrintable, jsonResponse, ok, recordingClient, rejection, TOKEN, task } from '../support/client.ts';
import { fixtureServerForTest, json } from '../support/fixture-server.ts';

let server: Server | undefined;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  server = undefined;
});

/** A loopback server answering every request with `handler`; the client's base URL. */
async function serving(handler: Parameters<typeof createServer>[1]): Promise<string> {
  server = createServer(handler!).listen(0, '127.0.0.1');
  await new Promise((resolve) => server!.once('listening', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('reads are bounded', () => {
  test('a body over maxBodyBytes throws SmhResponseError naming the limit, having read no more than the limit and a chunk', async () => {
    let sent = 0;
    const baseUrl = await serving((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      const more = () => {
        while (sent < 50 * 1024 * 1024) {
          sent += chunk.length;
          if (!response.write(chunk)) return void response.once('drain', more);
        }
        response.end();
      };
      more();
    });
    const client = createSmhClient({ baseUrl, accessToken: TOKEN, maxBodyBytes: 256 * 1024 });
    const error = await rejection(client.getUploadTask(task));
    expect(error).toBeInstanceOf(SmhResponseError);
    expect((error as SmhResponseError).message).toContain('over the limit of 262144 bytes (maxBodyBytes)');
    // The server stops being read: far from all 50 MB went out.
    expect(sent).toBeLessThan(8 * 1024 * 1024);
  });

  test('a gzip bomb counts as it decompresses', async () => {
    const bomb = gzipSync(Buffer.alloc(20 * 1024 * 1024, 0x20));
    const baseUrl = await serving((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip', 'content-length': bomb.length });
      response.end(bomb);
    });
    const error = await rejection(createSmhClient({ baseUrl, accessToken: TOKEN, maxBodyBytes: 1024 * 1024 }).getUploadTask(task));
    expect(error).toBeInstanceOf(SmhResponseError);
    expect((error as Error).message).toContain('over the limit of 1048576 bytes');
  });

  test.each([300, 302, 404, 500])('a %i body (an error page, a redirect page) over the limit is refused the same way', async (status) => {
    const fetch = async () => new Response('x'.repeat(2048), { status, headers: { location: 'https://other.test/' } });
    const bounded = createSmhClient({ baseUrl: 'https://smh.test', accessToken: TOKEN, maxBodyBytes: 1024, fetch });
    await expect(bounded.getUploadTask(task)).rejects.toMatchObject({
      name: 'SmhResponseError',
      status,
      message: expect.stringContaining('over the limit of 1024 bytes'),
    });
  });

  test('the default limit (8 MiB) holds a task of 10,000 parts written with indents', async () => {
    const parts = Array.from({ length: 10_000 }, (_, index) => ({
      PartNumber: index + 1,
      LastModified: '2021-02-01T08:16:02.000Z',
      ETag: '"39270a968a357d24207e9911162507eb"',
      Size: 5_368_709_120,
    }));
    const text = JSON.stringify({ ...ok, parts }, null, 2);
    expect(text.length).toBeLessThan((8 * 1024 * 1024) / 2);
    const client = createSmhClient({
      baseUrl: 'https://smh.test',
      accessToken: TOKEN,
      fetch: async () => new Response(text, { headers: { 'content-type': 'application/json' } }),
    });
    expect((await client.getUploadTask(task)).data?.parts).toHaveLength(10_000);
  });

  test.each([0, -1, 1.5, Number.NaN, '8', Number.MAX_SAFE_INTEGER + 2])('maxBodyBytes %j is refused, naming it', (maxBodyBytes) => {
    const create = () => createSmhClient({ baseUrl: 'https://smh.test', accessToken: TOKEN, maxBodyBytes: maxBodyBytes as number });
    expect(create).toThrow(SmhInputError);
    expect(create).toThrow(
      expect.objectContaining({ parameter: 'maxBodyBytes', message: 'maxBodyBytes must be a positive safe integer (bytes)' }),
    );
  });

  // Bytes, not characters: each Cyrillic letter is two.
  const task200 = JSON.stringify({ ...ok, path: ['файл'] });
  const error404 = JSON.stringify({ code: 'UploadNotFound', message: 'нет такой задачи' });
  test.each([
    [200, task200, { data: { ...ok, path: ['файл'] } }],
    [404, error404, { error: { code: 'UploadNotFound', message: 'нет такой задачи' } }],
  ])('a %i body of exactly maxBodyBytes bytes is read; one byte more is refused', async (status, text, result) => {
    const size = Buffer.byteLength(text);
    const fetch = async () => new Response(text, { status, headers: { 'content-type': 'application/json' } });
    const limited = (maxBodyBytes: number) => createSmhClient({ baseUrl: 'https://smh.test', accessToken: TOKEN, maxBodyBytes, fetch });
    expect(await limited(size).getUploadTask(task)).toMatchObject(result);
    await expect(limited(size - 1).getUploadTask(task)).rejects.toMatchObject({
      name: 'SmhResponseError',
      status,
      message: `getUploadTask: the server answered ${status} with a body over the limit of ${size - 1} bytes (maxBodyBytes); the rest was not read`,
    });
  });

  test('maxBodyBytes: 1 is accepted, and a body of two bytes is over it', async () => {
    const fetch = async () => new Response('{}');
    const client = createSmhClient({ baseUrl: 'https://smh.test', accessToken: TOKEN, maxBodyBytes: 1, fetch });
    await expect(client.getUploadTask(task)).rejects.toMatchObject({
      name: 'SmhResponseError',
      status: 200,
      message: 'getUploadTask: the server answered 200 with a body over the limit of 1 bytes (maxBodyBytes); the rest was not read',
    });
  });

  test('a character split between chunks arrives whole', async () => {
    const bytes = new TextEncoder().encode(JSON.stringify({ ...ok, path: ['файл-上传-🎬'] }));
    // One byte a chunk: every multi-byte character is split.
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const byte of bytes) controller.enqueue(Uint8Array.of(byte));
        controller.close();
      },
    });
    const { client } = recordingClient(() => new Response(body, { headers: { 'content-type': 'application/json' } }));
    expect((await client.getUploadTask(task)).data?.path).toEqual(['файл-上传-🎬']);
  });
});

describe('a 2xx is an upload task: a JSON object', () => {
  test.each([
    ['null', 'null'],
    ['a number', '42'],
    ['a string', '"task"'],
    ['an array', '[]'],
    ['a boolean', 'true'],
  ])('a 200 whose body is %s throws SmhResponseError', async (kind, body) => {
    const { client } = recordingClient(() => new Response(body, { headers: { 'content-type': 'application/json' } }));
    await expect(client.getUploadTask(task)).rejects.toMatchObject({
      name: 'SmhResponseError',
      status: 200,
      message: `getUploadTask: the server answered 200 with a JSON body that is ${kind}; the upload task is a JSON object`,
    });
  });
});

describe('no silent redirect', () => {
  test('a 302 to another origin throws SmhResponseError naming the status and the origin, and is not followed', async () => {
    let foreignAsked = 0;
    const foreign = createServer((_request, response) => {
      foreignAsked++;
      response.end(JSON.stringify(ok));
    }).listen(0, '127.0.0.1');
    await new Promise((resolve) => foreign.once('listening', resolve));
    const foreignOrigin = `http://127.0.0.1:${(foreign.address() as AddressInfo).port}`;
    try {
      const baseUrl = await serving((request, response) => {
        response.writeHead(302, { location: `${foreignOrigin}/steal${request.url}` });
        response.end();
      });
      const error = await rejection(createSmhClient({ baseUrl, accessToken: TOKEN }).getUploadTask(task));
      expect(error).toBeInstanceOf(SmhResponseError);
      expect((error as SmhResponseError).status).toBe(302);
      expect((error as Error).message).toContain(`a redirect to ${foreignOrigin}`);
      expect(everythingPrintable(error)).not.toContain(encodeURIComponent(TOKEN));
      expect(foreignAsked).toBe(0);
    } finally {
      foreign.close();
    }
  });

  test('a caller who passes redirect gets what fetch does with it', async () => {
    const { client, calls } = recordingClient();
    await client.getUploadTask(task, { redirect: 'follow' });
    expect((calls[0]![0] as Request).redirect).toBe('follow');
  });
});

describe('every spelling of the token is redacted, in messages, causes, stacks and bodies', () => {
  const encoded = encodeURIComponent(TOKEN);
  const spellings = [
    ['lower-case percent-encoding', encoded.replace(/%[0-9A-F]{2}/g, (hex) => hex.toLowerCase())],
    ['mixed-case percent-encoding', encoded.replace(/%[0-9A-F]{2}/g, (hex, at: number) => (at % 2 ? hex.toLowerCase() : hex))],
    ['form encoding (+ for a space)', new URLSearchParams({ t: TOKEN }).toString().slice(2)],
    ['encoded twice', encodeURIComponent(encoded)],
    ['as given', TOKEN],
  ];

  test.each(spellings)('echoed %s in an error body', async (_name, spelling) => {
    const { client } = recordingClient(() =>
      jsonResponse(403, { code: 'InvalidAccessToken', message: `bad token ${spelling}`, requestId: 'r' }),
    );
    const { error } = await client.getUploadTask(task);
    expect(error!.message).toBe('bad token [REDACTED]');
  });

  test.each(spellings)('echoed %s in a page that is no SMH error', async (_name, spelling) => {
    const { client } = recordingClient(
      () => new Response(`<html>${spelling}</html>`, { status: 502, headers: { 'content-type': 'text/html' } }),
    );
    const error = await rejection(client.getUploadTask(task));
    expect(everythingPrintable(error)).not.toContain(spelling);
  });

  test('response.url shows [REDACTED] for the token, and stays a property a wrapper may set again', async () => {
    const fixture = await fixtureServerForTest(json(200, ok));
    const { response } = await createSmhClient({ baseUrl: fixture.baseUrl, accessToken: TOKEN }).getUploadTask(task);
    expect(response.url).toBe(`${fixture.baseUrl}/api/v1/file/lib/-/key?upload&access_token=[REDACTED]`);
    Object.defineProperty(response, 'url', { value: 'https://cache.test/task' });
    expect(response.url).toBe('https://cache.test/task');
  });

  test.each(spellings)('carried %s by fetch’s own error', async (_name, spelling) => {
    const { client } = recordingClient(() => {
      throw new TypeError('fetch failed', { cause: new Error(`connect ECONNREFUSED for ?access_token=${spelling}`) });
    });
    const error = await rejection(client.getUploadTask(task));
    expect(error).toBeInstanceOf(TypeError);
    expect(everythingPrintable(error)).not.toContain(spelling);
  });
});

describe('typed failures only: never a RangeError or a bare Error from the package', () => {
  test('an error body nested 3,000 deep is returned redacted, without a stack overflow', async () => {
    let nested: unknown = `token ${TOKEN}`;
    for (let depth = 0; depth < 3_000; depth++) nested = { inner: nested };
    const { client } = recordingClient(() => jsonResponse(403, { code: 'Deep', message: 'deep', extra: nested }));
    const { error } = await client.getUploadTask(task);
    expect(JSON.stringify(error)).not.toContain(TOKEN);
    expect(JSON.stringify(error)).toContain('[REDACTED]');
  });

  test('a 200 body nested 100,000 deep (JSON.parse would overflow) throws SmhResponseError', async () => {
    const text = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const { client } = recordingClient(() => new Response(text, { headers: { 'content-type': 'application/json' } }));
    const error = await rejection(client.getUploadTask(task));
    expect(error).toBeInstanceOf(SmhResponseError);
  });

  test('a stream that fails mid-body is fetch’s own TypeError, without the token', async () => {
    const baseUrl = await serving((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
      response.write(`{"echo": "${TOKEN}`);
      setTimeout(() => response.destroy(), 20);
    });
    const error = await rejection(createSmhClient({ baseUrl, accessToken: TOKEN }).getUploadTask(task));
    expect(error).toBeInstanceOf(TypeError);
    expect(everythingPrintable(error)).not.toContain(TOKEN);
  });
});
