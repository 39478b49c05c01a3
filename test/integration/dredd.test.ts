// `npm run test:dredd`: Dredd with the hooks passes on the mock for every
// documented response (the 200 once per named example), passes a server that
// keeps the contract, and fails, naming the field, on servers that break it.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { deriveDreddSpec } from '../dredd/dredd-spec.ts';
import { type DreddResult, type DreddRun, runDredd } from '../dredd/run.ts';
import { responseBodySchema } from '../dredd/schemas.ts';
import { fakeSmh } from '../support/fake-smh.ts';
import { type FixtureHandler, type FixtureServer, startFixtureServer } from '../support/fixture-server.ts';
import { examples as namedExamples, operation, testKeyPairs, uploadTaskPath } from '../support/spec.ts';
import type { SmhTarget } from '../support/target.ts';

// The very validator Dredd uses (gavel 9, through Dredd's own dependency).
const gavel = createRequire(createRequire(import.meta.url).resolve('dredd'))('gavel');

const examples = Object.fromEntries(
  Object.entries(namedExamples)
    .filter(([, { response }]) => response === '200')
    .map(([name, { value }]) => [name, value as any]),
);
const exampleNames = Object.keys(examples);
const [firstName, firstExample] = Object.entries(examples)[0]!;
const { simpleUpload: validTask, multipartInProgress: multipart } = examples;

function gavelBodyErrors(actual: unknown, example?: unknown, response = '200'): string[] {
  const expected = { statusCode: '200', headers: {}, bodySchema: responseBodySchema(response), body: example && JSON.stringify(example) };
  const real = { statusCode: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify(actual) };
  const result = gavel.validate(expected, real);
  return result.fields.body.errors.map((error: { message: string }) => error.message);
}

describe('the spec Dredd runs on', () => {
  const { document, responses } = deriveDreddSpec();

  it('gives ConfirmKey an example (no `examples` beside it), and every response a status of its own: each transaction has a name of its own', () => {
    expect(document.components.parameters.ConfirmKey.example).toBe(testKeyPairs()[0]![1]);
    expect(document.components.parameters.ConfirmKey).not.toHaveProperty('examples');
    const statuses = ['200', '400', '403', '404', '414', '429', '431', '500', '503'];
    expect(responses.map(({ response, statusCode }) => `${response} ${statusCode}`)).toEqual(
      statuses.map((status) => `${status} ${status}`),
    );
    expect(Object.keys(document.paths[uploadTaskPath].get.responses)).not.toContain('default');
    expect(new Set(responses.map(({ name }) => name)).size).toBe(responses.length);
  });
});

describe('the schema the hooks give Dredd', () => {
  it('covers a simple upload and a deleted directory among the named examples', () => {
    expect(Object.values(examples).some((body) => body.path === null)).toBe(true);
    expect(Object.values(examples).some((body) => !('uploadId' in body) && !('parts' in body))).toBe(true);
  });

  it.each(Object.keys(namedExamples))('accepts the named example %s', (name) => {
    expect(gavelBodyErrors(namedExamples[name]!.value, undefined, namedExamples[name]!.response)).toEqual([]);
  });

  const title = 'accepts a valid body unlike the first example, even with that example alongside, '.concat(
    'unknown fields and a strategy not known yet',
  );
  it(title, () => {
    const body = { ...validTask, path: null, confirmed: true, conflictResolutionStrategy: 'merge', fieldAddedLater: { any: 'thing' } };
    expect(firstName).not.toBe('simpleUpload');
    expect(gavelBodyErrors(body, firstExample)).toEqual([]);
  });

  const part = { PartNumber: 1, LastModified: '2021-02-01T08:16:02.000Z', ETag: '"e"', Size: 1 };
  const noETag = { ...multipart, parts: [{ ...part, ETag: undefined }] };
  it.each([
    [
      'availableDomainNum as a string',
      { ...validTask, availableDomainNum: '1' },
      "At '/availableDomainNum' Invalid type: string (expected integer)",
    ],
    ['confirmed missing', { ...validTask, confirmed: undefined }, 'Missing required property: confirmed'],
    ['path as a string', { ...validTask, path: 'docs/report.pdf' }, "At '/path' Invalid type: string"],
    ['a part number of 0', { ...multipart, parts: [{ ...part, PartNumber: 0 }] }, 'data/parts/0/PartNumber should be >= 1'],
    ['creationTime not a date-time', { ...validTask, creationTime: 'yesterday' }, 'format "date-time"'],
    ['a part without its ETag', noETag, "At '/parts/0/ETag' Missing required property: ETag"],
    ['an error without its code', { message: 'no code' }, "At '/code' Missing required property: code", 'default'],
  ])('rejects %s', (_case, body, message, response = '200') => {
    expect(gavelBodyErrors(body, undefined, response).join('\n')).toContain(message);
  });
});

