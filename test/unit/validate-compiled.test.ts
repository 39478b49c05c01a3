// The compiled validator is shipped in the package: it must stay small.
import { readFile } from 'node:fs/promises';
import { expect, test } from 'vitest';

test('the compiled validator stays under 32 KiB', async () => {
  const source = await readFile(new URL('../../generated/validate-upload-task.js', import.meta.url), 'utf8');
  expect(Buffer.byteLength(source)).toBeLessThan(32 * 1024);
});
