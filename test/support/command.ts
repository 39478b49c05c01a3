// A command of this repository run to the end by a test, the way
// `npm run …` runs it, with a deadline shorter than the test's own.
import { root, run, runScript } from './processes.ts';

export interface Finished {
  code: number;
  output: string;
}

function finished(
  exit: { code: number | undefined; timedOut: boolean; stdout: string; stderr: string },
  what: string,
  timeoutMs: number,
): Finished {
  if (exit.timedOut) throw new Error(`${what} did not finish in ${timeoutMs} ms:\n${exit.stdout}${exit.stderr}`);
  return { code: exit.code ?? 1, output: exit.stdout + exit.stderr };
}

/** `file args`, from the repository's root. */
export async function command(file: string, args: string[], timeoutMs = 15_000): Promise<Finished> {
  return finished(await run(file, args, { timeoutMs }), `${file} ${args.join(' ')}`, timeoutMs);
}

/** A TypeScript script of scripts/ (`generate`, `lint`, `check-breaking`…) with these arguments. */
export async function script(name: string, args: string[] = [], timeoutMs = 30_000): Promise<Finished> {
  return finished(await runScript(`${root}scripts/${name}.ts`, args, { timeoutMs }), `scripts/${name}.ts ${args.join(' ')}`, timeoutMs);
}

/** `npm run lint`'s rules on a spec's root file. */
export const lint = (specRoot: string) => script('lint', [specRoot]);
