// `npm run build` (and `npm ci`/`npm pack`, through `prepare`): compiles src/
// into dist/ (JavaScript and declarations) with TypeScript's API, in process.
// generated/ ships beside dist/ as it is, so `../generated/…` resolves from
// dist/ exactly as from src/.
import { access, mkdtemp, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import ts from 'typescript';
import { repoRoot } from './spec.ts';

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
    process.exit(1);
  }
  await rm(join(repoRoot, 'dist'), { recursive: true, force: true });
  await rename(staging, join(repoRoot, 'dist'));
} finally {
  await rm(staging, { recursive: true, force: true });
}

// Everything package.json ships must exist, generated/ included (it is committed, not built).
const { files } = JSON.parse(await readFile(join(repoRoot, 'package.json'), 'utf8')) as { files: string[] };
const missing: string[] = [];
for (const file of files)
  if (
    !(await access(join(repoRoot, file)).then(
      () => true,
      () => false,
    ))
  )
    missing.push(file);
if (missing.length > 0) {
  console.error(`build: ${missing.join(', ')} missing (generated/ comes from \`npm run generate\`)`);
  process.exit(1);
}
