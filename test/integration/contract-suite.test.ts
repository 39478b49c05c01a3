// The contract suite must pass against a server that keeps the contract, and
// fail, naming each field, against one that breaks it.
import { describe, expect, test } from 'vitest';
import { contractCredentials as credentials, failureOf, runContractSuite as runSuite, verdicts } from '../support/contract-run.ts';
import { fakeSmh } from '../support/fake-smh.ts';
import { type FixtureServer, fixtureServerForTest, json } from '../support/fixture-server.ts';
import { example } from '../support/spec.ts';

const multipart = example('multipartInProgress');

/** A stand-in for the real service, knowing the suite's credentials. */
const serviceAnswering = (body: unknown) =>
  fixtureServerForTest(
    fakeSmh(
      {
        accessToken: credentials.SMH_ACCESS_TOKEN,
        libraryId: credentials.SMH_LIBRARY_ID,
        spaceId: '-',
        confirmKey: credentials.SMH_CONFIRM_KEY,
      },
      body,
    ),
  );

let server: FixtureServer | undefined;

describe('npm run test:contract with SMH_BASE_URL', () => {
  test('passes against a server that keeps the contract', async () => {
    server = await serviceAnswering(multipart);
    const { passed, output } = await runSuite(server.baseUrl);
    expect(output).toMatch(/Tests\s+\d+ passed/);
    expect(output).not.toMatch(/failed/);
    expect(passed).toBe(true);
    expect(output).not.toContain(credentials.SMH_ACCESS_TOKEN);
  });

  test('a field the answer leaves out is not checked: skipped, not passed', async () => {
    server = await serviceAnswering(example('simpleUpload'));
    const { passed, output } = await runSuite(server.baseUrl);
    const tests = verdicts(output);
    const field = (pointer: string) => `200 for task ${credentials.SMH_CONFIRM_KEY} > ${pointer}`;
    expect([passed, tests.get(field('/uploadPartInfo')), tests.get(field('/parts/*/Size')), tests.get(field('/type'))]).toEqual([
      true,
      'skipped',
      'skipped',
      'passed',
    ]);
  });

  test('fails against a server that breaks the contract: each broken field fails its own test, with its own message', async () => {
    const broken = structuredClone(multipart);
    delete broken.confirmed;
    broken.availableDomainNum = '1';
    broken.uploadPartInfo = [broken.uploadPartInfo];
    broken.creationTime = '2021-02-30T08:15:58.000Z';
    broken.parts[1].Size = -1;
    server = await serviceAnswering(broken);
    const { passed, output } = await runSuite(server.baseUrl);
    expect(passed).toBe(false);
    const field = (pointer: string) => `200 for task ${credentials.SMH_CONFIRM_KEY} > ${pointer}`;
    const brokenFields: Array<[string, string]> = [
      ['/confirmed', 'confirmed: is required but missing'],
      ['/availableDomainNum', 'availableDomainNum: expected integer, got string'],
      ['/uploadPartInfo', 'uploadPartInfo: expected object, got array'],
      ['/creationTime', 'creationTime: expected a date-time string, got'],
      ['/parts/*/Size', 'parts.1.Size: must be >= 0'],
    ];
    const tests = verdicts(output);
    for (const [pointer, message] of brokenFields) {
      expect(tests.get(field(pointer)), pointer).toBe('failed');
      const report = failureOf(output, field(pointer));
      expect(report, pointer).toContain(`${pointer.slice(1)} does not match the contract`);
      expect(report, pointer).toContain(message);
    }
    // The fields that kept the contract pass: one failing test per broken field, not one for all.
    for (const pointer of ['/path', '/type', '/force', '/parts/*/PartNumber', '/parts/*/ETag'])
      expect(tests.get(field(pointer)), pointer).toBe('passed');
    expect(output).not.toContain(credentials.SMH_ACCESS_TOKEN);
  });

  test('fails when the service answers an unknown task with 200', async () => {
    server = await fixtureServerForTest(json(200, multipart));
    const { passed, output } = await runSuite(server.baseUrl);
    expect(passed).toBe(false);
    expect(output).toMatch(/× .*unknown ConfirmKey gets 404/);
  });
});
