// Keeps the token out of everything the client returns or throws: error
// bodies and data however deep, errors with their causes and hidden fields,
// the response's URL and headers. Strings are rewritten only where the token
// stands whole (src/shared/secret-redactor.ts).

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
    // An array as long as it was, holes where it had them.
    copies.set(from, Array.isArray(from) ? new Array(from.length) : from instanceof Error ? errorLike(from, redact(from.message)) : {});
  }
  for (const [from, to] of copies) {
    for (const key of keysOf(from)) {
      const descriptor = Object.getOwnPropertyDescriptor(from, key)!;
      let field: unknown = (from as Record<string, unknown>)[key];
      if (typeof field === 'string') field = redact(field);
      // Only objects are keys of `copies`: any other value comes back as it is.
      else field = copies.get(field as object) ?? field;
      // Defined, not assigned: a "__proto__" key stays a key, a hidden field stays hidden.
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

/** `response` as a caller may print it: its URL, and its headers when one carries the token, redacted. */
export function redactResponse(response: Response, redact: (text: string) => string): Response {
  let headers: Headers | undefined;
  response.headers.forEach((value, name) => {
    const clean = redact(value);
    if (clean === value) return;
    headers ??= new Headers(response.headers);
    headers.set(name, clean);
  });
  const shown = headers === undefined ? response : withHeaders(response, headers);
  // The URL carries the token; whoever logs the response must not see it.
  Object.defineProperty(shown, 'url', { value: redact(response.url), configurable: true });
  return shown;
}

/** A body-less copy of `response` with other headers; its body was read already. Its status is defined below, not built: the constructor refuses a status under 200. */
function withHeaders(response: Response, headers: Headers): Response {
  const copy = new Response(null, { headers });
  for (const key of ['status', 'statusText', 'type', 'redirected', 'ok'] as const) {
    Object.defineProperty(copy, key, { value: response[key], configurable: true });
  }
  return copy;
}
