// Derives every artifact in generated/ from the hand-written spec/.
// `npm run generate` writes them; the sync check writes them to a temporary
// folder and compares, so both run exactly this code.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import openapiTS, { astToString } from 'openapi-typescript';
import { stringify } from 'yaml';
import { deriveMockSpec, deriveProxySpec } from './derive-mock-spec.ts';
import { validatorModule, validatorTypes } from './build-validator.ts';

const run = promisify(execFile);
export const repoRoot = resolve(fileURLToPath(import.meta.url), '../..');
const redocly = join(repoRoot, 'node_modules/.bin/redocly');

export type OpenApiDocument = Record<string, any>;

/** Bundles the multi-file spec into one document (refs inside it stay local). */
export async function bundleSpec(specRoot: string): Promise<OpenApiDocument> {
  const dir = await mkdtemp(join(tmpdir(), 'smh-bundle-'));
  try {
    const out = join(dir, 'openapi.json');
    await run(redocly, ['bundle', specRoot, '--output', out], { env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' } });
    return JSON.parse(await readFile(out, 'utf8'));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Every generated file, by name, as text. */
export async function generateArtifacts(specRoot = join(repoRoot, 'spec/openapi.yaml')): Promise<Map<string, string>> {
  const spec = await bundleSpec(specRoot);
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  const types = astToString(await openapiTS(spec as any, { rootTypes: false }));
  return new Map([
    ['openapi.json', json(spec)],
    ['openapi.yaml', stringify(spec, { lineWidth: 0 })],
    ['openapi.mock.json', json(deriveMockSpec(spec))],
    ['openapi.proxy.json', json(deriveProxySpec(spec))],
    ['schema.d.ts', `// Generated from spec/ by \`npm run generate\`. Do not edit.\n${types}`],
    ['validate-upload-task.js', validatorModule(spec)],
    ['validate-upload-task.d.ts', validatorTypes],
  ]);
}

export async function writeArtifacts(outDir: string, artifacts: Map<string, string>): Promise<void> {
  await mkdir(outDir, { recursive: true });
  await Promise.all([...artifacts].map(([name, text]) => writeFile(join(outDir, name), text)));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outDir = join(repoRoot, 'generated');
  await writeArtifacts(outDir, await generateArtifacts());
  console.log(`generated/ written from spec/`);
}
