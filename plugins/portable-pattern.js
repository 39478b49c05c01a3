// Which regular expressions compile alike in ECMAScript (JSON Schema's
// dialect: Ajv and Prism compile a pattern with the u flag) and in RE2 (Go's
// regexp, which kin-openapi and oapi-codegen use; Java's re2j; Rust's regex
// shares its syntax). Two judges, and a pattern must satisfy both: a
// whitelist of the syntax the engines share, which names what falls outside
// it and why, and a compile by each engine (RE2 through re2js, a port of
// RE2/J), which catches what the whitelist does not model, such as an
// unbalanced group or RE2's repeat limit.
//
// Accepted on purpose, though they differ elsewhere: "\d \w \b" are ASCII in
// ECMAScript (without the i and u flags together) and in RE2; Rust's regex
// makes them Unicode-aware, which widens a match but never breaks a compile.
import { RE2JS } from 're2js';

/** What makes `pattern` unportable, one reason per problem; empty when it is portable. */
export function portablePatternProblems(pattern) {
  const problems = syntaxProblems(pattern);
  for (const [engine, compile] of COMPILERS) {
    try {
      compile(pattern);
    } catch (error) {
      problems.push(`${engine} cannot compile it: ${error.message}`);
    }
  }
  return [...new Set(problems)];
}

const COMPILERS = [
  ['ECMAScript (u flag)', (pattern) => new RegExp(pattern, 'u')],
  ['RE2', (pattern) => RE2JS.compile(pattern)],
];

const LOOKAROUND = 'RE2 cannot compile lookarounds (it never backtracks)';

// Group openers other than "(" and "(?:", longest first.
const GROUPS = [
  ['(?<=', `a lookbehind ("(?<="): ${LOOKAROUND}`],
  ['(?<!', `a lookbehind ("(?<!"): ${LOOKAROUND}`],
  ['(?=', `a lookahead ("(?="): ${LOOKAROUND}`],
  ['(?!', `a lookahead ("(?!"): ${LOOKAROUND}`],
  ['(?P<', 'a named group ("(?P<name>"): ECMAScript refuses it'],
  ['(?<', 'a named group ("(?<name>"): Go before 1.22 and re2j only read "(?P<name>", which ECMAScript refuses'],
  ['(?>', 'an atomic group ("(?>"): neither engine has one'],
  ['(?(', 'a conditional ("(?("): neither engine has one'],
  ['(?#', 'a comment group ("(?#"): neither engine has one'],
];
const INLINE_FLAGS = 'inline flags ("(?i)", "(?i:…)"): RE2 reads them, ECMAScript refuses "(?i)" and only its newest engines read "(?i:…)"';

// Escapes both engines read alike, outside and inside a class.
const SHARED_ESCAPES = new Set([...'dDwWtnrfv', ...'\\/^$.*+?()[]{}|']);

// Why each other escape is refused.
const ESCAPES = {
  s: '"\\s" is Unicode whitespace in ECMAScript but ASCII whitespace in RE2: list the characters (e.g. "[ \\t]")',
  S: '"\\S" is the complement of Unicode whitespace in ECMAScript but of ASCII whitespace in RE2: list the characters',
  u: 'a "\\u" escape: RE2 has none (it writes "\\x{…}", which ECMAScript refuses): write "\\xHH" or the character itself',
  p: 'a Unicode property ("\\p{…}"): the names differ (ECMAScript "\\p{Script=Greek}", RE2 "\\p{Greek}") and RE2 also reads "\\pL", which ECMAScript refuses',
  P: 'a Unicode property ("\\P{…}"): the names differ (ECMAScript "\\P{Script=Greek}", RE2 "\\P{Greek}")',
  k: 'a named backreference ("\\k<…>"): RE2 has no backreferences (it never backtracks)',
  c: 'a control escape ("\\cX"): RE2 has none: write "\\xHH"',
  0: '"\\0": RE2 reads "\\0NN" as octal, ECMAScript (u flag) refuses any digit after "\\0": write "\\x00"',
  A: '"\\A" (start of text): RE2 only: write "^"',
  z: '"\\z" (end of text): RE2 only: write "$"',
  Z: '"\\Z" (end before a final newline, PCRE and Java): neither engine has it: write "$"',
  Q: 'a literal quote ("\\Q…\\E"): RE2 only: escape each character instead',
  E: 'a literal quote ("\\Q…\\E"): RE2 only: escape each character instead',
  a: '"\\a" (bell): RE2 only: write "\\x07"',
  e: '"\\e" (escape, PCRE and Java): neither engine has it: write "\\x1B"',
  h: '"\\h" (horizontal space, PCRE and Java): neither engine has it',
  H: '"\\H" (not horizontal space, PCRE and Java): neither engine has it',
  R: '"\\R" (any line break, PCRE and Java): neither engine has it',
  K: '"\\K" (reset match start, PCRE): neither engine has it',
  G: '"\\G" (end of the previous match, PCRE and Java): neither engine has it',
};
const BACKREFERENCE = (digit) => `a backreference ("\\${digit}"): RE2 has no backreferences (it never backtracks)`;
const HEX = '"\\x" needs exactly two hex digits ("\\xHH"): RE2 also reads "\\x{…}", which ECMAScript refuses';
// "\b" in a class is a backspace in ECMAScript, an error in RE2. Outside one,
// "\b" and "\B" are word boundaries over the same ASCII word characters.
const CLASS_BOUNDARY = (letter) =>
  `"\\${letter}" inside a class: ECMAScript reads a backspace or refuses it, RE2 refuses it: write "\\x08"`;
