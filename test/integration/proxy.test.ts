// The validation proxy judges real traffic against the canonical spec for
// the call each request names, passes answers through unchanged (bytes and
// all), names every violation in sl-violations, never contacts a host but
// its upstream, reads the upstream with a limit and a deadline, answers a
// failing upstream with 502 or 504, keeps secrets out of its log, and keeps
// serving whatever a request sends.
import type { ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { createSmhClient } from '../../src/index.ts';
import { type LogEntry, startValidationProxy, type ValidationProxy } from '../../src/proxy/index.ts';
import { type FixtureServer, json, startFixtureServer } from '../support/fixture-server.ts';
import { rawRequest } from '../support/raw-http.ts';
import { example } from '../support/spec.ts';

const valid = example('multipartInProgress');
const token = 'real&token=é#1';
const task = { libraryId: 'smhlib', confirmKey: 'key-1' };
let upstream: FixtureServer;
let elsewhere: FixtureServer;
let proxy: ValidationProxy;
let errorsProxy: ValidationProxy;
const logged: LogEntry[] = [];
beforeAll(async () => {
  [upstream, elsewhere] = await Promise.all([startFixtureServer(json(200, valid)), startFixtureServer(json(200, valid))]);
  [proxy, errorsProxy] = await Promise.all([
    startValidationProxy({
      upstream: upstream.baseUrl,
      log: (entry) => logged.push(entry),
      logLevel: 'debug',
      upstreamTimeoutMs: 1_000,
      maxUpstreamBodyBytes: 1024 * 1024,
    }),
    startValidationProxy({ upstream: upstream.baseUrl, errors: true }),
  ]);
}, 30_000);
afterAll(async () => {
  await Promise.all([proxy?.close(), errorsProxy?.close()]);
  await Promise.all([upstream?.close(), elsewhere?.close()]);
});
afterEach(() => upstream.answer(json(200, valid)));

const through = (server = proxy) => createSmhClient({ baseUrl: server.url, accessToken: token }).getUploadTask(task);
const violationsOf = (response: Response) =>
  JSON.parse(response.headers.get('sl-violations') ?? '[]') as Array<{ location: string[]; message: string }>;
const ask = (path: string, init?: RequestInit) => fetch(`${proxy.url}${path}`, init);

describe('toward the upstream', () => {
  test('a valid answer passes through, bytes unchanged, fields the contract does not know included, no violation', async () => {
    const text = `{ "spaced": true, ${JSON.stringify({ ...valid, fieldAddedLater: 1 }).slice(1)}`;
    upstream.answer((_request, response) => void response.writeHead(200, { 'content-type': 'application/json' }).end(text));
    const response = await ask(`/api/v1/file/smhlib/-/key-1?upload&access_token=t`);
    expect([response.status, await response.text(), response.headers.get('sl-violations')]).toEqual([200, text, null]);
  });

  test('a violation passes through, named in sl-violations; with --errors the answer becomes a 500 naming it', async () => {
    upstream.answer(json(200, { ...valid, availableDomainNum: '1', uploadPartInfo: [] }));
    const { data, response } = await through();
    expect([response.status, data?.availableDomainNum]).toEqual([200, '1']);
    expect(violationsOf(response).map((violation) => violation.location.join('.'))).toEqual(
      expect.arrayContaining(['response.body.availableDomainNum', 'response.body.uploadPartInfo']),
    );
    const refused = await fetch(`${errorsProxy.url}/api/v1/file/smhlib/-/key-1?upload&access_token=t`);
    expect([refused.status, refused.headers.get('content-type')]).toEqual([500, 'application/problem+json']);
    expect(refused.headers.get('sl-violations')).toContain('availableDomainNum');
  });

  test('each call is judged by its own schema: a renew answer that is no UploadStarted is named', async () => {
    upstream.answer(json(200, { domain: 'd' }));
    const response = await ask('/api/v1/file/smhlib/-/key-1?renew&access_token=t', { method: 'POST' });
    expect(violationsOf(response).map((violation) => violation.message)).toEqual([
      "Response body must have required property 'path'",
      "Response body must have required property 'headers'",
      "Response body must have required property 'confirmKey'",
      "Response body must have required property 'expiration'",
    ]);
  });

  test('a request without the flag that selects its call is a violation too; upstream gets the query as sent', async () => {
    const response = await ask('/api/v1/file/smhlib/-/key-1?access_token=t');
    expect(violationsOf(response)).toContainEqual(
      expect.objectContaining({ location: ['request', 'query', 'upload'], message: "Request query must have required property 'upload'" }),
    );
    await ask('/api/v1/file/smhlib/-/key-1?upload&access_token=t');
    expect(upstream.requests.at(-1)).toBe('/api/v1/file/smhlib/-/key-1?upload&access_token=t');
  });

  test('an SMH error passes through as the service sent it; a HEAD, a 304 and an empty 404 pass through too', async () => {
    upstream.answer(json(404, example('UploadNotFound')));
    expect((await through()).error).toEqual(example('UploadNotFound'));
    upstream.answer((_request, response) => void response.writeHead(200, { 'content-type': 'application/json', etag: '"1"' }).end());
    expect((await ask('/api/v1/file/l/-/k?upload&access_token=t', { method: 'HEAD' })).status).toBe(200);
    upstream.answer((_request, response) => void response.writeHead(304, { etag: '"1"' }).end());
    expect((await ask('/api/v1/file/l/-/k?upload&access_token=t')).status).toBe(304);
    upstream.answer((_request, response) => void response.writeHead(404, { 'content-type': 'application/json' }).end());
    const empty = await ask('/api/v1/file/l/-/k?upload&access_token=t');
    expect([empty.status, await empty.text()]).toEqual([404, '']);
  });

  test('invalid JSON from the upstream passes through as sent, with the violation named (never the parse error quoting it)', async () => {
    upstream.answer(
      (_request, response) => void response.writeHead(200, { 'content-type': 'application/json' }).end(`{"token": "${token}`),
    );
    const response = await ask(`/api/v1/file/l/-/k?upload&access_token=${encodeURIComponent(token)}`);
    expect([response.status, await response.text()]).toEqual([200, `{"token": "${token}`]);
    expect(violationsOf(response).length).toBeGreaterThan(0);
    expect(JSON.stringify(logged)).not.toContain(token.slice(0, 10));
  });

  test('an upstream Trailer header is not passed on as a header of the answer', async () => {
    upstream.answer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json', trailer: 'x-checksum' });
      response.addTrailers({ 'x-checksum': 'abc' });
      response.end(JSON.stringify(valid));
    });
    const response = await ask('/api/v1/file/l/-/k?upload&access_token=t');
    expect([response.status, response.headers.get('trailer')]).toEqual([200, null]);
    expect(await response.json()).toEqual(valid);
  });
});

