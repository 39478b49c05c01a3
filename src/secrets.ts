// The package's one masker. Whatever it writes (an error, a log line, a
// returned body) goes through here first: known secret values are replaced
// in every spelling a URL, a form or a log may give them, values of secret
// parameters and headers are masked by name, and control characters are
// escaped so that one logged value stays on one line.
import { parameters } from '../generated/mock-contract.js';

/** Query parameters whose values are secrets: the spec's API keys and `format: password` values. */
export const secretParameters: ReadonlySet<string> = new Set(
  parameters.filter((parameter) => parameter.secret).map((parameter) => parameter.name.toLowerCase()),
);

/** Headers that carry credentials (SMH's, object storage's, HTTP's own). */
export const secretHeaders: ReadonlySet<string> = new Set([
  'authorization',
  'proxy-authorization',
  'cookie',
  'set-cookie',
  'x-cos-security-token',
]);

// C0, DEL, C1, and the two characters JavaScript and some terminals break lines at.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

/** `text` with each control character written as an escape (`\x0a`, `\u2028`): printed, it stays one line and moves no cursor. */
export function escapeControls(text: string): string {
  return text.replace(CONTROL, (char) => {
    const code = char.charCodeAt(0);
    // Past C1 the pattern matches only U+2028 and U+2029: four hex digits already.
    return code >= 0x2028 ? `\\u${code.toString(16)}` : `\\x${code.toString(16).padStart(2, '0')}`;
  });
}

/**
 * Replaces every spelling of each secret with `replacement`: as given,
 * percent-encoded with either case of hex (also twice, `%252F`), `+` for a
 * space, and any mix of these, as URL parsers, form encoders and proxies
 * rewrite them. Empty secrets are ignored.
 */
export function createRedactor(secrets: Iterable<string>, replacement = '[REDACTED]'): (text: string) => string {
  const sources = [...new Set(secrets)].filter((secret) => secret !== '').map(spellings);
  if (sources.length === 0) return (text) => text;
  // Longest first: one secret may begin another.
  const pattern = new RegExp(sources.sort((a, b) => b.length - a.length).join('|'), 'g');
  return (text) => text.replace(pattern, replacement);
}

