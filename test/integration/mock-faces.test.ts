// One engine, three faces: the HTTP mock (`npm start`), createMockFetch and
// the MSW handlers are asked the same table of requests and must give the
// same answers (status, body, the headers a client reads), and the answers
// must be the ones the spec documents: test keys paired with their examples,
// the service's codes for malformed requests, Prefer, CORS, unknown methods.
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createMockFetch } from '../../src/mock/index.ts';
import { createSmhHandlers } from '../../src/mock/msw.ts';
import { useMock } from '../support/mock-target.ts';
import { documentedCodes, example, testKeyPairs } from '../support/spec.ts';

const TOKEN = 'faces-secret-token';
const task = '/api/v1/file/smh0000000000000/-';
const asked = `upload&access_token=${TOKEN}`;
const MSW_ORIGIN = 'http://msw.test';

interface Expected {
  status: number;
  /** The whole body, or its SMH `code` (and the start of its message). */
  body?: unknown;
  code?: string;
  message?: RegExp;
}

interface Row {
  name: string;
  /** After `/api/v1/file/smh0000000000000/-/`, or a whole path from `/`. */
  path?: string;
  query?: string;
  method?: string;
  headers?: Record<string, string>;
  expected: Expected;
}

const smh = (name: string): Expected => ({ status: Number(statusOf(name)), body: example(name) });
const statusOf = (name: string) => ['400', '403', '404', '429', '500', '503'].find((status) => documentedCodes(status).includes(name)) ?? '200';
const paramInvalid = (message: RegExp): Expected => ({ status: 400, code: 'ParamInvalid', message });
const problem = (status: number): Expected => ({ status, code: undefined });

const rows: Row[] = [
  ...testKeyPairs().map(([name, key, status]): Row => ({ name: `test key ${key} → ${status} ${name}`, path: key, query: asked, expected: smh(name) })),
  ...['upload', 'upload=', 'upload=1'].map((flag): Row => ({ name: `flag spelled ?${flag}`, query: `${flag}&access_token=${TOKEN}`, expected: smh('multipartInProgress') })),
  { name: 'no upload flag at all (Prism cannot tell it from ?upload)', query: `access_token=${TOKEN}`, expected: smh('multipartInProgress') },
  { name: 'with every optional parameter', query: `access_token=${TOKEN}&user_id=u&library_secret=s&internal_domain=1&upload`, expected: smh('multipartInProgress') },
  { name: 'no token', query: 'upload', expected: smh('EmptyAccessToken') },
  { name: 'an empty token', query: 'upload&access_token=', expected: smh('EmptyAccessToken') },
  { name: 'internal_domain outside 0|1', query: `${asked}&internal_domain=5`, expected: paramInvalid(/^internal_domain must be 0 or 1$/) },
  { name: 'internal_domain not a number', query: `${asked}&internal_domain=x`, expected: paramInvalid(/^internal_domain must be 0 or 1$/) },
  { name: 'an unknown flag value', query: `upload=2&access_token=${TOKEN}`, expected: paramInvalid(/^upload must be 1 or empty$/) },
  { name: 'the token given twice', query: `${asked}&access_token=${TOKEN}`, expected: paramInvalid(/^access_token must be a string$/) },
  { name: 'a ConfirmKey with an encoded /', path: 'a%2Fb', query: asked, expected: paramInvalid(/^ConfirmKey must match /) },
  { name: 'a ConfirmKey with a control character', path: 'a%01b', query: asked, expected: paramInvalid(/^ConfirmKey must match /) },
  { name: 'Prefer code=404 (its first example)', query: asked, headers: { Prefer: 'code=404' }, expected: smh(documentedCodes('404')[0]!) },
  { name: 'Prefer a code and a named error', query: asked, headers: { Prefer: 'code=403, example=UploadNotBelongYou' }, expected: smh('UploadNotBelongYou') },
  { name: 'Prefer wins over a test key', path: 'example-confirmed', query: asked, headers: { Prefer: 'code=429' }, expected: smh('RateLimitExceeded') },
  { name: '__code wins over a test key', path: 'example-confirmed', query: `${asked}&__code=503`, expected: smh('ServerOverloaded') },
  { name: '__example selects a 200 example', query: `${asked}&__example=directoryDeleted`, expected: smh('directoryDeleted') },
  { name: 'a status only the default response covers', query: asked, headers: { Prefer: 'code=431, example=HeaderFieldsTooLarge' }, expected: { status: 431, body: example('HeaderFieldsTooLarge') } },
  { name: 'Prefer an unknown example name', query: asked, headers: { Prefer: 'example=noSuchExample' }, expected: problem(404) },
  { name: 'Prefer a code that is not a number', query: asked, headers: { Prefer: 'code=abc' }, expected: problem(422) },
  ...['POST', 'PUT', 'DELETE', 'PATCH', 'HEAD'].map((method): Row => ({ name: `${method} on the path`, query: asked, method, expected: problem(405) })),
  { name: 'a CORS preflight', query: asked, method: 'OPTIONS', headers: { Origin: 'http://app.example', 'Access-Control-Request-Method': 'GET' }, expected: { status: 204 } },
  { name: 'a path that is not the operation', path: '/api/v1/file/smh0000000000000/-/k/extra', query: asked, expected: problem(404) },
  { name: 'a ConfirmKey of %2E%2E (a URL parser collapses it: another path)', path: '%2E%2E', query: asked, expected: problem(404) },
];

