// The contract's schemas as JSON Schema, converted from the bundled spec by a
// maintained converter: what Dredd's hooks give it (draft-04, for gavel) and
// what the contract suite compiles with Ajv to judge the calls' answers.
import { fromSchema } from '@openapi-contrib/openapi-schema-to-json-schema';
import Ajv from 'ajv';
import { parseDateTime } from '../../src/contract/date-time.ts';
import { spec } from './spec.ts';

// Dredd's validator (gavel 9, on Ajv 6) refuses to compile a schema with a
// format it does not know (OpenAPI's int32, int64): those go. The converter
// has already turned int32 and int64 into their bounds.
const AJV6_FORMATS = new Set(['date-time', 'date', 'time', 'email', 'hostname', 'ipv4', 'ipv6', 'uri', 'uri-reference', 'uuid', 'regex']);

/** An OpenAPI schema (dereferenced) as JSON Schema draft-04, every $ref inlined. */
export function jsonSchemaOf(schema: unknown): Record<string, any> {
  return fromSchema(schema as object, {
    cloneSchema: true,
    afterTransform: (node: Record<string, any>) => {
      if (typeof node.format === 'string' && !AJV6_FORMATS.has(node.format)) delete node.format;
      return node;
    },
  }) as Record<string, any>;
}

const ajv = new (Ajv as unknown as typeof Ajv.default)({ allErrors: true, strict: false });
ajv.addFormat('date-time', { validate: (text: string) => parseDateTime(text) !== undefined });
const compiled = new Map<string, ReturnType<typeof ajv.compile>>();

/** What is wrong with `body` as the named component schema (`UploadStarted`), one message each; empty when nothing is. */
export function schemaProblems(name: string, body: unknown): string[] {
  let validate = compiled.get(name);
  if (validate === undefined) {
    const { $schema, ...schema } = jsonSchemaOf(spec.components.schemas[name]);
    validate = ajv.compile(schema);
    compiled.set(name, validate);
  }
  return validate(body) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath || 'the body'} ${error.message}`);
}
