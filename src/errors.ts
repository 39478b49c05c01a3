// The errors the package throws, and how their messages show a value they
// refuse. The client keeps the token out of them (src/client/redaction.ts).

/**
 * Bad input, thrown before any request is sent or any plan is made.
 * `parameter` names what was wrong: `baseUrl`, `confirmKey`, `init.headers`,
 * `uploadPartInfo.path`…
 */
export class SmhInputError extends TypeError {
  override name = 'SmhInputError';
  constructor(
    readonly parameter: string,
    problem: string,
  ) {
    super(`${parameter} ${problem}`);
  }
}

/**
 * An answer the contract does not allow for: a redirect, a body over the
 * limit, a 2xx that is not what the operation answers, a non-2xx body that is
 * no SMH error. `status` is the status the server answered.
 */
export class SmhResponseError extends Error {
  override name = 'SmhResponseError';
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** A value's JSON type, as messages name it: `null`, `array`, `integer`, `number`, `string`, `boolean`, `object`; `undefined` for none. */
export function jsonTypeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (Number.isInteger(value)) return 'integer';
  return typeof value;
}

/** A value in a message: strings quoted, numbers as JavaScript writes them (NaN too), anything else by its type. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined) return String(value);
  return `a value of type ${jsonTypeOf(value)}`;
}
