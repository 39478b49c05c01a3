// `smh-upload-contract/mock/server`: the mock engine over HTTP, on 127.0.0.1
// by default; what `npm start` and `smh-upload-mock` run. An entry of its
// own, so that the in-process mock bundles for a browser with no Node built-in.
import { type HttpOptions, type RunningServer, serveHttp } from '../server/http-server.js';
import { createMockEngine, type MockOptions } from './engine.js';

export type { Log, LogEntry, LogLevel } from '../server/request-log.js';

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
  // Part credentials send the bytes back to this server, by the host its client reached it at.
  return serveHttp(
    createMockEngine(options, (request) => request.headers.host ?? request.url.host),
    options,
  );
}