function expectNoSecret(run: DreddRun, secret: string): void {
  for (const printed of [run.output, run.summary, JSON.stringify(run.results)]) expect(printed).not.toContain(secret);
  expect(run.output).toContain('access_token=***');
}

// Above runDredd's own 60 s deadline for Dredd, so that a slow run reports why rather than being cut off.
const slow = { timeout: 90_000 };
const outcomes = (results: DreddResult[]) => results.map((r) => `${r.response} ${r.statusCode} ${r.outcome}`);
const keyNames = new Map(testKeyPairs().map(([name, key]) => [key, name]));
/** The test key a request target asks by, as the example's name, or how else it asks. */
const askedBy = (uri = '', prefer = '') => (prefer ? `Prefer ${prefer}` : (keyNames.get(uri.split('?')[0]!.split('/').pop()!) ?? uri));

describe('Dredd against the mock', () => {
  const title = 'passes, with the 200 response checked once per named example and every other documented response, through the test keys';
  it(title, slow, async () => {
    const run = await runDredd();
    console.log(run.summary);
    expect(run.problems).toEqual([]);
    expect(run.ok).toBe(true);
    expect(run.exitCode).toBe(0);
    expect(run.results.filter((r) => r.response === '200' && r.outcome === 'pass').map((r) => r.example)).toEqual(exampleNames);
    expect(Object.keys(operation.responses)).toEqual(['200', '400', '403', '404', '429', '500', '503', 'default']);
    const others = ['400 400', '403 403', '404 404', '414 414', '429 429', '431 431', '500 500', '503 503'];
    expect(outcomes(run.results)).toEqual([...exampleNames.map(() => '200 200'), ...others].map((response) => `${response} pass`));
    const checked = exampleNames.length + others.length;
    expect(run.totals).toEqual({ passing: checked, failing: 0, errors: 0, skipped: 0, total: checked });
    // The 200s, 403, 404, 429 and 5xx are asked for with their test keys, as a consumer's code would; the
    // 400 without a token; the gateways' statuses (`default` in the canonical spec) with `Prefer` (no key pairs with them).
    expect(run.results.map((r) => askedBy(r.uri, r.prefer))).toEqual([
      ...exampleNames,
      '/api/v1/file/smh0000000000000/-/any-confirm-key?upload&user_id=user-1',
      ...['InvalidAccessToken', 'UploadNotFound', 'Prefer code=414, example=URITooLong', 'RateLimitExceeded'],
      ...['Prefer code=431, example=HeaderFieldsTooLarge', 'InternalServerError', 'ServerOverloaded'],
    ]);
    expectNoSecret(run, 'mock-access-token');
  });
});

type Ids = Omit<SmhTarget, 'baseUrl'>;

async function dreddAgainst(handler: (ids: Ids) => FixtureHandler): Promise<{ run: DreddRun; server: FixtureServer; target: SmhTarget }> {
  const accessToken = `fixture-secret-${process.pid}-${Date.now()}`;
  const ids = { accessToken, libraryId: 'smhfixture', spaceId: '-', confirmKey: 'fixture-confirm-key', userId: 'user-7' };
  const server = await startFixtureServer(handler(ids));
  try {
    const target = { ...ids, baseUrl: server.baseUrl };
    return { run: await runDredd({ target }), server, target };
  } finally {
    await server.close();
  }
}

// A server cannot be made to answer 429, a 5xx or a gateway error: those are skipped, never passed.
const serverOutcomes = (failing?: string) =>
  ['200 200', '400 400', '403 403', '404 404']
    .map((response) => `${response} ${response === failing ? 'fail' : 'pass'}`)
    .concat(['414 414', '429 429', '431 431', '500 500', '503 503'].map((response) => `${response} skip`));