describe('the proxy contacts no host but its upstream', () => {
  test.each([302, 307])('a %i to another host comes back as the answer, is logged, and the other host is never asked', async (status) => {
    upstream.answer((_request, response) => void response.writeHead(status, { location: `${elsewhere.baseUrl}/steal` }).end());
    const before = elsewhere.requests.length;
    const response = await ask('/api/v1/file/l/-/k?upload&access_token=t', {
      redirect: 'manual',
      headers: { 'x-cos-security-token': 'secret', 'x-api-key': 'secret' },
    });
    expect([response.status, response.headers.get('location')]).toEqual([status, `${elsewhere.baseUrl}/steal`]);
    expect(elsewhere.requests.length).toBe(before);
    expect(logged.map((entry) => entry.message)).toContainEqual(
      expect.stringContaining(`a redirect to ${elsewhere.baseUrl} (not followed)`),
    );
  });
});

// 64 MiB of spaces in 64 KiB, made before any memory is measured.
const gzipBomb = gzipSync(Buffer.alloc(64 * 1024 * 1024, 0x20));

describe('toward an upstream that fails', () => {
  test('one that cannot be reached: 502 naming it, without the token', async () => {
    const closed = await startFixtureServer(json(200, valid));
    await closed.close();
    const lonely = await startValidationProxy({ upstream: closed.baseUrl });
    try {
      const response = await fetch(`${lonely.url}/api/v1/file/l/-/k?upload&access_token=${encodeURIComponent(token)}`);
      const text = await response.text();
      expect([response.status, text]).toEqual([502, expect.stringContaining(`the upstream ${closed.baseUrl} could not be reached`)]);
      for (const spelling of [token, encodeURIComponent(token)]) expect(text).not.toContain(spelling);
    } finally {
      await lonely.close();
    }
  });

  test('one that never answers: 504 after upstreamTimeoutMs', async () => {
    upstream.answer(() => {});
    const started = performance.now();
    expect((await ask('/api/v1/file/l/-/k?upload&access_token=t')).status).toBe(504);
    expect(performance.now() - started).toBeLessThan(3_000);
  });

  test.each([
    [
      'a body over the limit',
      (response: ServerResponse) => response.end(Buffer.alloc(2 * 1024 * 1024, 0x20)),
      502,
      "over the proxy's limit of 1048576 bytes (maxUpstreamBodyBytes)",
    ],
    [
      'a gzip bomb',
      (response: ServerResponse) => response.writeHead(200, { 'content-encoding': 'gzip' }).end(gzipBomb),
      502,
      "over the proxy's limit",
    ],
    [
      'an endless body',
      (response: ServerResponse) => {
        response.writeHead(200, { 'content-type': 'application/json' });
        const more = () => response.write(' '.repeat(1024), () => !response.destroyed && setTimeout(more, 1));
        more();
      },
      504,
      'did not send its whole answer within 1000 ms',
    ],
  ])('%s: %i, and the proxy reads no more of it', async (_name, answer, status, detail) => {
    upstream.answer((_request, response) => answer(response));
    const before = process.memoryUsage().rss;
    const response = await ask('/api/v1/file/l/-/k?upload&access_token=t');
    expect([response.status, await response.text()]).toEqual([status, expect.stringContaining(detail)]);
    expect(process.memoryUsage().rss - before).toBeLessThan(64 * 1024 * 1024);
  });
});

