// The Chromium the browser tests drive: @sparticuz/chromium's binary, which
// ships inside its npm package (no download, no Debian package), unpacked
// once per version into node_modules/.cache. Its own unpacker writes in place,
// so two processes could run a half-written file: this one renames a whole
// file into place. CHROMIUM_PATH names another binary instead.
import { createReadStream, createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress } from 'node:zlib';
import { root } from './servers.ts';

/** The path of a Chromium binary: CHROMIUM_PATH, or the packaged one, unpacked on first use. */
export async function chromiumPath(): Promise<string> {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  // The package exports its code alone (build/cjs/index.cjs): its root is three levels up. Were bin/chromium.br to
  // move, every browser test fails here, naming the file.
  const packageDir = dirname(dirname(dirname(createRequire(import.meta.url).resolve('@sparticuz/chromium'))));
  const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
  const binary = join(root, 'node_modules/.cache', `sparticuz-chromium-${version}`, 'chromium');
  if (existsSync(binary)) return binary;
  mkdirSync(dirname(binary), { recursive: true });
  const partial = `${binary}.${process.pid}.partial`;
  try {
    await pipeline(
      createReadStream(join(packageDir, 'bin/chromium.br')),
      createBrotliDecompress(),
      createWriteStream(partial, { mode: 0o755 }),
    );
    renameSync(partial, binary);
  } finally {
    rmSync(partial, { force: true });
  }
  return binary;
}
