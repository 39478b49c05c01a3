// validateUploadTask on bodies generated from the spec's own schema (so a
// change to the spec changes what is generated), and on one-field changes of
// them: it accepts every valid body and names the field of every invalid one.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { validateUploadTask } from '../../src/index.ts';
import { dateTime } from '../support/date-times.ts';
import { seed } from '../support/seed.ts';
import { spec } from '../support/spec.ts';

interface Schema {
  type?: string;
  nullable?: boolean;
  enum?: unknown[];
  format?: string;
  minimum?: number;
  maximum?: number;
  /** An open set: the values known today; any other value of the type is allowed too. */
  'x-extensible-enum'?: unknown[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
}

/** A value somewhere in a body, with the schema that governs it. */
interface Field {
  keys: Array<string | number>;
  /** JSON Pointer to the value ('' for the body itself). */
  pointer: string;
  /** The pointer with array indices and map keys as `*`: which field of the schema this is. */
  pattern: string;
  schema: Schema;
  /** A property its object schema lists as required. */
  required: boolean;
}

// Keywords the generator understands. Anything else makes it throw, so a spec
// that gains a constraint (pattern, minLength, oneOf…) cannot be generated
// around silently: teach the generator, then the property holds again.
const understood = new Set([
  'type',
  'nullable',
  'enum',
  'x-extensible-enum',
  'format',
  'minimum',
  'maximum',
  'items',
  'properties',
  'required',
  'additionalProperties',
  'description',
  'example',
]);

const integerFormats: Record<string, [number, number]> = {
  int32: [-(2 ** 31), 2 ** 31 - 1],
  int64: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER], // what a JSON number holds exactly
};

