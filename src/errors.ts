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
 * message, stack, own fields and `cause` chain, a JSON body's strings. A value
 * that does not carry the secret is returned as it is, so `instanceof` and
 * AbortError checks keep working.
 */
export function redactDeep<T>(value: T, redact: (text: string) => string, depth = 0): T {
  if (depth > 8 || !carries(value, redact)) return value;
  if (typeof value === 'string') return redact(value) as T;
  if (Array.isArray(value)) return value.map((item) => redactDeep(item, redact, depth + 1)) as T;
  if (value instanceof Error) {
    const copy = new Error(redact(value.message), value.cause === undefined ? undefined : { cause: redactDeep(value.cause, redact, depth + 1) });
    copy.name = value.name;
    copy.stack = redact(value.stack ?? '');
    for (const [key, field] of Object.entries(value)) (copy as unknown as Record<string, unknown>)[key] = redactDeep(field, redact, depth + 1);
    return copy as T;
  }
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, redactDeep(field, redact, depth + 1)])) as T;
  }
  return value;
}

function carries(value: unknown, redact: (text: string) => string, depth = 0): boolean {
  if (value === null || value === undefined || depth > 8) return false;
  if (typeof value === 'string') return redact(value) !== value;
  if (typeof value !== 'object') return false;
  if (value instanceof Error && (carries(value.message, redact) || carries(value.stack, redact) || carries(value.cause, redact, depth + 1))) return true;
  return Object.values(value).some((field) => carries(field, redact, depth + 1));
}
