// `smh-upload-contract/msw`: the handlers serve any HTTP client; axios (Node's
// http adapter, as the vendor's SDK uses it) meets every test key through its
// own code path. Answers are compared with the other faces in mock-faces.test.ts.
import axios from 'axios';
import { HttpResponse, http as mswHttp } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { createSmhHandlers } from '../../src/mock/msw.ts';
import { asWritten } from '../support/mock-table.ts';
import { example, testKeyPairs } from '../support/spec.ts';

const TOKEN = 'msw-secret-token';
const unhandled: string[] = [];
const server = setupServer(...createSmhHandlers({ baseUrl: 'https://api.tencentsmh.cn' }));
beforeAll(() => server.listen({ onUnhandledRequest: ({ url }) => void unhandled.push(url) }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const smh = axios.create({ baseURL: 'https://api.tencentsmh.cn', validateStatus: () => true });

describe('axios through setupServer', () => {
  test.each(testKeyPairs())('the test key for %s (%s) gets its %s example', async (name, key, status) => {
    const response = await smh.get(`/api/v1/file/smh0000000000000/-/${key}`, { params: { upload: 1, access_token: TOKEN } });
    expect(response.status).toBe(Number(status));
    expect(asWritten(response.data)).toEqual(example(name));
    if (Number(status) >= 400) expect(response.headers['x-request-id']).toBe(example(name).requestId);
  });

  test("a malformed parameter gets the service's code, naming it", async () => {
    const response = await smh.get('/api/v1/file/l/-/k', { params: { upload: 1, access_token: TOKEN, internal_domain: 7 } });
    expect(response.status).toBe(400);
    expect(response.data).toMatchObject({ code: 'ParamInvalid', message: 'internal_domain must be 0 or 1' });
  });
});

describe('which requests the handlers take', () => {
  test('baseUrl narrows them to one origin: another passes through, unhandled', async () => {
    server.use(mswHttp.get('https://other.example/*', () => HttpResponse.text('not the mock')));
    const response = await axios.get('https://other.example/api/v1/file/l/-/example-confirmed?upload&access_token=t');
    expect(response.data).toBe('not the mock');
    await fetch('https://elsewhere.example/api/v1/file/l/-/k?upload').catch(() => {});
    expect(unhandled).toContain('https://elsewhere.example/api/v1/file/l/-/k?upload');
  });

  test("by default they answer the operation on any origin, and only the operation's path", async () => {
    const anyOrigin = setupServer(...createSmhHandlers());
    server.close();
    anyOrigin.listen({ onUnhandledRequest: 'bypass' });
    try {
      const response = await fetch('http://localhost:9/api/v1/file/l/-/example-confirmed?upload&access_token=t');
      expect(await response.json()).toEqual(example('confirmed'));
      await expect(fetch('http://localhost:9/api/v2/other')).rejects.toThrow(); // not taken: nothing listens there
    } finally {
      anyOrigin.close();
      server.listen({ onUnhandledRequest: ({ url }) => void unhandled.push(url) });
    }
  });

  test('a baseUrl that is not an absolute URL is refused', () => {
    expect(() => createSmhHandlers({ baseUrl: 'api.tencentsmh.cn' })).toThrow(
      new TypeError('createSmhHandlers: baseUrl must be an absolute URL, got "api.tencentsmh.cn"'),
    );
  });
});
