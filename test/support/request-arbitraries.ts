// fast-check arbitraries for the client's property tests: IDs and tokens
// that probe every corner of a URL, non-2xx bodies a server or a gateway may
// send, and why the client must refuse what it must refuse.
import fc from 'fast-check';

// ---------------------------------------------------------------- IDs, tokens

/** Characters that mean something in a URL, or to a URL parser, or to nobody. */
const urlCharacters = [
  '/',
  '\\',
  '%',
  '?',
  '#',
  '&',
  '=',
  '+',
  ';',
  ':',
  '@',
  '.',
  ' ',
  '~',
  '-',
  '{',
  '}',
  '[',
  ']',
  '|',
  '$',
  "'",
  '"',
  '<',
  '>',
  '`',
  '^',
  '%2F',
  '%2e',
  '%2E%2E',
  '%25',
  '%00',
  '%zz',
  '..',
  './',
  '../',
  'a',
  'Z',
  '0',
  'é',
  'ß',
  'İ',
  'ﬀ',
  '上传',
  '🎬',
  '\u00a0',
  '\u2028',
  '\ufeff',
  '\u200b',
  'A\u030a',
  '\ufffd',
  '~',
  '\u0000',
  '\t',
  '\n',
  '\r',
  '\u001f',
  '\u007f',
  '\u0080',
  '\u0085',
  '\u009b',
  '\u009f',
  '\ud800',
  '\udfff',
];

/** Cases a caller will hit sooner or later; the generated strings find the rest. */
export const nastyIds = [
  '.',
  '..',
  '...',
  '-',
  '',
  ' ',
  '/',
  '//',
  '%',
  '%2e',
  '%2E%2E',
  '?',
  '#',
  '?upload',
  '#frag',
  '&access_token=x',
  'a/../b',
  './',
  '..%2F',
  '\\..\\',
  'a\u0000b',
  '\u007f',
  'a\u0085b',
  '\u009f',
  '\ud800',
  '\udc00x',
  '\ud83c\udfac',
  'A\u030a',
  'k'.repeat(10_240),
  'é'.repeat(2_000),
  '🎬'.repeat(1_000),
  '.'.repeat(300),
];

/** Any string, weighted towards the characters a URL cares about. */
export function anyString(maxLength = 40): fc.Arbitrary<string> {
  return fc.oneof(
    fc.string({ unit: fc.constantFrom(...urlCharacters), maxLength }),
    fc.string({ unit: 'binary', maxLength }), // every code unit, lone surrogates included
    fc.string({ unit: 'grapheme', maxLength }),
  );
}

/** A path ID as a caller might pass it: strings of every kind, the odd non-string. */
export function idArbitrary(options: { long?: boolean } = {}): fc.Arbitrary<unknown> {
  const nasty = options.long ? nastyIds : nastyIds.filter((id) => id.length < 100);
  return fc.oneof(
    { weight: 6, arbitrary: anyString() },
    { weight: 3, arbitrary: fc.constantFrom(...nasty) },
    { weight: 1, arbitrary: fc.constantFrom<unknown>(42, null, {}, ['a'], true) },
  );
}

/**
 * A token with characters that need escaping in a query. It carries a marker
 * so that "the token is not in this text" is a meaningful check: a one-letter
 * token is in every error message, a real token (long, random) is in none.
 */
export const tokenArbitrary: fc.Arbitrary<string> = fc
  .tuple(anyString(20), fc.constantFrom('&', '#', '=', '+', '%', '%26', ' ', 'é', '🎬', ''), anyString(20))
  .map(([before, special, after]) => `${before}tkn⁂${special}${after}`);

/** Why the client must refuse `value` as a path segment; undefined if it must send it. */
export function segmentProblem(value: unknown): string | undefined {
  return (
    textProblem(value) ??
    (value === '.' || value === '..' ? 'a dot segment' : hasControl(value as string) ? 'a control character' : undefined)
  );
}

/**
 * Whether `text` has a control character: Unicode's general category Cc
 * (C0, DEL, C1), as Unicode defines it, not as the client's regex does.
 */
function hasControl(text: string): boolean {
  return /\p{Cc}/u.test(text);
}

/** Whether a non-2xx body is an SMH error: an object with a string `code` and a string `message`. */
export function isSmhError(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const { code, message } = value as { code?: unknown; message?: unknown };
  return typeof code === 'string' && typeof message === 'string';
}

/** A non-2xx body as a server (or a broken gateway) may send it: SMH errors, near misses, any JSON. */
export const errorBodyArbitrary: fc.Arbitrary<unknown> = fc.oneof(
  fc.record(
    {
      code: fc.oneof({ weight: 4, arbitrary: fc.string({ maxLength: 12 }) }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 1 }) }),
      message: fc.oneof({ weight: 4, arbitrary: anyString(20) }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 1 }) }),
      requestId: fc.oneof(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 0 })),
      extra: fc.jsonValue({ maxDepth: 2 }),
    },
    { requiredKeys: [] },
  ),
  fc.jsonValue({ maxDepth: 2 }),
);

/** Why the client must refuse `value` as a query value (a token, a user ID). */
export function textProblem(value: unknown): string | undefined {
  if (typeof value !== 'string') return 'not a string';
  if (value === '') return 'empty';
  if (!value.isWellFormed()) return 'a lone surrogate';
  return undefined;
}
