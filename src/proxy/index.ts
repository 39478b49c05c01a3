// `smh-upload-contract/proxy`: the validation proxy, for teams that put it in
// front of the real service to judge live traffic against the contract.
import { type HttpOptions, type RunningServer, serveHttp } from '../server/http-server.js';
import { createProxyEngine, type ProxyOptions } from './engine.js';

export type { Log, LogEntry, LogLevel } from '../server/request-log.js';
export interface ValidationProxyOptions extends ProxyOptions, Omit<HttpOptions, 'log' | 'logLevel'> {}
export type ValidationProxy = RunningServer;

/**
 * A validation proxy on the package's hardened HTTP server: every request
 * goes to `upstream` unchanged, every answer comes back unchanged, with its
 * violations of the contract in the `sl-violations` header. The proxy
 * contacts no host but the upstream: a redirect comes back as the answer.
 * Needs @stoplight/prism-http.
 *
 * @example
 * const proxy = await startValidationProxy({ upstream: 'https://api.tencentsmh.cn' });
 * const smh = createSmhClient({ baseUrl: proxy.url, accessToken });
 * const { response } = await smh.getUploadTask({ libraryId, confirmKey });
 * console.log(response.headers.get('sl-violations')); // null when the answer keeps the contract
 */
export async function startValidationProxy(options: ValidationProxyOptions): Promise<ValidationProxy> {
  const engine = createProxyEngine(options);
  await engine.ready; // without Prism, fail here, not on the first request
  return serveHttp(engine, options);
}
