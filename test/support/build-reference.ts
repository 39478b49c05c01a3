// Builds the API reference page the way `npm run docs` does: by running
// scripts/build-docs.ts as a command, so tests judge what the command writes
// and never import from scripts/.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
/** The spec the page documents unless told otherwise: the bundled canonical one. */
export const canonicalSpecFile = fileURLToPath(new URL('../../generated/openapi.json', import.meta.url));

export type BuildOptions = {
  /** Where the HTML goes. */
  outFile: string;
  /** The bundled spec to document; the canonical one when left out. */
  specFile?: string;
  /** The build is killed once it has run this long. */
  timeoutMs?: number;
};

/** Runs `node --import tsx scripts/build-docs.ts --out … [--spec …]` and resolves to the file it wrote. */
export function buildReference({ outFile, specFile, timeoutMs = 15_000 }: BuildOptions): Promise<string> {
  const args = ['--import', 'tsx', 'scripts/build-docs.ts', '--out', outFile, ...(specFile ? ['--spec', specFile] : [])];
  return new Promise((done, fail) => {
    // execFile's timeout sends SIGKILL: a build past its deadline is stuck, not slow.
    execFile(process.execPath, args, { cwd: repoRoot, timeout: timeoutMs, killSignal: 'SIGKILL' }, (error, stdout, stderr) => {
      if (!error) return done(outFile);
      const why = error.killed ? `was killed after ${timeoutMs} ms` : `failed (${error.code})`;
      fail(new Error(`building the reference ${why}:\n${stdout}${stderr}`));
    });
  });
}
