// `npm run lint:package [-- <tarball>]`: publint and @arethetypeswrong/cli on
// the package as it would be published: the given tarball, or one `npm pack`
// writes into a temporary folder (removed afterwards).
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { repoRoot } from './spec.ts';

const bin = (name: string) => join(repoRoot, 'node_modules/.bin', name);
// ESM-only profile: the package is `"type": "module"` and resolves through
// `exports`, so attw skips the `node10` resolution (no `exports` support) and
// require() from CommonJS under `node16` (CommonJS callers reach ESM through
// import(), or require(esm) on Node 20.19+). Every ESM resolution is still
// checked: `node16`/`nodenext` from ESM and `bundler`. openapi.yaml is a file
// for tools to read, not a module: nothing resolves it to types.
// ./msw is checked from CommonJS as well: its `require` condition gives a
// CommonJS project declarations that import msw as that project does.
const checks = (tarball: string) =>
  [
    ['publint', 'publint', ['run', '--strict', tarball]],
    ['attw', 'attw', [tarball, '--profile', 'esm-only', '--exclude-entrypoints', './openapi.yaml', '--no-color']],
    ['attw ./msw from CommonJS', 'attw', [tarball, '--profile', 'node16', '--entrypoints', './msw', '--no-color']],
  ] as const;

const given = process.argv[2];
const dir = given ? undefined : await mkdtemp(join(tmpdir(), 'smh-lint-package-'));
try {
  let tarball = given;
  if (dir) {
    await execa('npm', ['pack', '--pack-destination', dir, '--silent'], { cwd: repoRoot, timeout: 180_000 });
    tarball = join(dir, (await readdir(dir)).find((name) => name.endsWith('.tgz'))!);
  }
  const results = await Promise.all(
    checks(tarball!).map(([name, tool, args]) =>
      execa(bin(tool), [...args], { reject: false, all: true, timeout: 120_000 }).then((result) => ({ name, result })),
    ),
  );
  for (const { name, result } of results)
    console.log(`--- ${name}: ${result.exitCode === 0 ? 'ok' : 'FAILED'}\n${String(result.all).trim()}\n`);
  process.exitCode = results.every(({ result }) => result.exitCode === 0) ? 0 : 1;
} finally {
  if (dir) await rm(dir, { recursive: true, force: true });
}
