// The contract suite: judges a server (the mock by default, SMH_BASE_URL
// otherwise) against every documented field of the spec, through the client.
import { beforeAll, describe, expect, test } from 'vitest';
import { createSmhClient, type UploadTaskResult, validateUploadTask } from '../../src/index.ts';
import { documentedCodes, operation, spec } from '../support/spec.ts';
import { contractTarget } from './target.ts';

const schemas = spec.components.schemas;
const target = contractTarget();
const client = createSmhClient({ baseUrl: target.baseUrl, accessToken: target.accessToken, ...(target.userId ? { userId: target.userId } : {}) });
const task = { libraryId: target.libraryId, spaceId: target.spaceId, confirmKey: target.confirmKey };

/** Every documented field of the 200 body, as JSON Pointer patterns (`*` for any array index). */
function documentedFields(schema: any, prefix = ''): string[] {
  const resolved = schema.$ref ? schemas[schema.$ref.split('/').pop()] : schema;
  return Object.entries<any>(resolved.properties ?? {}).flatMap(([name, sub]) => {
    const pointer = `${prefix}/${name}`;
    const inner = sub.$ref ? schemas[sub.$ref.split('/').pop()] : sub;
    const nested = inner.type === 'array' && inner.items ? documentedFields(inner.items, `${pointer}/*`) : inner.properties ? documentedFields(inner, pointer) : [];
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

// The mock answers every named example on request; a real server answers its one task.
const scenarios: Array<[string, Record<string, string>]> = target.isMock
  ? Object.keys(operation.responses['200'].content['application/json'].examples).map((name) => [`example ${name}`, { Prefer: `example=${name}` }])
  : [[`task ${target.confirmKey}`, {}]];

describe.each(scenarios)('200 for %s', (_name, headers) => {
  let result: UploadTaskResult;
  beforeAll(async () => {
    result = await client.getUploadTask(task, { headers, signal: AbortSignal.timeout(target.timeoutMs) });
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

describe('errors', () => {
  test('an unknown ConfirmKey gets 404 with an SMH error body and a documented code', async () => {
    const unknownKey = `unknown-${Date.now().toString(36)}`;
    const headers: Record<string, string> = target.isMock ? { Prefer: 'code=404' } : {};
    const { error, response } = await client.getUploadTask({ ...task, confirmKey: unknownKey }, { headers, signal: AbortSignal.timeout(target.timeoutMs) });
    expect(response.status).toBe(404);
    expect(errorBodyProblems(error)).toEqual([]);
    expect(documentedCodes('404')).toContain(error!.code);
  });

  test('a bad token gets a 4xx with an SMH error body', async () => {
    const badClient = createSmhClient({ baseUrl: target.baseUrl, accessToken: `not-a-valid-token-${Date.now()}` });
    const headers: Record<string, string> = target.isMock ? { Prefer: 'code=403' } : {};
    const { error, response } = await badClient.getUploadTask(task, { headers, signal: AbortSignal.timeout(target.timeoutMs) });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(errorBodyProblems(error)).toEqual([]);
    expect([...documentedCodes('400'), ...documentedCodes('403')]).toContain(error!.code);
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
