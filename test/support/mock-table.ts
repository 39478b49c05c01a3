// One table of requests and the answers the contract documents for them,
// asked of every face of the mock: the HTTP server, createMockFetch, the MSW
// handlers in Node and in a browser. Every test key of every call, the
// status call's spellings and broken rules, Prefer, and what only a mock
// answers. Pure: it runs in a page too.
import { type ContractOperation, operations, testKeys } from '../../generated/operations.js';

export const TOKEN = 'faces-secret-token';
export const TASK_PATH = '/api/v1/file/smh0000000000000/-';
const asked = `upload&access_token=${TOKEN}`;

export interface Expected {
  status: number;
  /** The whole body (its requestId aside: every answer has its own), or its SMH `code` (and a pattern for its message). */
  body?: unknown;
  code?: string;
  message?: string;
  /** A problem+json answer, from the mock rather than the service. */
  problem?: boolean;
  /** The example's dates moved to the moment of the answer. */
  datesMoved?: boolean;
}

export interface Row {
  name: string;
  /** After `/api/v1/file/smh0000000000000/-/`, or a whole path from `/`. */
  path?: string;
  query?: string;
  method?: string;
  headers?: Record<string, string>;
  expected: Expected;
}

const status = operations.find((operation) => operation.id === 'getUploadTask')!;
const documented = (operation: ContractOperation, name: string): Expected => ({
  status: operation.examples[name]!.status,
  body: withoutRequestId(operation.examples[name]!.value),
  ...(operation.examples[name]!.now ? { datesMoved: true } : {}),
});
const paramInvalid = (message: string): Expected => ({ status: 400, code: 'ParamInvalid', message });
const problem = (status: number): Expected => ({ status, problem: true });
const problemBody = (status: number, type: string, title: string, detail: string) => ({
  type: `https://stoplight.io/prism/errors#${type}`,
  title,
  status,
  detail,
});
const prefer = (name: string, header: string, expected: Expected): Row => ({ name, query: asked, headers: { Prefer: header }, expected });
const firstOf = (code: number) => Object.keys(status.examples).find((name) => status.examples[name]!.status === code)!;

/** How a call is asked of the mock: its method, and its flag with the token. */
const callOf = (operation: ContractOperation) => ({
  method: operation.method,
  query: `${operation.flag === null ? '' : `${operation.flag}&`}access_token=${TOKEN}`,
});