/** What a client reads from an answer. */
async function observe(response: Response) {
  const text = await response.text();
  const contentType = response.headers.get('content-type');
  const header = (name: string) => response.headers.get(name);
  return {
    status: response.status,
    contentType,
    requestId: header('x-request-id'),
    allowOrigin: header('access-control-allow-origin'),
    allowMethods: header('access-control-allow-methods'),
    violations: header('sl-violations') === null ? null : JSON.parse(header('sl-violations')!),
    body: text && contentType && /json/.test(contentType) ? JSON.parse(text) : text,
  };
}

const target = (row: Row) => `${row.path?.startsWith('/') ? row.path : `${task}/${row.path ?? 'any-key'}`}?${row.query ?? ''}`;
const init = ({ method = 'GET', headers = {} }: Row): RequestInit => ({ method, headers });

let http: Awaited<ReturnType<typeof useMock>>;
const inProcess = createMockFetch();
const msw = setupServer(...createSmhHandlers({ baseUrl: MSW_ORIGIN }));
beforeAll(async () => {
  http = await useMock();
  msw.listen({ onUnhandledRequest: 'bypass' });
});
afterAll(async () => {
  msw.close();
  await http.stop();
});

describe('asked the same requests, the three faces give the documented answer, identically', () => {
  test.each(rows)('$name', async (row) => {
    const [overHttp, fetched, intercepted] = await Promise.all([
      fetch(`${http.url}${target(row)}`, init(row)).then(observe),
      inProcess(`http://mock.invalid${target(row)}`, init(row)).then(observe),
      fetch(`${MSW_ORIGIN}${target(row)}`, init(row)).then(observe),
    ]);
    expect(fetched).toEqual(overHttp);
    expect(intercepted).toEqual(overHttp);

    const { expected } = row;
    expect(overHttp.status).toBe(expected.status);
    if (expected.body !== undefined) expect(overHttp.body).toEqual(expected.body);
    if (expected.code !== undefined) expect(overHttp.body).toMatchObject({ code: expected.code, message: expect.stringMatching(expected.message!) });
    if ('code' in expected && expected.code === undefined) expect(overHttp.contentType).toBe('application/problem+json');
    // The service sends one request ID, in the body and in the header.
    if (typeof overHttp.body === 'object' && overHttp.status >= 400 && overHttp.body.requestId) expect(overHttp.requestId).toBe(overHttp.body.requestId);
  });

  test('the table covers every test key, every documented error status and the mock-only answers', () => {
    const statuses = new Set(rows.map((row) => row.expected.status));
    expect([...statuses].sort()).toEqual(expect.arrayContaining([200, 204, 400, 403, 404, 405, 422, 429, 431, 500, 503]));
    expect(rows.filter((row) => row.name.startsWith('test key')).length).toBe(testKeyPairs().length);
  });

  test('a malformed request names what is wrong in sl-violations too', async () => {
    const answer = await observe(await fetch(`${http.url}${task}/k?${asked}&internal_domain=5`));
    expect(answer.violations).toEqual([expect.objectContaining({ location: ['request', 'query', 'internal_domain'], severity: 'Error' })]);
  });

  test('a CORS preflight is answered for the origin and method asked', async () => {
    const answer = await observe(await fetch(`${http.url}${task}/k?${asked}`, { method: 'OPTIONS', headers: { Origin: 'http://app.example', 'Access-Control-Request-Method': 'GET' } }));
    expect(answer).toMatchObject({ status: 204, allowOrigin: 'http://app.example', allowMethods: 'GET', body: '' });
  });
});
