// The HTTP face shared by the mock and the validation proxy: a node:http
// server that answers every request and keeps serving, whatever one sends.
// A request at fault gets a 4xx saying what is wrong; a 500 means the
// answer itself failed, and the log says why. Timeouts fit a test server:
// a slow client is dropped in seconds, an idle kept-alive socket is kept
// longer than clients keep theirs, so none is closed under a request.
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { type Answer, DROP, problem, type ServedRequest } from './answers.js';
import { type Log, type LogLevel, requestLog } from './request-log.js';

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
  log?: Log;
  logLevel?: LogLevel;
}

export interface RunningServer {
  /** `http://127.0.0.1:<port>` */
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Answers one request; the URL it is handed has this server's own origin. */
export type Answering = (request: ServedRequest) => Promise<Answer>;

/** Serves `answer` on `host:port` until closed. */
export async function serveHttp(answer: Answering, options: HttpOptions = {}): Promise<RunningServer> {
  const keepAlive = options.keepAliveTimeoutMs ?? 65_000;
  const server = createServer({
    headersTimeout: options.headersTimeoutMs ?? 10_000,
    requestTimeout: options.requestTimeoutMs ?? 30_000,
    keepAliveTimeout: keepAlive,
    // How often those timeouts are checked (Node's default, 30 s, would let them run late).
    connectionsCheckingInterval: 1_000,
  });
  const host = options.host ?? '127.0.0.1';
  server.listen(options.port ?? 0, host);
  await Promise.race([once(server, 'listening'), once(server, 'error').then(([error]) => Promise.reject(error))]);
  const { port } = server.address() as AddressInfo;
  const hostInUrl = host.includes(':') ? `[${host}]` : host;
  const origin = `http://${hostInUrl}:${port}`;
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    void handle(request, response, answer, options, keepAlive, origin);
  });
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => refuseMalformed(error, socket, options));
  return { url: origin, port, close: () => close(server) };
}

async function handle(
  request: IncomingMessage,
  response: ServerResponse,
  answer: Answering,
  options: HttpOptions,
  keepAlive: number,
  origin: string,
) {
  const method = request.method ?? 'GET';
  const target = request.url ?? '/';
  const headers = headerRecord(request);
  // The target alone says what is asked: a Host header (even a malformed one) is no part of it.
  const url = URL.canParse(target, origin) ? new URL(target, origin) : undefined;
  const log = requestLog(options.log, options.logLevel ?? 'info', { method, target, url, headers });
  const hasBody = headers['content-length'] !== undefined || headers['transfer-encoding'] !== undefined;
  let result: Answer;
  try {
    const fault = url === undefined ? 'the request target is not a URL path' : hostProblem(headers.host);
    if (url === undefined || fault !== undefined) {
      result = problem({ method, url: url ?? new URL(origin), headers }, 400, 'BAD_REQUEST', 'Bad request', fault!);
      log.answered(result.status, `refused: ${fault}`);
    } else {
      result = await answer({ method, url, headers, body: hasBody ? bodyStream(request) : null });
    }
  } catch (error) {
    log.failed(error instanceof Error ? error.message : String(error));
    result = problem(
      { method, url: url ?? new URL(origin), headers },
      500,
      'UNKNOWN',
      'The server failed to answer',
      'the server failed; its log says why',
    );
  }
  // A body left unread (a GET's, a refused upload's) is drained, not kept, and the connection closes after the answer.
  const unread = hasBody && !request.readableEnded;
  write(response, result, keepAlive, log, unread);
  if (unread) request.resume();
}

/**
 * The request body as a web stream, read only as fast as the answering
 * function reads it; cancelled, the rest is drained and dropped, so that the
 * client can still read the answer.
 */
function bodyStream(request: IncomingMessage): ReadableStream<Uint8Array> {
  let open = true;
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        request.pause();
        request.on('data', (chunk: Buffer) => {
          if (!open) return;
          controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
          if ((controller.desiredSize ?? 0) <= 0) request.pause();
        });
        request.once('end', () => open && controller.close());
        request.once('error', (error) => open && controller.error(error));
      },
      pull() {
        request.resume();
      },
      cancel() {
        open = false;
        request.resume();
      },
    },
    { highWaterMark: 1 },
  );
}

function write(
  response: ServerResponse,
  { status, headers, body }: Answer,
  keepAlive: number,
  log: ReturnType<typeof requestLog>,
  unread: boolean,
) {
  if (response.headersSent || response.destroyed) return;
  // A dropped connection, as a test asked the mock for: nothing is written.
  if (status === 0 && headers === DROP.headers) return void response.socket?.destroy();
  // Node sends any status from 100 to 999, and a 1xx is no final answer: a client would wait for one.
  if (!(status >= 200 && status <= 599)) {
    log.failed(`the answer could not be written: ${status} is not the status of a final answer`);
    return fallback(response);
  }
  const out: Record<string, string> = { ...headers };
  if (body !== null) out['content-length'] = String(typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength);
  if (unread || (status === 400 && headers['content-type'] === 'application/problem+json')) out.connection = 'close';
  // Clients keep an idle socket as long as this says, less a margin of their
  // own (undici: 2 s); told 5 s less than the server keeps it, none reuses a
  // socket the server is closing, even after its event loop stalled for
  // seconds. Node still decides Connection per request (HTTP/1.0, close).
  else out['keep-alive'] = `timeout=${Math.max(1, Math.floor(keepAlive / 1000) - 5)}`;
  try {
    response.writeHead(status, out);
    response.end(body ?? undefined);
  } catch (error) {
    // A header value Node refuses (a character outside Latin-1): the server's fault, said plainly.
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
  // A client that hung up (an aborted upload) sent nothing wrong: there is no one to answer.
  if (error.code === 'ECONNRESET') return void socket.destroy();
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

async function close(server: Server): Promise<void> {
  if (!server.listening) return;
  const closed = once(server, 'close');
  server.close();
  server.closeAllConnections();
  await closed;
}
