// `smh-upload-contract/msw`: Mock Service Worker handlers answered by the
// mock engine, in Node (`setupServer`) or a browser (`setupWorker`), so that
// any HTTP client (fetch, axios, ky, got, the vendor's SDK) gets the answers
// the HTTP mock and createMockFetch give.
import { type HttpHandler, http } from 'msw';
import { DROP } from '../server/answers.js';
import { createMockEngine, IN_PROCESS_STORAGE_HOST, type MockOptions } from './engine.js';
import { CONTROL_PREFIX } from './simulator/simulator.js';
import { STORAGE_PREFIX } from './simulator/views.js';
import { fromRequest, toResponse } from './web.js';

export interface SmhHandlersOptions extends MockOptions {
  /** Answer only requests to this origin (and path prefix), e.g. `https://api.tencentsmh.cn`; by default any origin. */
  baseUrl?: string;
}

export type { Log, LogEntry, LogLevel } from '../server/request-log.js';
export type { MockOptions } from './engine.js';

/** What the handlers answer: the contract's paths, the simulator's storage and its own routes. */
const PREFIXES = ['/api/v1/', STORAGE_PREFIX, CONTROL_PREFIX];

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
  return [
    http.all(matches, async ({ request }) => {
      const answer = await engine(fromRequest(request));
      // A dropped connection, as a test asked for: the client sees a network error.
      return answer === DROP ? Response.error() : toResponse(answer, request.url);
    }),
  ];
}

/** The handlers' paths on any origin, or below `baseUrl` (and the simulator's storage on its own host). */
function requestsFor(baseUrl: string | undefined): RegExp {
  const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const paths = `(?:${PREFIXES.map(escapeRegExp).join('|')})`;
  if (baseUrl === undefined) return new RegExp(`^[a-z][a-z0-9+.-]*://[^/]+${paths}`, 'i');
  if (!URL.canParse(baseUrl)) throw new TypeError(`createSmhHandlers: baseUrl must be an absolute URL, got ${JSON.stringify(baseUrl)}`);
  const base = new URL(baseUrl);
  const storage = escapeRegExp(`https://${IN_PROCESS_STORAGE_HOST}${STORAGE_PREFIX}`);
  return new RegExp(`^(?:${escapeRegExp(base.origin + base.pathname.replace(/\/+$/, ''))}${paths}|${storage})`);
}
