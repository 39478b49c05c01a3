// Every snippet the README shows is a file of docs/examples/, shown
// verbatim; each type-checks (`npm run typecheck` includes them) and runs
// here against the mock, printing what its comments promise.
import { readdir, readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, test } from 'vitest';
import { useMock } from '../support/mock-target.ts';
import { root, runScript } from '../support/processes.ts';

const examples = `${root}docs/examples/`;
let mockUrl: string;
beforeAll(async () => {
  mockUrl = (await useMock()).url;
});

async function runExample(file: string, env: Record<string, string> = {}) {
  const exit = await runScript(`${examples}${file}`, [], { timeoutMs: 30_000, env });
  expect(exit.stderr).toBe('');
  expect(exit.code).toBe(0);
  return exit.stdout;
}

describe('each snippet runs as written', () => {
  test('the client alone, against a server it is pointed at', async () => {
    const env = { SMH_BASE_URL: mockUrl, SMH_ACCESS_TOKEN: 'example-token', SMH_LIBRARY_ID: 'smh0000000000000' };
    expect(await runExample('client.ts', { ...env, SMH_CONFIRM_KEY: 'example-multipartInProgress' })).toBe(
      'confirmed: false, parts stored: 2',
    );
    expect(await runExample('client.ts', { ...env, SMH_CONFIRM_KEY: 'example-UploadNotFound' })).toBe(
      '404 UploadNotFound (request NjE3OTk5YTBfNDA0XzAx)',
    );
  });

  test('the client with createMockFetch', async () => {
    expect(await runExample('mock-fetch.ts')).toBe('404 UploadNotFound\n2 parts stored');
  });

  test('startMockServer in a test (node:test)', async () => {
    const output = await runExample('mock-server.test.ts');
    expect(output).toMatch(/^# pass 2$/m);
    expect(output).toMatch(/^# fail 0$/m);
    expect(output).toContain('GET /api/v1/file/smh0000000000000/-/example-RateLimitExceeded?upload&access_token=*** 429');
  });

  test('MSW with axios', async () => {
    expect(await runExample('msw-axios.ts')).toBe('200 true\n403 SpaceBanned true');
  });

  test('the proxy in front of a stand-in upstream', async () => {
    expect(await runExample('proxy.ts')).toBe('1 Response body property availableDomainNum must be integer');
  }, 30_000);
});

test('the README shows every example, verbatim', async () => {
  const readme = await readFile(`${root}README.md`, 'utf8');
  for (const file of await readdir(examples)) {
    const source = await readFile(`${examples}${file}`, 'utf8');
    expect(readme, `README.md should show docs/examples/${file}`).toContain(source.trim());
  }
});
