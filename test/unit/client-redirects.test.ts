// No call follows a redirect fetch would follow (301, 302, 303, 307, 308, a
// browser's opaque one): it throws SmhResponseError naming the status and the
// origin the Location points to (never its path), unless the caller passed
// init.redirect. A 300 or 304 is judged like any other answer.
import { afterEach, expect, test } from 'vitest';
import { createSmhClient, SmhResponseError } from '../../src/index.ts';
import { calls, jsonResponse, recordingClient, rejection, TOKEN, task } from '../support/client.ts';
import { startFixtureServer } from '../support/fixture-server.ts';

const NOT_FOLLOWED = '; the service answers this call itself, so it is not followed (pass init.redirect to decide otherwise)';
/** An answer that knows its URL, as fetch's does. */
const answering = (status: number, headers: Record<string, string>) => (request: Request) =>
  Object.defineProperty(new Response(null, { status, headers }), 'url', { value: request.url });

const closing: Array<() => void> = [];
afterEach(() => {
  for (const close of closing.splice(0)) close();
});

test.each(calls)(
  '$name: a 302 from a real server is not followed; a Location that is a path names the origin it resolves to',
  async (call) => {
    const server = await startFixtureServer((_request, response) => void response.writeHead(302, { location: '/steal?everything' }).end());
    closing.push(() => server.close());
    const { baseUrl: origin, requests } = server;
    const error = await rejection(call.run(createSmhClient({ baseUrl: origin, accessToken: TOKEN })));
    expect(error).toBeInstanceOf(SmhResponseError);
    expect(error).toMatchObject({ status: 302, message: `${call.name}: the server answered 302, a redirect to ${origin}${NOT_FOLLOWED}` });
    expect(requests).toHaveLength(1);
  },
);

test.each([
  [301, { location: 'https://other.test:8443/steal?everything' }, 'a redirect to https://other.test:8443'],
  [303, { location: 'https://other.test/x' }, 'a redirect to https://other.test'],
  [307, {}, 'a redirect'],
  [308, { location: 'http://[::1' }, 'a redirect'],
])('a %i with %o: "%s"', async (status, headers, where) => {
  const { client } = recordingClient(answering(status, headers));
  expect(await rejection(client.getUploadTask(task))).toMatchObject({
    status,
    message: `getUploadTask: the server answered ${status}, ${where}${NOT_FOLLOWED}`,
  });
});

test('a browser\'s opaque redirect (status 0) is "answered with a redirect"', async () => {
  const opaque = () =>
    Object.defineProperties(new Response(null), { status: { value: 0 }, ok: { value: false }, type: { value: 'opaqueredirect' } });
  const { client } = recordingClient(opaque);
  expect(await rejection(client.getUploadTask(task))).toMatchObject({
    status: 0,
    message: `getUploadTask: the server answered with a redirect${NOT_FOLLOWED}`,
  });
});

test.each(['manual', 'follow'] as const)('with init.redirect %s, a 302 carrying an SMH error comes back as error', async (redirect) => {
  const { client } = recordingClient(() =>
    jsonResponse(302, { code: 'Moved', message: 'ask elsewhere' }, { location: 'https://other.test/' }),
  );
  const { error, response } = await client.getUploadTask(task, { redirect });
  expect([error, response.status]).toEqual([{ code: 'Moved', message: 'ask elsewhere' }, 302]);
});
