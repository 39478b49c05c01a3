// Global setup of the projects that run the package as it is built
// (`npm start`, the packed tarball): dist/ as `npm run build` makes it,
// rebuilt only when what it is made from is newer than it.
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { root, run } from './servers.ts';

async function newest(dir: string): Promise<number> {
  let latest = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) latest = Math.max(latest, (await stat(join(entry.parentPath, entry.name))).mtimeMs);
  }
  return latest;
}

const modified = async (file: string) => (await stat(`${root}${file}`)).mtimeMs;

export async function setup(): Promise<void> {
  const built = await modified('dist/index.js').catch(() => 0);
  // package.json too: its `exports` name the CommonJS twins the build writes.
  const sources = Math.max(
    await newest(`${root}src`),
    await newest(`${root}generated`),
    ...(await Promise.all(['tsconfig.build.json', 'scripts/build.ts', 'package.json'].map(modified))),
  );
  if (built > sources) return;
  const build = await run('npm', ['run', 'build', '--silent'], { timeout: 180_000 });
  if (build.exitCode !== 0) throw new Error(`npm run build failed (${build.exitCode ?? build.signal}):\n${build.all}`);
}
