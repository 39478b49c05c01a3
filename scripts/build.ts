// Builds the published package: compiles src/ into dist/ (JavaScript and
// declarations). generated/ is shipped as it is, beside dist/, so nothing is
// copied: `../generated/…` resolves from dist/ exactly as it does from src/.
import { access, mkdtemp, readFile, rename, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from './lib/processes.ts';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const tsc = join(root, 'node_modules/typescript/bin/tsc');


export async function build(): Promise<void> {
  // Compiled beside dist/ and swapped in whole: a build running at the same
  // time (a test packing the package) never packs a half-written dist/, and
  // a module deleted from src/ does not live on in dist/.
  const staging = await mkdtemp(join(root, '.dist-'));
  try {
    const compiled = await run(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json'), '--outDir', staging], { cwd: root, timeoutMs: 120_000 });
    if (compiled.code !== 0) throw Object.assign(new Error(`tsc failed (${compiled.timedOut ? 'timed out' : `exit ${compiled.code}`})`), { stdout: compiled.stdout });
    await rm(join(root, 'dist'), { recursive: true, force: true });
    await rename(staging, join(root, 'dist'));
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  // Everything package.json ships must exist, generated/ included (it is committed, not built).
  const { files } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as { files: string[] };
  const missing = [];
  for (const file of files) {
    if (!(await access(join(root, file)).then(() => true, () => false))) missing.push(file);
  }
  if (missing.length > 0) throw new Error(`build: ${missing.join(', ')} missing (generated/ comes from \`npm run generate\`)`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    await build();
    console.log('dist/ built from src/');
  } catch (error) {
    const failure = error as { stdout?: string; message: string };
    console.error(failure.stdout || failure.message);
    process.exit(1);
  }
}
