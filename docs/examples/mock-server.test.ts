import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createSmhClient } from 'smh-upload-contract';
import { type MockServer, startMockServer } from 'smh-upload-contract/mock';

// The HTTP mock for a test suite: on 127.0.0.1, on a port of its own.
let mock: MockServer;
before(async () => {
  mock = await startMockServer({ log: ({ message }) => console.log(message) });
});
after(() => mock.close());

test('a confirmed upload needs nothing more', async () => {
  const smh = createSmhClient({ baseUrl: mock.url, accessToken: 'any-token' });
  const { data } = await smh.getUploadTask({ libraryId: 'smh0000000000000', confirmKey: 'example-confirmed' });
  assert.equal(data?.confirmed, true);
});

test('a rate limit comes as the service sends it', async () => {
  const response = await fetch(`${mock.url}/api/v1/file/smh0000000000000/-/example-RateLimitExceeded?upload&access_token=t`);
  assert.equal(response.status, 429);
  assert.equal((await response.json()).code, 'RateLimitExceeded');
});
