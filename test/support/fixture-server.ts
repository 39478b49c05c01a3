// A loopback HTTP server that answers every request with what a test gives
// it: a stand-in for a server that breaks the contract, a gateway's HTML
// error page, a server that never answers.
import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

export interface FixtureServer {
  baseUrl: string;
  /** The raw request targets (path and query) received so far. */
  requests: string[];
  /** Answers the requests that come next with `handler`. */
  answer(handler: FixtureHandler): void;
  close(): Promise<void>;
}

export type FixtureHandler = (request: IncomingMessage, response: ServerResponse) => void;

export async function startFixtureServer(handler: FixtureHandler): Promise<FixtureServer> {
  const requests: string[] = [];
  let answering = handler;
  const server = createServer((request, response) => {
    requests.push(request.url ?? '');
    answering(request, response);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  let closed: Promise<void> | undefined;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    answer(next) {
      answering = next;
    },
    close() {
      closed ??= (async () => {
        server.closeAllConnections();
        server.close();
        await once(server, 'close');
      })();
      return closed;
    },
  };
}

/** A handler that answers every request with this JSON body (and these headers). */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): FixtureHandler {
  const text = JSON.stringify(body);
  return (_request, response) => {
    response.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers });
    response.end(text);
  };
}