function spellings(secret: string): string {
  let source = '';
  for (const char of secret) {
    const bytes = [...new TextEncoder().encode(char)];
    const hex = (byte: number) => {
      const digits = byte.toString(16).toUpperCase().padStart(2, '0');
      return [...digits].map((digit) => (/[A-F]/.test(digit) ? `[${digit}${digit.toLowerCase()}]` : digit)).join('');
    };
    const once = bytes.map((byte) => `%${hex(byte)}`).join('');
    const twice = bytes.map((byte) => `%25${hex(byte)}`).join('');
    const alternatives = [twice, once, char.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&')];
    if (char === ' ') alternatives.push('\\+');
    source += `(?:${alternatives.join('|')})`;
  }
  return source;
}

/**
 * A copy of `value` with `redact` applied to every string in it: a JSON
 * body's strings, an error's message, stack, own fields (enumerable or not:
 * AggregateError keeps `errors` in a hidden one) and `cause` chain. Walked
 * with stacks of its own, each object once, so no depth overflows it and the
 * work grows with the size of the value. What carries no secret is returned
 * as it is; a copy keeps an error's class, name and fields.
 */
export function redactDeep<T>(value: T, redact: (text: string) => string): T {
  if (typeof value === 'string') return redact(value) as T;
  if (typeof value !== 'object' || value === null) return value;
  const carrying = objectsCarrying(value, redact);
  if (!carrying.has(value)) return value;
  const copies = new Map<object, object>();
  for (const from of carrying) {
    copies.set(from, Array.isArray(from) ? [] : from instanceof Error ? errorLike(from, redact(from.message)) : {});
  }
  for (const [from, to] of copies) {
    for (const key of keysOf(from)) {
      const descriptor = Object.getOwnPropertyDescriptor(from, key)!;
      let field: unknown = (from as Record<string, unknown>)[key];
      if (typeof field === 'string') field = redact(field);
      // Only objects are keys of `copies`: any other value comes back as it is.
      else field = copies.get(field as object) ?? field;
      // Defined, not assigned: a "__proto__" key stays a key, a hidden field stays hidden.
      // An own property's descriptor always says whether it is enumerable.
      Object.defineProperty(to, key, { value: field, enumerable: descriptor.enumerable, writable: true, configurable: true });
    }
  }
  return copies.get(value) as T;
}

const keysOf = (value: object): string[] => (value instanceof Error ? Object.getOwnPropertyNames(value) : Object.keys(value));

/** The objects under `root` that hold a secret, themselves or below them: each object visited once, cycles included. */
function objectsCarrying(root: object, redact: (text: string) => string): Set<object> {
  const parents = new Map<object, object[]>([[root, []]]);
  const carrying = new Set<object>();
  const pending: object[] = [root];
  while (pending.length > 0) {
    const node = pending.pop()!;
    // An error's message may be inherited (a DOMException's), not an own field.
    const fields: unknown[] = keysOf(node).map((key) => (node as Record<string, unknown>)[key]);
    if (node instanceof Error) fields.push(node.message);
    for (const field of fields) {
      if (typeof field === 'string') {
        if (redact(field) !== field) carrying.add(node);
      } else if (typeof field === 'object' && field !== null) {
        const known = parents.get(field);
        if (known) known.push(node);
        else {
          parents.set(field, [node]);
          pending.push(field);
        }
      }
    }
  }
  // What holds a carrier carries too.
  const rising = [...carrying];
  while (rising.length > 0) {
    // Each carrier was visited, so it has a parent list (the root's empty).
    for (const parent of parents.get(rising.pop()!)!) {
      if (!carrying.has(parent)) {
        carrying.add(parent);
        rising.push(parent);
      }
    }
  }
  return carrying;
}

/**
 * A native error with `error`'s prototype and this message, so that what a
 * caller branches on still holds: `instanceof TypeError` (fetch's network
 * failure), `instanceof SmhResponseError`, `util.types.isNativeError`. The
 * subclass's constructor is not run: it may demand other arguments. A
 * DOMException keeps its name (AbortError, TimeoutError) only if made as one.
 */
function errorLike(error: Error, message: string): Error {
  const copy = error instanceof DOMException ? new DOMException(message, error.name) : new Error(message);
  return Object.setPrototypeOf(copy, Object.getPrototypeOf(error)) as Error;
}

/** A parameter name as a form decoder reads it; one with a malformed escape keeps its `%`, so it is no secret's name. */
function decodeName(text: string): string {
  const spaced = text.replaceAll('+', ' ');
  try {
    return decodeURIComponent(spaced);
  } catch {
    return spaced;
  }
}

/**
 * A request target (path and query, or a whole URL) with the value of every
 * secret query parameter replaced by `***`, whatever it contains. Names are
 * compared after percent-decoding and without regard to case, so
 * `ACCESS%5Ftoken=…` is masked like `access_token=…`.
 */
export function maskTarget(target: string): string {
  const hash = target.indexOf('#');
  const withoutHash = hash === -1 ? target : target.slice(0, hash);
  const question = withoutHash.indexOf('?');
  if (question === -1) return withoutHash;
  const pairs = withoutHash
    .slice(question + 1)
    .split('&')
    .map((pair) => {
      const equals = pair.indexOf('=');
      const name = equals === -1 ? pair : pair.slice(0, equals);
      return secretParameters.has(decodeName(name).toLowerCase()) ? `${name}=***` : pair;
    });
  return `${withoutHash.slice(0, question + 1)}${pairs.join('&')}`;
}

/** The secret values a request carries, decoded: those of secret query parameters and credential headers. */
export function secretsOf(url: URL, headers: Record<string, string>): string[] {
  const found: string[] = [];
  for (const [name, value] of url.searchParams) if (secretParameters.has(name.toLowerCase())) found.push(value);
  for (const [name, value] of Object.entries(headers)) if (secretHeaders.has(name.toLowerCase())) found.push(value);
  return found;
}