/** Generators and readers for schemas with every $ref resolved (test/support/spec.ts dereferences them). */
function schemaModel() {
  function arbitraryFor(schema: Schema): fc.Arbitrary<unknown> {
    const unknownKeywords = Object.keys(schema).filter((keyword) => !understood.has(keyword));
    if (unknownKeywords.length > 0)
      throw new Error(`the body generator does not understand ${unknownKeywords.join(', ')} (in ${JSON.stringify(schema).slice(0, 120)})`);
    const value = nonNullValueOf(schema);
    return schema.nullable ? fc.option(value, { nil: null, freq: 4 }) : value;
  }

  function nonNullValueOf(schema: Schema): fc.Arbitrary<unknown> {
    if (schema.enum !== undefined) return fc.constantFrom(...schema.enum);
    const known = schema['x-extensible-enum'];
    if (known !== undefined) return fc.oneof(fc.constantFrom(...known), nonNullValueOf({ ...schema, 'x-extensible-enum': undefined }));
    switch (schema.type) {
      case 'boolean':
        return fc.boolean();
      case 'string':
        if (schema.format === 'date-time') return dateTime;
        if (schema.format !== undefined) throw new Error(`the body generator does not know string format ${schema.format}`);
        // every code unit (lone surrogates included), and whole graphemes
        return fc.oneof(fc.string({ unit: 'binary', maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 12 }));
      case 'integer':
        return integerIn(schema);
      case 'number':
        return fc.double({
          noNaN: true,
          noDefaultInfinity: true,
          ...(schema.minimum === undefined ? {} : { min: schema.minimum }),
          ...(schema.maximum === undefined ? {} : { max: schema.maximum }),
        });
      case 'array':
        if (schema.items === undefined) throw new Error('an array schema without items');
        return fc.array(arbitraryFor(schema.items), { maxLength: 4 });
      case 'object':
        return objectOf(schema);
      default:
        throw new Error(`the body generator does not know type ${schema.type}`);
    }
  }

  function integerIn(schema: Schema): fc.Arbitrary<number> {
    if (schema.format !== undefined && integerFormats[schema.format] === undefined)
      throw new Error(`the body generator does not know integer format ${schema.format}`);
    const [low, high] = integerFormats[schema.format ?? 'int64']!;
    const min = Math.max(low, schema.minimum ?? low);
    const max = Math.min(high, schema.maximum ?? high);
    return fc.bigInt({ min: BigInt(Math.ceil(min)), max: BigInt(Math.floor(max)) }).map(Number);
  }

  function objectOf(schema: Schema): fc.Arbitrary<Record<string, unknown>> {
    const properties = schema.properties ?? {};
    const required = schema.required ?? [];
    const listed = fc.record(
      Object.fromEntries([
        ...required.map((name) => [name, fc.jsonValue()] as const),
        ...Object.entries(properties).map(([name, property]) => [name, arbitraryFor(property)] as const),
      ]),
      { requiredKeys: required },
    );
    // Keys not listed: a map's entries, or fields the contract does not know
    // (allowed unless additionalProperties is false).
    const extra = schema.additionalProperties;
    const extraValue = extra === false ? undefined : typeof extra === 'object' ? arbitraryFor(extra) : fc.jsonValue({ maxDepth: 2 });
    const extraKey = propertyName.filter((key) => !Object.hasOwn(properties, key));
    const extras =
      extraValue === undefined
        ? fc.constant([])
        : fc.uniqueArray(fc.tuple(extraKey, extraValue), { maxLength: 3, selector: ([key]) => key });
    // Object.fromEntries defines own properties, so "__proto__" stays a key.
    return fc.tuple(listed, extras).map(([known, more]) => Object.fromEntries([...Object.entries(known), ...more]));
  }

  /** Every value in `body` that the schema governs, the body itself first. */
  function fieldsOf(body: unknown, schema: Schema, keys: Array<string | number> = [], pattern = '', required = false): Field[] {
    const resolved = schema;
    const fields: Field[] = [{ keys, pointer: pointerTo(keys), pattern, schema: resolved, required }];
    if (Array.isArray(body) && resolved.items !== undefined) {
      for (const [index, item] of body.entries()) fields.push(...fieldsOf(item, resolved.items!, [...keys, index], `${pattern}/*`));
    } else if (isObject(body) && resolved.type === 'object') {
      const properties = resolved.properties ?? {};
      for (const key of Object.keys(body)) {
        if (Object.hasOwn(properties, key)) {
          fields.push(
            ...fieldsOf(
              body[key],
              properties[key]!,
              [...keys, key],
              `${pattern}${pointerTo([key])}`,
              resolved.required?.includes(key) ?? false,
            ),
          );
        } else if (typeof resolved.additionalProperties === 'object') {
          fields.push(...fieldsOf(body[key], resolved.additionalProperties, [...keys, key], `${pattern}/*`));
        }
      }
    }
    return fields;
  }

  /** The pattern of every field the schema describes (see Field.pattern). */
  function patternsOf(schema: Schema, pattern = ''): string[] {
    const resolved = schema;
    const children: Array<[string, Schema]> = [
      ...Object.entries(resolved.properties ?? {}).map(([key, child]): [string, Schema] => [`${pattern}${pointerTo([key])}`, child]),
      ...(resolved.items ? [[`${pattern}/*`, resolved.items] as [string, Schema]] : []),
      ...(typeof resolved.additionalProperties === 'object' ? [[`${pattern}/*`, resolved.additionalProperties] as [string, Schema]] : []),
    ];
    return [pattern, ...children.flatMap(([childPattern, child]) => patternsOf(child, childPattern))];
  }

  /** A JSON value of a type the schema does not allow; undefined if it allows any. */
  function otherTypeThan(schema: Schema): fc.Arbitrary<unknown> | undefined {
    const resolved = schema;
    if (resolved.type === undefined) return undefined;
    const allowed = new Set([resolved.type, ...(resolved.type === 'number' ? ['integer'] : []), ...(resolved.nullable ? ['null'] : [])]);
    const others = Object.entries(jsonTypes).filter(([type]) => !allowed.has(type));
    return fc.oneof(...others.map(([, arbitrary]) => arbitrary));
  }

  return {
    bodyOf: (schema: Schema) => arbitraryFor(schema),
    fieldsOf: (body: unknown, schema: Schema) => fieldsOf(body, schema),
    patternsOf: (schema: Schema) => patternsOf(schema),
    otherTypeThan,
  };
}

/** One value of each JSON type; `number` is one that is not an integer. */
const jsonTypes: Record<string, fc.Arbitrary<unknown>> = {
  null: fc.constant(null),
  boolean: fc.boolean(),
  integer: fc.oneof(fc.integer(), fc.maxSafeInteger()),
  number: fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Number.isInteger(n)),
  string: fc.string(),
  array: fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 3 }),
  object: fc.array(fc.tuple(fc.string(), fc.jsonValue({ maxDepth: 1 })), { maxLength: 3 }).map((entries) => Object.fromEntries(entries)),
};

