import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { validateUploadTask } from '../../src/index.ts';
import { changed, type Schema, schemaModel } from '../support/body-arbitraries.ts';
import { seed } from '../support/seed.ts';
import { spec } from '../support/spec.ts';

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

  test('every generated body is valid, and comes back as it went in', () => {
    fc.assert(
      fc.property(body, (generated) => {
        const wire = JSON.parse(JSON.stringify(generated));
        expect(validateUploadTask(wire)).toEqual({ valid: true, value: wire });
      }),
      { numRuns: 500 },
    );
  });

  const withoutRequiredField = body.chain((generated) => {
    const required = model.fieldsOf(generated, bodySchema).filter((field) => field.required);
    return fc.record({ body: fc.constant(generated), field: fc.constantFrom(...required.map(({ keys, pointer }) => ({ keys, pointer }))) });
  });

  test('without one required field, at any depth, a body is invalid at exactly that field', () => {
    fc.assert(
      fc.property(withoutRequiredField, ({ body: generated, field }) => {
        const errors = errorsOf(changed(generated, field.keys, { remove: true }));
        expect(errors).toEqual([{ path: field.pointer, message: expect.stringMatching(/ is required but missing$/) }]);
      }),
      { numRuns: 500 },
    );
  });

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

  test('with one value of another JSON type, at any depth, a body is invalid at exactly that value', () => {
    fc.assert(
      fc.property(withRetypedField, ({ body: generated, field, value }) => {
        const errors = errorsOf(changed(generated, field.keys, { value }));
        expect(errors.map((error) => error.path)).toEqual(errors.map(() => field.pointer));
        expect(errors.map((error) => error.message)).toContainEqual(expect.stringMatching(/: expected \w+, got \w+$/));
      }),
      { numRuns: 500 },
    );
  });
});