export const rows: Row[] = [
  // Every test key the package exports answers its example, on its call.
  ...testKeys.map(({ key, operationId, example, status }): Row => {
    const operation = operations.find((candidate) => candidate.id === operationId)!;
    return {
      name: `${operationId}: test key ${key} → ${status} ${example}`,
      path: encodeURIComponent(key),
      ...callOf(operation),
      expected: documented(operation, example),
    };
  }),
  // A key that is no test key and no task: the service's 404.
  ...operations
    .filter((operation) => operation.testKeyParameter === 'ConfirmKey')
    .flatMap((operation) =>
      ['no-such-task', 'constructor', '__proto__', 'toString'].map(
        (key): Row => ({
          name: `${operation.id}: the unknown key ${key} → 404 UploadNotFound`,
          path: key,
          ...callOf(operation),
          expected: documented(operation, 'UploadNotFound'),
        }),
      ),
    ),
  ...['upload', 'upload=', 'upload=1'].map(
    (flag): Row => ({
      name: `the flag spelled ?${flag}`,
      path: 'example-confirmed',
      query: `${flag}&access_token=${TOKEN}`,
      expected: documented(status, 'confirmed'),
    }),
  ),
  {
    name: 'with every optional parameter',
    path: 'example-confirmed',
    query: `access_token=${TOKEN}&user_id=u&library_secret=s&internal_domain=1&upload`,
    expected: documented(status, 'confirmed'),
  },
  { name: 'no upload flag at all', query: `access_token=${TOKEN}`, expected: paramInvalid('^upload is required$') },
  { name: 'no token', query: 'upload', expected: documented(status, 'EmptyAccessToken') },
  { name: 'an empty token', query: 'upload&access_token=', expected: documented(status, 'EmptyAccessToken') },
  { name: 'internal_domain outside 0|1', query: `${asked}&internal_domain=5`, expected: paramInvalid('^internal_domain must be 0 or 1$') },
  { name: 'an unknown flag value', query: `upload=2&access_token=${TOKEN}`, expected: paramInvalid('^upload must be 1 or empty$') },
  { name: 'the token given twice', query: `${asked}&access_token=${TOKEN}`, expected: paramInvalid('^access_token must be a string$') },
  { name: 'a ConfirmKey with an encoded /', path: 'a%2Fb', query: asked, expected: paramInvalid('^ConfirmKey must match ') },
  { name: 'a ConfirmKey with a control character', path: 'a%01b', query: asked, expected: paramInvalid('^ConfirmKey must match ') },
  {
    name: 'a ConfirmKey with a malformed escape',
    path: '%zz',
    query: asked,
    expected: paramInvalid('^ConfirmKey is not valid percent-encoding'),
  },
  {
    name: 'a POST that names no call (no flag)',
    path: 'videos%2Fclip.mp4',
    method: 'POST',
    query: `access_token=${TOKEN}`,
    expected: paramInvalid('^the request names no call: POST on this path takes \\?renew, \\?confirm or \\?multipart$'),
  },
  prefer('Prefer code=404 (its first example)', 'code=404', documented(status, firstOf(404))),
  prefer('Prefer a code and a named error', 'code=403, example=UploadNotBelongYou', documented(status, 'UploadNotBelongYou')),
  prefer('Prefer an example by name alone', 'example=UploadNotFound', documented(status, 'UploadNotFound')),
  { ...prefer('Prefer wins over a test key', 'code=429', documented(status, 'RateLimitExceeded')), path: 'example-confirmed' },
  {
    name: '__code wins over a test key',
    path: 'example-confirmed',
    query: `${asked}&__code=503`,
    expected: documented(status, 'ServerOverloaded'),
  },
  {
    name: '__example selects a 200 example',
    query: `${asked}&__example=directoryDeleted`,
    expected: documented(status, 'directoryDeleted'),
  },
  prefer(
    'a status only the default response covers, by name',
    'code=431, example=HeaderFieldsTooLarge',
    documented(status, 'HeaderFieldsTooLarge'),
  ),
  prefer('a status only the default response covers, by code alone', 'code=414', documented(status, 'URITooLong')),
  prefer('a status nothing documents (502) is refused, not answered with another body', 'code=502', problem(422)),
  ...['000', '099', '100', '600'].map(
    (code): Row => ({ name: `__code=${code}, no final status`, query: `${asked}&__code=${code}`, expected: problem(422) }),
  ),
  prefer('Prefer an unknown example name', 'example=noSuchExample', problem(404)),
  prefer('Prefer the name of what every object has (toString)', 'example=toString', problem(404)),
  prefer('Prefer an example of another status', 'code=400, example=UploadNotFound', problem(404)),
  prefer('Prefer a code that is not a number', 'code=abc', problem(422)),
  ...['PATCH', 'HEAD'].map((method): Row => ({ name: `${method} on the path`, query: asked, method, expected: problem(405) })),
  {
    name: 'a CORS preflight',
    query: asked,
    method: 'OPTIONS',
    headers: { Origin: 'http://app.example', 'Access-Control-Request-Method': 'GET' },
    expected: { status: 204 },
  },
  {
    name: "a path that is no call's → 404 RouteNotFound",
    path: '/api/v1/file/smh0000000000000/-/k/extra',
    query: asked,
    expected: documented(status, 'RouteNotFound'),
  },
  {
    name: "the simulator's own route, for a task it does not hold → a problem naming it",
    path: '/__smh-mock/tasks/no-such-task',
    expected: { status: 404, body: problemBody(404, 'NOT_FOUND', 'No such task', 'the simulator has no task no-such-task'), problem: true },
  },
  {
    name: 'a ConfirmKey of %2E%2E (a URL parser collapses it) → 404 RouteNotFound',
    path: '%2E%2E',
    query: asked,
    expected: documented(status, 'RouteNotFound'),
  },
];

/** The request target of a row: path and query. */
export const targetOf = (row: Row) =>
  `${row.path?.startsWith('/') ? row.path : `${TASK_PATH}/${row.path ?? 'example-confirmed'}`}?${row.query ?? ''}`;
export const initOf = ({ method = 'GET', headers = {} }: Row): RequestInit => ({ method, headers });

export interface Observed {
  status: number;
  contentType: string | null;
  allowOrigin: string | null;
  allowMethods: string | null;
  violations: unknown;
  /** The body, its requestId aside, and its dates as the example writes them. */
  body: any;
  /** Whether the answer's request ID is in its header, equal to the body's when the body has one. */
  requestIdMatches: boolean;
  datesMoved?: boolean;
}

