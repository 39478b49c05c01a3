// The HTTP face shared by the mock and the validation proxy: a node:http
// server that answers every request and keeps serving, whatever one sends.
// A request at fault gets a 4xx saying what is wrong; a 500 means the
// answer itself failed, and the log says why. Timeouts fit a test server:
// a slow client is dropped in seconds, an idle kept-alive socket is kept
// longer than clients keep theirs, so none is closed under a request.
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { secretsOf } from '../secrets.js';
import { type MockAnswer, type MockRequest, problem } from './engine.js';
import { type MockLog, type MockLogLevel, type RequestLog, requestLog } from './log.js';

export interface HttpOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** The address to listen on; 127.0.0.1 by default. `0.0.0.0` exposes the server to every network the machine is on. */
  host?: string;
  /** A request's headers must arrive within this (default 10 s): a client that trickles them is dropped. */
  headersTimeoutMs?: number;
  /** A whole request must arrive within this (default 30 s). */
  requestTimeoutMs?: number;
  /** An idle kept-alive connection is closed after this (default 65 s); clients are told 60 s, so they always let go first. */
  keepAliveTimeoutMs?: number;
  log?: MockLog;
  logLevel?: MockLogLevel;
}

export interface HttpRequest extends MockRequest {
  /** The request body, if any, up to MAX_BODY_BYTES. */
  body: Buffer | null;
}

export interface RunningServer {
  /** `http://127.0.0.1:<port>` */
  url: string;
  port: number;
  close(): Promise<void>;
}

// A GET carries no body; a larger one is refused rather than buffered.
const MAX_BODY_BYTES = 1024 * 1024;

/** Serves `answer` on `host:port` until closed. */
export async function serveHttp(answer: (request: HttpRequest) => Promise<MockAnswer>, options: HttpOptions = {}): Promise<RunningServer> {
  const keepAlive = options.keepAliveTimeoutMs ?? 65_000;
  const server = createServer({
    headersTimeout: options.headersTimeoutMs ?? 10_000,
    requestTimeout: options.requestTimeoutMs ?? 30_000,
    keepAliveTimeout: keepAlive,
    // How often those timeouts are checked (Node's default, 30 s, would let them run late).
    connectionsCheckingInterval: 1_000,
  });
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    void handle(request, response, answer, options, keepAlive);
  });
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => refuseMalformed(error, socket, options));
  const host = options.host ?? '127.0.0.1';
  server.listen(options.port ?? 0, host);
  await Promise.race([once(server, 'listening'), once(server, 'error').then(([error]) => Promise.reject(error))]);
  const { port } = server.address() as AddressInfo;
  const hostInUrl = host.includes(':') ? `[${host}]` : host;
  return { url: `http://${hostInUrl}:${port}`, port, close: () => close(server) };
}

async function handle(
  request: IncomingMessage,
  response: ServerResponse,
  answer: (request: HttpRequest) => Promise<MockAnswer>,
  options: HttpOptions,
  keepAlive: number,
) {
  const method = request.method ?? 'GET';
  const target = request.url ?? '/';
  const headers = headerRecord(request);
  // The target alone says what is asked: a Host header (even a malformed one) is no part of it.
  const url = URL.canParse(target, 'http://mock.invalid') ? new URL(target, 'http://mock.invalid') : undefined;
  const log = requestLog(options.log, options.logLevel ?? 'info', method, target, url ? secretsOf(url, headers) : []);
  let result: MockAnswer;
  try {
    const body = await readBody(request);
    const fault = url === undefined ? 'the request target is not a URL path' : hostProblem(headers.host);
    if (url === undefined || fault !== undefined)
      result = problem({ method, url: url ?? PLACEHOLDER, headers }, 400, 'BAD_REQUEST', 'Bad request', fault!);
    else if (body === TOO_LARGE)
      result = problem(
        { method, url, headers },
        413,
        'PAYLOAD_TOO_LARGE',
        'Request body too large',
        `a request body over ${MAX_BODY_BYTES} bytes is refused`,
      );
    else result = await answer({ method, url, headers, body });
    if (fault !== undefined || body === TOO_LARGE) log.answered(result.status, `refused: ${fault ?? 'body too large'}`);
  } catch (error) {
    log.failed(error instanceof Error ? error.message : String(error));
    result = problem(
      { method, url: url ?? PLACEHOLDER, headers },
      500,
      'UNKNOWN',
      'The mock failed to answer',
      'the server failed; its log says why',
    );
  }
  write(response, result, keepAlive, log);
}

