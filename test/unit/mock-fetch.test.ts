// createMockFetch() as a client's fetch, and what only a fetch has: abort
// signals, Request objects, URLs that do not parse; its log and options.
// (Its answers are compared with the other faces in mock-faces.test.ts.)
import { describe, expect, test } from 'vitest';
import { createSmhClient } from '../../src/index.ts';
import { createMockFetch, type MockLogEntry, startMockServer } from '../../src/mock/index.ts';
import { example, testKeyPairs } from '../support/spec.ts';

const TOKEN = 'mock-fetch-secret-token';
const task = '/api/v1/file/smh0000000000000/-/2a8c5ec76a6bb1f7d2bb4d0fd7c4a5e3';
const asked = `upload&access_token=${TOKEN}`;
const mockFetch = createMockFetch();

describe('as a client’s fetch', () => {
  const client = createSmhClient({ baseUrl: 'http://mock.invalid', accessToken: TOKEN, fetch: createMockFetch() });

  test.each(testKeyPairs())('the test key for %s (%s) gets its %s example through the client, no header needed', async (name, key, status) => {
    const { data, error, response } = await client.getUploadTask({ libraryId: 'smh0000000000000', confirmKey: key });
    expect(response.status).toBe(Number(status));
    expect(data ?? error).toEqual(example(name));
  });

  test('Prefer passed through the call selects a documented error', async () => {
    const { error, response } = await client.getUploadTask({ libraryId: 'l', confirmKey: 'k' }, { headers: { Prefer: 'code=403, example=UploadNotBelongYou' } });
    expect(response.status).toBe(403);
    expect(error).toEqual(example('UploadNotBelongYou'));
  });

  test('concurrent calls each get the answer their key asks for', async () => {
    const pairs = testKeyPairs();
    const answers = await Promise.all(pairs.map(([, key]) => client.getUploadTask({ libraryId: 'l', confirmKey: key })));
    expect(answers.map(({ data, error }) => data ?? error)).toEqual(pairs.map(([name]) => example(name)));
  });
});

describe('as fetch', () => {
  test('an aborted signal rejects with the AbortError fetch gives, before and during the call', async () => {
    const before = await mockFetch(`http://mock.invalid${task}?${asked}`, { signal: AbortSignal.abort() }).catch((error: unknown) => error);
    expect(before).toBeInstanceOf(DOMException);
    expect((before as DOMException).name).toBe('AbortError');
    const controller = new AbortController();
    const during = mockFetch(`http://mock.invalid${task}?${asked}`, { signal: controller.signal });
    controller.abort();
    await expect(during).rejects.toMatchObject({ name: 'AbortError' });
  });

  test('a reason given to abort() is what the call rejects with; a signal on a Request counts too', async () => {
    const controller = new AbortController();
    const reason = new Error('navigated away');
    const pending = mockFetch(new Request(`http://mock.invalid${task}?${asked}`, { signal: controller.signal }));
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);
  });

  test('a Request is read whole: its method, headers and URL; an init given with it wins', async () => {
    const request = new Request(`http://mock.invalid/api/v1/file/l/-/k?${asked}`, { headers: { Prefer: 'code=404' } });
    const response = await mockFetch(request);
    expect(response.status).toBe(404);
    expect(response.url).toBe(request.url);
    expect((await mockFetch(request, { method: 'POST', body: '{}' })).status).toBe(405);
  });

  test('a URL that does not parse rejects with a TypeError that does not carry the token', async () => {
    const error = await mockFetch(`not a url?upload&access_token=${TOKEN}`).catch((failure: unknown) => failure);
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toBe('Failed to parse URL from not a url?upload&access_token=***');
  });
});

describe('the log', () => {
  test('one line per request: method, path and query with the token and secret masked, status, what decided it', async () => {
    const entries: MockLogEntry[] = [];
    const logged = createMockFetch({ log: (entry) => entries.push(entry) });
    await logged(`http://mock.invalid/api/v1/file/l/-/example-confirmed?${asked}&library_secret=hush`);
    await logged(`http://mock.invalid${task}?${asked}&internal_domain=5`);
    await logged(`http://mock.invalid${task}?${asked}`, { headers: { Prefer: 'code=404' } });
    expect(entries).toEqual([
      { level: 'info', message: 'GET /api/v1/file/l/-/example-confirmed?upload&access_token=***&library_secret=*** 200 test key example-confirmed: example confirmed' },
      { level: 'info', message: `GET ${task}?upload&access_token=***&internal_domain=5 400 ParamInvalid: internal_domain must be 0 or 1` },
      { level: 'info', message: `GET ${task}?upload&access_token=*** 404 asked for code=404` },
    ]);
  });

  test('logLevel debug adds the engine\'s detail, named by the part that speaks, the token masked everywhere', async () => {
    const entries: MockLogEntry[] = [];
    const logged = createMockFetch({ log: (entry) => entries.push(entry), logLevel: 'debug' });
    await logged(`http://mock.invalid${task}?${asked}&internal_domain=5`, { headers: { 'X-Echo': `access_token=${TOKEN}` } });
    expect(entries.filter((entry) => entry.level === 'debug').map((entry) => entry.name)).toEqual(expect.arrayContaining(['NEGOTIATOR', 'VALIDATOR']));
    expect(entries).toContainEqual({ level: 'debug', name: 'VALIDATOR', message: 'error: Request query parameter internal_domain must be equal to one of the allowed values: 0, 1' });
    expect(JSON.stringify(entries)).not.toContain(TOKEN);
  });

  test('logLevel warn drops the request lines; a log that throws does not change the answer', async () => {
    const quiet: MockLogEntry[] = [];
    expect((await createMockFetch({ log: (entry) => quiet.push(entry), logLevel: 'warn' })(`http://mock.invalid${task}?${asked}`)).status).toBe(200);
    expect(quiet).toEqual([]);
    const throwing = createMockFetch({ log: () => { throw new Error('disk full'); } });
    expect((await throwing(`http://mock.invalid/api/v1/file/l/-/example-SpaceBanned?${asked}`)).status).toBe(403);
  });
});

describe('options', () => {
  test('dynamic: true generates the 200 body instead of answering the first example; seed makes it repeat', async () => {
    const [first, second] = [createMockFetch({ dynamic: true, seed: 'fixed' }), createMockFetch({ dynamic: true, seed: 'fixed' })];
    const response = await first(`http://mock.invalid${task}?${asked}`);
    const body = await response.json();
    expect(response.status).toBe(200);
    expect(response.headers.get('sl-violations')).toBeNull(); // the generated body passed response validation
    expect(body).not.toEqual(example('multipartInProgress'));
    expect(await (await second(`http://mock.invalid${task}?${asked}`)).json()).toEqual(body);
  });

  test('startMockServer serves the same engine over HTTP on 127.0.0.1, and closes', async () => {
    const server = await startMockServer({ port: 0 });
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const response = await fetch(`${server.url}/api/v1/file/l/-/example-ServerOverloaded?${asked}`);
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual(example('ServerOverloaded'));
    } finally {
      await server.close();
    }
    await expect(fetch(`${server.url}/`)).rejects.toThrow();
  });
});
