// The contract suite, the status call: judges a server (the mock by default,
// SMH_BASE_URL otherwise) against every documented field, through the client,
// each field in a test of its own. A field the answer leaves out is not
// checked (skipped), never counted as passed. Against the mock it asks
// through the documented test keys, as a consumer's code would.
import { beforeAll, describe, expect, test } from 'vitest';
import { createSmhClient, type UploadTaskResult, validateUploadTask } from '../../src/index.ts';
import { documentedCodes, example, operation, spec, testKeyPairs } from '../support/spec.ts';
import { contractTarget, errorBodyProblems, requestIdProblems } from './target.ts';

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
const keyFor = (name: string) =>
  testKeyPairs().find(([paired]) => paired === name)?.[1] ?? expect.unreachable(`no test key pairs with ${name}`);

/** Every documented field of the 200 body, as JSON Pointer patterns (`*` for any array index). */
function documentedFields(schema: any, prefix = ''): string[] {
  return Object.entries<any>(schema.properties ?? {}).flatMap(([name, sub]) => {
    const pointer = `${prefix}/${name}`;
    const nested =
      sub.type === 'array' && sub.items
        ? documentedFields(sub.items, `${pointer}/*`)
        : sub.properties
          ? documentedFields(sub, pointer)
          : [];
    return [pointer, ...nested];
  });
}

/** The values a pointer pattern names in `body` (none when the answer leaves the field out). */
function valuesAt(body: unknown, field: string): unknown[] {
  return field
    .split('/')
    .slice(1)
    .reduce<unknown[]>(
      (nodes, key) =>
        nodes.flatMap((node) =>
          node === null || typeof node !== 'object'
            ? []
            : key === '*'
              ? Object.values(node)
              : key in node
                ? [(node as Record<string, unknown>)[key]]
                : [],
        ),
      [body],
    );
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

  test('answers 200 with JSON, valid against the schema', () => {
    expect(result.response.status).toBe(200);
    expect(result.response.headers.get('content-type')).toMatch(/^application\/json\b/);
    const validation = validateUploadTask(result.data);
    expect(validation.valid ? [] : validation.errors.map((error) => error.message)).toEqual([]);
  });

  test.for(documentedFields(schemas.UploadTask))('%s', (field, context) => {
    const required = !field.slice(1).includes('/') && schemas.UploadTask.required.includes(field.slice(1));
    // A field left out is not checked: it is reported skipped, not passed (a required one is a violation of the body).
    if (!required && valuesAt(result.data, field).length === 0) return context.skip(`${field.slice(1)} is not in the answer`);
    expect(violationsAt(result.data, field), `${field.slice(1)} does not match the contract`).toEqual([]);
  });
});

describe('errors', () => {
  test('an unknown ConfirmKey gets 404 with an SMH error body and a documented code', async () => {
    const result = await call(`unknown-${Date.now().toString(36)}`);
    expect(result.response.status).toBe(404);
    expect(errorBodyProblems(result.error)).toEqual([]);
    expect(documentedCodes('404')).toContain(result.error!.code);
    expect(requestIdProblems(result)).toEqual([]);
  });

  test('a bad token gets a 4xx with an SMH error body', async () => {
    const badClient = createSmhClient({ baseUrl: target.baseUrl, accessToken: `not-a-valid-token-${Date.now()}` });
    const result = await call(target.isMock ? keyFor('InvalidAccessToken') : target.confirmKey, {}, badClient);
    expect(result.response.status).toBeGreaterThanOrEqual(400);
    expect(result.response.status).toBeLessThan(500);
    expect(errorBodyProblems(result.error)).toEqual([]);
    expect([...documentedCodes('400'), ...documentedCodes('403')]).toContain(result.error!.code);
    expect(requestIdProblems(result)).toEqual([]);
  });

  test('no token gets 400 EmptyAccessToken', async () => {
    const url = `${target.baseUrl}/api/v1/file/${encodeURIComponent(task.libraryId)}/${encodeURIComponent(task.spaceId)}/${encodeURIComponent(task.confirmKey)}?upload`;
    const response = await fetch(url, { signal: AbortSignal.timeout(target.timeoutMs) });
    const body = await response.json();
    expect([response.status, errorBodyProblems(body), body.code]).toEqual([400, [], 'EmptyAccessToken']);
  });
});

// A real server cannot be made to answer these on demand; the mock is asked through its test keys.
describe.runIf(target.isMock)('every test key answers its documented error', () => {
  test.each(testKeyPairs().filter(([, , status]) => status !== '200'))(
    '%s (key %s): %s with that body, one request ID',
    async (name, key, status) => {
      const result = await call(key);
      const { requestId, ...body } = example(name);
      expect(result.response.status).toBe(Number(status));
      expect(result.error).toEqual({ ...body, requestId: result.response.headers.get('x-request-id') });
    },
  );

  test('the statuses the service may add come as the default SMH error body', async () => {
    const [name] = documentedCodes('default');
    const result = await call(target.confirmKey, { headers: { Prefer: `code=414, example=${name}` } });
    expect([result.response.status, errorBodyProblems(result.error), result.error?.code]).toEqual([414, [], name]);
  });
});
