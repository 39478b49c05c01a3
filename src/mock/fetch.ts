// createMockFetch(): a fetch-compatible function answered by the mock engine
// in process, with no server and no port. Same engine, same answers as the
// HTTP mock and the MSW handlers; it refuses what fetch refuses.

import type { ServedRequest } from '../server/answers.js';
import { createLineMasker } from '../server/log-masking.js';
import { createMockEngine, type MockOptions } from './engine.js';
import { fromRequest, headerRecord, toResponse } from './web.js';

/** Called like fetch; answers like `npm start`. */
export type MockFetch = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

/**
 * A fetch answered by the mock in process: hand it to a client that takes
 * a `fetch`, such as `createSmhClient({ fetch })`.
 *
 * @example
 * const smh = createSmhClient({ baseUrl: 'https://api.tencentsmh.cn', accessToken: 't', fetch: createMockFetch() });
 * const { error } = await smh.getUploadTask({ libraryId: 'lib', confirmKey: 'example-UploadNotFound' });
 */
export function createMockFetch(options: MockOptions = {}): MockFetch {
  const engine = createMockEngine(options);
  return async (input, init) => {
    const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
    if (signal?.aborted) throw signal.reason;
    const request = toServedRequest(input, init);
    return toResponse(await untilAborted(signal, engine(request)), request.url.href);
  };
}

// The methods fetch normalizes to upper case; any other keeps its case (RFC 9110: methods are case-sensitive).
const NORMALIZED = new Set(['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT']);
const FORBIDDEN = new Set(['CONNECT', 'TRACE', 'TRACK']);
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/** A Request is built only when one is given or a body comes: a URL and an init are read directly, as fetch would read them. */
function toServedRequest(input: string | URL | Request, init: RequestInit | undefined): ServedRequest {
  if (input instanceof Request) return fromRequest(init === undefined ? input : new Request(input, init));
  const url = parseUrl(input);
  if (init?.body !== undefined && init.body !== null) return fromRequest(new Request(url, init));
  return { method: methodOf(init?.method), url, headers: init?.headers === undefined ? {} : headerRecord(new Headers(init.headers)) };
}

/** The method as fetch sends it, or fetch's TypeError for one it refuses. */
function methodOf(method: string | undefined): string {
  if (method === undefined) return 'GET';
  const upper = method.toUpperCase();
  if (!TOKEN.test(method)) throw new TypeError(`'${method}' is not a valid HTTP method.`);
  if (FORBIDDEN.has(upper)) throw new TypeError(`'${method}' HTTP method is unsupported.`);
  return NORMALIZED.has(upper) ? upper : method;
}

/** fetch's TypeError for a URL it cannot parse, without the URL's secrets. */
function parseUrl(input: string | URL): URL {
  if (input instanceof URL) return input;
  if (typeof input === 'string' && URL.canParse(input)) return new URL(input);
  throw new TypeError(`Failed to parse URL from ${createLineMasker([])(String(input))}`);
}

/** Settles with the work, or rejects with the signal's reason (an AbortError by default), like fetch. */
function untilAborted<T>(signal: AbortSignal | null | undefined, work: Promise<T>): Promise<T> {
  if (!signal) return work;
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
