// The contract suite must pass against a server that keeps the contract, and
// fail, naming each field, against one that breaks it.
import { afterEach, describe, expect, test } from 'vitest';
import { contractCredentials as credentials, runContractSuite as runSuite } from '../support/contract-run.ts';
import { type FixtureServer, json, startFixtureServer } from '../support/fixture-server.ts';
import { example } from '../support/spec.ts';

const multipart = example('multipartInProgress');

/** A stand-in for the real service: `body` for the known task and token, SMH errors otherwise. */
function serviceAnswering(body: unknown) {
  return startFixtureServer((request, response) => {
    const url = new URL(request.url!, 'http://x');
    const token = url.searchParams.get('access_token');
    if (!token) return json(400, { code: 'EmptyAccessToken', message: 'access token is empty', requestId: 'r1' })(request, response);
    if (token !== credentials.SMH_ACCESS_TOKEN) return json(403, { code: 'InvalidAccessToken', message: 'access token is invalid', requestId: 'r2' })(request, response);
    if (!url.pathname.endsWith(`/${credentials.SMH_CONFIRM_KEY}`)) return json(404, { code: 'UploadNotFound', message: 'upload not found', requestId: 'r3' })(request, response);
    json(200, body)(request, response);
  });
}

let server: FixtureServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('npm run test:contract with SMH_BASE_URL', () => {
  test('passes against a server that keeps the contract', async () => {
    server = await serviceAnswering(multipart);
    const { passed, output } = await runSuite(server.baseUrl);
    expect(output).toMatch(/Tests\s+\d+ passed/);
    expect(output).not.toMatch(/failed|skipped/);
    expect(passed).toBe(true);
    expect(output).not.toContain(credentials.SMH_ACCESS_TOKEN);
  });

  test('fails against a server that breaks the contract, naming every broken field', async () => {
    const broken = structuredClone(multipart);
    delete broken.confirmed;
    broken.availableDomainNum = '1';
    broken.uploadPartInfo = [broken.uploadPartInfo];
    broken.creationTime = '2021-02-30T08:15:58.000Z';
    broken.parts[1].Size = -1;
    server = await serviceAnswering(broken);
    const { passed, output } = await runSuite(server.baseUrl);
    expect(passed).toBe(false);
    for (const message of [
      'confirmed: is required but missing',
      'availableDomainNum: expected integer, got string',
      'uploadPartInfo: expected object, got array',
      'creationTime: expected a date-time string, got',
      'parts.1.Size: must be >= 0',
    ]) {
      expect(output).toContain(message);
    }
    expect(output).toMatch(/× .*\/availableDomainNum/);
    expect(output).not.toContain(credentials.SMH_ACCESS_TOKEN);
  });

  test('fails when the service answers an unknown task with 200', async () => {
    server = await startFixtureServer(json(200, multipart));
    const { passed, output } = await runSuite(server.baseUrl);
    expect(passed).toBe(false);
    expect(output).toMatch(/× .*unknown ConfirmKey gets 404/);
  });
});
