// The bad-input table (README, "What bad input gets you"): each row is a test
// here, for the client, the HTTP mock and the contract suite.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createSmhClient, SmhInputError, SmhResponseError } from '../../src/index.ts';
import { runContractSuite } from '../support/contract-run.ts';
import { type FixtureHandler, type FixtureServer, json, startFixtureServer } from '../support/fixture-server.ts';
import { useMock } from '../support/mock-target.ts';

const task = { libraryId: 'smh0000000000000', confirmKey: '2a8c5ec76a6bb1f7d2bb4d0fd7c4a5e3' };
const taskPath = `/api/v1/file/${task.libraryId}/-/${task.confirmKey}`;
const odd = 'a&b#c=d é 令牌';

let mock: Awaited<ReturnType<typeof useMock>>;
beforeAll(async () => {
  mock = await useMock();
});
afterAll(() => mock.stop());

async function withServer<T>(handler: FixtureHandler, use: (server: FixtureServer) => Promise<T>): Promise<T> {
  const server = await startFixtureServer(handler);
  try {
    return await use(server);
  } finally {
    await server.close();
  }
}

const raw =
  (status: number, contentType: string | undefined, body: string): FixtureHandler =>
  (_request, response) => {
    response.writeHead(status, contentType ? { 'content-type': contentType } : {});
    response.end(body);
  };

describe('missing token', () => {
  test('client: createSmhClient throws SmhInputError naming accessToken; nothing is sent', () => {
    expect(() => createSmhClient({ baseUrl: mock.url, accessToken: undefined as never })).toThrow(
      new SmhInputError('accessToken', 'must be a string, got undefined'),
    );
  });
  test('mock: 400 with code EmptyAccessToken', async () => {
    const response = await fetch(`${mock.url}${taskPath}?upload`);
    expect(response.status).toBe(400);
    expect((await response.json()).code).toBe('EmptyAccessToken');
  });
});

describe('a token with &, #, = or non-ASCII', () => {
  test('client: percent-encoded, it arrives intact as one query value', async () => {
    await withServer(json(200, {}), async (server) => {
      await createSmhClient({ baseUrl: server.baseUrl, accessToken: odd })
        .getUploadTask(task)
        .catch(() => {});
      const query = new URLSearchParams(server.requests[0]!.split('?')[1]);
      expect(query.get('access_token')).toBe(odd);
      expect([...query.keys()]).toEqual(['upload', 'access_token']);
    });
  });
  test('mock: 200', async () => {
    const { response } = await createSmhClient({ baseUrl: mock.url, accessToken: odd }).getUploadTask(task);
    expect(response.status).toBe(200);
  });
});

describe('a 10 KB ConfirmKey', () => {
  const confirmKey = `${'k'.repeat(10 * 1024 - 4)}-end`;
  test('client: sent whole, as one segment', async () => {
    await withServer(json(200, {}), async (server) => {
      await createSmhClient({ baseUrl: server.baseUrl, accessToken: 'bad-input-token' })
        .getUploadTask({ ...task, confirmKey })
        .catch(() => {});
      const segments = server.requests[0]!.split('?')[0]!.split('/');
      expect(segments).toHaveLength(7);
      expect(decodeURIComponent(segments[6]!)).toBe(confirmKey);
    });
  });
  test('mock: 200', async () => {
    const { response } = await createSmhClient({ baseUrl: mock.url, accessToken: 't' }).getUploadTask({ ...task, confirmKey });
    expect(response.status).toBe(200);
  });
});

describe('a ConfirmKey containing %2F', () => {
  test('client: the % is encoded (%252F), so the key stays one segment and arrives as typed', async () => {
    await withServer(json(200, {}), async (server) => {
      await createSmhClient({ baseUrl: server.baseUrl, accessToken: 'bad-input-token' })
        .getUploadTask({ ...task, confirmKey: 'a%2Fb' })
        .catch(() => {});
      const path = server.requests[0]!.split('?')[0]!;
      expect(path).toBe(`/api/v1/file/${task.libraryId}/-/a%252Fb`);
      expect(decodeURIComponent(path.split('/')[6]!)).toBe('a%2Fb');
    });
  });
  test('mock: the key "a%2Fb" gets 200; a raw %2F in the path (a key with "/") gets 400', async () => {
    const client = createSmhClient({ baseUrl: mock.url, accessToken: 't' });
    expect((await client.getUploadTask({ ...task, confirmKey: 'a%2Fb' })).response.status).toBe(200);
    expect((await client.getUploadTask({ ...task, confirmKey: 'a/b' })).response.status).toBe(400);
  });
});

