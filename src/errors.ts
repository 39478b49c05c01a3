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
 * The same error with the secret removed from its message, stack, own fields
 * and `cause` chain. An error that does not carry the secret is returned as
 * it is, so `instanceof` and AbortError checks keep working.
 */
export function redactError(error: unknown, redact: (text: string) => string): unknown {
  if (!carries(error, redact)) return error;
  if (!(error instanceof Error)) return typeof error === 'string' ? redact(error) : new Error(redact(describe(error)));
  const copy = new Error(redact(error.message), error.cause === undefined ? undefined : { cause: redactError(error.cause, redact) });
  copy.name = error.name;
  copy.stack = redact(error.stack ?? '');
  for (const [key, value] of Object.entries(error)) {
    if (key !== 'cause') (copy as unknown as Record<string, unknown>)[key] = typeof value === 'string' ? redact(value) : redactError(value, redact);
  }
  return copy;
}

function carries(value: unknown, redact: (text: string) => string, depth = 0): boolean {
  if (value === null || value === undefined || depth > 8) return false;
  if (typeof value === 'string') return redact(value) !== value;
  if (typeof value !== 'object') return false;
  if (value instanceof Error && (carries(value.message, redact) || carries(value.stack, redact) || carries(value.cause, redact, depth + 1))) return true;
  return Object.values(value).some((field) => carries(field, redact, depth + 1));
}

function describe(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