/** Property names, with the ones that trip up code that treats objects as maps. */
const propertyName = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', '', 'a/b', '~', '~1', 'x-cos-acl', 'Authorization'),
);

// ------------------------------------------------------------------ helpers

function pointerTo(keys: Array<string | number>): string {
  return keys.map((key) => `/${String(key).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * A copy of `body` (as JSON carries it) with the value at `keys` removed or
 * replaced. Properties are defined, not assigned, so "__proto__" is a key.
 */
function changed(body: unknown, keys: Array<string | number>, change: { remove: true } | { value: unknown }): unknown {
  if (keys.length === 0) return 'value' in change ? change.value : undefined;
  const copy = JSON.parse(JSON.stringify(body));
  const parent = keys.slice(0, -1).reduce((node, key) => node[key], copy);
  const last = keys.at(-1)!;
  if ('remove' in change) delete parent[last];
  else Object.defineProperty(parent, last, { value: change.value, enumerable: true, writable: true, configurable: true });
  return copy;
}

const operation = spec.paths['/api/v1/file/{LibraryId}/{SpaceId}/{ConfirmKey}'].get;

const model = schemaModel();
// The 200 body's schema, as the operation names it (not a copy of it).
const bodySchema: Schema = operation.responses['200'].content['application/json'].schema;
const body = model.bodyOf(bodySchema);

function errorsOf(value: unknown) {
  const result = validateUploadTask(value);
  if (result.valid) return expect.unreachable('expected the body to be invalid');
  return result.errors;
}

describe('the validator, for bodies generated from the schema', () => {
  test('the generated bodies reach every field the schema describes, null path and unknown fields included', () => {
    const bodies = fc.sample(body, { seed, numRuns: 300 }) as Array<Record<string, unknown>>;
    const reached = new Set(bodies.flatMap((generated) => model.fieldsOf(generated, bodySchema).map((field) => field.pattern)));
    expect([...reached].sort()).toEqual([...new Set(model.patternsOf(bodySchema))].sort());
    expect(bodies.some((generated) => generated.path === null)).toBe(true);
    const known = Object.keys(bodySchema.properties ?? {});
    expect(bodies.some((generated) => Object.keys(generated).some((key) => !known.includes(key)))).toBe(true);
  });

  test.prop([body], { numRuns: 500 })('every generated body is valid, and comes back as it went in', (generated) => {
    const wire = JSON.parse(JSON.stringify(generated));
    expect(validateUploadTask(wire)).toEqual({ valid: true, value: wire });
  });

  const withoutRequiredField = body.chain((generated) => {
    const required = model.fieldsOf(generated, bodySchema).filter((field) => field.required);
    return fc.record({ body: fc.constant(generated), field: fc.constantFrom(...required.map(({ keys, pointer }) => ({ keys, pointer }))) });
  });

  test.prop([withoutRequiredField], { numRuns: 500 })(
    'without one required field, at any depth, a body is invalid at exactly that field',
    ({ body: generated, field }) => {
      const errors = errorsOf(changed(generated, field.keys, { remove: true }));
      expect(errors).toEqual([{ path: field.pointer, message: expect.stringMatching(/ is required but missing$/) }]);
    },
  );

  // Every governed value that has a type, given a value of another JSON type
  // (`null` where nullable and `2` where a number is allowed are not that).
  const withRetypedField = body.chain((generated) => {
    const typed = model.fieldsOf(generated, bodySchema).filter((field) => model.otherTypeThan(field.schema) !== undefined);
    return fc
      .constantFrom(...typed)
      .chain(({ keys, pointer, schema }) =>
        fc.record({ body: fc.constant(generated), field: fc.constant({ keys, pointer }), value: model.otherTypeThan(schema)! }),
      );
  });

  test.prop([withRetypedField], { numRuns: 500 })(
    'with one value of another JSON type, at any depth, a body is invalid at exactly that value',
    ({ body: generated, field, value }) => {
      const errors = errorsOf(changed(generated, field.keys, { value }));
      expect(errors.map((error) => error.path)).toEqual(errors.map(() => field.pointer));
      expect(errors.map((error) => error.message)).toContainEqual(expect.stringMatching(/: expected \w+, got \w+$/));
    },
  );
});
