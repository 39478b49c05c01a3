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

/** A response the contract does not allow for: not JSON, empty, or a non-2xx body that is no SMH error. */
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
  // Longest first: the raw secret may begin its encoded spelling (`a%` → `a%25`).
  const sorted = [...spellings].sort((a, b) => b.length - a.length);
  return (text) => sorted.reduce((out, spelling) => out.split(spelling).join(REDACTED), text);
}

/**
 * The value with the secret removed from every string in it: an error's
 * message, stack, own fields (enumerable or not: AggregateError keeps its
 * `errors` in a hidden one) and `cause` chain, however deep, a JSON body's
 * strings. A value that does not carry the secret is returned as it is; a
 * copy keeps the original's class, name and fields.
 */
export function redactDeep<T>(value: T, redact: (text: string) => string, copies = new Map<unknown, unknown>()): T {
  if (typeof value === 'string') return redact(value) as T;
  if (copies.has(value)) return copies.get(value) as T; // a cycle: reuse the copy being made
  if (!carries(value, redact)) return value; // every other non-string as well
  return copyOf(value as object, redact, copies) as T;
}

function copyOf(value: object, redact: (text: string) => string, copies: Map<unknown, unknown>): object {
  if (Array.isArray(value)) {
    const copy: unknown[] = [];
    copies.set(value, copy);
    for (const item of value) copy.push(redactDeep(item, redact, copies));
    return copy;
  }
  if (value instanceof Error) {
    // The message goes to the constructor too: a DOMException's is no field.
    const copy = errorLike(value, redact(value.message));
    copies.set(value, copy);
    for (const key of Object.getOwnPropertyNames(value)) {
      const { enumerable } = Object.getOwnPropertyDescriptor(value, key)!;
      const field = redactDeep((value as unknown as Record<string, unknown>)[key], redact, copies);
      Object.defineProperty(copy, key, { value: field, enumerable, writable: true, configurable: true });
    }
    return copy;
  }
  // Fields are defined, not assigned, so that a "__proto__" key stays a key.
  const copy: Record<string, unknown> = {};
  copies.set(value, copy);
  for (const [key, field] of Object.entries(value)) Object.defineProperty(copy, key, { value: redactDeep(field, redact, copies), enumerable: true, writable: true, configurable: true });
  return copy;
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

function carries(value: unknown, redact: (text: string) => string, seen = new Set<object>()): boolean {
  if (typeof value === 'string') return redact(value) !== value;
  if (value === null || typeof value !== 'object' || seen.has(value)) return false;
  seen.add(value);
  // An error's message may be inherited (a DOMException's), not an own field.
  if (value instanceof Error && carries(value.message, redact, seen)) return true;
  const keys = value instanceof Error ? Object.getOwnPropertyNames(value) : Object.keys(value);
  return keys.some((key) => carries((value as Record<string, unknown>)[key], redact, seen));
}
