// The spec's own guarantees: strict lint, examples valid against their
// schemas, test keys that pair with examples, and the checks that keep
// generated/ derived from spec/.
import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { validateUploadTask } from '../../src/index.ts';
import { command, lint, script } from '../support/command.ts';
import { documentedCodes, example, operations, testKeyPairs } from '../support/spec.ts';
import { withBrokenSpec } from '../support/spec-copy.ts';

const checkGenerated = (root: string) => script('check-generated', ['--spec', root]);

// Each check runs a command on its own copy of the spec: side by side.
describe.concurrent('lint (`npm run lint`, which npm test runs on the spec itself)', () => {
  test('an example that breaks its schema fails lint, naming the field', async () => {
    const edit = ['components/examples/upload-task/simpleUpload.yaml', 'availableDomainNum: 1', 'availableDomainNum: "1"'] as const;
    const { code, output } = await withBrokenSpec([[...edit]], lint);
    expect(code).not.toBe(0);
    expect(output).toContain('no-invalid-media-type-examples');
    expect(output).toContain('availableDomainNum');
  });

  test('an error example without its code fails lint, naming the example and the missing property', async () => {
    const { code, output } = await withBrokenSpec(
      [['components/examples/errors/UploadNotFound.yaml', '  code: UploadNotFound\n', '']],
      lint,
    );
    expect(code).not.toBe(0);
    expect(output).toContain('no-invalid-media-type-examples');
    expect(output).toMatch(/UploadNotFound\.yaml/);
    expect(output).toMatch(/must have required property 'code'/);
  });
});

describe.concurrent('the test keys (the examples of ConfirmKey and FilePath)', () => {
  test('each is `example-` and the name of the example it answers, on every call that documents one', () => {
    const keys = operations.flatMap((operation) => Object.entries(operation.testKeys));
    expect(keys.length).toBeGreaterThan(40);
    for (const [key, name] of keys) expect(key).toMatch(new RegExp(`^example-${name}\\b`));
  });

  test('every answer of the status call a task can meet has a key: the 200s and every 403, 404, 429 and 5xx', () => {
    const meetable = ['200', '403', '404', '429', '500', '503'].flatMap(documentedCodes);
    expect(
      testKeyPairs()
        .map(([name]) => name)
        .sort(),
    ).toEqual(meetable.sort());
  });

  test('a key that pairs with no response example stops generation, naming it', async () => {
    const { code, output } = await withBrokenSpec(
      [['components/parameters/ConfirmKey.yaml', '  SpaceBanned:\n', '  SpaceBannedTypo:\n']],
      checkGenerated,
    );
    expect(code).not.toBe(0);
    expect(output).toContain('the ConfirmKey example SpaceBannedTypo pairs with no response example of that name');
  });

  test("a default response's example without its status (x-status) stops generation, naming it", async () => {
    const { code, output } = await withBrokenSpec([['components/examples/errors/URITooLong.yaml', 'x-status: 414\n', '']], checkGenerated);
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

describe.concurrent('generated/', () => {
  test("a field's type changed in spec/ without regenerating is caught, naming what is stale", async () => {
    const retyped = 'availableDomainNum:\n    type: integer\n    format: int32\n    minimum: 0';
    const edit: [string, string, string] = ['components/schemas/UploadTask.yaml', retyped, 'availableDomainNum:\n    type: string'];
    const { code, output } = await withBrokenSpec([edit], checkGenerated);
    expect(code).toBe(1);
    for (const name of ['openapi.json', 'schema.d.ts', 'validate-upload-task.js', 'openapi.mock.json']) expect(output).toContain(name);
  });

  test.each(['validate-upload-task.js', 'operations.js'])(
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