describe('Dredd against a server', () => {
  const title = 'passes a valid task unlike every example (path null, unknown field, charset), '.concat(
    'sending the bare flag and the token without printing it',
  );
  it(title, slow, async () => {
    const task = { ...validTask, path: null, type: 'symlink', fieldAddedLater: 1 };
    const { run, server, target } = await dreddAgainst((ids) => fakeSmh(ids, task));
    expect(run.problems).toEqual([]);
    expect(run.ok).toBe(true);
    expect(outcomes(run.results)).toEqual(serverOutcomes());
    const good = `/api/v1/file/smhfixture/-/fixture-confirm-key?upload&access_token=${target.accessToken}&user_id=user-7`;
    expect(server.requests).toContain(good);
    expectNoSecret(run, target.accessToken);
  });

  it.concurrent('cannot be passed by a mock that ignores the test keys and serves the first example', slow, async () => {
    const server = await startFixtureServer((request, response) => {
      const code = /code=(\d{3})/.exec(String(request.headers.prefer ?? ''))?.[1];
      const status = code ? Number(code) : request.url?.includes('access_token=') ? 200 : 400;
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(status === 200 ? firstExample : { code: 'SomeError', message: 'as asked' }));
    });
    try {
      const run = await runDredd({ mockBaseUrl: server.baseUrl });
      expect(run.ok).toBe(false);
      expect(run.results.filter((r) => r.outcome === 'fail' && r.response === '200').map((r) => r.example)).toEqual(exampleNames.slice(1));
      expect(run.output).toContain('the mock did not serve example simpleUpload');
      const simpleUpload = run.results.find((r) => r.example === 'simpleUpload');
      expect(simpleUpload?.message).toContain('Failed in after hook: the mock did not serve example simpleUpload');
      // Asked for through their keys (as the requests show), the errors get a 200 from such a mock.
      const failedErrors = run.results.filter((r) => r.outcome === 'fail' && r.response !== '200').map((r) => r.response);
      expect(failedErrors).toEqual(['403', '404', '429', '500', '503']);
      expect(server.requests.map((uri) => askedBy(uri)).filter((asked) => !asked.startsWith('/'))).toEqual([
        ...exampleNames,
        ...['InvalidAccessToken', 'UploadNotFound', 'RateLimitExceeded', 'InternalServerError', 'ServerOverloaded'],
      ]);
    } finally {
      await server.close();
    }
  });

  it.concurrent('fails on a body that breaks the schema, naming each broken field', slow, async () => {
    const broken = { ...multipart, availableDomainNum: '1', confirmed: undefined, uploadPartInfo: [multipart.uploadPartInfo] };
    const { run, target } = await dreddAgainst((ids) => fakeSmh(ids, broken));
    expect(run.ok).toBe(false);
    expect(run.exitCode).not.toBe(0);
    expect(outcomes(run.results)).toEqual(serverOutcomes('200 200'));
    expect(run.totals).toMatchObject({ passing: 3, failing: 1, skipped: 5 });
    for (const message of [
      "body: At '/availableDomainNum' Invalid type: string (expected integer)",
      "At '/confirmed' Missing required property: confirmed",
      "At '/uploadPartInfo' Invalid type: array (expected object)",
    ]) {
      expect(run.output).toContain(message);
      expect(run.results[0]!.message).toContain(message);
    }
    expectNoSecret(run, target.accessToken);
  });

  it.concurrent('fails on an error body that breaks the schema, naming the field', slow, async () => {
    const { run, target } = await dreddAgainst((ids) => (request, response) => {
      if (request.url?.includes(`/${ids.confirmKey}?`)) return fakeSmh(ids, validTask)(request, response);
      response.writeHead(404, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ message: 'upload not found' }));
    });
    expect(outcomes(run.results)).toEqual(serverOutcomes('404 404'));
    expect(run.ok).toBe(false);
    expect(run.results.find((r) => r.response === '404')?.message).toContain("body: At '/code' Missing required property: code");
    expectNoSecret(run, target.accessToken);
  });
});
