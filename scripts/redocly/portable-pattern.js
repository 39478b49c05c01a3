// Which regular expressions compile alike in ECMAScript (JSON Schema's
// dialect, what Ajv and Prism run) and in RE2 (Go's regexp, which kin-openapi
// and oapi-codegen use, Rust's regex, Java's re2j). A pattern outside the
// syntax both share is refused with the reason: a whitelist of constructs,
// then a compile by each engine (RE2 through re2js, a port of RE2/J).
import { RE2JS } from 're2js';

/** What makes `pattern` unportable, one reason per problem; empty when it is portable. */
export function portablePatternProblems(pattern) {
  const problems = [...syntaxProblems(pattern)];
  for (const [engine, compile] of [
    ['ECMAScript (u flag)', () => new RegExp(pattern, 'u')],
    ['ECMAScript', () => new RegExp(pattern)],
    ['RE2', () => RE2JS.compile(pattern)],
  ]) {
    try {
      compile();
    } catch (error) {
      problems.push(`${engine} cannot compile it: ${error.message}`);
    }
  }
  return [...new Set(problems)];
}

// Escapes both engines read alike. (\s is not one: Unicode spaces in
// ECMAScript, ASCII ones in RE2.)
const CLASS_ESCAPES = new Set(['d', 'D', 'w', 'W']);
const CONTROL_ESCAPES = new Set(['t', 'n', 'r', 'f', 'v']);
const LITERAL_ESCAPES = new Set([...'\\/^$.*+?()[]{}|']);
const REFUSED_ESCAPES = {
  s: '"\\s" matches Unicode spaces in ECMAScript but only ASCII ones in RE2',
  S: '"\\S" differs between ECMAScript (Unicode spaces) and RE2 (ASCII)',
  u: 'RE2 has no "\\u" escape (it writes "\\x{…}", which ECMAScript lacks): write the character itself',
  p: '"\\p{…}" needs the u flag in ECMAScript and names other properties in RE2',
  P: '"\\P{…}" needs the u flag in ECMAScript and names other properties in RE2',
  k: 'a named backreference ("\\k<…>"): RE2 has no backreferences',
  c: 'a control escape ("\\c…"): RE2 has none',
  b: '"\\b" inside a class means backspace in ECMAScript and is an error in RE2',
};

function* syntaxProblems(pattern) {
  let i = 0;
  const at = () => pattern[i];
  while (i < pattern.length) {
    const char = pattern[i++];
    if (char === '\\') yield* escapeProblems(pattern[i++], false);
    else if (char === '[') yield* classProblems();
    else if (char === '(') {
      if (at() !== '?') continue;
      const opener = pattern.slice(i - 1, i + 3);
      if (pattern.startsWith('?:', i)) i += 2;
      else if (pattern.startsWith('?=', i) || pattern.startsWith('?!', i)) return yield `a lookahead ("${opener.slice(0, 3)}"): RE2 cannot compile lookarounds`;
      else if (pattern.startsWith('?<=', i) || pattern.startsWith('?<!', i)) return yield `a lookbehind ("${opener}"): RE2 cannot compile lookarounds`;
      else if (pattern.startsWith('?<', i) || pattern.startsWith('?P<', i)) return yield 'a named group: ECMAScript writes "(?<name>", older RE2 only "(?P<name>"';
      else if (pattern.startsWith('?>', i)) return yield 'an atomic group ("(?>"): neither engine has one';
      else if (pattern.startsWith('?(', i)) return yield 'a conditional ("(?("): neither engine has one';
      else return yield `inline flags or another group ("${opener.slice(0, 3)}"): only "(?:" is shared`;
    } else if (char === '.') yield 'an unescaped "." matches different characters: ECMAScript excludes \\r, U+2028 and U+2029, RE2 only \\n (write a class instead)';
    else if ('*+?'.includes(char) || (char === '{' && /^\d+(,\d*)?\}/.test(pattern.slice(i)))) {
      if (char === '{') i = pattern.indexOf('}', i) + 1;
      if (at() === '+') yield `a possessive quantifier ("${char === '{' ? '}' : char}+"): neither engine has one`;
      if (at() === '?' || at() === '+') i++;
    } else if (char === '{') yield 'a "{" that starts no quantifier: escape it ("\\{"), ECMAScript with the u flag refuses it';
  }

  function* classProblems() {
    if (at() === '^') i++;
    if (at() === ']') yield 'a class that starts with "]": "[]" matches nothing in ECMAScript, and "]" is a literal there in RE2';
    if (pattern.startsWith('[:', i)) yield 'a POSIX class ("[[:…:]]"): ECMAScript has none';
    while (i < pattern.length && at() !== ']') {
      const char = pattern[i++];
      if (char === '\\') yield* escapeProblems(pattern[i++], true);
      else if (char === '[' && at() === ':') yield 'a POSIX class ("[[:…:]]"): ECMAScript has none';
    }
    i++; // the closing "]"
  }
}

function* escapeProblems(escaped, inClass) {
  if (escaped === undefined) return yield 'a trailing "\\"';
  if (CLASS_ESCAPES.has(escaped) || CONTROL_ESCAPES.has(escaped) || LITERAL_ESCAPES.has(escaped) || (inClass && escaped === '-')) return;
  if (escaped === 'x') return; // "\xHH": the compile checks below refuse "\x{…}", which ECMAScript lacks
  if (escaped === 'b' || escaped === 'B') {
    if (inClass) yield REFUSED_ESCAPES.b;
    return; // a word boundary: ASCII words in both
  }
  if (/[1-9]/.test(escaped)) return yield `a backreference ("\\${escaped}"): RE2 has no backreferences`;
  if (escaped === '0') return yield '"\\0" is NUL in ECMAScript and an octal escape in RE2: write "\\x00"';
  yield REFUSED_ESCAPES[escaped] ?? `the escape "\\${escaped}" is not read alike by ECMAScript and RE2`;
}
