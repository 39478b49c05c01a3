// `smh-upload-contract/msw`: the handlers serve any HTTP client, axios (the
// vendor's SDK's) among them, on the origin they are given and on the
// simulator's storage host; nothing else. Answers are compared with the
// other faces in mock-faces.test.ts, the whole upload in resume-upload.test.ts.
import axios from 'axios';
import { HttpResponse, http as mswHttp } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { IN_PROCESS_STORAGE_HOST } from '../../src/mock/index.ts';
import { createSmhHandlers } from '../../src/mock/msw.ts';
import { example } from '../support/spec.ts';

const unhandled: string[] = [];
const server = setupServer(...createSmhHandlers({ baseUrl: 'https://api.tencentsmh.cn' }));
beforeAll(() => server.listen({ onUnhandledRequest: ({ url }) => void unhandled.push(url) }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const smh = axios.create({ baseURL: 'https://api.tencentsmh.cn', validateStatus: () => true });

describe('axios through setupServer', () => {
  test('a test key gets its example, its request ID in the header and the body', async () => {
    const response = await smh.get('/api/v1/file/smh0000000000000/-/example-SpaceBanned', {
      params: { upload: 1, access_token: 'msw-token' },
    });
    const { requestId, ...body } = response.data;
    expect([response.status, response.headers['x-request-id']]).toEqual([403, requestId]);
    const { requestId: _, ...documented } = example('SpaceBanned');
    expect(body).toEqual(documented);
  });

  test("a part sent to the simulator's storage host is answered as storage answers (no such upload: 404 XML)", async () => {
    const response = await axios.put(`https://${IN_PROCESS_STORAGE_HOST}/smh-storage/none?partNumber=1&uploadId=x`, 'bytes', {
      validateStatus: () => true,
    });
    expect([response.status, response.headers['content-type']]).toEqual([404, 'application/xml']);
    expect(response.data).toContain('<Code>NoSuchUpload</Code>');
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

  test("by default they answer the contract's paths on any origin, and only those", async () => {
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
