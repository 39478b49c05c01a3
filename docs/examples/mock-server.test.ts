import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createSmhClient } from 'smh-upload-contract';
import { type MockServer, startMockServer } from 'smh-upload-contract/mock/server';

// The HTTP mock for a test suite: on 127.0.0.1, on a free port of its own, one log line per request.
let mock: MockServer;
before(async () => {
  mock = await startMockServer({ log: ({ message }) => console.log(message) });
});
after(() => mock.close());

test('a test key answers its documented example', async () => {
  const smh = createSmhClient({ baseUrl: mock.url, accessToken: 'any-token' });
  const { data } = await smh.getUploadTask({ libraryId: 'smh0000000000000', confirmKey: 'example-confirmed' });
  assert.equal(data?.confirmed, true);
});

test('a key no task has gets 404 UploadNotFound, as from the service', async () => {
  const response = await fetch(`${mock.url}/api/v1/file/smh0000000000000/-/no-such-key?upload&access_token=t`);
  assert.equal(response.status, 404);
  assert.equal((await response.json()).code, 'UploadNotFound');
});

test('a task seeded over HTTP, as a test in any language seeds one', async () => {
  const seed = { filePath: 'videos/clip.mp4', storedParts: [1], confirmKey: 'seeded-clip' };
  await fetch(`${mock.url}/__smh-mock/tasks`, { method: 'POST', body: JSON.stringify(seed) });
  const smh = createSmhClient({ baseUrl: mock.url, accessToken: 'any-token' });
  const { data } = await smh.getUploadTask({ libraryId: 'smh0000000000000', confirmKey: 'seeded-clip' });
  assert.deepEqual(
    data?.parts?.map((part) => part.PartNumber),
    [1],
  );
});
