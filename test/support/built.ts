// Global setup of the projects that run the package as it is built
// (`npm start`, the packed tarball): dist/ as `npm run build` makes it,
// rebuilt only when a source is newer than it.
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { root, run } from './processes.ts';

async function newest(dir: string): Promise<number> {
  let latest = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) latest = Math.max(latest, (await stat(join(entry.parentPath, entry.name))).mtimeMs);
  }
  return latest;
}

export async function setup(): Promise<void> {
  const built = await stat(`${root}dist/index.js`).then(
    (file) => file.mtimeMs,
    () => 0,
  );
  const sources = Math.max(
    await newest(`${root}src`),
    await newest(`${root}generated`),
    (await stat(`${root}tsconfig.build.json`)).mtimeMs,
  );
  if (built > sources) return;
  const exit = await run('npm', ['run', 'build', '--silent'], { timeoutMs: 180_000 });
  if (exit.code !== 0) throw new Error(`npm run build failed:\n${exit.stdout}${exit.stderr}`);
}
