// createMockFetch(): a fetch-compatible function answered by the mock engine
// in process, with no server and no port. Same engine, same answers as the
// HTTP mock and the MSW handlers.
import { maskTarget } from '../secrets.js';
import { createMockEngine, type MockOptions, type MockRequest } from './engine.js';
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
    const request = toMockRequest(input, init);
    return toResponse(await untilAborted(signal, engine(request)), request.url.href);
  };
}

/** A Request is built only when one is given: a URL and an init are read directly, as fetch would read them. */
function toMockRequest(input: string | URL | Request, init: RequestInit | undefined): MockRequest {
  if (input instanceof Request) return fromRequest(init === undefined ? input : new Request(input, init));
  const url = parseUrl(input);
  return {
    method: (init?.method ?? 'GET').toUpperCase(),
    url,
    headers: init?.headers === undefined ? {} : headerRecord(new Headers(init.headers)),
  };
}

/** fetch's TypeError for a URL it cannot parse, without the URL's secrets. */
function parseUrl(input: string | URL): URL {
  if (input instanceof URL) return input;
  if (typeof input === 'string' && URL.canParse(input)) return new URL(input);
  throw new TypeError(`Failed to parse URL from ${maskTarget(String(input))}`);
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