/** What a client reads from an answer: the same from every face (request IDs, unique per answer, are checked, then set aside). */
export async function observe(response: Response): Promise<Observed> {
  const answeredAt = Date.now();
  const text = await response.text();
  const contentType = response.headers.get('content-type');
  const header = (name: string) => response.headers.get(name);
  const violations = header('sl-violations');
  const parsed = text && contentType && /json/.test(contentType) ? JSON.parse(text) : text;
  const requestId = header('x-request-id');
  const moving = movingExampleOf(parsed);
  return {
    status: response.status,
    contentType,
    allowOrigin: header('access-control-allow-origin'),
    allowMethods: header('access-control-allow-methods'),
    violations: violations === null ? null : JSON.parse(violations),
    body: moving ? moveDates(withoutRequestId(parsed), moving, -shiftOf(parsed, moving)) : withoutRequestId(parsed),
    requestIdMatches: requestId !== null && (parsed?.requestId === undefined || parsed.requestId === requestId),
    ...(moving ? { datesMoved: Math.abs(Date.parse(moving.now!) + shiftOf(parsed, moving) - answeredAt) < 60_000 } : {}),
  };
}

function withoutRequestId(body: unknown): unknown {
  if (body === null || typeof body !== 'object' || !('requestId' in body)) return body;
  const { requestId, ...rest } = body as Record<string, unknown>;
  return rest;
}

type Example = ContractOperation['examples'][string];

/** The example that moves with the clock that `body` was answered from, if any: the same confirmKey or uploadId. */
function movingExampleOf(body: unknown): Example | undefined {
  if (body === null || typeof body !== 'object') return undefined;
  const { uploadId, confirmKey } = body as { uploadId?: unknown; confirmKey?: unknown };
  return operations
    .flatMap((operation) => Object.values(operation.examples))
    .find((example) => {
      const value = example.value as { uploadId?: unknown; confirmKey?: unknown };
      return example.now !== undefined && value.uploadId === uploadId && value.confirmKey === confirmKey;
    });
}

/** How far `body`'s dates were moved from the example's: every one moved by the same time. */
function shiftOf(body: unknown, example: Example): number {
  const [first] = example.dates!;
  return Date.parse(pick(body, first!) as string) - Date.parse(pick(example.value, first!) as string);
}

function pick(node: unknown, keys: string[]): unknown {
  return keys.reduce<unknown>((value, key) => (value as Record<string, unknown>)?.[key === '*' ? '0' : key], node);
}

function moveDates(body: unknown, example: Example, shift: number): unknown {
  const copy = structuredClone(body);
  const visit = (node: unknown, keys: string[]) => {
    if (node === null || typeof node !== 'object') return;
    const [key, ...rest] = keys;
    const record = node as Record<string, unknown>;
    for (const child of key === '*' ? Object.keys(record) : [key!]) {
      if (rest.length > 0) visit(record[child], rest);
      else if (typeof record[child] === 'string') record[child] = new Date(Date.parse(record[child] as string) + shift).toISOString();
    }
  };
  for (const field of example.dates!) visit(copy, field);
  return copy;
}

/** Whether an observed answer is the one the row expects; the problems, if not. */
export function mismatches(row: Row, observed: Observed): string[] {
  const { expected } = row;
  const found: string[] = [];
  if (observed.status !== expected.status) found.push(`status ${observed.status}, expected ${expected.status}`);
  if (expected.body !== undefined && JSON.stringify(observed.body) !== JSON.stringify(expected.body))
    found.push(`body ${JSON.stringify(observed.body)}`);
  if (expected.code !== undefined && (observed.body?.code !== expected.code || !new RegExp(expected.message!).test(observed.body?.message)))
    found.push(`body ${JSON.stringify(observed.body)}, expected ${expected.code} /${expected.message}/`);
  if (expected.datesMoved !== observed.datesMoved) found.push(`dates moved: ${observed.datesMoved}, expected ${expected.datesMoved}`);
  if (expected.problem && observed.contentType !== 'application/problem+json')
    found.push(`content type ${observed.contentType}, expected a problem`);
  if (!observed.requestIdMatches) found.push("no X-Request-Id, or one other than the body's requestId");
  if (observed.allowOrigin === null) found.push('no Access-Control-Allow-Origin');
  return found;
}
