// The client reads at most maxBodyBytes of any answer, whatever its status
// and whoever answered (the server or a middleware), counted as it
// decompresses; past it the call throws SmhResponseError naming the limit.
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, test } from 'vitest';
import { createSmhClient, SmhResponseError } from '../../src/index.ts';
import { jsonResponse, rejection, TOKEN, task, uploadTask } from '../support/client.ts';
import { type FixtureHandler, type FixtureServer, startFixtureServer } from '../support/fixture-server.ts';

let server: FixtureServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serving(handler: FixtureHandler): Promise<string> {
  server = await startFixtureServer(handler);
  return server.baseUrl;
}

const overLimit = (limit: number, status = 200) =>
  `getUploadTask: the server answered ${status} with a body over the limit of ${limit} bytes (maxBodyBytes); the rest was not read`;

describe('a body over the limit', () => {
  test('from a server that streams 50 MB: refused having read little more than the limit', async () => {
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
    const error = await rejection(createSmhClient({ baseUrl, accessToken: TOKEN, maxBodyBytes: 256 * 1024 }).getUploadTask(task));
    expect(error).toBeInstanceOf(SmhResponseError);
    expect(error).toMatchObject({ status: 200, message: overLimit(262_144) });
    expect(sent).toBeLessThan(8 * 1024 * 1024);
  });

  test('a gzip bomb counts as it decompresses', async () => {
    const bomb = gzipSync(Buffer.alloc(20 * 1024 * 1024, 0x20));
    const baseUrl = await serving((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip', 'content-length': bomb.length });
      response.end(bomb);
    });
    expect(await rejection(createSmhClient({ baseUrl, accessToken: TOKEN, maxBodyBytes: 1024 * 1024 }).getUploadTask(task))).toMatchObject({
      message: overLimit(1_048_576),
    });
  });

  test.each([
    ['an error body', 404, () => jsonResponse(404, { code: 'C', message: 'x'.repeat(100) })],
    ["a redirect's body", 302, () => new Response('x'.repeat(100), { status: 302, headers: { location: '/elsewhere' } })],
  ])('%s over the limit is refused as well', async (_name, status, answer) => {
    const small = createSmhClient({ baseUrl: 'https://smh.test', accessToken: TOKEN, maxBodyBytes: 50, fetch: async () => answer() });
    expect(await rejection(small.getUploadTask(task))).toMatchObject({ status, message: overLimit(50, status) });
  });

  test("an error body a middleware puts in place of the server's is held to the limit too", async () => {
    const client = createSmhClient({
      baseUrl: 'https://smh.test',
      accessToken: TOKEN,
      maxBodyBytes: 50,
      fetch: async () => jsonResponse(200, {}),
    });
    client.use({ onResponse: () => jsonResponse(500, { code: 'C', message: 'y'.repeat(200) }) });
    expect(await rejection(client.getUploadTask(task))).toMatchObject({ status: 500, message: overLimit(50, 500) });
  });
});

describe('at the limit', () => {
  test('exactly maxBodyBytes is read; one byte more is not', async () => {
    const body = JSON.stringify(uploadTask);
    const fetch = async () => new Response(body, { status: 200 });
    const exact = createSmhClient({ baseUrl: 'https://smh.test', accessToken: TOKEN, maxBodyBytes: Buffer.byteLength(body), fetch });
    expect((await exact.getUploadTask(task)).data).toEqual(uploadTask);
    const under = createSmhClient({ baseUrl: 'https://smh.test', accessToken: TOKEN, maxBodyBytes: Buffer.byteLength(body) - 1, fetch });
    expect(await rejection(under.getUploadTask(task))).toMatchObject({ message: overLimit(Buffer.byteLength(body) - 1) });
  });

  test('the least limit is 1 byte', async () => {
    const client = createSmhClient({
      baseUrl: 'https://smh.test',
      accessToken: TOKEN,
      maxBodyBytes: 1,
      fetch: async () => jsonResponse(200, {}),
    });
    expect(await rejection(client.getUploadTask(task))).toMatchObject({ message: overLimit(1) });
  });

  test('the default limit (8 MiB) holds a task of 10,000 parts written with indents', async () => {
    const parts = Array.from({ length: 10_000 }, (_, index) => ({
      PartNumber: index + 1,
      LastModified: '2021-02-01T08:16:02.000Z',
      ETag: `"${'0'.repeat(32)}"`,
      Size: 5_368_709_120,
    }));
    const body = JSON.stringify({ ...uploadTask, parts }, null, 8);
    const client = createSmhClient({ baseUrl: 'https://smh.test', accessToken: TOKEN, fetch: async () => new Response(body) });
    expect((await client.getUploadTask(task)).data?.parts).toHaveLength(10_000);
  });

  test('a character split between chunks arrives whole', async () => {
    const bytes = new TextEncoder().encode(JSON.stringify({ ...uploadTask, path: ['é😀'] }));
    const at = bytes.indexOf(0xf0) + 2;
    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue(bytes.slice(0, at));
        controller.enqueue(bytes.slice(at));
        controller.close();
      },
    });
    const client = createSmhClient({ baseUrl: 'https://smh.test', accessToken: TOKEN, fetch: async () => new Response(stream) });
    expect((await client.getUploadTask(task)).data?.path).toEqual(['é😀']);
  });
});
