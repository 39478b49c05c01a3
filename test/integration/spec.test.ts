// The spec's own guarantees: strict lint, examples valid against their
// schemas, test keys that pair with examples, and the checks that keep
// generated/ derived from spec/.
import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, test } from 'vitest';
import { validateUploadTask } from '../../src/index.ts';
import { command, lint, script } from '../support/command.ts';
import { documentedCodes, example, testKeyPairs } from '../support/spec.ts';
import { copySpec, type SpecCopy } from '../support/spec-copy.ts';

let copy: SpecCopy | undefined;
afterEach(async () => {
  await copy?.remove();
  copy = undefined;
});

describe('lint', () => {
  test('the spec passes strict lint with no error and no warning', async () => {
    const { code, output } = await lint('spec/openapi.yaml');
    expect(code).toBe(0);
    expect(output.trim()).toMatch(/^\S*spec\/openapi\.yaml: no problems$/);
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

  test('each names a response example and is `example-` and that name', () => {
    for (const [name, key] of pairs) expect(key).toBe(`example-${name}`);
    expect(new Set(pairs.map(([, key]) => key)).size).toBe(pairs.length);
  });

  test('the README lists every key with the status it answers', async () => {
    const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
    for (const [, key, status] of pairs) expect(readme).toMatch(new RegExp(`^\\| \`${key}\` \\| ${status} \\|`, 'm'));
  });

  test('every example a task can meet has a key: the 200s and every 403, 404, 429 and 5xx', () => {
    const meetable = ['200', '403', '404', '429', '500', '503'].flatMap(documentedCodes);
    expect(pairs.map(([name]) => name).sort()).toEqual(meetable.sort());
  });

  test('a key that pairs with no response example stops generation, naming it', async () => {
    copy = await copySpec();
    await copy.edit('components/parameters/ConfirmKey.yaml', '  SpaceBanned:\n', '  SpaceBannedTypo:\n');
    const { code, output } = await script('check-generated', ['--spec', copy.root]);
    expect(code).not.toBe(0);
    expect(output).toContain('the ConfirmKey example SpaceBannedTypo pairs with no response example of that name');
  });

  test("a default response's example without its status (x-status) stops generation, naming it", async () => {
    copy = await copySpec();
    await copy.edit('components/examples/errors/URITooLong.yaml', 'x-status: 414\n', '');
    const { code, output } = await script('check-generated', ['--spec', copy.root]);
    expect(code).not.toBe(0);
    expect(output).toContain("the default response's example URITooLong names no status (x-status)");
  });
});

describe('named examples', () => {
  const situations = documentedCodes('200');

  test('the 200 response documents the situations a resuming uploader meets', () => {
    expect(situations.sort()).toEqual(['confirmed', 'directoryDeleted', 'multipartExpired', 'multipartInProgress', 'simpleUpload']);
  });

  test.each(situations)('%s is valid against the 200 schema', (name) => {
    expect(validateUploadTask(example(name))).toEqual({ valid: true, value: example(name) });
  });

  test('the multipart example keeps the ETag quotes and PascalCase part keys', () => {
    const value = example('multipartInProgress');
    expect(Object.keys(value.parts[0])).toEqual(['PartNumber', 'LastModified', 'ETag', 'Size']);
    expect(value.parts[0].ETag).toBe('"39270a968a357d24207e9911162507eb"');
    expect(Array.isArray(value.uploadPartInfo)).toBe(false);
  });
});

describe('generated/', () => {
  test("a field's type changed in spec/ without regenerating is caught, naming what is stale", async () => {
    copy = await copySpec();
    await copy.edit(
      'components/schemas/UploadTask.yaml',
      'availableDomainNum:\n    type: integer\n    format: int32\n    minimum: 0',
      'availableDomainNum:\n    type: string',
    );
    const { code, output } = await script('check-generated', ['--spec', copy.root]);
    expect(code).toBe(1);
    for (const name of ['openapi.json', 'schema.d.ts', 'validate-upload-task.js', 'openapi.mock.json']) expect(output).toContain(name);
  });

  test.each(['validate-upload-task.js', 'mock-contract.js'])(
    '%s imports nothing and runs where code generation from strings is forbidden (strict CSP)',
    async (name) => {
      const file = new URL(`../../generated/${name}`, import.meta.url).pathname;
      expect(await readFile(file, 'utf8')).not.toMatch(/\bimport\b|\brequire\(/);
      const probe = `import * as module from ${JSON.stringify(file)}; console.log(Object.keys(module).length > 0);`;
      const { code, output } = await command(process.execPath, [
        '--disallow-code-generation-from-strings',
        '--input-type=module',
        '-e',
        probe,
      ]);
      expect(output.trim()).toBe('true');
      expect(code).toBe(0);
    },
  );
});
