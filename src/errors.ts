// The errors the package throws (secrets.ts keeps the token out of them).

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

/** A response the contract does not allow for: a redirect, a body over the limit, not JSON or no object, or a non-2xx body that is no SMH error. */
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
