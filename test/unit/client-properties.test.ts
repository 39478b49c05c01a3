import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createSmhClient, SmhInputError, SmhResponseError } from '../../src/index.ts';
import { expectNoToken, ok } from '../support/client.ts';
import {
  errorBodyArbitrary,
  idArbitrary,
  isSmhError,
  segmentProblem,
  textProblem,
  tokenArbitrary,
} from '../support/request-arbitraries.ts';
import '../support/seed.ts';
import { type FixtureServer, json, startFixtureServer } from '../support/fixture-server.ts';

// ------------------------------------------------------------------ the client

interface Task {
  libraryId: unknown;
  spaceId: unknown;
  confirmKey: unknown;
  userId: unknown;
}

const taskArbitrary = (options: { long?: boolean }): fc.Arbitrary<Task> =>
  fc.record({
    libraryId: idArbitrary(options),
    spaceId: fc.option(idArbitrary(options), { nil: undefined }),
    confirmKey: idArbitrary(options),
    userId: fc.option(idArbitrary(), { nil: undefined }),
  });

/** The parameters the client must refuse in `task` (undefined spaceId and userId are defaults). */
function refusedParameters(task: Task): string[] {
  const problems = {
    libraryId: segmentProblem(task.libraryId),
    spaceId: task.spaceId === undefined ? undefined : segmentProblem(task.spaceId),
    confirmKey: segmentProblem(task.confirmKey),
    userId: task.userId === undefined ? undefined : textProblem(task.userId),
  };
  return Object.entries(problems).flatMap(([parameter, problem]) => (problem === undefined ? [] : [parameter]));
}

/** Checks a request target (path and query, as sent) against the task it was sent for. */
function expectTarget(target: string, prefix: string[], task: Task, token: string) {
  const ids = [task.libraryId, task.spaceId ?? '-', task.confirmKey] as string[];
  const [path, query = ''] = splitOnce(target, '?');
  const segments = path.split('/');
  expect(segments).toEqual(['', ...prefix, 'api', 'v1', 'file', ...ids.map(encodeURIComponent)]);
  expect(segments.slice(-3).map(decodeURIComponent)).toEqual(ids);
  expect(query.startsWith('upload&access_token=')).toBe(true);
  const params = new URLSearchParams(query);
  expect([...params.keys()]).toEqual(task.userId === undefined ? ['upload', 'access_token'] : ['upload', 'access_token', 'user_id']);
  expect(params.get('access_token')).toBe(token);
  expect(params.get('user_id')).toBe(task.userId ?? null);
}

function splitOnce(text: string, separator: string): [string, string?] {
  const at = text.indexOf(separator);
  return at === -1 ? [text] : [text.slice(0, at), text.slice(at + 1)];
}

