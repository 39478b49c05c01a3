// A throw-away copy of spec/ that a test breaks on purpose, removed after.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const specDir = fileURLToPath(new URL('../../spec', import.meta.url));

/** An edit of one file of the copy: `from` (which must be there) becomes `to`. */
export type SpecEdit = [file: string, from: string, to: string];

/** Runs `check` on the root file of a copy of spec/ with `edits` made, then removes the copy. */
export async function withBrokenSpec<T>(edits: SpecEdit[], check: (root: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'smh-spec-'));
  try {
    await cp(specDir, dir, { recursive: true });
    for (const [file, from, to] of edits) {
      const path = join(dir, file);
      const text = await readFile(path, 'utf8');
      if (!text.includes(from)) throw new Error(`${file} has no ${JSON.stringify(from)}`);
      // A function: `$'` in `to` stays literal.
      await writeFile(
        path,
        text.replace(from, () => to),
      );
    }
    return await check(join(dir, 'openapi.yaml'));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
