// createMockFetch() as a client's fetch, and what only a fetch has: abort
// signals, Request objects, URLs that do not parse; its log and options.
// (Its answers are compared with the other faces in mock-faces.test.ts.)
import { describe, expect, test } from 'vitest';
import { createSmhClient } from '../../src/index.ts';
import { createMockFetch, type MockLogEntry, startMockServer } from '../../src/mock/index.ts';
import { asWritten } from '../support/mock-table.ts';
import { example, testKeyPairs } from '../support/spec.ts';

const TOKEN = 'mock-fetch-secret-token';
const task = '/api/v1/file/smh0000000000000/-/2a8c5ec76a6bb1f7d2bb4d0fd7c4a5e3';
const asked = `upload&access_token=${TOKEN}`;
const mockFetch = createMockFetch();

describe('as a client’s fetch', () => {
  const client = createSmhClient({ baseUrl: 'http://mock.invalid', accessToken: TOKEN, fetch: createMockFetch() });

  test.each(testKeyPairs())(
    'the test key for %s (%s) gets its %s example through the client, no header needed',
    async (name, key, status) => {
      const { data, error, response } = await client.getUploadTask({ libraryId: 'smh0000000000000', confirmKey: key });
      expect(response.status).toBe(Number(status));
      expect(asWritten(data ?? error)).toEqual(example(name));
    },
  );

  test('Prefer passed through the call selects a documented error', async () => {
    const { error, response } = await client.getUploadTask(
      { libraryId: 'l', confirmKey: 'k' },
      { headers: { Prefer: 'code=403, example=UploadNotBelongYou' } },
    );
    expect(response.status).toBe(403);
    expect(error).toEqual(example('UploadNotBelongYou'));
  });

  test('concurrent calls each get the answer their key asks for', async () => {
    const pairs = testKeyPairs();
    const answers = await Promise.all(pairs.map(([, key]) => client.getUploadTask({ libraryId: 'l', confirmKey: key })));
    expect(answers.map(({ data, error }) => asWritten(data ?? error))).toEqual(pairs.map(([name]) => example(name)));
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
      {
        level: 'info',
        message:
          'GET /api/v1/file/l/-/example-confirmed?upload&access_token=***&library_secret=*** 200 test key example-confirmed: example confirmed',
      },
      { level: 'info', message: `GET ${task}?upload&access_token=***&internal_domain=5 400 ParamInvalid: internal_domain must be 0 or 1` },
      { level: 'info', message: `GET ${task}?upload&access_token=*** 404 asked for code=404: example UploadNotFound` },
    ]);
  });

  test('logLevel debug adds the headers and each broken rule, credentials masked everywhere', async () => {
    const entries: MockLogEntry[] = [];
    const logged = createMockFetch({ log: (entry) => entries.push(entry), logLevel: 'debug' });
    await logged(`http://mock.invalid${task}?${asked}&internal_domain=5`, {
      headers: {
        'X-Echo': `access_token=${TOKEN}`,
        Authorization: 'q-sign-algorithm=sha1&secret-signature',
        'x-cos-security-token': 'cos-session-token',
      },
    });
    expect(entries).toContainEqual({
      level: 'debug',
      message: `GET ${task}?upload&access_token=***&internal_domain=5: internal_domain must be 0 or 1`,
    });
    const text = JSON.stringify(entries);
    for (const secret of [TOKEN, 'secret-signature', 'cos-session-token']) expect(text).not.toContain(secret);
  });

  test('logLevel warn drops the request lines; a log that throws does not change the answer', async () => {
    const quiet: MockLogEntry[] = [];
    expect(
      (await createMockFetch({ log: (entry) => quiet.push(entry), logLevel: 'warn' })(`http://mock.invalid${task}?${asked}`)).status,
    ).toBe(200);
    expect(quiet).toEqual([]);
    const throwing = createMockFetch({
      log: () => {
        throw new Error('disk full');
      },
    });
    expect((await throwing(`http://mock.invalid/api/v1/file/l/-/example-SpaceBanned?${asked}`)).status).toBe(403);
  });

  test('without log, the in-process faces log nothing', async () => {
    const written: string[] = [];
    const [log, error] = [console.log, console.error];
    console.log = console.error = (...args: unknown[]) => void written.push(args.join(' '));
    try {
      await mockFetch(`http://mock.invalid${task}?${asked}&internal_domain=5`);
    } finally {
      [console.log, console.error] = [log, error];
    }
    expect(written).toEqual([]);
  });
});

describe('the log keeps secrets out and one request on one line, whatever was sent', () => {
  const SECRET = 'S3cr,et;val ue';
  async function logOf(target: string, init?: RequestInit): Promise<string[]> {
    const entries: MockLogEntry[] = [];
    await createMockFetch({ log: (entry) => entries.push(entry), logLevel: 'debug' })(`http://mock.invalid${target}`, init);
    return entries.map((entry) => entry.message);
  }
  const spelled = [SECRET, encodeURIComponent(SECRET), 'S3cr', 'et;val'];

  test.each([
    ['a token spelled ACCESS_TOKEN', `${task}?upload&ACCESS_TOKEN=${encodeURIComponent(SECRET)}`],
    ['a token whose name is percent-encoded', `${task}?upload&access%5Ftoken=${encodeURIComponent(SECRET)}`],
    ['a token with , and ; in it', `${task}?upload&access_token=S3cr,et;val%20ue`],
    ['library_secret, in any case', `${task}?upload&access_token=t&Library_Secret=${encodeURIComponent(SECRET)}`],
    [
      'the token echoed in a preference',
      `${task}?upload&access_token=${encodeURIComponent(SECRET)}&__example=${encodeURIComponent(SECRET)}`,
    ],
  ])('%s is masked, whole', async (_name, target) => {
    const text = (await logOf(target)).join('\n');
    for (const spelling of spelled) expect(text).not.toContain(spelling);
  });

  test.each([
    ['a decoded __example with a line feed', `${task}?upload&access_token=t&__example=%0aFORGED%20LINE`],
    ['a decoded __example with an ESC sequence', `${task}?upload&access_token=t&__example=%1b%5b31mred`],
    ['a C1 control and a line separator', `${task}?upload&access_token=t&__example=%c2%85x%e2%80%a8y`],
  ])('%s: each entry is one line, with no control character', async (_name, target) => {
    const messages = await logOf(target);
    expect(messages.length).toBeGreaterThan(0);
    for (const message of messages) expect(message).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
    expect(messages.join('|')).toMatch(/\\x0aFORGED|\\x1b\[31m|\\x85x\\u2028y/);
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
