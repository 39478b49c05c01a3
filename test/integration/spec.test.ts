// The spec's own guarantees: strict lint, examples valid against their
// schemas, and generated/ in sync with spec/.
import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, test } from 'vitest';
import { staleArtifacts } from '../../scripts/check-generated.ts';
import { validateUploadTask } from '../../src/index.ts';
import { lint } from '../support/command.ts';
import { copySpec, type SpecCopy } from '../support/spec-copy.ts';
import { documentedCodes, operation, testKeyPairs } from '../support/spec.ts';

const canonical = JSON.parse(await readFile(new URL('../../generated/openapi.json', import.meta.url), 'utf8'));

let copy: SpecCopy | undefined;
afterEach(async () => {
  await copy?.remove();
  copy = undefined;
});

describe('lint', () => {
  test('the spec passes strict lint with no error and no warning', async () => {
    const { code, output } = await lint('spec/openapi.yaml');
    expect(code).toBe(0);
    // Redocly prints a boxed Node 20 deprecation banner on every run; lint findings are outside it.
    expect(output.replace(/^\s*[╔║╚].*$/gm, '')).not.toMatch(/warning/i);
    expect(output).toContain('Your API description is valid');
  });

  test('an example that breaks its schema fails lint, naming the field', async () => {
    copy = await copySpec();
    await copy.edit('components/examples/upload-task/simpleUpload.yaml', 'availableDomainNum: 1', 'availableDomainNum: "1"');
    const { code, output } = await lint(copy.root);
    expect(code).not.toBe(0);
    expect(output).toContain('no-invalid-media-type-examples');
    expect(output).toContain('availableDomainNum');
  });

  test('an error example without its code fails lint, naming the example and the missing property', async () => {
    copy = await copySpec();
    await copy.edit('components/examples/errors/UploadNotFound.yaml', '  code: UploadNotFound\n', '');
    const { code, output } = await lint(copy.root);
    expect(code).not.toBe(0);
    expect(output).toContain('no-invalid-media-type-examples');
    expect(output).toMatch(/UploadNotFound\.yaml/);
    expect(output).toMatch(/must have required property 'code'/);
  });
});

describe('the test keys (ConfirmKey examples)', () => {
  const pairs = testKeyPairs();
  const responseExamples = (status: string) => (status === '200' ? Object.keys(operation.responses['200'].content['application/json'].examples) : documentedCodes(status));

  test('each names a response example and is `example-` and that name', () => {
    for (const [name, key] of pairs) expect(key).toBe(`example-${name}`);
    expect(new Set(pairs.map(([, key]) => key)).size).toBe(pairs.length);
  });

  test('the README lists every key with the status it answers', async () => {
    const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
    for (const [, key, status] of pairs) expect(readme).toMatch(new RegExp(`^\\| \`${key}\` \\| ${status} \\|`, 'm'));
  });

  test('every example a task can meet has a key: the 200s and every 403, 404, 429 and 5xx', () => {
    const meetable = ['200', '403', '404', '429', '500', '503'].flatMap(responseExamples);
    expect(pairs.map(([name]) => name).sort()).toEqual(meetable.sort());
  });

  test('a key that pairs with no response example stops the mocks from loading, naming it', async () => {
    copy = await copySpec();
    await copy.edit('components/parameters/ConfirmKey.yaml', '  SpaceBanned:\n', '  SpaceBannedTypo:\n');
    const { readContract } = await import('../../src/mock/contract.ts');
    const { readTestKeys } = await import('../../src/mock/test-keys.ts');
    const { generateArtifacts } = await import('../../scripts/generate.ts');
    const mock = JSON.parse((await generateArtifacts(copy.root)).get('openapi.mock.json')!);
    expect(() => readTestKeys(readContract(mock))).toThrow('the ConfirmKey example SpaceBannedTypo pairs with no response example of that name');
  });
});

describe('named examples', () => {
  const examples = canonical.components.examples as Record<string, { value: unknown }>;
  const okExamples = canonical.paths['/api/v1/file/{LibraryId}/{SpaceId}/{ConfirmKey}'].get.responses['200'].content['application/json'].examples;

  test('the 200 response documents the four situations a resuming uploader meets', () => {
    expect(Object.keys(okExamples).sort()).toEqual(['confirmed', 'directoryDeleted', 'multipartInProgress', 'simpleUpload']);
  });

  test.each(['multipartInProgress', 'simpleUpload', 'confirmed', 'directoryDeleted'])('%s is valid against the 200 schema', (name) => {
    const { value } = examples[okExamples[name].$ref.split('/').pop()]!;
    expect(validateUploadTask(value)).toEqual({ valid: true, value });
  });

  test('the multipart example keeps the ETag quotes and PascalCase part keys', () => {
    const value = examples.multipartInProgress!.value as { parts: Array<Record<string, unknown>>; uploadPartInfo: unknown };
    expect(Object.keys(value.parts[0]!)).toEqual(['PartNumber', 'LastModified', 'ETag', 'Size']);
    expect(value.parts[0]!.ETag).toBe('"39270a968a357d24207e9911162507eb"');
    expect(Array.isArray(value.uploadPartInfo)).toBe(false);
  });
});

describe('generated/', () => {
  test('is in sync with spec/', async () => {
    expect(await staleArtifacts()).toEqual([]);
  });

  test("a field's type changed in spec/ without regenerating is caught", async () => {
    copy = await copySpec();
    await copy.edit('components/schemas/UploadTask.yaml', 'availableDomainNum:\n    type: integer\n    format: int32\n    minimum: 0', 'availableDomainNum:\n    type: string');
    const stale = await staleArtifacts(copy.root);
    expect(stale).toEqual(expect.arrayContaining(['openapi.json', 'schema.d.ts', 'validate-upload-task.js', 'openapi.mock.json']));
  });
});
