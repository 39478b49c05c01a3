// The validator build: the spec's integer formats bound the values they
// describe even where the spec states no maximum, and the date-time format is
// src/date-time.ts's parseDateTime, carried into the module.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { afterAll, describe, expect, test } from 'vitest';
import { validatorModule } from '../../scripts/build-validator.ts';
import { example, spec } from '../support/spec.ts';

const dir = await mkdtemp(join(tmpdir(), 'smh-validator-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

/** The validator compiled from the spec with `change` made to its schemas, loaded. */
async function validatorFor(name: string, change: (schemas: Record<string, any>) => void): Promise<(value: unknown) => boolean> {
  const variant = structuredClone(spec);
  change(variant.components.schemas);
  const file = join(dir, `${name}.js`);
  await writeFile(file, validatorModule(variant));
  return (await import(/* @vite-ignore */ pathToFileURL(file).href)).validate;
}

const task = example('multipartInProgress');
const withSize = (Size: number) => ({ ...task, parts: [{ ...task.parts[0], Size }] });

describe('integer formats', () => {
  test('int64, without a maximum: a safe integer at most', async () => {
    const validate = await validatorFor('int64', (schemas) => delete schemas.UploadPart.properties.Size.maximum);
    expect(validate(withSize(Number.MAX_SAFE_INTEGER))).toBe(true);
    expect(validate(withSize(2 ** 53))).toBe(false);
    expect(validate(withSize(9e18))).toBe(false);
  });

  test('int64, below its minimum too', async () => {
    const validate = await validatorFor('int64-negative', (schemas) => {
      delete schemas.UploadPart.properties.Size.minimum;
      delete schemas.UploadPart.properties.Size.maximum;
    });
    expect(validate(withSize(Number.MIN_SAFE_INTEGER))).toBe(true);
    expect(validate(withSize(-(2 ** 53)))).toBe(false);
  });

  test('int32, without a minimum or maximum: -2^31 to 2^31 - 1', async () => {
    const validate = await validatorFor('int32', (schemas) => delete schemas.UploadTask.properties.availableDomainNum.minimum);
    const domains = (availableDomainNum: number) => validate({ ...task, availableDomainNum });
    expect([domains(-(2 ** 31)), domains(2 ** 31 - 1)]).toEqual([true, true]);
    expect([domains(-(2 ** 31) - 1), domains(2 ** 31), domains(9e18)]).toEqual([false, false, false]);
  });
});

test('the date-time format is parseDateTime from src/date-time.ts, as the file is written', async () => {
  const source = await readFile(new URL('../../src/date-time.ts', import.meta.url), 'utf8');
  const { outputText } = ts.transpileModule(source, { compilerOptions: { target: ts.ScriptTarget.ES2022, removeComments: true } });
  const module = await readFile(new URL('../../generated/validate-upload-task.js', import.meta.url), 'utf8');
  expect(module).toContain(outputText.trim().replace(/^export /, ''));
  expect(module).toContain('{"date-time": {validate: (s) => parseDateTime(s) !== undefined}');
});
