// `npm run build` (and `npm ci`/`npm pack`, through `prepare`): compiles src/
// into dist/ (JavaScript and declarations) with TypeScript's API, in process.
// generated/ ships beside dist/ as it is, so `../generated/…` resolves from
// dist/ exactly as from src/.
import { access, copyFile, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import ts from 'typescript';
import { repoRoot } from './spec.ts';

const manifest = JSON.parse(await readFile(join(repoRoot, 'package.json'), 'utf8')) as {
  exports: Record<string, unknown>;
  files: string[];
};

/**
 * The CommonJS twins package.json's `exports` name under `require`, made from
 * the ESM build: a `.d.cts` is its `.d.ts`, copied, and a `.cjs` hands on its
 * `.js` (require(esm), Node 20.19+: one module instance for both). TypeScript
 * reads a `.d.cts` as CommonJS, so the peers it imports (`msw`) resolve under
 * `require`, as a CommonJS consumer's own imports do: one copy of msw's types.
 */
function commonJsTwins(target: unknown): Array<(staging: string) => Promise<void>> {
  if (target && typeof target === 'object') return Object.values(target).flatMap(commonJsTwins);
  const twin = typeof target === 'string' ? target.replace(/^\.\/dist\//, '') : '';
  if (twin.endsWith('.d.cts')) return [(staging) => copyFile(join(staging, twin.replace(/\.d\.cts$/, '.d.ts')), join(staging, twin))];
  const esm = `./${basename(twin, '.cjs')}.js`;
  if (twin.endsWith('.cjs')) return [(staging) => writeFile(join(staging, twin), `'use strict';\nmodule.exports = require('${esm}');\n`)];
  return [];
}

// Compiled beside dist/ and swapped in whole: a build running at the same
// time (a test packing the package) never packs a half-written dist/, and a
// module deleted from src/ does not live on in dist/.
const staging = await mkdtemp(join(repoRoot, '.dist-'));
try {
  const configFile = join(repoRoot, 'tsconfig.build.json');
  const { config } = ts.readConfigFile(configFile, ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, repoRoot, { outDir: staging });
  const program = ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options });
  const { diagnostics } = program.emit();
  const problems = [...ts.getPreEmitDiagnostics(program), ...diagnostics];
  if (problems.length > 0) {
    const host = { getCanonicalFileName: (name: string) => name, getCurrentDirectory: () => repoRoot, getNewLine: () => '\n' };
    console.error(ts.formatDiagnostics(problems, host));
    // Not process.exit(): the staging folder is removed below either way.
    process.exitCode = 1;
  } else {
    for (const make of commonJsTwins(manifest.exports)) await make(staging);
    await rm(join(repoRoot, 'dist'), { recursive: true, force: true });
    await rename(staging, join(repoRoot, 'dist'));
  }
} finally {
  await rm(staging, { recursive: true, force: true });
}

/** Whether a `files` entry names something: a path, or a `dir/*.md`-style pattern that matches a file. */
async function present(entry: string): Promise<boolean> {
  if (!entry.includes('*'))
    return access(join(repoRoot, entry)).then(
      () => true,
      () => false,
    );
  const escaped = basename(entry)
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`^${escaped.join('[^/]*')}$`);
  const names = await readdir(join(repoRoot, dirname(entry))).catch(() => [] as string[]);
  return names.some((name) => pattern.test(name));
}

// Everything package.json ships must exist, generated/ included (it is committed, not built).
const missing: string[] = [];
for (const entry of manifest.files) if (!(await present(entry))) missing.push(entry);
if (missing.length > 0) {
  console.error(`build: ${missing.join(', ')} missing (generated/ comes from \`npm run generate\`)`);
  process.exit(1);
}
