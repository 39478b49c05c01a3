// Compiles the 200 body's schema into a standalone validator module with Ajv,
// at generate time: no code is compiled at run time (safe under a strict
// Content-Security-Policy) and the module needs no library at run time.
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { _Code } from 'ajv/dist/compile/codegen/code.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import ts from 'typescript';
import { parseDateTime } from '../src/contract/date-time.ts';
import type { OpenApiDocument } from './spec.ts';

/**
 * The bounds of the spec's integer formats. Whether a value is an integer at
 * all is `type: integer`'s to say (1.5 is one error, not two): the format
 * only bounds it.
 */
export const integerFormats = {
  int32: { min: -(2 ** 31), max: 2 ** 31 - 1 },
  // A JSON number is exact only up to 2^53: a wider one would not arrive intact.
  int64: { min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER },
};

/**
 * src/date-time.ts as JavaScript, to put in the generated module: the
 * validator then reads date-times with the planner's own parseDateTime.
 * Transpiled from the file rather than taken from `parseDateTime.toString()`,
 * whose text depends on the loader that compiled it (tsx prints it
 * minified, Vitest reformatted with its comments): generated/ must be the
 * same whichever runs the generation.
 */
function dateTimeSource(): string {
  const source = readFileSync(new URL('../src/contract/date-time.ts', import.meta.url), 'utf8');
  const options = { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, removeComments: true };
  const code = ts.transpileModule(source, { compilerOptions: options }).outputText.trim();
  // The one exported function, and nothing else for it to need.
  if (!code.startsWith(`export function ${parseDateTime.name}(`) || /^(?:import|export)\b/m.test(code.slice('export'.length))) {
    throw new Error('src/date-time.ts must hold exactly one exported function, parseDateTime, and import nothing');
  }
  return code.slice('export '.length);
}

/** The formats as the generated module defines them, each validate an expression of its own. */
function formatsSource(): string {
  const dateTime = `"date-time": {validate: (s) => ${parseDateTime.name}(s) !== undefined}`;
  const integers = Object.entries(integerFormats).map(
    ([name, { min, max }]) => `"${name}": {type: "number", validate: (n) => n >= ${min} && n <= ${max}}`,
  );
  return `{${[dateTime, ...integers].join(', ')}}`;
}

/**
 * The schema document Ajv compiles: UploadTask with its components, refs
 * rewritten to this document, annotations dropped (they would only add bytes).
 */
export function uploadTaskSchema(spec: OpenApiDocument): Record<string, unknown> {
  // Annotations and `x-` extensions (`x-extensible-enum` lists known values, it constrains nothing).
  const text = JSON.stringify(spec.components.schemas, (key, value) =>
    key === 'description' || key === 'example' || key.startsWith('x-') ? undefined : value,
  );
  const definitions = JSON.parse(text.replaceAll('#/components/schemas/', '#/definitions/'));
  return { $id: 'smh-upload-contract/UploadTask', $ref: '#/definitions/UploadTask', definitions };
}

export function validatorModule(spec: OpenApiDocument): string {
  const ajv = new (Ajv as unknown as typeof Ajv.default)({
    allErrors: true,
    strict: true,
    // A field counts only as the object's own: a JSON body has no inherited ones.
    ownProperties: true,
    code: { source: true, esm: true, formats: new _Code(formatsSource()) },
  });
  // The same checks in process: what Ajv compiles is the source above.
  ajv.addFormat('date-time', { validate: (text: string) => parseDateTime(text) !== undefined });
  for (const [name, { min, max }] of Object.entries(integerFormats)) {
    ajv.addFormat(name, { type: 'number', validate: (n) => n >= min && n <= max });
  }
  const validate = ajv.compile(uploadTaskSchema(spec));
  // A function declaration: hoisted, so the formats above it may name it.
  return `// Generated from spec/ by \`npm run generate\`. Do not edit.\n${standaloneCode.default(ajv, validate)}\n${dateTimeSource()}\n`;
}

export const validatorTypes = `// Generated from spec/ by \`npm run generate\`. Do not edit.
export interface AjvError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}
export interface ValidateFunction {
  (data: unknown): boolean;
  errors?: AjvError[] | null;
}
export declare const validate: ValidateFunction;
export default validate;
`;
