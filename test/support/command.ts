// A command run to the end by a test: tethered to the run, with a deadline
// shorter than the test's own (scripts/lib/processes.ts).
import { fileURLToPath } from 'node:url';
import { run } from '../../scripts/lib/processes.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

export async function command(executable: string, args: string[], timeoutMs = 15_000): Promise<{ code: number; output: string }> {
  const exit = await run(executable, args, { cwd: root, timeoutMs });
  if (exit.timedOut) throw new Error(`${executable} ${args.join(' ')} did not finish in ${timeoutMs} ms:\n${exit.stdout}${exit.stderr}`);
  return { code: exit.code ?? 1, output: exit.stdout + exit.stderr };
}

/** `redocly lint` with the repository's rules, on a spec's root file. */
export const lint = (root: string) => command('node_modules/.bin/redocly', ['lint', root, '--config', 'redocly.yaml', '--format', 'stylish']);
