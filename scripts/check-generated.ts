// `npm run check:generated [-- --spec <root.yaml>]`: fails when generated/
// differs from a fresh generation of the spec: a spec change committed
// without `npm run generate`, or a generated file edited by hand.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateArtifacts } from './generate.ts';
import { repoRoot, specRoot } from './spec.ts';

const { values } = parseArgs({ options: { spec: { type: 'string', default: specRoot } } });
const stale: string[] = [];
for (const [name, text] of await generateArtifacts(values.spec)) {
  const committed = await readFile(join(repoRoot, 'generated', name), 'utf8').catch(() => undefined);
  if (committed !== text) stale.push(name);
}
if (stale.length > 0) {
  console.error(`generated/ is out of date with spec/ (${stale.join(', ')}). Run \`npm run generate\` and commit the result.`);
  process.exitCode = 1;
} else {
  console.log('generated/ is in sync with spec/');
}
