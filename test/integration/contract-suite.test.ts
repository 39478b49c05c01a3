// The contract suite must pass against a server that keeps the contract, and
// fail, naming each field, against one that breaks it.
import { describe, expect, test } from 'vitest';
import { fakeSmh } from '../support/fake-smh.ts';
import { type FixtureHandler, json, startFixtureServer } from '../support/fixture-server.ts';
import { root, run } from '../support/servers.ts';
import { example } from '../support/spec.ts';

const credentials = { SMH_ACCESS_TOKEN: 'the-real-token', SMH_LIBRARY_ID: 'smhlib', SMH_CONFIRM_KEY: 'key-1' };

/** `npm run test:contract` against `baseUrl`, as a user runs it with SMH_BASE_URL: whether it passed, what it printed. */
async function runSuite(baseUrl: string, timeoutMs = 45_000): Promise<{ passed: boolean; output: string }> {
  // The suite is run afresh, as a user runs it: nothing of this run's vitest or SMH_* variables.
  const cleared = Object.fromEntries(
    Object.keys(process.env)
      .filter((name) => name.startsWith('VITEST') || name.startsWith('SMH_') || name === 'NODE_ENV')
      .map((name) => [name, undefined]),
  );
  const exit = await run(
    process.execPath,
    [`${root}node_modules/vitest/vitest.mjs`, 'run', '--project', 'contract', '--reporter', 'verbose'],
    {
      env: { ...cleared, ...credentials, SMH_BASE_URL: baseUrl, NO_COLOR: '1' },
      timeout: timeoutMs,
    },
  );
  const output = String(exit.all ?? '');
  if (exit.timedOut) throw new Error(`the contract suite did not finish in ${timeoutMs} ms:\n${output}`);
  return { passed: exit.exitCode === 0, output };
}

/** Each test's verdict as the verbose reporter prints it, by its name after the file (`200 for task key-1 > /confirmed`). */
function verdicts(output: string): Map<string, 'passed' | 'failed' | 'skipped'> {
  const found = new Map<string, 'passed' | 'failed' | 'skipped'>();
  const verdict = { '✓': 'passed', '×': 'failed', '↓': 'skipped' } as const;
  for (const match of output.matchAll(/^ +([✓×↓]) \|contract\| test\/contract\/status\.test\.ts > (.+?)(?: \d+ms)?(?: \[[^\]]*\])?$/gm)) {
    found.set(match[2]!, verdict[match[1] as keyof typeof verdict]);
  }
  return found;
}

/** The report of one failed test: from its `FAIL` heading to the next. */
function failureOf(output: string, test: string): string {
  const heading = ` FAIL  |contract| test/contract/status.test.ts > ${test}\n`;
  const start = output.indexOf(heading);
  if (start === -1) return '';
  const end = output.indexOf(' FAIL  |contract|', start + heading.length);
  return output.slice(start + heading.length, end === -1 ? undefined : end);
}

const multipart = example('multipartInProgress');

/** A stand-in for the real service, knowing the suite's credentials. */
const serviceAnswering = (body: unknown) =>
  fakeSmh(
    {
      accessToken: credentials.SMH_ACCESS_TOKEN,
      libraryId: credentials.SMH_LIBRARY_ID,
      spaceId: '-',
      confirmKey: credentials.SMH_CONFIRM_KEY,
    },
    body,
  );

/** The suite run against a server answering with `handler`, stopped after. */
async function suiteAgainst(handler: FixtureHandler) {
  const server = await startFixtureServer(handler);
  try {
    return await runSuite(server.baseUrl);
  } finally {
    await server.close();
  }
}

// Each run is a vitest of its own (seconds): two runs, side by side, hold every promise.
describe.concurrent('npm run test:contract with SMH_BASE_URL', () => {
  test('passes against a server that keeps the contract; a field the answer leaves out is skipped, not passed', async () => {
    const { passed, output } = await suiteAgainst(serviceAnswering(example('simpleUpload')));
    const tests = verdicts(output);
    const field = (pointer: string) => `200 for task ${credentials.SMH_CONFIRM_KEY} > ${pointer}`;
    expect(output).toMatch(/Tests\s+\d+ passed/);
    expect(output).not.toMatch(/failed/);
    expect([passed, tests.get(field('/uploadPartInfo')), tests.get(field('/parts/*/Size')), tests.get(field('/type'))]).toEqual([
      true,
      'skipped',
      'skipped',
      'passed',
    ]);
    expect(output).not.toContain(credentials.SMH_ACCESS_TOKEN);
  });

  test('fails against a server that breaks the contract: each broken field fails its own test, with its own message; so does a 200 for an unknown task', async () => {
    const broken = structuredClone(multipart);
    delete broken.confirmed;
    broken.availableDomainNum = '1';
    broken.uploadPartInfo = [broken.uploadPartInfo];
    broken.creationTime = '2021-02-30T08:15:58.000Z';
    broken.parts[1].Size = -1;
    // Every task, known or not, gets the broken body.
    const { passed, output } = await suiteAgainst(json(200, broken));
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
    expect(output).toMatch(/× .*unknown ConfirmKey gets 404/);
    expect(output).not.toContain(credentials.SMH_ACCESS_TOKEN);
  });
});
