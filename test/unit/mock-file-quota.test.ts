// The cap on files the simulator remembers (docs/mocks.md#caps): at 10,000,
// begin answers the service's QuotaLimitReached, a rapid upload's begin too.
// Ten thousand begins take seconds: this file stays out of the mutation run
// (vitest.mutation.config.ts takes test/unit/mock-simulator*.test.ts), and
// the cap's condition carries a Stryker disable comment naming it.
import { expect, test } from 'vitest';
import { createMockFetch, createSimulator } from '../../src/mock/index.ts';

test('at 10,000 files stored, begin answers 400 QuotaLimitReached, with the hashes of a stored file or without', async () => {
  const simulator = createSimulator();
  const fetch = createMockFetch({ simulator });
  const begin = (filePath: string, hashes?: object) =>
    fetch(`https://api.smh.test/api/v1/file/lib/-/${filePath}?multipart&access_token=t`, {
      method: 'POST',
      ...(hashes ? { body: JSON.stringify(hashes) } : {}),
    });
  const seeded = simulator.seedTask({ libraryId: 'lib', filePath: 'first', fileSize: 1, storedParts: [1] });
  const confirm = `https://api.smh.test/api/v1/file/lib/-/${seeded.confirmKey}?confirm&access_token=t`;
  expect((await fetch(confirm, { method: 'POST' })).status).toBe(200);
  const stored = { beginningHash: 'aa', fullHash: 'bb' };
  // The seeded file has no hashes: this begin is a task; its confirm stores the file the rapid uploads below repeat.
  const hashed = await (await begin('hashed', stored)).json();
  const part = await fetch(`https://${hashed.domain}${hashed.path}?partNumber=1&uploadId=${hashed.uploadId}`, {
    method: 'PUT',
    headers: hashed.headers,
    body: 'x',
  });
  expect(part.status).toBe(200);
  expect(
    (await fetch(`https://api.smh.test/api/v1/file/lib/-/${hashed.confirmKey}?confirm&access_token=t`, { method: 'POST' })).status,
  ).toBe(200);
  for (let index = 2; index < 9_999; index++) await begin(`f${index}`, stored);
  expect((await begin('f9999', stored)).status).toBe(200);
  for (const hashes of [stored, undefined]) {
    const refused = await begin('one-more', hashes);
    expect([refused.status, (await refused.json()).code]).toEqual([400, 'QuotaLimitReached']);
  }
});
