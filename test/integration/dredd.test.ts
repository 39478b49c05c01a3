// `npm run test:dredd`: Dredd with the hooks passes on the mock for every
// named example, and fails, naming the field, on servers that break the schema.
import { createRequire } from 'node:module';
import { describe, expect, inject, it } from 'vitest';
import { type DreddRun, type DreddTarget, runDredd } from '../../scripts/run-dredd.ts';
import { fakeSmh } from '../support/fake-smh.ts';
import { testKeyPairs } from '../support/spec.ts';
import { type FixtureServer, startFixtureServer } from '../support/fixture-server.ts';

const require = createRequire(import.meta.url);
const { successExamples, responseBodySchema, operationOf } = require('../../scripts/dredd/response-schema.cjs');
// The very validator Dredd uses (gavel 9, through Dredd's own dependency).
const gavel = createRequire(require.resolve('dredd'))('gavel');

const examples: Record<string, Record<string, unknown>> = successExamples();
const exampleNames = Object.keys(examples);
const [firstName, firstExample] = Object.entries(examples)[0]!;
const validTask = examples.simpleUpload!;

function gavelBodyErrors(actual: unknown, example?: unknown): string[] {
  const expected = { statusCode: '200', headers: {}, bodySchema: responseBodySchema(200), body: example === undefined ? undefined : JSON.stringify(example) };
  const result = gavel.validate(expected, { statusCode: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify(actual) });
  return result.fields.body.errors.map((error: { message: string }) => error.message);
}

describe('the schema the hooks give Dredd', () => {
  it('covers a simple upload and a deleted directory among the named examples', () => {
    expect(Object.values(examples).some((body) => body.path === null)).toBe(true);
    expect(Object.values(examples).some((body) => !('uploadId' in body) && !('parts' in body))).toBe(true);
  });

  it.each(exampleNames)('accepts the named example %s', (name) => {
    expect(gavelBodyErrors(examples[name])).toEqual([]);
  });

  it('accepts a valid body unlike the first example, even with that example alongside, unknown fields and a strategy not known yet', () => {
    const body = { ...validTask, path: null, confirmed: true, conflictResolutionStrategy: 'merge', fieldAddedLater: { any: 'thing' } };
    expect(firstName).not.toBe('simpleUpload');
    expect(gavelBodyErrors(body, firstExample)).toEqual([]);
  });

  it.each([
    ['availableDomainNum as a string', { ...validTask, availableDomainNum: '1' }, "At '/availableDomainNum' Invalid type: string (expected integer)"],
    ['confirmed missing', { ...validTask, confirmed: undefined }, 'Missing required property: confirmed'],
    ['path as a string', { ...validTask, path: 'docs/report.pdf' }, "At '/path' Invalid type: string"],
    ['a part number of 0', { ...examples.multipartInProgress, parts: [{ PartNumber: 0, LastModified: '2021-02-01T08:16:02.000Z', ETag: '"e"', Size: 1 }] }, 'data/parts/0/PartNumber should be >= 1'],
    ['creationTime not a date-time', { ...validTask, creationTime: 'yesterday' }, 'format "date-time"'],
    ['a part without its ETag', { ...examples.multipartInProgress, parts: [{ PartNumber: 1, LastModified: '2021-02-01T08:16:02.000Z', Size: 1 }] }, "At '/parts/0/ETag' Missing required property: ETag"],
  ])('rejects %s', (_case, body, message) => {
    expect(gavelBodyErrors(body).join('\n')).toContain(message);
  });
});

function expectNoSecret(run: DreddRun, secret: string): void {
  expect(run.output).not.toContain(secret);
  expect(run.summary).not.toContain(secret);
  expect(run.output).toContain('access_token=***');
}

const errorResponses = Object.keys(operationOf().responses).filter((response) => response !== '200');

