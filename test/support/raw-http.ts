// HTTP as an attacker or a careless client writes it: raw bytes on a TCP
// socket to a loopback server, and what comes back, read as it comes.
import { connect, type Socket } from 'node:net';

export interface RawAnswer {
  /** The status of the final answer, or undefined if none came before the socket closed. */
  status: number | undefined;
  /** Everything the server wrote. */
  text: string;
  /** Whether the server closed the connection. */
  closed: boolean;
}

/** Sends `bytes` to `url`'s host and port, and reads until the server closes or `waitMs` passes. */
export function rawRequest(url: string, bytes: string | Buffer, waitMs = 2_000): Promise<RawAnswer> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname);
    let text = '';
    let closed = false;
    const done = () => {
      clearTimeout(timer);
      socket.destroy();
      resolve({ status: finalStatus(text), text, closed });
    };
    const timer = setTimeout(done, waitMs);
    socket.on('data', (chunk) => {
      text += chunk.toString('latin1');
      if (complete(text)) done();
    });
    socket.on('error', () => {});
    socket.on('close', () => {
      closed = true;
      done();
    });
    socket.write(bytes);
  });
}

/** Whether `text` holds a whole final answer: its head, and as much body as Content-Length says. */
function complete(text: string): boolean {
  const status = finalStatus(text);
  const headEnd = text.indexOf('\r\n\r\n', text.search(/HTTP\/1\.[01] [2-5]\d\d/));
  if (status === undefined || headEnd === -1) return false;
  const length = /\r\ncontent-length: *(\d+)/i.exec(text.slice(0, headEnd))?.[1];
  return length !== undefined && text.length - (headEnd + 4) >= Number(length);
}

/** The first status line that is not 1xx. */
export function finalStatus(text: string): number | undefined {
  for (const match of text.matchAll(/HTTP\/1\.[01] (\d{3})/g)) {
    const status = Number(match[1]);
    if (status >= 200) return status;
  }
  return undefined;
}

/** A socket that sends `head` and then nothing: whether, and when, the server drops it. */
export function openSocket(url: string): Promise<Socket> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => resolve(socket));
    socket.on('error', reject);
  });
}

/** Resolves with the time (ms) until the server closes `socket`, or undefined if it stays open `waitMs`. */
export function closedWithin(socket: Socket, waitMs: number): Promise<number | undefined> {
  const started = performance.now();
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(undefined), waitMs);
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(performance.now() - started);
    });
    socket.resume();
  });
}