// Stubs take what fetch takes: a Request, or a URL and an init.
const recordingFetch = (sent: Request[]) =>
  (async (input: RequestInfo | URL, init?: RequestInit) => {
    sent.push(new Request(input, init));
    return new Response(JSON.stringify(ok), { status: 200, headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;

describe('the client, for any IDs', () => {
  const baseUrls: Array<[string, string[]]> = [
    ['http://smh.test', []],
    ['https://smh.test/', []],
    ['http://127.0.0.1:8080/gateway/v2/', ['gateway', 'v2']],
  ];

  test('refuses the bad ones before sending, naming one, and sends the rest as exactly three path segments, with or without middleware', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...baseUrls),
        taskArbitrary({ long: true }),
        fc.boolean(),
        async ([baseUrl, prefix], task, withMiddleware) => {
          const sent: Request[] = [];
          const client = createSmhClient({ baseUrl, accessToken: 'token', fetch: recordingFetch(sent) });
          if (withMiddleware) client.use({ onRequest: () => undefined });
          const thrown = await client.getUploadTask(task as never).then(
            () => undefined,
            (error: unknown) => error,
          );
          const refused = refusedParameters(task);
          if (refused.length > 0) {
            expect(thrown).toBeInstanceOf(SmhInputError);
            expect(refused).toContain((thrown as SmhInputError).parameter);
            expect(sent).toEqual([]);
          } else {
            expect(thrown).toBeUndefined();
            expect(sent).toHaveLength(1);
            const url = new URL(sent[0]!.url);
            expectTarget(sent[0]!.url.slice(url.origin.length), prefix, task, 'token');
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  test('a task field the client does not read is refused by name, before anything is sent', async () => {
    const fields = ['libraryId', 'spaceId', 'confirmKey', 'userId'];
    const otherKey = fc
      .oneof(
        fc.string({ maxLength: 12 }),
        fc.constantFrom('__proto__', 'constructor', 'spaceID', 'LibraryId', 'user_id', 'confirm_key', ''),
      )
      .filter((key) => !fields.includes(key));
    await fc.assert(
      fc.asyncProperty(otherKey, fc.jsonValue({ maxDepth: 1 }), async (key, value) => {
        const sent: Request[] = [];
        const client = createSmhClient({ baseUrl: 'http://smh.test', accessToken: 'token', fetch: recordingFetch(sent) });
        const task = { libraryId: 'lib', confirmKey: 'key' };
        Object.defineProperty(task, key, { value, enumerable: true });
        const thrown = await client.getUploadTask(task).then(
          () => undefined,
          (error: unknown) => error,
        );
        expect(thrown).toBeInstanceOf(SmhInputError);
        expect((thrown as SmhInputError).parameter).toBe(key);
        expect(sent).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  describe('through a loopback server (what arrives on the wire)', () => {
    let server: FixtureServer;
    beforeAll(async () => {
      server = await startFixtureServer(json(200, ok));
    });
    afterAll(() => server.close());

    test('the raw request target has the same segments and query, and the response URL hides the token', async () => {
      await fc.assert(
        fc.asyncProperty(taskArbitrary({ long: false }), tokenArbitrary, async (task, token) => {
          fc.pre(refusedParameters(task).length === 0 && textProblem(token) === undefined);
          server.requests.length = 0;
          const client = createSmhClient({ baseUrl: server.baseUrl, accessToken: token });
          const { response } = await client.getUploadTask(task as never);
          expect(response.status).toBe(200);
          expect(server.requests).toHaveLength(1);
          expectTarget(server.requests[0]!, [], task, token);
          expectNoToken(response.url, token);
        }),
        { numRuns: 50 },
      );
    });
  });
});

describe('the client, for any token', () => {
  test('the token round-trips through the query, or is refused without being shown', async () => {
    await fc.assert(
      fc.asyncProperty(tokenArbitrary, async (token) => {
        const sent: Request[] = [];
        let client: ReturnType<typeof createSmhClient>;
        try {
          client = createSmhClient({ baseUrl: 'http://smh.test', accessToken: token, fetch: recordingFetch(sent) });
        } catch (error) {
          expect(textProblem(token)).toBeDefined();
          expect(error).toMatchObject({ name: 'SmhInputError', parameter: 'accessToken' });
          expectNoToken(error, token);
          return;
        }
        expect(textProblem(token)).toBeUndefined();
        await client.getUploadTask({ libraryId: 'lib', confirmKey: 'key' });
        const { search } = new URL(sent[0]!.url);
        expect(search.startsWith('?upload&access_token=')).toBe(true);
        expect(new URLSearchParams(search).get('access_token')).toBe(token);
      }),
      { numRuns: 500 },
    );
  });

  // What a fetch (or a wrapper around one: a retry, a proxy agent) may throw
  // with the URL in it, and how deep it may bury it.
  const leakyThrows: Array<[string, (url: string) => unknown]> = [
    ['a TypeError naming the URL', (url) => new TypeError(`fetch failed for ${url}`)],
    ['an Error whose cause names the URL', (url) => new Error('fetch failed', { cause: new Error(`connect to ${url}`) })],
    ['an Error with the URL in its fields', (url) => Object.assign(new Error('request failed'), { url, request: { url } })],
    ['an AggregateError of attempts', (url) => new AggregateError([new Error(`attempt 1: ${url}`)], 'every attempt failed')],
    ['a DOMException', (url) => new DOMException(`aborted ${url}`, 'AbortError')],
    ['a string', (url) => `cannot fetch ${url}`],
    ['a plain object', (url) => ({ message: `cannot fetch ${url}`, url })],
  ];
  const leakyFetch = fc.record({ thrown: fc.constantFrom(...leakyThrows), wrappers: fc.integer({ min: 0, max: 3 }) });

  test('no error thrown, whatever the fetch throws, carries the token; each keeps its class and name', async () => {
    await fc.assert(
      fc.asyncProperty(
        tokenArbitrary,
        taskArbitrary({ long: false }),
        leakyFetch,
        fc.boolean(),
        async (token, task, { thrown: [, make], wrappers }, withMiddleware) => {
          fc.pre(textProblem(token) === undefined && refusedParameters(task).length === 0);
          let thrown: unknown;
          const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
            thrown = make(new Request(input, init).url);
            for (let retry = 1; retry <= wrappers; retry++) thrown = new Error(`retry ${retry} failed`, { cause: thrown });
            throw thrown;
          }) as typeof globalThis.fetch;
          const client = createSmhClient({ baseUrl: 'http://smh.test', accessToken: token, fetch });
          if (withMiddleware) client.use({ onRequest: () => undefined });
          const error = await client.getUploadTask(task as never).then(
            () => expect.unreachable('the fetch always throws'),
            (caught: unknown) => caught,
          );
          expectNoToken(error, token);
          // Down the cause chain, each error is of the class and name it was thrown as.
          for (
            let original = thrown, copy = error;
            original !== undefined;
            original = (original as Error).cause, copy = (copy as Error).cause
          ) {
            expect(typeof copy).toBe(typeof original);
            if (typeof original !== 'object') break;
            expect(Object.getPrototypeOf(copy)).toBe(Object.getPrototypeOf(original));
            expect((copy as Error).name).toBe((original as Error).name);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('the client, for any non-2xx body', () => {
  // (A header value arrives trimmed, so the generated ones are.)
  test('an SMH error comes back as error, its fields kept and requestId filled from the header; anything else throws SmhResponseError', async () => {
    await fc.assert(
      fc.asyncProperty(
        errorBodyArbitrary,
        fc.integer({ min: 400, max: 599 }),
        fc.option(
          fc.string({ maxLength: 8 }).map((id) => id.trim()),
          { nil: undefined },
        ),
        fc.boolean(),
        async (body, status, header, withMiddleware) => {
          const text = JSON.stringify(body);
          const wire = JSON.parse(text);
          const headers: Record<string, string> = {
            'content-type': 'application/json',
            ...(header === undefined ? {} : { 'x-request-id': header }),
          };
          const fetch = (async () => new Response(text, { status, headers })) as typeof globalThis.fetch;
          // A token no generated body can contain, so that no field is redacted.
          const client = createSmhClient({ baseUrl: 'http://smh.test', accessToken: 'tkn⁂⁂secret', fetch });
          if (withMiddleware) client.use({ onResponse: () => undefined });
          const outcome = await client.getUploadTask({ libraryId: 'lib', confirmKey: 'key' }).then(
            (result) => ({ result }),
            (thrown: unknown) => ({ thrown }),
          );
          if (!isSmhError(wire)) {
            expect('thrown' in outcome && outcome.thrown).toBeInstanceOf(SmhResponseError);
            expect((outcome as { thrown: SmhResponseError }).thrown.status).toBe(status);
            return;
          }
          const { error, data } = (outcome as { result: Awaited<ReturnType<typeof client.getUploadTask>> }).result;
          expect(data).toBeUndefined();
          // The README's pattern: error.code and error.message are strings.
          expect([typeof error?.code, typeof error?.message]).toEqual(['string', 'string']);
          const { requestId, ...rest } = wire;
          const expectedId = typeof requestId === 'string' ? requestId : header;
          expect(error).toEqual(expectedId === undefined ? rest : { ...rest, requestId: expectedId });
        },
      ),
      { numRuns: 400 },
    );
  });
});
