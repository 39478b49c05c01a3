// The contract suite: judges a server (the mock by default, SMH_BASE_URL
// otherwise) against every documented field of the spec, through the client.
// Against the mock it asks through the documented test keys, as a consumer's
// code would: no mock-only header, except for the `default` response, which
// no key pairs with.
import { beforeAll, describe, expect, test } from 'vitest';
import { createSmhClient, type UploadTaskResult, validateUploadTask } from '../../src/index.ts';
import { documentedCodes, example, operation, spec, testKeyPairs } from '../support/spec.ts';
import { contractTarget } from './target.ts';

const schemas = spec.components.schemas;
const target = contractTarget();
const client = createSmhClient({
  baseUrl: target.baseUrl,
  accessToken: target.accessToken,
  ...(target.userId ? { userId: target.userId } : {}),
});
const task = { libraryId: target.libraryId, spaceId: target.spaceId, confirmKey: target.confirmKey };
const call = (confirmKey: string, init: RequestInit = {}, on = client) =>
  on.getUploadTask({ ...task, confirmKey }, { ...init, signal: AbortSignal.timeout(target.timeoutMs) });
const keys = new Map(testKeyPairs().map(([name, key, status]) => [name, { key, status }]));
const keyFor = (name: string) => keys.get(name)?.key ?? expect.unreachable(`no test key pairs with ${name}`);

/** Every documented field of the 200 body, as JSON Pointer patterns (`*` for any array index). */
function documentedFields(schema: any, prefix = ''): string[] {
  const resolved = schema.$ref ? schemas[schema.$ref.split('/').pop()] : schema;
  return Object.entries<any>(resolved.properties ?? {}).flatMap(([name, sub]) => {
    const pointer = `${prefix}/${name}`;
    const inner = sub.$ref ? schemas[sub.$ref.split('/').pop()] : sub;
    const nested =
      inner.type === 'array' && inner.items
        ? documentedFields(inner.items, `${pointer}/*`)
        : inner.properties
          ? documentedFields(inner, pointer)
          : [];
    return [pointer, ...nested];
  });
}

/** The violations of one field (not of its children), as readable messages. */
function violationsAt(body: unknown, field: string): string[] {
  const result = validateUploadTask(body);
  if (result.valid) return [];
  const pattern = new RegExp(`^${field.replaceAll('*', '\\d+')}$`);
  return result.errors.filter((error) => pattern.test(error.path)).map((error) => error.message);
}

// The mock answers each named example for its test key; a real server answers its one task.
const scenarios: Array<[string, string]> = target.isMock
  ? Object.keys(operation.responses['200'].content['application/json'].examples).map((name) => [
      `example ${name} (key ${keyFor(name)})`,
      keyFor(name),
    ])
  : [[`task ${target.confirmKey}`, target.confirmKey]];

describe.each(scenarios)('200 for %s', (_name, confirmKey) => {
  let result: UploadTaskResult;
  beforeAll(async () => {
    result = await call(confirmKey);
  });

  test('answers 200 with JSON', () => {
    expect(result.response.status).toBe(200);
    expect(result.response.headers.get('content-type')).toMatch(/^application\/json\b/);
  });

  test('the body is valid against the schema', () => {
    const validation = validateUploadTask(result.data);
    expect(validation.valid ? [] : validation.errors.map((error) => error.message)).toEqual([]);
  });

  test.each(documentedFields(schemas.UploadTask))('%s', (field) => {
    expect(violationsAt(result.data, field), `${field.slice(1)} does not match the contract`).toEqual([]);
  });
});

/** The SMH error body: the fields the spec requires, each a string. */
function errorBodyProblems(body: unknown): string[] {
  if (body === null || typeof body !== 'object') return [`the error body is ${body === null ? 'null' : typeof body}, not an object`];
  const { required, properties } = schemas.SmhError;
  return Object.keys(properties).flatMap((name) => {
    const value = (body as Record<string, unknown>)[name];
    if (value === undefined) return required.includes(name) ? [`${name}: is required but missing`] : [];
    return typeof value === 'string' ? [] : [`${name}: expected string, got ${typeof value}`];
  });
}

/** The body and the header carry one request ID, when both carry one. */
function requestIdProblems({ error, response }: UploadTaskResult): string[] {
  const header = response.headers.get('x-request-id');
  return header !== null && error?.requestId !== undefined && header !== error.requestId
    ? [`X-Request-Id ${header} differs from the body's requestId ${error.requestId}`]
    : [];
}

describe('errors', () => {
  test('an unknown ConfirmKey gets 404 with an SMH error body and a documented code', async () => {
    // The mock knows no tasks: its documented key for "no such task" stands for an unknown one.
    const unknownKey = target.isMock ? keyFor('UploadNotFound') : `unknown-${Date.now().toString(36)}`;
    const result = await call(unknownKey);
    expect(result.response.status).toBe(404);
    expect(errorBodyProblems(result.error)).toEqual([]);
    expect(documentedCodes('404')).toContain(result.error!.code);
    expect(requestIdProblems(result)).toEqual([]);
  });

  test('a bad token gets a 4xx with an SMH error body', async () => {
    const badClient = createSmhClient({ baseUrl: target.baseUrl, accessToken: `not-a-valid-token-${Date.now()}` });
    const confirmKey = target.isMock ? keyFor('InvalidAccessToken') : target.confirmKey;
    const result = await call(confirmKey, {}, badClient);
    expect(result.response.status).toBeGreaterThanOrEqual(400);
    expect(result.response.status).toBeLessThan(500);
    expect(errorBodyProblems(result.error)).toEqual([]);
    expect([...documentedCodes('400'), ...documentedCodes('403')]).toContain(result.error!.code);
    expect(requestIdProblems(result)).toEqual([]);
  });

  test('no token gets 400 EmptyAccessToken', async () => {
    const url = `${target.baseUrl}/api/v1/file/${encodeURIComponent(task.libraryId)}/${encodeURIComponent(task.spaceId)}/${encodeURIComponent(task.confirmKey)}?upload`;
    const response = await fetch(url, { signal: AbortSignal.timeout(target.timeoutMs) });
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(errorBodyProblems(body)).toEqual([]);
    expect(body.code).toBe('EmptyAccessToken');
  });
});

// A real server cannot be made to answer these on demand; the mock is asked
// through its test keys (and, for the `default` response, a status).
if (target.isMock) {
  const errorPairs = testKeyPairs().filter(([, , status]) => status !== '200');

  describe('every test key answers its documented error', () => {
    test.each(errorPairs)('%s (key %s): %s with that body, one request ID', async (name, key, status) => {
      const result = await call(key);
      expect(result.response.status).toBe(Number(status));
      expect(result.error).toEqual(example(name));
      expect(result.response.headers.get('x-request-id')).toBe(example(name).requestId);
    });
  });

  test('the statuses the service may add come as the default SMH error body', async () => {
    const [name] = documentedCodes('default');
    const result = await call(target.confirmKey, { headers: { Prefer: `code=414, example=${name}` } });
    expect(result.response.status).toBe(414);
    expect(errorBodyProblems(result.error)).toEqual([]);
    expect(result.error).toEqual(example(name!));
  });
}
