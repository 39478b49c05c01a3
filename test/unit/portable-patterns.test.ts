// Every `pattern` in the spec compiles alike in ECMAScript and RE2 (Go,
// Rust, re2j): the check refuses each construct outside the shared syntax,
// says why, and fails `redocly lint` at the pattern's line.
import { afterEach, describe, expect, test } from 'vitest';
import { portablePatternProblems } from '../../scripts/redocly/portable-pattern.js';
import { lint } from '../support/command.ts';
import { spec } from '../support/spec.ts';
import { copySpec, type SpecCopy } from '../support/spec-copy.ts';

/** Every pattern in a document, wherever a schema sits. */
function patternsIn(node: unknown): string[] {
  if (node === null || typeof node !== 'object') return [];
  const own = typeof (node as { pattern?: unknown }).pattern === 'string' ? [(node as { pattern: string }).pattern] : [];
  return [...own, ...Object.values(node).flatMap(patternsIn)];
}

describe('portablePatternProblems', () => {
  test.each([...new Set(patternsIn(spec))])('the spec\'s %s is portable', (pattern) => {
    expect(portablePatternProblems(pattern)).toEqual([]);
  });

  test.each(['^[a-z0-9-]+$', '^\\d{4}-\\d{2}$', '^(?:ab|cd)*?x$', '^[^/\\x00-\\x1F\\x7F]+$', '^\\w+\\.json$', '^[\\-+]?\\d+$', 'é+', '^a{2,}b{1,3}?$', '\\bword\\b'])('%s is portable', (pattern) => {
    expect(portablePatternProblems(pattern)).toEqual([]);
  });

  test.each([
    ['^(?!\\.\\.?$)[^/]+$', 'a lookahead ("(?!"): RE2 cannot compile lookarounds'],
    ['^(?=a)', 'a lookahead ("(?="): RE2 cannot compile lookarounds'],
    ['(?<=a)b', 'a lookbehind ("(?<="): RE2 cannot compile lookarounds'],
    ['(?<!a)b', 'a lookbehind ("(?<!"): RE2 cannot compile lookarounds'],
    ['(a)\\1', 'a backreference ("\\1"): RE2 has no backreferences'],
    ['(?<x>a)\\k<x>', 'a named group: ECMAScript writes "(?<name>", older RE2 only "(?P<name>"'],
    ['(?>a)', 'an atomic group ("(?>"): neither engine has one'],
    ['a++', 'a possessive quantifier ("++"): neither engine has one'],
    ['a{2}+', 'a possessive quantifier ("}+"): neither engine has one'],
    ['(?i)abc', 'inline flags or another group ("(?i"): only "(?:" is shared'],
    ['^\\s+$', '"\\s" matches Unicode spaces in ECMAScript but only ASCII ones in RE2'],
    ['^a.b$', 'an unescaped "." matches different characters: ECMAScript excludes \\r, U+2028 and U+2029, RE2 only \\n (write a class instead)'],
    ['\\u00e9', 'RE2 has no "\\u" escape (it writes "\\x{…}", which ECMAScript lacks): write the character itself'],
    ['\\p{L}', '"\\p{…}" needs the u flag in ECMAScript and names other properties in RE2'],
    ['[[:alpha:]]', 'a POSIX class ("[[:…:]]"): ECMAScript has none'],
    ['[]a]', 'a class that starts with "]": "[]" matches nothing in ECMAScript, and "]" is a literal there in RE2'],
    ['a{x', 'a "{" that starts no quantifier: escape it ("\\{"), ECMAScript with the u flag refuses it'],
    ['\\0', '"\\0" is NUL in ECMAScript and an octal escape in RE2: write "\\x00"'],
    ['\\Aabc', 'the escape "\\A" is not read alike by ECMAScript and RE2'],
  ])('%s is refused: %s', (pattern, reason) => {
    expect(portablePatternProblems(pattern)).toContain(reason);
  });

  test('a pattern one engine cannot compile is refused with that engine\'s error', () => {
    expect(portablePatternProblems('(a')).toEqual(expect.arrayContaining([expect.stringMatching(/^ECMAScript \(u flag\) cannot compile it: /), expect.stringMatching(/^RE2 cannot compile it: /)]));
    expect(portablePatternProblems('\\x{41}')).toEqual(expect.arrayContaining([expect.stringMatching(/^ECMAScript \(u flag\) cannot compile it/)]));
  });
});

describe('redocly lint', () => {
  let copy: SpecCopy | undefined;
  afterEach(async () => {
    await copy?.remove();
    copy = undefined;
  });

  test('fails on a lookahead in a path parameter, naming the rule, the file and the construct', async () => {
    copy = await copySpec();
    await copy.edit('components/parameters/ConfirmKey.yaml', "pattern: '^[^/\\x00-\\x1F\\x7F]+$'", "pattern: '^(?!\\.\\.?$)[^/\\x00-\\x1F\\x7F]+$'");
    const { code, output } = await lint(copy.root);
    expect(code).not.toBe(0);
    expect(output).toContain('portable/pattern');
    expect(output).toMatch(/ConfirmKey\.yaml/);
    expect(output).toContain('a lookahead ("(?!"): RE2 cannot compile lookarounds');
  });

  test('fails on \\s in a response property', async () => {
    copy = await copySpec();
    await copy.edit('components/schemas/UploadTask.yaml', '  type:\n    type: string\n', "  type:\n    type: string\n    pattern: '^\\s*\\w+$'\n");
    const { code, output } = await lint(copy.root);
    expect(code).not.toBe(0);
    expect(output).toMatch(/UploadTask\.yaml/);
    expect(output).toContain('"\\s" matches Unicode spaces in ECMAScript but only ASCII ones in RE2');
  });
});
