// `smh-upload-contract/msw`: Mock Service Worker handlers answered by the
// mock engine, in Node (`setupServer`) or a browser (`setupWorker`), so that
// any HTTP client (fetch, axios, ky, got, the vendor's SDK) gets the answers
// the HTTP mock and createMockFetch give.
import { type HttpHandler, http } from 'msw';
import { createMockEngine, type MockOptions, pathPrefix } from './engine.js';
import { fromRequest, toResponse } from './web.js';

export interface SmhHandlersOptions extends MockOptions {
  /** Answer only requests to this origin (and path prefix), e.g. `https://api.tencentsmh.cn`; by default any origin. */
  baseUrl?: string;
}

export type { MockOptions } from './engine.js';
export type { MockLog, MockLogEntry, MockLogLevel } from './log.js';

/**
 * Handlers for `setupServer(...)` (msw/node) or `setupWorker(...)` (msw/browser).
 *
 * @example
 * import { setupServer } from 'msw/node';
 * const server = setupServer(...createSmhHandlers({ baseUrl: 'https://api.tencentsmh.cn' }));
 * server.listen();
 */
export function createSmhHandlers(options: SmhHandlersOptions = {}): HttpHandler[] {
  const { baseUrl, ...mockOptions } = options;
  const matches = requestsFor(baseUrl);
  const engine = createMockEngine(mockOptions);
  return [http.all(matches, async ({ request }) => toResponse(await engine(fromRequest(request)), request.url))];
}

/** The operation's path on any origin, or below `baseUrl`. */
function requestsFor(baseUrl: string | undefined): RegExp {
  const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  if (baseUrl === undefined) return new RegExp(`^[a-z][a-z0-9+.-]*://[^/]+${escapeRegExp(pathPrefix)}`, 'i');
  if (!URL.canParse(baseUrl)) throw new TypeError(`createSmhHandlers: baseUrl must be an absolute URL, got ${JSON.stringify(baseUrl)}`);
  const base = new URL(baseUrl);
  return new RegExp(`^${escapeRegExp(base.origin + base.pathname.replace(/\/+$/, ''))}${escapeRegExp(pathPrefix)}`);
}