const OTHER_ESCAPE = (char) =>
  /[\p{L}\p{N}]/u.test(char)
    ? `the escape "\\${char}": not one both engines read alike`
    : `an escaped "${char}": ECMAScript (u flag) escapes only ^$\\.*+?()[]{}|/ (and "-" in a class): write it unescaped`;

const DOT =
  'an unescaped "." matches different characters: ECMAScript excludes \\r, U+2028 and U+2029, RE2 only \\n: write a class (e.g. "[^\\n]")';
const LONE = (char) => `a lone "${char}": ECMAScript (u flag) refuses it, RE2 reads a literal: escape it ("\\${char}")`;
const POSSESSIVE = (quantifier) => `a possessive quantifier ("${quantifier}+"): neither engine has one`;
const REPEAT_LIMIT = (count) => `a repeat count over 1000 ("${count}"): RE2 refuses it`;
const EMPTY_CLASS = 'a class that starts with "]": "[]" and "[^]" are complete classes in ECMAScript, while RE2 reads "]" as a literal';
const POSIX = 'a POSIX class ("[[:…:]]", "[[=…=]]", "[[.….]]"): ECMAScript has none';

function syntaxProblems(pattern) {
  const problems = [];
  let i = 0;
  const at = (offset = 0) => pattern[i + offset];
  const rest = () => pattern.slice(i);

  while (i < pattern.length) {
    const char = at();
    if (char === '\\') escapeSequence(false);
    else if (char === '[') characterClass();
    else if (char === '(') group();
    else if (char === '*' || char === '+' || char === '?') {
      i++;
      quantifierSuffix(char);
    } else if (char === '{') {
      const bound = /^\{(\d+)(?:,(\d*))?\}/.exec(rest());
      if (!bound) {
        problems.push(LONE('{'));
        i++;
        continue;
      }
      if (Number(bound[1]) > 1000 || Number(bound[2] ?? 0) > 1000) problems.push(REPEAT_LIMIT(bound[0]));
      i += bound[0].length;
      quantifierSuffix('}');
    } else {
      if (char === '.') problems.push(DOT);
      else if (char === '}' || char === ']') problems.push(LONE(char));
      i++;
    }
  }
  return problems;

  // A lazy "?" is shared; a possessive "+" is not.
  function quantifierSuffix(last) {
    if (at() === '+') {
      problems.push(POSSESSIVE(last));
      i++;
    } else if (at() === '?') i++;
  }

  function group() {
    i++; // "("
    if (at() !== '?') return;
    if (at(1) === ':') {
      i += 2;
      return;
    }
    const refused = GROUPS.find(([opener]) => pattern.startsWith(opener, i - 1));
    if (refused) {
      problems.push(refused[1]);
      const [opener] = refused;
      // Skip a name or a comment; a lookaround's or conditional's body is scanned like the rest.
      if (opener === '(?#') i = end(')');
      else if (opener === '(?<' || opener === '(?P<') i = end('>');
      else i += opener.length - (opener === '(?(' ? 2 : 1);
      return;
    }
    problems.push(INLINE_FLAGS);
    i++; // "?"
    while (/[a-zA-Z-]/.test(at() ?? '')) i++;
    if (at() === ')' || at() === ':') i++;
  }

  function characterClass() {
    i++; // "["
    if (at() === '^') i++;
    if (at() === ']') {
      problems.push(EMPTY_CLASS);
      i++;
    }
    while (i < pattern.length && at() !== ']') {
      if (at() === '\\') escapeSequence(true);
      else if (at() === '[' && /^[:=.]/.test(at(1) ?? '')) {
        problems.push(POSIX);
        i = end(`${at(1)}]`);
      } else i++;
    }
    i++; // "]"
  }

  function escapeSequence(inClass) {
    const letter = at(1);
    i += 2;
    if (letter === undefined) return void problems.push('a trailing "\\": it escapes nothing');
    if (SHARED_ESCAPES.has(letter) || (inClass && letter === '-')) return;
    if (letter === 'b' || letter === 'B') {
      if (inClass) problems.push(CLASS_BOUNDARY(letter));
      return;
    }
    if (letter === 'x') {
      if (/^[0-9A-Fa-f]{2}/.test(rest())) i += 2;
      else problems.push(HEX);
      return;
    }
    if (/[1-9]/.test(letter)) return void problems.push(BACKREFERENCE(letter));
    problems.push(ESCAPES[letter] ?? OTHER_ESCAPE(letter));
    // Skip what the refused escape owns, so it is not read as more problems.
    if ('pPuk'.includes(letter) && /^[{<]/.test(rest())) i = end(at() === '{' ? '}' : '>');
    else if (letter === 'Q') i = end('\\E');
  }

  /** The index just past the next `closer`, or the end of the pattern. */
  function end(closer) {
    const found = pattern.indexOf(closer, i);
    return found === -1 ? pattern.length : found + closer.length;
  }
}
