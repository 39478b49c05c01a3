import { expect, inject, test } from 'vitest';
import { createSmhClient, validateUploadTask } from '../../src/index.ts';

test('the mock answers the seed request with a valid body', async () => {
  const client = createSmhClient({ baseUrl: inject('smhTarget').baseUrl, accessToken: 't' });
  const { data, response } = await client.getUploadTask({ libraryId: 'lib', confirmKey: 'k' });
  expect(response.status).toBe(200);
  expect(validateUploadTask(data)).toMatchObject({ valid: true });
});
