// One table of requests and the answers the spec documents for them, asked
// of every face of the mock: the HTTP server, createMockFetch, the MSW
// handlers in Node and in a browser. Pure: it runs in a page too.
import { dateTimeFields, examples, testKeys } from '../../generated/mock-contract.js';

export const TOKEN = 'faces-secret-token';
export const TASK_PATH = '/api/v1/file/smh0000000000000/-';
const asked = `upload&access_token=${TOKEN}`;

export interface Expected {
  status: number;
  /** The whole body, or its SMH `code` (and a pattern for its message). */
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

const statusOf = (name: string) => examples[name]!.status;
const documented = (name: string): Expected => ({
  status: statusOf(name),
  body: examples[name]!.value,
  ...(examples[name]!.now ? { datesMoved: true } : {}),
});
const paramInvalid = (message: string): Expected => ({ status: 400, code: 'ParamInvalid', message });
const problem = (status: number): Expected => ({ status, problem: true });
/** A row that asks with a Prefer header. */
const prefer = (name: string, header: string, expected: Expected): Row => ({ name, query: asked, headers: { Prefer: header }, expected });
const firstOf = (status: number) => Object.keys(examples).find((name) => statusOf(name) === status)!;

export const rows: Row[] = [
  ...Object.entries(testKeys).map(
    ([key, name]): Row => ({ name: `test key ${key} → ${statusOf(name)} ${name}`, path: key, query: asked, expected: documented(name) }),
  ),
  ...['upload', 'upload=', 'upload=1'].map(
    (flag): Row => ({ name: `flag spelled ?${flag}`, query: `${flag}&access_token=${TOKEN}`, expected: documented(firstOf(200)) }),
  ),
  {
    name: 'with every optional parameter',
    query: `access_token=${TOKEN}&user_id=u&library_secret=s&internal_domain=1&upload`,
    expected: documented(firstOf(200)),
  },
  { name: 'no upload flag at all', query: `access_token=${TOKEN}`, expected: paramInvalid('^upload is required$') },
  { name: 'no token', query: 'upload', expected: documented('EmptyAccessToken') },
  { name: 'an empty token', query: 'upload&access_token=', expected: documented('EmptyAccessToken') },
  { name: 'internal_domain outside 0|1', query: `${asked}&internal_domain=5`, expected: paramInvalid('^internal_domain must be 0 or 1$') },
  { name: 'internal_domain not a number', query: `${asked}&internal_domain=x`, expected: paramInvalid('^internal_domain must be 0 or 1$') },
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
  prefer('Prefer code=404 (its first example)', 'code=404', documented(firstOf(404))),
  prefer('Prefer a code and a named error', 'code=403, example=UploadNotBelongYou', documented('UploadNotBelongYou')),
  prefer('Prefer an example by name alone', 'example=UploadNotFound', documented('UploadNotFound')),
  { ...prefer('Prefer wins over a test key', 'code=429', documented('RateLimitExceeded')), path: 'example-confirmed' },
  {
    name: '__code wins over a test key',
    path: 'example-confirmed',
    query: `${asked}&__code=503`,
    expected: documented('ServerOverloaded'),
  },
  { name: '__example selects a 200 example', query: `${asked}&__example=directoryDeleted`, expected: documented('directoryDeleted') },
  prefer(
    'a status only the default response covers, by name',
    'code=431, example=HeaderFieldsTooLarge',
    documented('HeaderFieldsTooLarge'),
  ),
  prefer('a status only the default response covers, by code alone', 'code=414', documented('URITooLong')),
  prefer('a status nothing documents (502) is refused, not answered with another body', 'code=502', problem(422)),
  prefer('Prefer code=401, which nothing documents', 'code=401', problem(422)),
  ...['000', '099', '100', '199', '600', '999'].map(
    (code): Row => ({ name: `__code=${code}, no final status`, query: `${asked}&__code=${code}`, expected: problem(422) }),
  ),
  prefer('Prefer code=101, no final status', 'code=101', problem(422)),
  prefer('Prefer an unknown example name', 'example=noSuchExample', problem(404)),
  prefer('Prefer an example of another status', 'code=400, example=UploadNotFound', problem(404)),
  prefer('Prefer a code that is not a number', 'code=abc', problem(422)),
  ...['POST', 'PUT', 'DELETE', 'PATCH', 'HEAD'].map(
    (method): Row => ({ name: `${method} on the path`, query: asked, method, expected: problem(405) }),
  ),
  {
    name: 'a CORS preflight',
    query: asked,
    method: 'OPTIONS',
    headers: { Origin: 'http://app.example', 'Access-Control-Request-Method': 'GET' },
    expected: { status: 204 },
  },
  { name: 'a path that is not the operation', path: '/api/v1/file/smh0000000000000/-/k/extra', query: asked, expected: problem(404) },
  { name: 'a ConfirmKey of %2E%2E (a URL parser collapses it: another path)', path: '%2E%2E', query: asked, expected: problem(404) },
];

/** The request target of a row: path and query. */
export const targetOf = (row: Row) =>
  `${row.path?.startsWith('/') ? row.path : `${TASK_PATH}/${row.path ?? 'any-key'}`}?${row.query ?? ''}`;
export const initOf = ({ method = 'GET', headers = {} }: Row): RequestInit => ({ method, headers });

export interface Observed {
  status: number;
  contentType: string | null;
  requestId: string | null;
  allowOrigin: string | null;
  allowMethods: string | null;
  violations: unknown;
  body: any;
  datesMoved?: boolean;
}

/**
 * What a client reads from an answer. An example whose dates move with the
 * clock comes back with its dates as written, and `datesMoved` saying
 * whether they had been moved to the moment of the answer.
 */
export async function observe(response: Response): Promise<Observed> {
  const answeredAt = Date.now();
  const text = await response.text();
  const contentType = response.headers.get('content-type');
  const header = (name: string) => response.headers.get(name);
  const violations = header('sl-violations');
  const body = text && contentType && /json/.test(contentType) ? JSON.parse(text) : text;
  const moving = movingExampleOf(body);
  return {
    status: response.status,
    contentType,
    requestId: header('x-request-id'),
    allowOrigin: header('access-control-allow-origin'),
    allowMethods: header('access-control-allow-methods'),
    violations: violations === null ? null : JSON.parse(violations),
    body: moving ? moveDates(body, -shiftOf(body, moving)) : body,
    ...(moving ? { datesMoved: Math.abs(Date.parse(moving.now!) + shiftOf(body, moving) - answeredAt) < 60_000 } : {}),
  };
}

/** A body as its example was written: the dates of one that moves with the clock moved back. */
export function asWritten(body: unknown): unknown {
  const moving = movingExampleOf(body);
  return moving ? moveDates(body, -shiftOf(body, moving)) : body;
}

type Example = (typeof examples)[string];

/** The example that moves with the clock that `body` was answered from, if any. */
function movingExampleOf(body: unknown): Example | undefined {
  const uploadId = (body as { uploadId?: unknown } | null)?.uploadId;
  if (uploadId === undefined) return undefined;
  return Object.values(examples).find(
    (example) => example.now !== undefined && (example.value as { uploadId?: unknown }).uploadId === uploadId,
  );
}

/** How far `body`'s dates were moved from the example's: every one moved by the same time. */
function shiftOf(body: unknown, example: Example): number {
  const at = (value: unknown) => Date.parse((value as { creationTime: string }).creationTime);
  return at(body) - at(example.value);
}

function moveDates(body: unknown, shift: number): unknown {
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
  for (const field of dateTimeFields) visit(copy, field);
  return copy;
}

/** Whether an observed answer is the one the row expects; the problems, if not. */
export function mismatches(row: Row, observed: Observed): string[] {
  const { expected } = row;
  const found: string[] = [];
  if (observed.status !== expected.status) found.push(`status ${observed.status}, expected ${expected.status}`);
  if (expected.body !== undefined && JSON.stringify(observed.body) !== JSON.stringify(expected.body))
    found.push(`body ${JSON.stringify(observed.body)}`);
  if (
    expected.code !== undefined &&
    (observed.body?.code !== expected.code || !new RegExp(expected.message!).test(observed.body?.message))
  ) {
    found.push(`body ${JSON.stringify(observed.body)}, expected ${expected.code} /${expected.message}/`);
  }
  if (expected.datesMoved !== observed.datesMoved) found.push(`dates moved: ${observed.datesMoved}, expected ${expected.datesMoved}`);
  if (expected.problem && observed.contentType !== 'application/problem+json')
    found.push(`content type ${observed.contentType}, expected a problem`);
  // The service sends one request ID, in the body and in the header.
  if (observed.status >= 400 && typeof observed.body?.requestId === 'string' && observed.requestId !== observed.body.requestId) {
    found.push(`X-Request-Id ${observed.requestId} differs from the body's ${observed.body.requestId}`);
  }
  return found;
}
