// publint and @arethetypeswrong/cli on the package as it would be published:
// `npm pack` (prepack builds dist/ first) into a temporary folder, both tools
// on that tarball, then the folder is removed. The packaging test runs the
// same checks on its own tarball through lintTarball.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from './lib/processes.ts';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const bin = (name: string) => join(root, 'node_modules/.bin', name);

export const publintArgs = ['run', '--strict'];
// ESM-only profile: the package is `"type": "module"` and resolves through
// `exports`, so attw skips the `node10` resolution (no `exports` support) and
// require() from CommonJS under `node16` (ESM reaches CommonJS callers only
// through import(), or require(esm) on Node 20.19+). Every ESM resolution is
// still checked: `node16`/`nodenext` from ESM and `bundler`.
// openapi.yaml is a file for tools to read, not a module: nothing resolves it to types.
export const attwArgs = ['--profile', 'esm-only', '--exclude-entrypoints', './openapi.yaml', '--no-color'];

export interface LintResult {
  tool: string;
  ok: boolean;
  output: string;
}

async function runTool(tool: string, args: string[]): Promise<LintResult> {
  const exit = await run(bin(tool), args, { cwd: root, timeoutMs: 90_000 });
  return { tool, ok: exit.code === 0 && !exit.timedOut, output: exit.stdout + exit.stderr };
}

/** Both tools on one tarball, side by side. */
export function lintTarball(tarball: string): Promise<LintResult[]> {
  return Promise.all([runTool('publint', [...publintArgs, tarball]), runTool('attw', [tarball, ...attwArgs])]);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = await mkdtemp(join(tmpdir(), 'smh-lint-package-'));
  try {
    await pack(dir);
    const [tarball] = (await readdir(dir)).filter((name) => name.endsWith('.tgz'));
    if (!tarball) throw new Error('npm pack wrote no tarball');
    const results = await lintTarball(join(dir, tarball));
    for (const { tool, ok, output } of results) console.log(`--- ${tool}: ${ok ? 'ok' : 'FAILED'}\n${output.trim()}\n`);
    process.exitCode = results.every((result) => result.ok) ? 0 : 1;
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 1;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function pack(destination: string): Promise<void> {
  const exit = await run('npm', ['pack', '--pack-destination', destination], { cwd: root, timeoutMs: 120_000 });
  if (exit.code !== 0) throw new Error(`npm pack failed:\n${exit.stdout}${exit.stderr}`);
}
