// The validation proxy (`smh-upload-proxy <upstream>`) judges real traffic
// against the canonical spec, passes it through unchanged, names every
// violation in sl-violations, keeps secrets out of its log, and keeps
// serving whatever a request sends.
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { createSmhClient } from '../../src/index.ts';
import { startValidationProxy } from '../../src/proxy/index.ts';
import { type FixtureHandler, type FixtureServer, json, startFixtureServer } from '../support/fixture-server.ts';
import type { Server } from '../support/processes.ts';
import { rawRequest } from '../support/raw-http.ts';
import { startProxy } from '../support/servers.ts';
import { example } from '../support/spec.ts';

const valid = example('multipartInProgress');
const token = 'real&token=é#1';
const task = { libraryId: 'smhlib', confirmKey: 'key-1' };

// Each test sets what the stand-in upstream answers.
let answer: FixtureHandler = json(200, valid);
let upstream: FixtureServer;
let proxy: Server;
let errorsProxy: Server;
beforeAll(async () => {
  upstream = await startFixtureServer((request, response) => answer(request, response));
  [proxy, errorsProxy] = await Promise.all([startProxy(upstream.baseUrl, ['-v', 'debug']), startProxy(upstream.baseUrl, ['--errors'])]);
}, 30_000);
afterAll(async () => {
  await Promise.all([proxy?.stop(), errorsProxy?.stop()]);
  await upstream?.close();
});
afterEach(() => {
  answer = json(200, valid);
});

const through = (server = proxy) => createSmhClient({ baseUrl: server.url, accessToken: token }).getUploadTask(task);

describe('toward the upstream', () => {
  test('a valid answer passes through with no violations, fields the contract does not know included', async () => {
    answer = json(200, { ...valid, fieldAddedLater: true });
    const { data, response } = await through();
    expect(response.status).toBe(200);
    expect(data).toEqual({ ...valid, fieldAddedLater: true });
    expect(response.headers.get('sl-violations')).toBeNull();
  });

  test('a violation passes through, named in the sl-violations header', async () => {
    answer = json(200, { ...valid, availableDomainNum: '1', uploadPartInfo: [] });
    const { data, response } = await through();
    expect(response.status).toBe(200);
    expect(data).toMatchObject({ availableDomainNum: '1' });
    const violations = JSON.parse(response.headers.get('sl-violations')!);
    expect(violations.map((v: { location: string[] }) => v.location.join('.'))).toEqual(
      expect.arrayContaining(['response.body.availableDomainNum', 'response.body.uploadPartInfo']),
    );
    expect(violations.find((v: { location: string[] }) => v.location.at(-1) === 'availableDomainNum').message).toBe(
      'Response body property availableDomainNum must be integer',
    );
  });

  test('with --errors, an answer that breaks the contract becomes a 500 naming its violations', async () => {
    answer = json(200, { ...valid, availableDomainNum: '1' });
    const response = await fetch(`${errorsProxy.url}/api/v1/file/smhlib/-/key-1?upload&access_token=t`);
    expect(response.status).toBe(500);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(response.headers.get('sl-violations')).toContain('availableDomainNum');
  });

  test('an SMH error passes through as the service sent it', async () => {
    answer = json(404, example('UploadNotFound'));
    const { error, response } = await through();
    expect(response.status).toBe(404);
    expect(error).toEqual(example('UploadNotFound'));
  });

  test('upstream gets the flag as `upload=` (a spelling the service accepts) and the token intact; the log masks it', async () => {
    await through();
    const target = upstream.requests.at(-1)!;
    expect(target.split('?')[1]).toMatch(/^upload=&access_token=/);
    expect(new URLSearchParams(target.split('?')[1]).get('access_token')).toBe(token);
    await expect
      .poll(() => proxy.output())
      .toMatch(/GET \/api\/v1\/file\/smhlib\/-\/key-1\?upload&access_token=\*\*\* 200 upstream 200, 0 violations/);
    expect(proxy.output()).not.toContain(encodeURIComponent(token));
    expect(proxy.output()).not.toContain(token);
  });
});

describe('whatever a request sends, the proxy answers and keeps serving', () => {
  const alive = async () => expect((await through()).response.status).toBe(200);

  test('a malformed escape in a path parameter gets 400 naming it, and is not forwarded', async () => {
    const before = upstream.requests.length;
    const response = await fetch(`${proxy.url}/api/v1/file/lib/-/%zz?upload&access_token=t`);
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('ConfirmKey is not valid percent-encoding');
    expect(upstream.requests.length).toBe(before);
    await alive();
  });

  test('a Host header that is not a host name gets 400', async () => {
    expect((await rawRequest(proxy.url, 'GET /api/v1/file/l/-/k?upload&access_token=t HTTP/1.1\r\nHost: [::1\r\n\r\n')).status).toBe(400);
    await alive();
  });

  test('secrets are masked in its log however they are spelled, and credential headers too', async () => {
    const secret = 'S3cr,et;value';
    const spelled = encodeURIComponent(secret);
    for (const query of [
      `ACCESS_TOKEN=${spelled}`,
      `access%5Ftoken=${spelled}`,
      `access_token=t&Library_Secret=${spelled}`,
      `access_token=S3cr,et;value`,
    ]) {
      await fetch(`${proxy.url}/api/v1/file/l/-/k?upload&${query}`, {
        headers: { authorization: `Bearer ${secret}`, 'x-cos-security-token': secret },
      });
    }
    await expect.poll(() => proxy.output().match(/Library_Secret=\*\*\*/g)?.length).toBeGreaterThan(0);
    for (const text of [secret, spelled, 'S3cr', 'et;value']) expect(proxy.output()).not.toContain(text);
  });

  test('a decoded value with control characters cannot forge a log line', async () => {
    await fetch(`${proxy.url}/api/v1/file/l/-/k?upload&access_token=t`, { headers: { 'x-note': 'a\u0085b' } });
    expect(proxy.output()).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
  });
});

describe('toward an upstream that fails', () => {
  test('one that cannot be reached: a problem that names it, without the token', async () => {
    const closed = await startFixtureServer(json(200, valid));
    await closed.close();
    const lonely = await startProxy(closed.baseUrl);
    try {
      const response = await fetch(`${lonely.url}/api/v1/file/l/-/k?upload&access_token=${encodeURIComponent(token)}`);
      expect(response.status).toBeGreaterThanOrEqual(500);
      const text = await response.text();
      expect(text).toContain('ECONNREFUSED');
      for (const spelling of [token, encodeURIComponent(token)]) expect(text + lonely.output()).not.toContain(spelling);
    } finally {
      await lonely.stop();
    }
  });

  test('one that never answers: 504 after upstreamTimeoutMs', async () => {
    const silent = await startFixtureServer(() => {});
    const proxied = await startValidationProxy({ upstream: silent.baseUrl, upstreamTimeoutMs: 500 });
    try {
      const started = performance.now();
      const response = await fetch(`${proxied.url}/api/v1/file/l/-/k?upload&access_token=t`);
      expect(response.status).toBe(504);
      expect(performance.now() - started).toBeLessThan(3_000);
    } finally {
      await proxied.close();
      await silent.close();
    }
  });

  test('a CORS preflight is answered by the proxy, as Prism answers it', async () => {
    const response = await fetch(`${proxy.url}/api/v1/file/l/-/k?upload`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://app.example', 'Access-Control-Request-Method': 'GET' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('http://app.example');
  });
});
