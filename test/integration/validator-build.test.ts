// The validator build: the spec's integer formats bound the values they
// describe even where the spec states no bound, and the date-time format is
// src/date-time.ts's parseDateTime, carried into the module.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { script } from '../support/command.ts';
import { example } from '../support/spec.ts';
import { copySpec, type SpecCopy } from '../support/spec-copy.ts';

let copy: SpecCopy;
let out: string;
let validate: (value: unknown) => boolean;
beforeAll(async () => {
  // One spec without the bounds the formats must stand in for: Size's minimum and maximum, availableDomainNum's minimum.
  copy = await copySpec();
  await copy.edit('components/schemas/UploadPart.yaml', '    minimum: 0\n    maximum: 5368709120\n', '');
  await copy.edit('components/schemas/UploadTask.yaml', '    format: int32\n    minimum: 0\n', '    format: int32\n');
  out = await mkdtemp(join(tmpdir(), 'smh-validator-'));
  const { code, output } = await script('generate', ['--spec', copy.root, '--out', out], 60_000);
  if (code !== 0) throw new Error(output);
  validate = (await import(/* @vite-ignore */ pathToFileURL(join(out, 'validate-upload-task.js')).href)).validate;
}, 60_000);
afterAll(() => Promise.all([copy?.remove(), out && rm(out, { recursive: true, force: true })]));

const task = example('multipartInProgress');
const withSize = (Size: number) => ({ ...task, parts: [{ ...task.parts[0], Size }] });
const domains = (availableDomainNum: number) => validate({ ...task, availableDomainNum });

describe('integer formats, where the spec states no bound', () => {
  test('int64: a safe integer at most, either side of zero', () => {
    expect([withSize(Number.MAX_SAFE_INTEGER), withSize(Number.MIN_SAFE_INTEGER)].map(validate)).toEqual([true, true]);
    expect([withSize(2 ** 53), withSize(9e18), withSize(-(2 ** 53))].map(validate)).toEqual([false, false, false]);
  });

  test('int32: -2^31 to 2^31 - 1', () => {
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
