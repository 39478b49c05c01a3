// `smh-upload-contract/msw`: Mock Service Worker handlers answered by the
// mock engine, so that any HTTP client (axios, ky, got, the vendor's SDK)
// gets the answers the HTTP mock and createMockFetch give.
import { http, type HttpHandler } from 'msw';
import { loadContract, pathPrefix } from './contract.js';
import { createMockEngine, type MockOptions } from './engine.js';
import { fromRequest, toResponse } from './web.js';

export interface SmhHandlersOptions extends MockOptions {
  /** Answer only requests to this origin (and path prefix), e.g. `https://api.tencentsmh.cn`; by default any origin. */
  baseUrl?: string;
}

export type { MockLog, MockLogEntry, MockLogLevel } from './log.js';
export type { MockOptions } from './engine.js';

/** Handlers for `setupServer(...)` (msw/node) or `setupWorker(...)` (msw/browser). */
export function createSmhHandlers(options: SmhHandlersOptions = {}): HttpHandler[] {
  const { baseUrl, ...mockOptions } = options;
  const engine = createMockEngine(mockOptions);
  return [
    http.all(requestsFor(baseUrl), async ({ request }) => {
      return toResponse(await engine(await fromRequest(request)), request.url);
    }),
  ];
}

/** The operation's path on any origin, or below `baseUrl`. */
function requestsFor(baseUrl: string | undefined): RegExp {
  const prefix = pathPrefix(loadContract());
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  if (baseUrl === undefined) return new RegExp(`^[a-z][a-z0-9+.-]*://[^/]+${escape(prefix)}`, 'i');
  if (!URL.canParse(baseUrl)) throw new TypeError(`createSmhHandlers: baseUrl must be an absolute URL, got ${JSON.stringify(baseUrl)}`);
  const base = new URL(baseUrl);
  return new RegExp(`^${escape(base.origin + base.pathname.replace(/\/+$/, ''))}${escape(prefix)}`);
}