function write(response: ServerResponse, { status, headers, body }: MockAnswer, keepAlive: number, log: RequestLog) {
  if (response.headersSent || response.destroyed) return;
  // Node sends any status from 100 to 999, and a 1xx is no final answer: a client would wait for one.
  if (!(status >= 200 && status <= 599)) {
    log.failed(`the answer could not be written: ${status} is not the status of a final answer`);
    return fallback(response);
  }
  const out: Record<string, string> = { ...headers };
  if (body !== null) out['content-length'] = String(Buffer.byteLength(body));
  if (status === 413 || (status === 400 && headers['content-type'] === 'application/problem+json')) out.connection = 'close';
  // Clients keep an idle socket as long as this says, less a margin of their
  // own (undici: 2 s); told 5 s less than the server keeps it, none reuses a
  // socket the server is closing, even after its event loop stalled for
  // seconds. Node still decides Connection per request (HTTP/1.0, close).
  else out['keep-alive'] = `timeout=${Math.max(1, Math.floor(keepAlive / 1000) - 5)}`;
  try {
    response.writeHead(status, out);
    response.end(body ?? undefined);
  } catch (error) {
    // A header value Node refuses (a character outside Latin-1): the mock's fault, said plainly.
    log.failed(`the answer could not be written: ${error instanceof Error ? error.message : String(error)}`);
    fallback(response);
  }
}

/** The 500 a server sends when its own answer could not be written. */
function fallback(response: ServerResponse) {
  if (response.headersSent) return void response.destroy();
  response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8', connection: 'close' });
  response.end('the server failed to write its answer; see its log');
}

/** The raw request Node could not parse: a status that says why, then the connection closes. */
function refuseMalformed(error: NodeJS.ErrnoException, socket: Socket, options: HttpOptions) {
  const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
  const log = options.log;
  if (log !== undefined && (options.logLevel ?? 'info') !== 'silent') {
    try {
      log({ level: 'warn', message: `a malformed request was refused with ${status} (${error.code ?? 'unknown'})` });
    } catch {
      // A failing log must not change the answer.
    }
  }
  if (socket.writable && !socket.destroyed)
    socket.end(
      `HTTP/1.1 ${status} ${status === 431 ? 'Request Header Fields Too Large' : status === 408 ? 'Request Timeout' : 'Bad Request'}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`,
    );
  else socket.destroy();
}

/** HTTP/1.1 asks a server to refuse a Host that is not a host name with an optional port (RFC 9112, 3.2). */
function hostProblem(host: string | undefined): string | undefined {
  if (host === undefined) return undefined; // HTTP/1.0; Node refuses an HTTP/1.1 request without one
  const parsed = URL.canParse(`http://${host}/`) ? new URL(`http://${host}/`) : undefined;
  if (parsed === undefined || parsed.username !== '' || parsed.pathname !== '/' || parsed.search !== '' || `${parsed.host}` === '') {
    return 'the Host header is not a host name with an optional port';
  }
  return undefined;
}

function headerRecord(request: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers))
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  return headers;
}

const TOO_LARGE = Symbol('too large');
// Where a request whose target is no URL is said to go, for the problem's CORS headers.
const PLACEHOLDER = new URL('http://mock.invalid/');

/** The body, or TOO_LARGE once it passes MAX_BODY_BYTES (the rest is read and dropped, and the connection then closes). */
function readBody(request: IncomingMessage): Promise<Buffer | null | typeof TOO_LARGE> {
  if (request.headers['content-length'] === undefined && request.headers['transfer-encoding'] === undefined) return Promise.resolve(null);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) return void chunks.push(chunk);
      request.off('data', onData).resume();
      resolve(TOO_LARGE);
    };
    request.on('data', onData);
    request.once('end', () => resolve(size === 0 ? null : Buffer.concat(chunks)));
    request.once('error', reject);
  });
}

async function close(server: Server): Promise<void> {
  if (!server.listening) return;
  const closed = once(server, 'close');
  server.close();
  server.closeAllConnections();
  await closed;
}
