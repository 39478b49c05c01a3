// Errors the package throws, and the redaction that keeps the access token
// out of everything it throws or returns.

/** Bad input, thrown before any request is sent. `parameter` names it. */
export class SmhInputError extends TypeError {
  override name = 'SmhInputError';
  constructor(
    readonly parameter: string,
    problem: string,
  ) {
    super(`${parameter} ${problem}`);
  }
}

/** A response the contract does not allow for (not JSON, or empty). */
export class SmhResponseError extends Error {
  override name = 'SmhResponseError';
  constructor(
    readonly status: number,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

const REDACTED = '[REDACTED]';

/** Replaces every spelling of a secret that a URL, a log or a body may carry. */
export function createRedactor(secret: string): (text: string) => string {
  const encoded = encodeURIComponent(secret);
  const spellings = new Set([
    secret,
    encoded,
    new URL(`http://x/?t=${encoded}`).search.slice(3), // as a URL parser re-encodes it
    new URLSearchParams({ t: secret }).toString().slice(2), // as a form encoder writes it
  ]);
  const sorted = [...spellings].filter(Boolean).sort((a, b) => b.length - a.length);
  return (text) => sorted.reduce((out, spelling) => out.split(spelling).join(REDACTED), text);
}

/**
 * The value with the secret removed from every string in it: an error's
 * message, stack, own fields (enumerable or not: AggregateError keeps its
 * `errors` in a hidden one) and `cause` chain, however deep, a JSON body's
 * strings. A value that does not carry the secret is returned as it is, so
 * `instanceof` and AbortError checks keep working.
 */
export function redactDeep<T>(value: T, redact: (text: string) => string, copies = new Map<object, unknown>()): T {
  if (typeof value === 'string') return redact(value) as T;
  if (value === null || typeof value !== 'object') return value;
  if (copies.has(value)) return copies.get(value) as T; // a cycle: reuse the copy being made
  if (!carries(value, redact)) return value;
  if (Array.isArray(value)) {
    const copy: unknown[] = [];
    copies.set(value, copy);
    for (const item of value) copy.push(redactDeep(item, redact, copies));
    return copy as T;
  }
  if (value instanceof Error) {
    const copy = new Error(redact(value.message));
    copies.set(value, copy);
    copy.name = value.name;
    copy.stack = redact(value.stack ?? '');
    for (const key of Object.getOwnPropertyNames(value)) {
      if (key === 'message' || key === 'stack') continue;
      const { enumerable } = Object.getOwnPropertyDescriptor(value, key)!;
      const field = redactDeep((value as unknown as Record<string, unknown>)[key], redact, copies);
      Object.defineProperty(copy, key, { value: field, enumerable, writable: true, configurable: true });
    }
    return copy as T;
  }
  const copy: Record<string, unknown> = {};
  copies.set(value, copy);
  for (const [key, field] of Object.entries(value)) Object.defineProperty(copy, key, { value: redactDeep(field, redact, copies), enumerable: true, writable: true, configurable: true });
  return copy as T;
}

function carries(value: unknown, redact: (text: string) => string, seen = new Set<object>()): boolean {
  if (typeof value === 'string') return redact(value) !== value;
  if (value === null || typeof value !== 'object' || seen.has(value)) return false;
  seen.add(value);
  if (value instanceof Error && (carries(value.message, redact, seen) || carries(value.stack, redact, seen))) return true;
  const keys = value instanceof Error ? Object.getOwnPropertyNames(value) : Object.keys(value);
  return keys.some((key) => carries((value as Record<string, unknown>)[key], redact, seen));
}
