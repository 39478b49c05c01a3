// startMockServer(): the mock engine over HTTP, on 127.0.0.1 by default;
// what `npm start` and `smh-upload-mock` run.
import { createMockEngine, type MockOptions } from './engine.js';
import { type HttpOptions, type RunningServer, serveHttp } from './http.js';

export interface MockServerOptions extends MockOptions, Omit<HttpOptions, 'log' | 'logLevel'> {}

export type MockServer = RunningServer;

/**
 * The HTTP mock, for any client in any language: documented test keys,
 * `Prefer`, the service's 400s; one log line per request when given `log`.
 *
 * @example
 * const mock = await startMockServer(); // http://127.0.0.1:<a free port>
 * const response = await fetch(`${mock.url}/api/v1/file/lib/-/example-UploadNotFound?upload&access_token=t`);
 * await mock.close();
 */
export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  // Generated bodies need Prism: without it, fail here, not on the first request.
  if (options.dynamic) await (await import('#prism')).ensurePrism();
  const engine = createMockEngine(options);
  return serveHttp(engine, options);
}
