// generated/openapi.mock.json as a team loads it into plain Prism (`prism mock
// openapi.mock.json`): Prism's engine over every operation of the file, as
// its CLI runs it, with nothing of this package's mock between. What it
// answers right is asserted; what it answers differently is asserted as
// docs/mocks.md states it.
import { readFile } from 'node:fs/promises';
import { createConfig, lint } from '@redocly/openapi-core';
import { createInstance, getHttpOperationsFromSpec } from '@stoplight/prism-http';
import { describe, expect, test } from 'vitest';

const file = new URL('../../generated/openapi.mock.json', import.meta.url).pathname;
const operations = await getHttpOperationsFromSpec(JSON.parse(await readFile(file, 'utf8')));
const noop = () => {};
const logger: Record<string, unknown> = { trace: noop, debug: noop, info: noop, success: noop, warn: noop, error: noop, fatal: noop };
logger.child = () => logger;
// `prism mock`'s defaults: examples, request validation, no security check beyond the spec's.
const config = {
  mock: { dynamic: false },
  validateRequest: true,
  validateResponse: false,
  checkSecurity: true,
  errors: false,
  upstreamProxy: undefined,
  isProxy: false,
} as const;
const prism = createInstance(config, { logger } as never);

/** A request as Prism's CLI hands it to the engine; `code` is what the CLI reads from `Prefer: code=…`. */
async function ask(method: 'GET' | 'POST' | 'PUT' | 'DELETE', target: string, code?: string) {
  const url = new URL(target, 'http://127.0.0.1');
  const query: Record<string, string> = {};
  for (const [name, value] of url.searchParams) query[name] = value;
  const asked = { ...config, mock: { ...config.mock, ...(code ? { code: Number(code) } : {}) } };
  const input = { method: method.toLowerCase() as Lowercase<typeof method>, url: { path: url.pathname, query }, headers: {} };
  const result = await prism.request(input, operations, asked)();
  if (result._tag === 'Left') {
    const { status, detail } = result.left as { status?: number; detail?: string };
    return { status, title: detail ?? result.left.message, headers: {} as Record<string, string>, body: undefined };
  }
  const { statusCode, headers, body } = result.right.output;
  return {
    status: statusCode,
    title: '',
    headers: (headers ?? {}) as Record<string, string>,
    body: body as Record<string, string> | undefined,
  };
}

const task = '/api/v1/file/smh0000000000000/-/any-key';

test("passes Redocly's recommended ruleset", async () => {
  const problems = await lint({ ref: file, config: await createConfig({ extends: ['recommended'] }) });
  expect(problems.filter((problem) => problem.severity === 'error').map((problem) => `${problem.ruleId}: ${problem.message}`)).toEqual([]);
});

describe('plain Prism answers as the service does', () => {
  test.each([
    ['431', 'HeaderFieldsTooLarge'],
    ['414', 'URITooLong'],
    ['404', 'UploadNotFound'],
    ['429', 'RateLimitExceeded'],
  ])('Prefer code=%s gets %s', async (status, code) => {
    const answer = await ask('GET', `${task}?upload&access_token=t`, status);
    expect([answer.status, answer.body?.code]).toEqual([Number(status), code]);
  });

  test("every answer's X-Request-Id is its body's requestId", async () => {
    for (const status of ['400', '403', '404', '414', '431', '500']) {
      const { headers, body } = await ask('GET', `${task}?upload&access_token=t`, status);
      expect(headers['X-Request-Id'], status).toBe(body?.requestId);
    }
  });

  test('a status the spec does not document is Prism’s own "not defined", never another status’s body', async () => {
    const answer = await ask('GET', `${task}?upload&access_token=t`, '401');
    expect(answer.body).toBeUndefined();
    expect([answer.status, answer.title]).toEqual([404, 'Requested status code 401 is not defined in the document.']);
  });

  test('no token is 400 EmptyAccessToken; the status call and cancel are routed', async () => {
    expect((await ask('GET', `${task}?upload`)).body?.code).toBe('EmptyAccessToken');
    expect((await ask('GET', `${task}?upload&access_token=t`)).status).toBe(200);
    expect((await ask('DELETE', `${task}?upload&access_token=t`)).status).toBe(204);
  });
});

describe('where plain Prism differs, as docs/mocks.md says', () => {
  test('a test key or an unknown key gets the first 200 example: Prism reads no test key', async () => {
    for (const key of ['example-UploadNotFound', 'no-such-task']) {
      const answer = await ask('GET', `/api/v1/file/smh0000000000000/-/${key}?upload&access_token=t`);
      expect([answer.status, answer.body?.confirmed]).toEqual([200, false]);
    }
  });

  test('a request without the `upload` flag is answered 200 (the flag is optional in this file)', async () => {
    expect((await ask('GET', `${task}?access_token=t`)).status).toBe(200);
  });

  test('any request it refuses gets the first 400 example, EmptyAccessToken', async () => {
    expect((await ask('GET', `${task}?upload&access_token=t&internal_domain=5`)).body?.code).toBe('EmptyAccessToken');
  });

  test.each([
    ['POST', `${task}?renew&access_token=t`],
    ['POST', `${task}?confirm&access_token=t`],
    ['POST', '/api/v1/file/smh0000000000000/-/clip.mp4?multipart&access_token=t'],
    ['PUT', '/api/v1/file/smh0000000000000/-/clip.mp4?access_token=t'],
  ] as const)('%s %s, a path the spec keys with `#`, is not routed (405)', async (method, target) => {
    expect((await ask(method, target)).status).toBe(405);
  });
});
