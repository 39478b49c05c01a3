// A script of this repository run to the end by a test, the way `npm run …`
// runs it, with a deadline shorter than the test's own.
import { root, run } from './servers.ts';

export interface Finished {
  code: number;
  output: string;
}

/** `file args`, from the repository's root. */
export async function command(file: string, args: string[], timeoutMs = 15_000): Promise<Finished> {
  const exit = await run(file, args, { timeout: timeoutMs });
  if (exit.timedOut) throw new Error(`${file} ${args.join(' ')} did not finish in ${timeoutMs} ms:\n${exit.all}`);
  return { code: exit.exitCode ?? 1, output: String(exit.all ?? '') };
}

/** A TypeScript script of scripts/ (`generate`, `lint`, `check-breaking`…) with these arguments. */
export const script = (name: string, args: string[] = [], timeoutMs = 30_000) =>
  command(process.execPath, ['--import', 'tsx', `${root}scripts/${name}.ts`, ...args], timeoutMs);

/** `npm run lint`'s rules on a spec's root file. */
export const lint = (specRoot: string) => script('lint', [specRoot]);
