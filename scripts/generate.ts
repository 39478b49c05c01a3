// Derives every artifact in generated/ from the hand-written spec/.
// `npm run generate` writes them; the sync check writes them to a temporary
// folder and compares, so both run exactly this code.
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import openapiTS, { astToString, STRING, tsIntersection, tsLiteral, tsUnion } from 'openapi-typescript';
import ts from 'typescript';
import { stringify } from 'yaml';
import { mockContractModule, mockContractTypes } from './build-operations.ts';
import { validatorModule, validatorTypes } from './build-validator.ts';
import { deriveMockSpec, deriveProxySpec } from './derive-mock-spec.ts';
import { bundleSpec, type OpenApiDocument, repoRoot, specRoot } from './spec.ts';

/** Every generated file, by name, as text. */
export async function generateArtifacts(root = specRoot): Promise<Map<string, string>> {
  const [spec, dereferenced] = await Promise.all([bundleSpec(root), bundleSpec(root, { dereference: true })]);
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  const types = astToString(await openapiTS(typeSource(spec) as any, { rootTypes: false, transform: extensibleEnumType }));
  return new Map([
    ['openapi.json', json(spec)],
    // YAML 1.1, so that readers of that version (PyYAML, SnakeYAML) keep date-like strings as strings.
    ['openapi.yaml', stringify(spec, { lineWidth: 0, version: '1.1' })],
    ['openapi.mock.json', json(deriveMockSpec(spec))],
    ['openapi.proxy.json', json(deriveProxySpec(spec))],
    ['schema.d.ts', `// Generated from spec/ by \`npm run generate\`. Do not edit.\n${types}`],
    ['validate-upload-task.js', validatorModule(spec)],
    ['validate-upload-task.d.ts', validatorTypes],
    ['operations.js', mockContractModule(dereferenced)],
    ['operations.d.ts', mockContractTypes(dereferenced)],
  ]);
}

/**
 * The spec as openapi-typescript reads it: `additionalProperties: true` left
 * out. It means the same in JSON Schema, but would give every object an index
 * signature, so that a misspelt field reads as `unknown` instead of failing
 * to compile; TypeScript objects tolerate extra fields anyway.
 */
function typeSource(spec: OpenApiDocument): OpenApiDocument {
  return JSON.parse(JSON.stringify(spec), (key, value) => (key === 'additionalProperties' && value === true ? undefined : value));
}

/**
 * An open set of strings (`x-extensible-enum`) as its known values or any
 * other string: editors suggest the known ones, and a new value the service
 * sends still type-checks (`(string & {})` keeps the literals from collapsing
 * into `string`).
 */
function extensibleEnumType(schema: Record<string, any>): ts.TypeNode | undefined {
  const known = schema['x-extensible-enum'];
  if (!Array.isArray(known) || schema.type !== 'string') return undefined;
  const anyOtherString = tsIntersection([STRING, ts.factory.createTypeLiteralNode([])]);
  return tsUnion([...known.map((value: string) => tsLiteral(value)), anyOtherString]);
}

export async function writeArtifacts(outDir: string, artifacts: Map<string, string>): Promise<void> {
  await mkdir(outDir, { recursive: true });
  await Promise.all([...artifacts].map(([name, text]) => writeFile(join(outDir, name), text)));
}

// `npm run generate [-- --spec <root.yaml> --out <dir>]`: generated/ from spec/ by default.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: { spec: { type: 'string', default: specRoot }, out: { type: 'string', default: join(repoRoot, 'generated') } },
  });
  await writeArtifacts(values.out, await generateArtifacts(values.spec));
  console.log(`${values.out} written from ${values.spec}`);
}
