// A throw-away copy of spec/ that a test may break on purpose.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const specDir = fileURLToPath(new URL('../../spec', import.meta.url));

export interface SpecCopy {
  root: string;
  /** Replaces `from` with `to` in one file of the copy; fails if `from` is not there. */
  edit(file: string, from: string, to: string): Promise<void>;
  remove(): Promise<void>;
}

export async function copySpec(): Promise<SpecCopy> {
  const dir = await mkdtemp(join(tmpdir(), 'smh-spec-'));
  await cp(specDir, dir, { recursive: true });
  return {
    root: join(dir, 'openapi.yaml'),
    async edit(file, from, to) {
      const path = join(dir, file);
      const text = await readFile(path, 'utf8');
      if (!text.includes(from)) throw new Error(`${file} has no ${JSON.stringify(from)}`);
      await writeFile(
        path,
        text.replace(from, () => to),
      ); // a function: `$'` in `to` stays literal
    },
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}
