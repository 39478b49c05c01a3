// The HTTP mock: a node:http server on 127.0.0.1 over the mock engine.
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createMockEngine, type MockEngine, type MockOptions } from './engine.js';

export interface MockServerOptions extends MockOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
}

export interface MockServer {
  /** `http://127.0.0.1:<port>` */
  url: string;
  port: number;
  close(): Promise<void>;
}

// A GET carries no body; a larger one is refused rather than buffered.
const MAX_BODY_BYTES = 1024 * 1024;

export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const engine = createMockEngine(options);
  await engine.ready; // without Prism, fail here, not on the first request
  const server = createServer((request, response) => {
    answer(engine, request).then(
      ({ status, statusText, headers, body }) => {
        if (body !== null) headers['content-length'] = String(Buffer.byteLength(body));
        response.writeHead(status, statusText, headers);
        response.end(body ?? undefined);
      },
      (error: unknown) => {
        const tooLarge = error instanceof BodyTooLarge;
        response.writeHead(tooLarge ? 413 : 500, { 'content-type': 'text/plain; charset=utf-8', connection: 'close' });
        response.end(tooLarge ? error.message : 'the mock failed to answer; see its log');
        if (!tooLarge) options.log?.({ level: 'error', message: `${request.method} ${request.url?.split('?')[0]} failed: ${(error as Error)?.message}` });
      },
    );
  });
  server.listen(options.port ?? 0, '127.0.0.1');
  await Promise.race([once(server, 'listening'), once(server, 'error').then(([error]) => Promise.reject(error))]);
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, port, close: () => close(server) };
}

async function answer(engine: MockEngine, request: IncomingMessage) {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  const url = new URL(request.url ?? '/', `http://${headers.host || '127.0.0.1'}`);
  return engine({ method: request.method ?? 'GET', url, headers, body: await readBody(request) });
}

class BodyTooLarge extends Error {}

async function readBody(request: IncomingMessage): Promise<string | null> {
  if (request.headers['content-length'] === undefined && request.headers['transfer-encoding'] === undefined) return null;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLarge(`a request body over ${MAX_BODY_BYTES} bytes is refused`);
    chunks.push(chunk);
  }
  return size === 0 ? null : Buffer.concat(chunks).toString('utf8');
}

async function close(server: Server): Promise<void> {
  if (!server.listening) return;
  const closed = once(server, 'close');
  server.close();
  server.closeAllConnections();
  await closed;
}
