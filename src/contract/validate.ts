// validateUploadTask: the 200 body's schema, compiled from the spec at
// generate time (no code is compiled at run time).
import { validate } from '../../generated/validate-upload-task.js';
import type { UploadTask } from './types.js';

export interface UploadTaskViolation {
  /** JSON Pointer to the offending field; for a missing property, to that property. */
  path: string;
  message: string;
}

export type UploadTaskValidation = { valid: true; value: UploadTask } | { valid: false; errors: UploadTaskViolation[] };

export function validateUploadTask(value: unknown): UploadTaskValidation {
  if (validate(value)) return { valid: true, value: value as UploadTask };
  // Ajv sets `errors` whenever it answers false.
  return { valid: false, errors: violationsOf(validate.errors!, value) };
}

/** What the compiled validator's errors say of `value`, one violation each, named by JSON Pointer and by field. */
export function violationsOf(errors: AjvError[], value: unknown): UploadTaskViolation[] {
  return errors.map((error) => {
    const missing = error.keyword === 'required' ? String(error.params.missingProperty) : undefined;
    const path = missing === undefined ? error.instancePath : `${error.instancePath}/${escapePointer(missing)}`;
    const field = path === '' ? 'the body' : path.slice(1).replaceAll('/', '.');
    return { path, message: missing === undefined ? `${field}: ${describe(error, value, path)}` : `${field}: is required but missing` };
  });
}

/** The fields of an Ajv error this module reads. */
interface AjvError {
  keyword: string;
  instancePath: string;
  message?: string;
  params: Record<string, unknown>;
}

/** A property name as one JSON Pointer token (RFC 6901). */
function escapePointer(key: string): string {
  return key.replaceAll('~', '~0').replaceAll('/', '~1');
}

function describe(error: AjvError, root: unknown, pointer: string): string {
  if (error.keyword === 'type') return `expected ${error.params.type}, got ${kindOf(at(root, pointer))}`;
  if (error.keyword === 'format') {
    const value = at(root, pointer);
    // Formats of numbers (int32, int64) bound integers; the others shape strings.
    const expected = typeof value === 'number' ? `an integer of format ${error.params.format}` : `a ${error.params.format} string`;
    return `expected ${expected}, got ${JSON.stringify(value)}`;
  }
  return error.message ?? error.keyword;
}

function at(root: unknown, pointer: string): unknown {
  let node = root;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    // Ajv points only into objects and arrays the body has: every step but the last is one.
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (Number.isInteger(value)) return 'integer';
  return typeof value;
}
