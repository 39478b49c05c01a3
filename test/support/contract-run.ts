// Runs the contract suite (`npm run test:contract`) against a server, the way
// a user does with SMH_BASE_URL, and returns what it printed.
import { root, run } from './servers.ts';

export const contractCredentials = { SMH_ACCESS_TOKEN: 'the-real-token', SMH_LIBRARY_ID: 'smhlib', SMH_CONFIRM_KEY: 'key-1' };

export async function runContractSuite(
  baseUrl: string,
  env: Record<string, string | undefined> = contractCredentials,
  timeoutMs = 45_000,
): Promise<{ passed: boolean; output: string }> {
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
      env: { ...cleared, ...env, SMH_BASE_URL: baseUrl, NO_COLOR: '1' },
      timeout: timeoutMs,
    },
  );
  const output = String(exit.all ?? '');
  if (exit.timedOut) throw new Error(`the contract suite did not finish in ${timeoutMs} ms:\n${output}`);
  return { passed: exit.exitCode === 0, output };
}

/** Each test's verdict as the verbose reporter prints it, by its name after the file (`200 for task key-1 > /confirmed`). */
export function verdicts(output: string): Map<string, 'passed' | 'failed' | 'skipped'> {
  const found = new Map<string, 'passed' | 'failed' | 'skipped'>();
  const verdict = { '✓': 'passed', '×': 'failed', '↓': 'skipped' } as const;
  for (const match of output.matchAll(/^ +([✓×↓]) \|contract\| test\/contract\/status\.test\.ts > (.+?)(?: \d+ms)?(?: \[[^\]]*\])?$/gm)) {
    found.set(match[2]!, verdict[match[1] as keyof typeof verdict]);
  }
  return found;
}

/** The report of one failed test: from its `FAIL` heading to the next. */
export function failureOf(output: string, test: string): string {
  const heading = ` FAIL  |contract| test/contract/status.test.ts > ${test}\n`;
  const start = output.indexOf(heading);
  if (start === -1) return '';
  const end = output.indexOf(' FAIL  |contract|', start + heading.length);
  return output.slice(start + heading.length, end === -1 ? undefined : end);
}
