// Runs the contract suite (`npm run test:contract`) against a server, the way
// a user does with SMH_BASE_URL, and returns what it printed.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const contractCredentials = { SMH_ACCESS_TOKEN: 'the-real-token', SMH_LIBRARY_ID: 'smhlib', SMH_CONFIRM_KEY: 'key-1' };

export async function runContractSuite(baseUrl: string, env: Record<string, string | undefined> = contractCredentials): Promise<{ passed: boolean; output: string }> {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST') && !name.startsWith('SMH_') && name !== 'NODE_ENV'));
  try {
    const { stdout, stderr } = await run('node_modules/.bin/vitest', ['run', '--project', 'contract', '--reporter', 'verbose'], {
      env: { ...inherited, ...env, SMH_BASE_URL: baseUrl, NO_COLOR: '1' },
      maxBuffer: 16 * 1024 * 1024,
    });
    return { passed: true, output: stdout + stderr };
  } catch (error) {
    const failure = error as { stdout: string; stderr: string };
    return { passed: false, output: failure.stdout + failure.stderr };
  }
}
