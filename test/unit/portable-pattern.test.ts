import { fc, test } from '@fast-check/vitest';
import { RE2JS } from 're2js';
import { describe, expect, onTestFinished } from 'vitest';
import { portablePatternProblems } from '../../plugins/portable-pattern.js';
import { spec } from '../support/spec.ts';

/** Every pattern in a document, wherever a schema sits. */
function patternsIn(node: unknown): string[] {
  if (node === null || typeof node !== 'object') return [];
  const own = typeof (node as { pattern?: unknown }).pattern === 'string' ? [(node as { pattern: string }).pattern] : [];
  return [...own, ...Object.values(node).flatMap(patternsIn)];
}

const LOOKAROUND = 'RE2 cannot compile lookarounds (it never backtracks)';
const NO_BACKREFERENCES = 'RE2 has no backreferences (it never backtracks)';

describe('portablePatternProblems', () => {
  test.each([...new Set(patternsIn(spec))])("the spec's %s is portable", (pattern) => {
    expect(portablePatternProblems(pattern)).toEqual([]);
  });

  test.each([
    '^[a-z0-9-]+$',
    '^\\d{4}-\\d{2}$',
    '^\\D\\W\\w$',
    '^(?:ab|cd)*?x$',
    '^(a|b)+$',
    '^[^/\\x00-\\x1F\\x7F]+$',
    '^\\w+\\.json$',
    '^[\\-+]?\\d+$',
    '^\\/\\\\\\^\\$\\*\\+\\?\\(\\)\\[\\]\\{\\}\\|$',
    '^[\\t\\n\\r\\f\\v]$',
    'é+',
    '^a{2}b{2,}c{1,3}?d+?e??$',
    '\\bword\\B',
    '',
  ])('%s is portable', (pattern) => {
    expect(portablePatternProblems(pattern)).toEqual([]);
  });

  test.each([
    ['^(?!\\.\\.?$)[^/]+$', `a lookahead ("(?!"): ${LOOKAROUND}`],
    ['^(?=a)', `a lookahead ("(?="): ${LOOKAROUND}`],
    ['(?<=a)b', `a lookbehind ("(?<="): ${LOOKAROUND}`],
    ['(?<!a)b', `a lookbehind ("(?<!"): ${LOOKAROUND}`],
    ['(a)\\1', `a backreference ("\\1"): ${NO_BACKREFERENCES}`],
    ['(a)\\9', `a backreference ("\\9"): ${NO_BACKREFERENCES}`],
    ['(?<x>a)\\k<x>', `a named backreference ("\\k<…>"): ${NO_BACKREFERENCES}`],
    ['(?<x>a)', 'a named group ("(?<name>"): Go before 1.22 and re2j only read "(?P<name>", which ECMAScript refuses'],
    ['(?P<x>a)', 'a named group ("(?P<name>"): ECMAScript refuses it'],
    ['(?>a)', 'an atomic group ("(?>"): neither engine has one'],
    ['(?(1)a|b)', 'a conditional ("(?("): neither engine has one'],
    ['(?#note)a', 'a comment group ("(?#"): neither engine has one'],
    ['a*+', 'a possessive quantifier ("*+"): neither engine has one'],
    ['a++', 'a possessive quantifier ("++"): neither engine has one'],
    ['a?+', 'a possessive quantifier ("?+"): neither engine has one'],
    ['a{2}+', 'a possessive quantifier ("}+"): neither engine has one'],
    ['(?i)abc', 'inline flags ("(?i)", "(?i:…)"): RE2 reads them, ECMAScript refuses "(?i)" and only its newest engines read "(?i:…)"'],
    ['(?i:a)bc', 'inline flags ("(?i)", "(?i:…)"): RE2 reads them, ECMAScript refuses "(?i)" and only its newest engines read "(?i:…)"'],
    ['\\u00e9', 'a "\\u" escape: RE2 has none (it writes "\\x{…}", which ECMAScript refuses): write "\\xHH" or the character itself'],
    ['\\u{e9}', 'a "\\u" escape: RE2 has none (it writes "\\x{…}", which ECMAScript refuses): write "\\xHH" or the character itself'],
    ['\\x{e9}', '"\\x" needs exactly two hex digits ("\\xHH"): RE2 also reads "\\x{…}", which ECMAScript refuses'],
    [
      '\\p{L}',
      'a Unicode property ("\\p{…}"): the names differ (ECMAScript "\\p{Script=Greek}", RE2 "\\p{Greek}") and RE2 also reads "\\pL", which ECMAScript refuses',
    ],
    ['\\P{L}', 'a Unicode property ("\\P{…}"): the names differ (ECMAScript "\\P{Script=Greek}", RE2 "\\P{Greek}")'],
    ['^\\s+$', '"\\s" is Unicode whitespace in ECMAScript but ASCII whitespace in RE2: list the characters (e.g. "[ \\t]")'],
    ['[\\s]', '"\\s" is Unicode whitespace in ECMAScript but ASCII whitespace in RE2: list the characters (e.g. "[ \\t]")'],
    ['^\\S+$', '"\\S" is the complement of Unicode whitespace in ECMAScript but of ASCII whitespace in RE2: list the characters'],
    [
      '^a.b$',
      'an unescaped "." matches different characters: ECMAScript excludes \\r, U+2028 and U+2029, RE2 only \\n: write a class (e.g. "[^\\n]")',
    ],
    ['[\\b]', '"\\b" inside a class: ECMAScript reads a backspace or refuses it, RE2 refuses it: write "\\x08"'],
    ['\\Aabc', '"\\A" (start of text): RE2 only: write "^"'],
    ['abc\\z', '"\\z" (end of text): RE2 only: write "$"'],
    ['abc\\Z', '"\\Z" (end before a final newline, PCRE and Java): neither engine has it: write "$"'],
    ['\\Qa.b\\E', 'a literal quote ("\\Q…\\E"): RE2 only: escape each character instead'],
    ['a\\hb', '"\\h" (horizontal space, PCRE and Java): neither engine has it'],
    ['a\\Rb', '"\\R" (any line break, PCRE and Java): neither engine has it'],
    ['a\\Kb', '"\\K" (reset match start, PCRE): neither engine has it'],
    ['\\Ga', '"\\G" (end of the previous match, PCRE and Java): neither engine has it'],
    ['\\a', '"\\a" (bell): RE2 only: write "\\x07"'],
    ['\\e', '"\\e" (escape, PCRE and Java): neither engine has it: write "\\x1B"'],
    ['\\cA', 'a control escape ("\\cX"): RE2 has none: write "\\xHH"'],
    ['\\0', '"\\0": RE2 reads "\\0NN" as octal, ECMAScript (u flag) refuses any digit after "\\0": write "\\x00"'],
    ['\\N', 'the escape "\\N": not one both engines read alike'],
    ['a\\-b', 'an escaped "-": ECMAScript (u flag) escapes only ^$\\.*+?()[]{}|/ (and "-" in a class): write it unescaped'],
    ['\\@', 'an escaped "@": ECMAScript (u flag) escapes only ^$\\.*+?()[]{}|/ (and "-" in a class): write it unescaped'],
    ['[[:alpha:]]', 'a POSIX class ("[[:…:]]", "[[=…=]]", "[[.….]]"): ECMAScript has none'],
    ['[]a]', 'a class that starts with "]": "[]" and "[^]" are complete classes in ECMAScript, while RE2 reads "]" as a literal'],
    ['a{x', 'a lone "{": ECMAScript (u flag) refuses it, RE2 reads a literal: escape it ("\\{")'],
    ['a{,3}', 'a lone "{": ECMAScript (u flag) refuses it, RE2 reads a literal: escape it ("\\{")'],
    ['a}', 'a lone "}": ECMAScript (u flag) refuses it, RE2 reads a literal: escape it ("\\}")'],
    ['a]', 'a lone "]": ECMAScript (u flag) refuses it, RE2 reads a literal: escape it ("\\]")'],
    ['a{1001}', 'a repeat count over 1000 ("{1001}"): RE2 refuses it'],
    ['a\\', 'a trailing "\\": it escapes nothing'],
  ])('%s is refused: %s', (pattern, reason) => {
    expect(portablePatternProblems(pattern)).toContain(reason);
  });

  test('names every problem of a pattern, not only the first', () => {
    const problems = portablePatternProblems('^(?!x)\\s.$');
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^a lookahead/),
        expect.stringMatching(/^"\\s"/),
        expect.stringMatching(/^an unescaped "\."/),
      ]),
    );
  });

  test("a pattern an engine cannot compile is refused with that engine's error", () => {
    // Both parse the syntax; each compiler refuses what the other reads.
    expect(portablePatternProblems('(a')).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^ECMAScript \(u flag\) cannot compile it: /),
        expect.stringMatching(/^RE2 cannot compile it: /),
      ]),
    );
    expect(portablePatternProblems('[\\d-z]')).toEqual([
      expect.stringMatching(/^ECMAScript \(u flag\) cannot compile it: .*Invalid character class/),
    ]);
    expect(portablePatternProblems('(a{500}){3}')).toEqual([expect.stringMatching(/^RE2 cannot compile it: .*invalid repeat count/)]);
  });

  // What "portable" promises: an accepted pattern compiles in both engines
  // and finds a match in the same strings, including the characters on which
  // their "." and "\s" disagree.
  const token = fc.constantFrom(
    ...[
      'a',
      'b',
      'é',
      '-',
      '/',
      ' ',
      '\\d',
      '\\D',
      '\\w',
      '\\W',
      '\\b',
      '\\B',
      '\\t',
      '\\n',
      '\\r',
      '\\x00',
      '\\x7F',
      '\\.',
      '[a-c]',
      '[^a]',
    ],
    ...[
      '[^/\\x00-\\x1F\\x7F]',
      '[\\d\\-]',
      '^',
      '$',
      '(',
      ')',
      '(?:',
      '|',
      '*',
      '+',
      '?',
      '{1,2}',
      '*?',
      '.',
      '\\s',
      '\\S',
      '(?!',
      '(?=',
      '[\\s]',
    ],
  );
  const input = fc.string({ unit: fc.constantFrom(...'ab1é٣-/ _.\t\n\r\u2028\u00a0\u0000\u007f') });
  // Non-empty patterns accepted in this test's runs, counted from its first
  // run; once the runs hold, more than 200 of the 2,000 must have been
  // accepted, or the property promises little.
  let accepted: number | undefined;
  test.prop([fc.array(token, { maxLength: 8 }), fc.array(input, { minLength: 1, maxLength: 8 })], { numRuns: 2000 })(
    'an accepted pattern matches the same strings in ECMAScript and RE2',
    (tokens, inputs) => {
      if (accepted === undefined) {
        accepted = 0;
        onTestFinished(({ task }) => {
          const count = accepted;
          accepted = undefined;
          if (task.result?.state !== 'fail') expect(count).toBeGreaterThan(200);
        });
      }
      const pattern = tokens.join('');
      if (portablePatternProblems(pattern).length > 0) return;
      if (pattern !== '') accepted++;
      const ecma = new RegExp(pattern, 'u');
      const re2 = RE2JS.compile(pattern);
      for (const text of inputs) expect(re2.test(text), `${JSON.stringify(pattern)} on ${JSON.stringify(text)}`).toBe(ecma.test(text));
    },
  );
});
