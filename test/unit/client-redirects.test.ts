// A redirect fetch would follow (301, 302, 303, 307, 308, a browser's opaque
// one) is not: getUploadTask throws SmhResponseError naming the status and the
// origin the Location points to, unless the caller passed init.redirect. A
// 300 or 304, and any answer under init.redirect, is judged like any other.
import { describe, expect, test } from 'vitest';
import { createSmhClient, SmhResponseError } from '../../src/index.ts';
import { jsonResponse, recordingClient, rejection, TOKEN, task } from '../support/client.ts';
import { fixtureServerForTest } from '../support/fixture-server.ts';

const NOT_FOLLOWED = '; the service answers this call itself, so it is not followed (pass init.redirect to decide otherwise)';

/** A client of a loopback server that answers every request `status` with these headers and no body. */
async function redirecting(status: number, headers: Record<string, string>) {
  const server = await fixtureServerForTest((_request, response) => {
    response.writeHead(status, headers);
    response.end();
  });
  return { server, client: createSmhClient({ baseUrl: server.baseUrl, accessToken: TOKEN }) };
}

describe('a redirect throws SmhResponseError naming the status and where it points, and is not followed', () => {
  test('a Location that is a path names the origin it resolves to against the URL asked', async () => {
    const { server, client } = await redirecting(302, { location: '/elsewhere' });
    const error = await rejection(client.getUploadTask(task));
    expect(error).toBeInstanceOf(SmhResponseError);
    expect(error).toMatchObject({
      status: 302,
      message: `getUploadTask: the server answered 302, a redirect to ${server.baseUrl}${NOT_FOLLOWED}`,
    });
    expect(server.requests).toHaveLength(1);
  });

  test('a Location on another origin names that origin, never its path', async () => {
    const { server, client } = await redirecting(307, { location: 'https://other.test:8443/steal?everything' });
    await expect(client.getUploadTask(task)).rejects.toMatchObject({
      status: 307,
      message: `getUploadTask: the server answered 307, a redirect to https://other.test:8443${NOT_FOLLOWED}`,
    });
    expect(server.requests).toHaveLength(1);
  });

  // Without a Location, or with one no URL parser reads, there is no target to name.
  test.each([
    ['no Location', {}],
    ['a Location that is no URL', { location: 'http://[::1' }],
  ])('%s: "a redirect"', async (_name, headers) => {
    const { server, client } = await redirecting(302, headers);
    const error = await rejection(client.getUploadTask(task));
    expect(error).toBeInstanceOf(SmhResponseError);
    expect(error).toMatchObject({ status: 302, message: `getUploadTask: the server answered 302, a redirect${NOT_FOLLOWED}` });
    expect(server.requests).toHaveLength(1);
  });

  test.each([301, 303, 308])('a %i is a redirect too', async (status) => {
    const { client } = recordingClient(() => new Response(null, { status, headers: { location: 'https://other.test/x' } }));
    await expect(client.getUploadTask(task)).rejects.toMatchObject({
      name: 'SmhResponseError',
      status,
      message: `getUploadTask: the server answered ${status}, a redirect to https://other.test${NOT_FOLLOWED}`,
    });
  });

  test.each([300, 304])('a %i, which fetch never follows, is judged like any other answer: no SMH error in it', async (status) => {
    const { client } = recordingClient(() => new Response(null, { status, headers: { location: 'https://other.test/' } }));
    await expect(client.getUploadTask(task)).rejects.toMatchObject({
      name: 'SmhResponseError',
      status,
      message: `getUploadTask: the server answered ${status} with an empty body; an SMH error is a JSON object with a string code and a string message`,
    });
  });

  // Node's fetch gives the 3xx itself for redirect: 'manual'; a browser's gives
  // an opaque redirect: status 0, no headers, no body. Node cannot make one.
  test('a browser’s opaque redirect is "answered with a redirect", status 0', async () => {
    const opaque = () =>
      Object.defineProperties(new Response(null), { status: { value: 0 }, ok: { value: false }, type: { value: 'opaqueredirect' } });
    const { client } = recordingClient(opaque);
    const error = await rejection(client.getUploadTask(task));
    expect(error).toBeInstanceOf(SmhResponseError);
    expect(error).toMatchObject({ status: 0, message: `getUploadTask: the server answered with a redirect${NOT_FOLLOWED}` });
  });
});

describe('a caller who passes init.redirect gets the 3xx judged like any other answer', () => {
  test.each(['manual', 'follow'] as const)('redirect: %s, a 302 with an SMH error body: returned as error', async (redirect) => {
    const { client } = recordingClient(() =>
      jsonResponse(302, { code: 'Moved', message: 'ask elsewhere' }, { location: 'https://other.test/' }),
    );
    const { data, error, response } = await client.getUploadTask(task, { redirect });
    expect(data).toBeUndefined();
    expect(error).toEqual({ code: 'Moved', message: 'ask elsewhere' });
    expect(response.status).toBe(302);
  });

  test('a 304 to a conditional request the caller made has no SMH error in its empty body', async () => {
    const { client, calls } = recordingClient(() => new Response(null, { status: 304 }));
    await expect(client.getUploadTask(task, { redirect: 'manual', headers: { 'if-none-match': '"v1"' } })).rejects.toMatchObject({
      name: 'SmhResponseError',
      status: 304,
      message:
        'getUploadTask: the server answered 304 with an empty body; an SMH error is a JSON object with a string code and a string message',
    });
    expect((calls[0]![0] as Request).headers.get('if-none-match')).toBe('"v1"');
  });
});