describe('whatever a request sends, the proxy answers and keeps serving', () => {
  const alive = async () => expect((await through()).response.status).toBe(200);

  test('a malformed escape in a path parameter: 400 naming it, not forwarded', async () => {
    const before = upstream.requests.length;
    const response = await ask('/api/v1/file/lib/-/%zz?upload&access_token=t');
    expect([response.status, await response.text()]).toEqual([400, expect.stringContaining('ConfirmKey is not valid percent-encoding')]);
    expect(upstream.requests.length).toBe(before);
    await alive();
  });

  test("a JSON body nested deeper than any of the contract's: 400, not forwarded; a body over 1 MiB: 413", async () => {
    const deep = await ask('/api/v1/file/l/-/k?confirm&access_token=t', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
    });
    expect(deep.status).toBe(400);
    const large = await ask('/api/v1/file/l/-/k?confirm&access_token=t', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: 'x'.repeat(2 * 1024 * 1024),
    });
    expect(large.status).toBe(413);
    await alive();
  });

  test('a Host header that is not a host name: 400', async () => {
    expect((await rawRequest(proxy.url, 'GET /api/v1/file/l/-/k?upload&access_token=t HTTP/1.1\r\nHost: [::1\r\n\r\n')).status).toBe(400);
    await alive();
  });

  test('a CORS preflight is answered by the proxy, as Prism answers it', async () => {
    const response = await ask('/api/v1/file/l/-/k?upload', {
      method: 'OPTIONS',
      headers: { Origin: 'http://app.example', 'Access-Control-Request-Method': 'GET' },
    });
    expect([response.status, response.headers.get('access-control-allow-origin')]).toEqual([204, 'http://app.example']);
  });

  test('its log masks the token and credential headers, one line a request', async () => {
    logged.length = 0;
    await through();
    const text = logged.map((entry) => entry.message).join('\n');
    expect(text).toMatch(/GET \/api\/v1\/file\/smhlib\/-\/key-1\?upload&access_token=\*\*\* 200 upstream 200, 0 violations/);
    for (const spelling of [token, encodeURIComponent(token)]) expect(text).not.toContain(spelling);
  });
});
