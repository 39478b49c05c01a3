// Compiles the 200 body's schema into a standalone validator module with Ajv,
// at generate time: no code is compiled at run time (safe under a strict
// Content-Security-Policy) and the module needs no library at run time.
import Ajv from 'ajv';
import { _Code } from 'ajv/dist/compile/codegen/code.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import type { OpenApiDocument } from './spec.ts';

// RFC 3339 date-time (JSON Schema's `date-time`), with real calendar dates.
// Inlined into the generated module, so it carries no runtime dependency.
const dateTimeSource = `{validate: function isDateTime(s) {
  const m = /^(\\d{4})-(\\d{2})-(\\d{2})[Tt](\\d{2}):(\\d{2}):(\\d{2})(?:\\.\\d+)?(?:[Zz]|[+-](\\d{2}):(\\d{2}))$/.exec(s);
  if (m === null) return false;
  const [y, mo, d, h, mi, sec, oh = 0, om = 0] = m.slice(1).map((v) => (v === undefined ? 0 : Number(v)));
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1];
  return days !== undefined && d >= 1 && d <= days && h <= 23 && mi <= 59 && sec <= 60 && oh <= 23 && om <= 59;
}}`;

/**
 * The schema document Ajv compiles: UploadTask with its components, refs
 * rewritten to this document, annotations dropped (they would only add bytes).
 */
export function uploadTaskSchema(spec: OpenApiDocument): Record<string, unknown> {
  // Annotations and `x-` extensions (`x-extensible-enum` lists known values, it constrains nothing).
  const text = JSON.stringify(spec.components.schemas, (key, value) => (key === 'description' || key === 'example' || key.startsWith('x-') ? undefined : value));
  const definitions = JSON.parse(text.replaceAll('#/components/schemas/', '#/definitions/'));
  return { $id: 'smh-upload-contract/UploadTask', $ref: '#/definitions/UploadTask', definitions };
}

export function validatorModule(spec: OpenApiDocument): string {
  const ajv = new (Ajv as unknown as typeof Ajv.default)({
    allErrors: true,
    strict: true,
    code: { source: true, esm: true, formats: new _Code(`{"date-time": ${dateTimeSource}}`) },
  });
  // Integer widths are annotations here: minimum/maximum state the real bounds.
  ajv.addFormat('int32', true).addFormat('int64', true);
  ajv.addFormat('date-time', { validate: () => true });
  const validate = ajv.compile(uploadTaskSchema(spec));
  return `// Generated from spec/ by \`npm run generate\`. Do not edit.\n${standaloneCode.default(ajv, validate)}\n`;
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
