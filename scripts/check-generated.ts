// Fails when generated/ differs from a fresh generation of spec/: a spec
// change committed without `npm run generate`, or a generated file edited.
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateArtifacts, repoRoot } from './generate.ts';

export async function staleArtifacts(specRoot?: string, generatedDir = join(repoRoot, 'generated')): Promise<string[]> {
  const fresh = await generateArtifacts(specRoot);
  const stale: string[] = [];
  for (const [name, text] of fresh) {
    const committed = await readFile(join(generatedDir, name), 'utf8').catch(() => undefined);
    if (committed !== text) stale.push(name);
  }
  return stale;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const stale = await staleArtifacts();
  if (stale.length > 0) {
    console.error(`generated/ is out of date with spec/ (${stale.join(', ')}). Run \`npm run generate\` and commit the result.`);
    process.exit(1);
  }
  console.log('generated/ is in sync with spec/');
}
