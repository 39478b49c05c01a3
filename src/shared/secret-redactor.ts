// The one mechanism that finds a known secret in text: the client's
// redaction and the servers' log masking both replace secrets through it.
// A secret counts only where it stands whole, bounded by what no token
// holds, so a one-letter token never rewrites `UploadNotFound`; the work is
// linear in the text, whatever the secret's length.

/** What cannot be part of a secret as it travels in a URL or a form: a secret's spelling ends where one of these stands (or the text does). */
const BOUNDARY = /[=&#?"'`\s]/;
/** BOUNDARY for each code below the first whitespace beyond ASCII, the no-break space. */
const LOW_BOUNDARY = Uint8Array.from({ length: 0xa0 }, (_, code) => (BOUNDARY.test(String.fromCharCode(code)) ? 1 : 0));

/** BOUNDARY by character code, without a regular expression per character. */
function isBoundary(code: number): boolean {
  if (code < 0xa0) return LOW_BOUNDARY[code] === 1;
  // Whitespace beyond ASCII, as `\s` means it.
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** How many secrets, the longest, get a search of their own through the text. */
const MAX_SEARCHED = 8;

/** A text that may spell a secret in another way: percent-escapes or `+` for a space. */
const ENCODED = /[%+]/;

/**
 * Replaces each of `secrets` with `replacement` where it stands whole, in
 * every spelling a URL, a form or a proxy gives it: as given,
 * percent-encoded with either case of hex, twice (`%252F`), with `+` for a
 * space, and mixes of these. Empty secrets are ignored. A secret with a
 * boundary character inside it (a space, `&`), or one `anywhereFrom` asks
 * for, is searched for: the eight longest secrets are.
 *
 * @example
 * const redact = createRedactor(['t']);
 * redact('GET /x?upload&access_token=t'); // 'GET /x?upload&access_token=[REDACTED]'
 * redact('UploadNotFound'); // unchanged: no whole `t` in it
 */
export function createRedactor(
  secrets: Iterable<string>,
  replacement = '[REDACTED]',
  { anywhereFrom = Number.POSITIVE_INFINITY }: RedactorOptions = {},
): (text: string) => string {
  const known = new Set([...secrets].filter((secret) => secret !== ''));
  // Stryker disable next-line ConditionalExpression: with no secret the scan below finds nothing; the shortcut spares a log masker with none a pass over each line
  if (known.size === 0) return (text) => text;
  const lengths = [...known].map((secret) => secret.length);
  // An encoded spelling is at most 15 times as long (`%25XX` for each of up to three UTF-8 bytes of a UTF-16 unit).
  const shortest = Math.min(...lengths);
  const longest = Math.max(...lengths) * 15;
  // Each search below is linear in the text: only the longest few secrets get one, so that a request carrying
  // hundreds of secrets costs linear work too. The rest are still found where they stand whole as a segment.
  const searched = [...known].sort((a, b) => b.length - a.length).slice(0, MAX_SEARCHED);
  // A secret with a boundary character inside spans several segments: found as given, by its own search.
  const spanning = searched
    // Stryker disable next-line MethodExpression: a search for any other secret finds only segments the scan finds; it would cost a pass over each text
    .filter((secret) => BOUNDARY.test(secret))
    .map((secret) => searcher(secret, true));
  // A long secret is found wherever one of its literal spellings stands, whole or not: a log may quote it inside other text.
  const anywhere = searched
    .filter((secret) => secret.length >= anywhereFrom && secret.isWellFormed())
    .flatMap((secret) => [...new Set([secret, encodeURIComponent(secret), new URLSearchParams({ s: secret }).toString().slice(2)])])
    .map((spelling) => searcher(spelling, false));
  /** Whether `text` from `start` to `end` spells a secret: as it is, or decoded once or twice, as a URL (`%XX`) or as a form (`+` too). */
  const spells = (text: string, start: number, end: number) => {
    // Stryker disable next-line ConditionalExpression,LogicalOperator: nothing out of this window spells a secret; it spares most segments a copy, a lookup and four decodings
    if (end - start < shortest || end - start > longest) return false;
    const segment = text.slice(start, end);
    if (known.has(segment)) return true;
    // Stryker disable next-line ConditionalExpression: a segment with neither decodes to itself; the test spares it four decodings
    if (!ENCODED.test(segment)) return false;
    return [decodeUrl, decodeForm].some((decode) => {
      const once = decode(segment);
      return known.has(once) || known.has(decode(once));
    });
  };

  // Without `%` or `+` a text holds a secret only as given: a native search for each of a few rules it out at once.
  // Stryker disable next-line ConditionalExpression,EqualityOperator: with the shortcut or without, the same answers; for hundreds of secrets it would cost a search each
  const asGiven = known.size <= MAX_SEARCHED ? [...known] : undefined;

  return (text) => {
    // Stryker disable next-line ConditionalExpression,LogicalOperator,MethodExpression: the scan below finds nothing either; this spares a client each of a body's strings a pass (npm run bench)
    if (asGiven !== undefined && !ENCODED.test(text) && !asGiven.some((secret) => text.includes(secret))) return text;
    const ranges: Array<[number, number]> = [];
    for (const find of [...spanning, ...anywhere]) ranges.push(...find(text));
    let start = 0;
    for (let index = 0; index <= text.length; index++) {
      if (index < text.length && !isBoundary(text.charCodeAt(index))) continue;
      if (spells(text, start, index)) ranges.push([start, index]);
      start = index + 1;
    }
    return replaceRanges(text, ranges, replacement);
  };
}

/** `text` decoded as a URL component, or as it is where it does not decode (a `%` without two hex digits after it). */
function decodeUrl(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

const decodeForm = (text: string) => decodeUrl(text.replaceAll('+', ' '));

export interface RedactorOptions {
  /** Secrets at least this long are replaced wherever they stand, as given or encoded, whole or not (a log's free text). */
  anywhereFrom?: number;
}

/**
 * Where `secret` stands in a text, as given (only whole, or anywhere):
 * Knuth–Morris–Pratt, so the search is linear in the text however the
 * secret repeats itself.
 */
function searcher(secret: string, whole: boolean): (text: string) => Array<[number, number]> {
  const fallback = new Int32Array(secret.length);
  for (let index = 1, matched = 0; index < secret.length; index++) {
    while (matched > 0 && secret[index] !== secret[matched]) matched = fallback[matched - 1]!;
    if (secret[index] === secret[matched]) matched++;
    fallback[index] = matched;
  }
  return (text) => {
    const found: Array<[number, number]> = [];
    for (let index = 0, matched = 0; index < text.length; index++) {
      while (matched > 0 && text[index] !== secret[matched]) matched = fallback[matched - 1]!;
      if (text[index] === secret[matched]) matched++;
      if (matched < secret.length) continue;
      // Overlapping ones too (`a=a` twice in `a=a=a`): replaceRanges merges them.
      matched = fallback[matched - 1]!;
      const start = index + 1 - secret.length;
      if (!whole || standsWhole(text, start, index + 1)) found.push([start, index + 1]);
    }
    return found;
  };
}

function standsWhole(text: string, start: number, end: number): boolean {
  return (start === 0 || isBoundary(text.charCodeAt(start - 1))) && (end === text.length || isBoundary(text.charCodeAt(end)));
}

/** `text` with each range replaced: ranges that overlap by one replacement, ranges that only touch by one each; in any order. */
function replaceRanges(text: string, ranges: Array<[number, number]>, replacement: string): string {
  ranges.sort((a, b) => a[0] - b[0]);
  let result = '';
  let at = 0;
  for (const [start, end] of ranges) {
    if (start >= at) {
      result += text.slice(at, start) + replacement;
      at = end;
    } else at = Math.max(at, end);
  }
  return result + text.slice(at);
}
