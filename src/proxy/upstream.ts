// How the proxy reaches its upstream, in place of Prism's own forwarder
// (which follows redirects to any host and reads any body whole): only the
// upstream's origin is ever contacted, a redirect comes back as the answer,
// the answer is read with a limit and within the deadline, and its bytes
// are kept to be passed on unchanged.
import { readBounded, TOO_LARGE } from '../shared/bounded-read.js';

/** Headers that belong to one connection, not to the answer (RFC 9110, 7.6.1), and those the proxy sets again for what it writes. */
const NOT_PASSED_ON = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'content-length',
  // fetch decodes the body; what is passed on is the decoded bytes.
  'content-encoding',
]);

export interface UpstreamAnswer {
  status: number;
  /** Names in lower case; hop-by-hop and encoding headers left out. */
  headers: Record<string, string>;
  /** The bytes as the upstream sent them (decoded). */
  bytes: Uint8Array;
}

/** Why the upstream gave no answer to pass on: a 502 or a 504, with what to say. */
export class UpstreamFailure extends Error {
  constructor(
    readonly status: 502 | 504,
    message: string,
  ) {
    super(message);
  }
}

export interface UpstreamRequest {
  method: string;
  /** Path and query, as the client sent them. */
  target: string;
  headers: Record<string, string>;
  body: Uint8Array | null;
}

/** Sends `request` to `upstream` and reads its answer, or throws UpstreamFailure. */
export async function askUpstream(
  upstream: URL,
  request: UpstreamRequest,
  limits: { timeoutMs: number; maxBodyBytes: number },
): Promise<UpstreamAnswer> {
  const url = `${upstream.origin}${upstream.pathname.replace(/\/+$/, '')}${request.target}`;
  const headers = Object.fromEntries(Object.entries(request.headers).filter(([name]) => name !== 'host' && !NOT_PASSED_ON.has(name)));
  const signal = AbortSignal.timeout(limits.timeoutMs);
  let response: Response;
  try {
    response = await fetch(url, {
      method: request.method,
      headers,
      body: request.body as BodyInit | null,
      redirect: 'manual',
      signal,
    });
  } catch (error) {
    if (signal.aborted) throw new UpstreamFailure(504, `the upstream did not answer within ${limits.timeoutMs} ms`);
    const reason = error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error);
    throw new UpstreamFailure(502, `the upstream ${upstream.origin} could not be reached (${reason})`);
  }
  let bytes: Uint8Array | typeof TOO_LARGE;
  try {
    bytes = await readBounded(response.body, limits.maxBodyBytes);
  } catch {
    if (signal.aborted) throw new UpstreamFailure(504, `the upstream did not send its whole answer within ${limits.timeoutMs} ms`);
    throw new UpstreamFailure(502, `the upstream's answer broke off before its end`);
  }
  if (bytes === TOO_LARGE)
    throw new UpstreamFailure(
      502,
      `the upstream answered ${response.status} with a body over the proxy's limit of ${limits.maxBodyBytes} bytes (maxUpstreamBodyBytes); the rest was not read`,
    );
  const answered: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    if (!NOT_PASSED_ON.has(name)) answered[name] = value;
  });
  return { status: response.status, headers: answered, bytes };
}
