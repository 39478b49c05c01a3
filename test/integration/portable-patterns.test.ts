// The portable-pattern rule in `redocly lint`: a pattern outside what
// ECMAScript and RE2 share fails lint at its line in spec/, wherever a schema
// sits. (The spec's own lint, clean: spec.test.ts.)
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { lint } from '../support/command.ts';
import { withBrokenSpec } from '../support/spec-copy.ts';

/** The problems in `redocly lint --format stylish` output: file, line and rule of each. */
function lintProblems(output: string): Array<{ file: string; line: number; rule: string; message: string }> {
  const problems = [];
  let file = '';
  for (const text of output.split('\n')) {
    const header = /^(\S.*\.yaml):$/.exec(text);
    if (header) file = header[1]!;
    const problem = /^\s+(\d+):\d+\s+(?:error|warning)\s+(\S+)\s+(.*)$/.exec(text);
    if (problem) problems.push({ file, line: Number(problem[1]), rule: problem[2]!, message: problem[3]! });
  }
  return problems;
}

/** Lint on a copy of spec/ with `edits` made: its exit code and output, and the copy's lines, to say where a problem is. */
async function lintBroken(edits: Array<[string, string, string]>) {
  return withBrokenSpec(edits, async (root) => {
    const { code, output } = await lint(root);
    const lines = new Map<string, string[]>();
    for (const [file] of edits) lines.set(file, (await readFile(join(dirname(root), file), 'utf8')).split('\n'));
    return { code, output, lines };
  });
}

const specFile = (file: string) => readFile(new URL(`../../spec/${file}`, import.meta.url), 'utf8');

// Each check lints its own copy of the spec: side by side.
describe.concurrent('redocly lint', () => {
  /** The 1-based line of the copy's `file` that holds `text`. */
  function lineOf(copied: Map<string, string[]>, file: string, text: string): number {
    const lines = copied.get(file)!;
    const index = lines.findIndex((line) => line.includes(text));
    if (index === -1) throw new Error(`${file} has no ${text}`);
    return index + 1;
  }

  const portable = (output: string) => lintProblems(output).filter(({ rule }) => rule === 'portable/pattern');

  test('fails on a lookahead in a path parameter, naming the rule, the file, the line and the construct', async () => {
    const lookahead = "pattern: '^(?!\\.\\.?$)[^/\\x00-\\x1F\\x7F]+$'";
    const written = (await specFile('components/parameters/ConfirmKey.yaml')).match(/pattern: '.*'/)![0];
    const { code, output, lines } = await lintBroken([['components/parameters/ConfirmKey.yaml', written, lookahead]]);
    expect(code).not.toBe(0);
    expect(portable(output)).toEqual([
      {
        file: expect.stringMatching(/components\/parameters\/ConfirmKey\.yaml$/),
        line: lineOf(lines, 'components/parameters/ConfirmKey.yaml', lookahead),
        rule: 'portable/pattern',
        message: expect.stringMatching(
          /^Pattern '\^\(\?!\\\.\\\.\?\$\)\[\^\/\\x00-\\x1F\\x7F\]\+\$' is not portable between ECMAScript and RE2 \(Go, Rust, re2j\): a lookahead \("\(\?!"\): RE2 cannot compile lookarounds/,
        ),
      },
    ]);
  });

  test('fails on \\s in a response property', async () => {
    const { code, output, lines } = await lintBroken([
      ['components/schemas/UploadTask.yaml', '  type:\n    type: string\n', "  type:\n    type: string\n    pattern: '^\\s+$'\n"],
    ]);
    expect(code).not.toBe(0);
    expect(portable(output)).toEqual([
      {
        file: expect.stringMatching(/components\/schemas\/UploadTask\.yaml$/),
        line: lineOf(lines, 'components/schemas/UploadTask.yaml', "pattern: '^\\s+$'"),
        rule: 'portable/pattern',
        message: expect.stringContaining('"\\s" is Unicode whitespace in ECMAScript but ASCII whitespace in RE2'),
      },
    ]);
  });

  test('reaches the pattern of array items, additionalProperties and a response header', async () => {
    const { code, output, lines } = await lintBroken([
      [
        'components/schemas/UploadTask.yaml',
        '    items:\n      type: string\n',
        "    items:\n      type: string\n      pattern: '^\\S+$'\n",
      ],
      [
        'components/schemas/UploadPartInfo.yaml',
        '    additionalProperties:\n      type: string\n',
        "    additionalProperties:\n      type: string\n      pattern: '^.*$'\n",
      ],
      ['components/headers/X-Request-Id.yaml', 'schema:\n  type: string\n', "schema:\n  type: string\n  pattern: '^(?<id>\\w+)$'\n"],
    ]);
    expect(code).not.toBe(0);
    const found = portable(output).map(({ file, line, message }) => ({ file: file.split('/').pop(), line, message }));
    expect(found).toEqual(
      expect.arrayContaining([
        {
          file: 'UploadTask.yaml',
          line: lineOf(lines, 'components/schemas/UploadTask.yaml', "pattern: '^\\S+$'"),
          message: expect.stringContaining('"\\S" is the complement of Unicode whitespace'),
        },
        {
          file: 'UploadPartInfo.yaml',
          line: lineOf(lines, 'components/schemas/UploadPartInfo.yaml', "pattern: '^.*$'"),
          message: expect.stringContaining('an unescaped "." matches different characters'),
        },
        {
          file: 'X-Request-Id.yaml',
          line: lineOf(lines, 'components/headers/X-Request-Id.yaml', 'pattern:'),
          message: expect.stringContaining('a named group ("(?<name>")'),
        },
      ]),
    );
    // One report per pattern, though seven responses share the header.
    expect(found).toHaveLength(3);
  });
});
