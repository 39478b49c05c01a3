// createMockFetch() answers like the HTTP mock (`npm start`): both are asked
// the same requests and must agree; and it works as a client's fetch.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createSmhClient } from '../../src/index.ts';
import { createMockFetch, type MockLogEntry } from '../../src/mock.ts';
import { useMock } from '../support/mock-target.ts';

const spec = JSON.parse(await readFile(new URL('../../generated/openapi.mock.json', import.meta.url), 'utf8'));
const operation = spec.paths['/api/v1/file/{LibraryId}/{SpaceId}/{ConfirmKey}'].get;
const exampleNames = Object.keys(operation.responses['200'].content['application/json'].examples);
const errorStatuses = Object.keys(operation.responses).filter((status) => status !== '200');
const examples = spec.components.examples as Record<string, { value: unknown }>;

const TOKEN = 'mock-fetch-secret-token';
const task = '/api/v1/file/smh0000000000000/-/2a8c5ec76a6bb1f7d2bb4d0fd7c4a5e3';
const asked = `upload&access_token=${TOKEN}`;

interface Case {
  name: string;
  query?: string;
  path?: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  /** A generated body: only the status and media type can agree. */
  dynamic?: boolean;
}

const cases: Case[] = [
  ...['upload', 'upload=', 'upload=1'].map((flag) => ({ name: `flag spelled ?${flag}`, query: `${flag}&access_token=${TOKEN}` })),
  { name: 'with user_id', query: `${asked}&user_id=user-1` },
  { name: 'with library_secret', query: `${asked}&library_secret=s3cret` },
  { name: 'with internal_domain=0', query: `${asked}&internal_domain=0` },
  { name: 'with internal_domain=1', query: `${asked}&internal_domain=1` },
  { name: 'with every optional parameter', query: `access_token=${TOKEN}&user_id=u&library_secret=s&internal_domain=1&upload` },
  { name: 'internal_domain outside 0|1', query: `${asked}&internal_domain=5` },
  { name: 'an unknown flag value', query: `upload=2&access_token=${TOKEN}` },
  { name: 'the token given twice', query: `${asked}&access_token=${TOKEN}` },
  { name: 'no token', query: 'upload' },
  { name: 'an empty token', query: 'upload&access_token=' },
  ...errorStatuses.map((status) => ({ name: `Prefer code=${status}`, query: asked, headers: { Prefer: `code=${status}` } })),
  { name: 'Prefer a code and a named error', query: asked, headers: { Prefer: 'code=403, example=UploadNotBelongYou' } },
  { name: 'Prefer a code the spec does not document', query: asked, headers: { Prefer: 'code=418' } },
  { name: 'Prefer a code that is not a number', query: asked, headers: { Prefer: 'code=abc' } },
  ...exampleNames.map((example) => ({ name: `Prefer example=${example}`, query: asked, headers: { Prefer: `example=${example}` } })),
  { name: 'Prefer an unknown example name', query: asked, headers: { Prefer: 'example=noSuchExample' } },
  { name: 'Prefer code by query (__code)', query: `${asked}&__code=404` },
  { name: 'Prefer dynamic=true', query: asked, headers: { Prefer: 'dynamic=true' }, dynamic: true },
  { name: 'Accept that no response offers', query: asked, headers: { Accept: 'text/html' } },
  ...['POST', 'PUT', 'DELETE', 'PATCH', 'HEAD'].map((method) => ({ name: `${method} on the path`, query: asked, method })),
  { name: 'POST with a JSON body that does not parse', query: asked, method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{not json' },
  { name: 'a CORS preflight', query: asked, method: 'OPTIONS', headers: { Origin: 'http://app.example', 'Access-Control-Request-Method': 'GET' } },
  { name: 'an unknown path', query: asked, path: '/api/v1/nothing/here' },
  { name: 'ConfirmKey %2E%2E (collapsed by the URL parser)', query: asked, path: '/api/v1/file/smh0000000000000/-/%2E%2E' },
  { name: 'ConfirmKey with an encoded /', query: asked, path: `${task}%2Fx` },
  { name: 'ConfirmKey with a control character', query: asked, path: `${task}%01` },
];

/** What a user of either mock reads from an answer. */
async function observe(response: Response) {
  const contentType = response.headers.get('content-type');
  const text = await response.text();
  const violations = response.headers.get('sl-violations');
  return {
    status: response.status,
    contentType,
    requestId: response.headers.get('x-request-id'),
    allowOrigin: response.headers.get('access-control-allow-origin'),
    violations: violations === null ? null : JSON.parse(violations),
    body: contentType && /json/.test(contentType) && text ? JSON.parse(text) : text,
  };
}

function init({ method = 'GET', headers = {}, body }: Case): RequestInit {
  return { method, headers, ...(body === undefined ? {} : { body }) };
}

let http: Awaited<ReturnType<typeof useMock>>;
const mockFetch = createMockFetch();
beforeAll(async () => {
  http = await useMock();
});
afterAll(() => http.stop());

describe('asked the same requests, createMockFetch and the HTTP mock give the same answers', () => {
  test.each(cases)('$name', async (request) => {
    const target = `${request.path ?? task}?${request.query ?? ''}`;
    const overHttp = await observe(await fetch(`${http.baseUrl}${target}`, init(request)));
    const inProcess = await observe(await mockFetch(`http://mock.invalid${target}`, init(request)));
    if (request.dynamic) {
      expect({ status: inProcess.status, contentType: inProcess.contentType }).toEqual({ status: overHttp.status, contentType: overHttp.contentType });
    } else {
      expect(inProcess).toEqual(overHttp);
    }
  });

  test('the table covers what the mock must get right: 200s, SMH errors, Prism problems, 405s, 404s', async () => {
    const statuses = new Set<number>();
    for (const request of cases) statuses.add((await mockFetch(`http://mock.invalid${request.path ?? task}?${request.query ?? ''}`, init(request))).status);
    expect([...statuses]).toEqual(expect.arrayContaining([200, 204, 400, 403, 404, 405, 406, 422, 429, 500]));
  });

  test('no header or body of any answer carries the access token', async () => {
    for (const request of cases) {
      const response = await mockFetch(`http://mock.invalid${request.path ?? task}?${request.query ?? ''}`, init(request));
      let headers = '';
      response.headers.forEach((value, name) => (headers += `${name}: ${value}\n`));
      expect(headers + (await response.text())).not.toContain(TOKEN);
    }
  });
});

describe('as a client’s fetch', () => {
  const client = createSmhClient({ baseUrl: 'http://mock.invalid', accessToken: TOKEN, fetch: createMockFetch() });

  test('getUploadTask gets the multipart example by default', async () => {
    const { data, error, response } = await client.getUploadTask({ libraryId: 'smh0000000000000', confirmKey: '2a8c5ec76a6bb1f7d2bb4d0fd7c4a5e3' });
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(data).toEqual(examples.multipartInProgress!.value);
    expect(data!.uploadPartInfo).toBeDefined();
  });

  test('Prefer passed through the call selects a documented error', async () => {
    const { error, response } = await client.getUploadTask({ libraryId: 'l', confirmKey: 'k' }, { headers: { Prefer: 'code=403, example=UploadNotBelongYou' } });
    expect(response.status).toBe(403);
    expect(error).toEqual(examples.UploadNotBelongYou!.value);
  });

  test('concurrent calls each get the answer they asked for', async () => {
    const asks = ['simpleUpload', 'confirmed', 'directoryDeleted', 'multipartInProgress', 'simpleUpload', 'confirmed'];
    const answers = await Promise.all(asks.map((example) => client.getUploadTask({ libraryId: 'l', confirmKey: 'k' }, { headers: { Prefer: `example=${example}` } })));
    expect(answers.map(({ data }) => data)).toEqual(asks.map((example) => examples[example]!.value));
    const codes = ['404', '429', '500', '403'];
    const errors = await Promise.all(codes.map((code) => mockFetch(`http://mock.invalid${task}?${asked}`, { headers: { Prefer: `code=${code}` } })));
    expect(errors.map(({ status }) => String(status))).toEqual(codes);
  });
});

describe('abort and errors, as fetch', () => {
  test('an aborted signal rejects with the same AbortError fetch gives, before and during the call', async () => {
    const overHttp = await fetch(`${http.baseUrl}${task}?${asked}`, { signal: AbortSignal.abort() }).catch((error: unknown) => error);
    const before = await mockFetch(`http://mock.invalid${task}?${asked}`, { signal: AbortSignal.abort() }).catch((error: unknown) => error);
    expect(before).toBeInstanceOf(DOMException);
    expect((before as DOMException).name).toBe('AbortError');
    expect((before as DOMException).name).toBe((overHttp as DOMException).name);

    const controller = new AbortController();
    const during = mockFetch(`http://mock.invalid${task}?${asked}`, { signal: controller.signal });
    controller.abort();
    await expect(during).rejects.toMatchObject({ name: 'AbortError' });
  });

  test('a reason given to abort() is what the call rejects with; a signal on a Request counts too', async () => {
    const controller = new AbortController();
    const reason = new Error('navigated away');
    const pending = mockFetch(new Request(`http://mock.invalid${task}?${asked}`, { signal: controller.signal }));
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);
  });

  test('a URL that does not parse rejects with a TypeError that does not carry the token', async () => {
    const error = await mockFetch(`not a url?upload&access_token=${TOKEN}`).catch((failure: unknown) => failure);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).name).toBe('TypeError');
    expect(`${(error as Error).message} ${(error as Error).stack} ${String((error as Error).cause)}`).not.toContain(TOKEN);
  });

  test('a log, when asked for, says what `npm start` says, without the token', async () => {
    const entries: MockLogEntry[] = [];
    const logged = createMockFetch({ log: (entry) => entries.push(entry) });
    await logged(`http://mock.invalid${task}?${asked}&internal_domain=5`);
    await logged(`http://mock.invalid${task}?${asked}`, { headers: { Prefer: 'code=404' } });
    const messages = entries.map(({ message }) => message);
    expect(messages).toContain(`Request received: get ${task}`);
    expect(messages).toContainEqual(expect.stringContaining('Responding with "404"'));
    expect(entries).toContainEqual(expect.objectContaining({ level: 'error', name: 'VALIDATOR' }));
    expect(JSON.stringify(entries)).not.toContain(TOKEN);
  });
});

describe('options, as `prism mock` flags', () => {
  test('dynamic: true generates the 200 body instead of answering the first example; seed makes it repeat', async () => {
    const dynamic = createMockFetch({ dynamic: true, seed: 'fixed' });
    const first = await dynamic(`http://mock.invalid${task}?${asked}`);
    const body = await first.json();
    expect(first.status).toBe(200);
    expect(first.headers.get('sl-violations')).toBeNull(); // the generated body passed Prism's response validation
    expect(body).not.toEqual(examples.multipartInProgress!.value);
    expect(Object.keys(body)).toEqual(expect.arrayContaining(spec.components.schemas.UploadTask.required));
    expect(await (await dynamic(`http://mock.invalid${task}?${asked}`)).json()).toEqual(body);
  });
});