describe('Dredd against the mock', () => {
  it('passes, with the 200 response checked once per named example and every other documented response, through the test keys', { timeout: 30_000 }, async () => {
    // The run's shared mock, unless the run judges a real server.
    const shared = inject('smhTarget');
    const run = await runDredd(shared.isMock ? { mockBaseUrl: shared.baseUrl } : {});
    console.log(run.summary);
    expect(run.problems).toEqual([]);
    expect(run.ok).toBe(true);
    expect(run.exitCode).toBe(0);
    const passedExamples = run.results.filter((r) => r.response === '200' && r.status === 'pass').map((r) => r.example);
    expect(passedExamples).toEqual(exampleNames);
    expect(errorResponses).toEqual(['400', '403', '404', '429', '500', '503', 'default']);
    for (const response of errorResponses) expect(run.results.find((r) => r.response === response)?.status, response).toBe('pass');
    expect(run.totals).toEqual({ passing: exampleNames.length + errorResponses.length, failing: 0, errors: 0, skipped: 0, total: exampleNames.length + errorResponses.length });
    // The 200s, 403, 404, 429 and 5xx are asked for with their test keys, as a consumer's code would.
    const askedFor = (r: { title: string }) => new Map(testKeyPairs().map(([name, key]) => [key, name])).get(/\/api\/v1\/file\/[^/]+\/[^/]+\/([^?]+)/.exec(r.title)?.[1] ?? '');
    const keyed = run.results.filter((r) => !['400', 'default'].includes(r.response!)).map((r) => `${r.response} ${askedFor(r)}`);
    expect(keyed).toEqual([...exampleNames.map((name) => `200 ${name}`), '403 InvalidAccessToken', '404 UploadNotFound', '429 RateLimitExceeded', '500 InternalServerError', '503 ServerOverloaded']);
    expect(run.results.find((r) => r.response === 'default')?.title).toMatch(/^GET \(default\) /);
    expectNoSecret(run, 'mock-access-token');
  });
});

async function dreddAgainst(body: unknown): Promise<{ run: DreddRun; server: FixtureServer; target: DreddTarget }> {
  const ids = { accessToken: `fixture-secret-${process.pid}-${Date.now()}`, libraryId: 'smhfixture', spaceId: '-', confirmKey: 'fixture-confirm-key', userId: 'user-7' };
  const server = await startFixtureServer(fakeSmh(ids, body));
  try {
    const target = { ...ids, baseUrl: server.baseUrl };
    return { run: await runDredd({ target }), server, target };
  } finally {
    await server.close();
  }
}

describe('Dredd against a server', () => {
  it('passes a valid task unlike every example (path null, unknown field, charset), sending the bare flag and the token without printing it', { timeout: 20_000 }, async () => {
    const { run, server, target } = await dreddAgainst({ ...validTask, path: null, type: 'symlink', fieldAddedLater: 1 });
    expect(run.problems).toEqual([]);
    expect(run.ok).toBe(true);
    expect(run.results.map((r) => `${r.response} ${r.status}`)).toEqual(['200 pass', '400 pass', '403 pass', '404 pass', '429 skip', '500 skip', '503 skip', 'default skip']);
    const good = `/api/v1/file/smhfixture/-/fixture-confirm-key?upload&access_token=${target.accessToken}&user_id=user-7`;
    expect(server.requests).toContain(good);
    expectNoSecret(run, target.accessToken);
  });

  it.concurrent('cannot be passed by a mock that ignores the test keys and serves the first example', { timeout: 20_000 }, async () => {
    const server = await startFixtureServer((request, response) => {
      const code = /code=(\d{3})/.exec(String(request.headers.prefer ?? ''))?.[1];
      const status = code ? Number(code) : new URL(request.url ?? '/', 'http://fixture').searchParams.has('access_token') ? 200 : 400;
      const text = JSON.stringify(status === 200 ? firstExample : { code: 'SomeError', message: 'as asked' });
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(text);
    });
    try {
      const run = await runDredd({ mockBaseUrl: server.baseUrl });
      expect(run.ok).toBe(false);
      const failed = run.results.filter((r) => r.status === 'fail' && r.response === '200').map((r) => r.example);
      expect(failed).toEqual(exampleNames.filter((name) => name !== firstName));
      expect(run.output).toContain('the mock did not serve example simpleUpload');
      // Asked for through their keys, the errors get a 200 from such a mock.
      expect(run.results.filter((r) => r.status === 'fail' && r.response !== '200').map((r) => r.response)).toEqual(['403', '404', '429', '500', '503']);
    } finally {
      await server.close();
    }
  });

  it.concurrent('fails on a body that breaks the schema, naming each broken field', { timeout: 20_000 }, async () => {
    const broken = { ...examples.multipartInProgress, availableDomainNum: '1', confirmed: undefined, uploadPartInfo: [examples.multipartInProgress!.uploadPartInfo] };
    const { run, target } = await dreddAgainst(broken);
    expect(run.ok).toBe(false);
    expect(run.exitCode).not.toBe(0);
    expect(run.results.find((r) => r.response === '200')?.status).toBe('fail');
    expect(run.totals).toMatchObject({ passing: 3, failing: 1, skipped: 4 });
    for (const message of [
      "body: At '/availableDomainNum' Invalid type: string (expected integer)",
      "At '/confirmed' Missing required property: confirmed",
      "At '/uploadPartInfo' Invalid type: array (expected object)",
    ]) {
      expect(run.output).toContain(message);
    }
    expectNoSecret(run, target.accessToken);
  });
});