describe('unknown query parameters', () => {
  test('mock: ignored, 200', async () => {
    const response = await fetch(`${mock.url}${taskPath}?upload&access_token=t&color=blue&upload_id=1`);
    expect(response.status).toBe(200);
  });
  test('client: an unknown field of the task is refused, naming it, and nothing is sent', async () => {
    await withServer(json(200, {}), async (server) => {
      const error = await createSmhClient({ baseUrl: server.baseUrl, accessToken: 'bad-input-token' })
        .getUploadTask({ ...task, color: 'blue' } as never)
        .catch((caught: unknown) => caught);
      expect(error).toMatchObject({ name: 'SmhInputError', parameter: 'color' });
      expect(server.requests).toEqual([]);
    });
  });
  test('client: query parameters slipped into init are refused, naming them, and nothing is sent', async () => {
    await withServer(json(200, {}), async (server) => {
      const error = await createSmhClient({ baseUrl: server.baseUrl, accessToken: 'bad-input-token' })
        .getUploadTask(task, { params: { query: { color: 'blue' } } } as never)
        .catch((caught: unknown) => caught);
      expect(error).toMatchObject({ name: 'SmhInputError', parameter: 'init.params' });
      expect(server.requests).toEqual([]);
    });
  });
});

describe('no upload flag at all', () => {
  test('mock: 400 ParamInvalid, `upload is required` (without it the path names another operation)', async () => {
    const response = await fetch(`${mock.url}${taskPath}?access_token=t`);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: 'ParamInvalid', message: 'upload is required' });
  });
});

describe('a malformed parameter', () => {
  test('mock: 400 ParamInvalid naming it, X-Request-Id as in the body', async () => {
    const response = await fetch(`${mock.url}${taskPath}?upload&access_token=t&internal_domain=5`);
    const body = await response.json();
    expect(response.status).toBe(400);
    expect(body).toMatchObject({ code: 'ParamInvalid', message: 'internal_domain must be 0 or 1' });
    expect(response.headers.get('x-request-id')).toBe(body.requestId);
  });
});

describe('HEAD and POST on the path', () => {
  test.each(['HEAD', 'POST'])('mock: %s gets 405', async (method) => {
    expect((await fetch(`${mock.url}${taskPath}?upload&access_token=t`, { method })).status).toBe(405);
  });
});

describe('broken 200 responses', () => {
  test.each([
    ['truncated JSON', raw(200, 'application/json', '{"confirmed": false, "path": ['), /answered 200 with a body that is not valid JSON/],
    [
      'a non-JSON body',
      raw(200, 'text/html', '<html>maintenance</html>'),
      /answered 200 with a body that is not valid JSON \(24 characters, text\/html\)/,
    ],
    ['an empty body', raw(200, 'application/json', ''), /answered 200 with an empty body/],
  ])('client: %s throws SmhResponseError', async (_name, handler, message) => {
    await withServer(handler, async (server) => {
      const error = await createSmhClient({ baseUrl: server.baseUrl, accessToken: 'bad-input-token' })
        .getUploadTask(task)
        .catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(SmhResponseError);
      expect((error as Error).message).toMatch(message);
    });
  });
});

describe('a server that never answers', () => {
  test('client: the call waits until init.signal fires, then rejects with its reason', async () => {
    await withServer(
      () => {},
      async (server) => {
        const started = performance.now();
        const error = await createSmhClient({ baseUrl: server.baseUrl, accessToken: 'bad-input-token' })
          .getUploadTask(task, { signal: AbortSignal.timeout(200) })
          .catch((caught: unknown) => caught);
        expect((error as Error).name).toBe('TimeoutError');
        expect(performance.now() - started).toBeLessThan(5_000);
      },
    );
  });
});

describe('the contract suite (npm run test:contract) against broken servers', () => {
  // One suite run per row, run side by side: each is a separate vitest process.
  const rows: Array<[string, FixtureHandler, RegExp, Record<string, string>?]> = [
    [
      'truncated JSON',
      raw(200, 'application/json', '{"confirmed": false'),
      /SmhResponseError: getUploadTask: the server answered 200 with a body that is not valid JSON/,
    ],
    ['a 200 with a non-JSON body', raw(200, 'text/html', '<html></html>'), /answered 200 with a body that is not valid JSON/],
    ['an empty 200', raw(200, 'application/json', ''), /answered 200 with an empty body/],
    ['a server that never answers', () => {}, /TimeoutError/, { SMH_TIMEOUT_MS: '500' }],
    ['missing SMH_ACCESS_TOKEN', json(200, {}), /SMH_BASE_URL is set, so SMH_ACCESS_TOKEN must be set too/, { SMH_ACCESS_TOKEN: '' }],
  ];
  const servers: FixtureServer[] = [];
  let results: Array<{ passed: boolean; output: string }>;
  beforeAll(async () => {
    servers.push(...(await Promise.all(rows.map(([, handler]) => startFixtureServer(handler)))));
    results = await Promise.all(
      rows.map(([, , , env], index) =>
        runContractSuite(servers[index]!.baseUrl, {
          SMH_ACCESS_TOKEN: 'the-real-token',
          SMH_LIBRARY_ID: 'smhlib',
          SMH_CONFIRM_KEY: 'key-1',
          ...env,
        }),
      ),
    );
  }, 60_000);
  afterAll(() => Promise.all(servers.map((server) => server.close())));

  test.each(rows.map(([name, , message], index) => [name, message, index] as const))(
    '%s: the run fails and says why',
    (_name, message, index) => {
      expect(results[index]!.passed).toBe(false);
      expect(results[index]!.output).toMatch(message);
      expect(results[index]!.output).not.toContain('the-real-token');
    },
  );
});
