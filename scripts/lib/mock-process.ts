// The contract's HTTP mock (what `npm start` runs) and its validation proxy
// as child processes on 127.0.0.1, for tests, scripts and benches; each is
// tethered (scripts/lib/processes.ts): it stops with its caller.
import { once } from 'node:events';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { start, waitFor } from './processes.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

export interface RunningServer {
  baseUrl: string;
  port: number;
  /** The process that runs it (its tether); the server runs below it. */
  pid: number;
  /** Everything it printed so far. */
  log(): string;
  stop(): Promise<void>;
}

/**
 * `npm start`'s mock, from src/ (as `npm start` runs it), on a free port.
 * With `logFd`, its log goes to that file descriptor rather than to us; with
 * `cpu`, it runs on that core only.
 */
export async function startMock(extraArgs: string[] = [], { timeoutMs = 10 * 60_000, logFd, cpu }: { timeoutMs?: number; logFd?: number; cpu?: number } = {}): Promise<RunningServer> {
  // It prints its address once it listens, on the port it picked; one whose
  // log we do not read gets a port and is asked until it answers.
  const blind = logFd !== undefined || extraArgs.join(' ').includes('-v silent');
  const port = blind ? String(await freePort()) : '0';
  const command = [process.execPath, '--import', 'tsx', `${root}src/mock/cli.ts`, '--port', port, ...extraArgs];
  // A bench pins it to one core (Linux's taskset), so that it never shares that core with the load.
  const [executable, ...args] = cpu === undefined ? command : ['taskset', '-c', String(cpu), ...command];
  const child = start(executable!, args, { cwd: root, timeoutMs, outputFd: logFd });
  let baseUrl = blind ? `http://127.0.0.1:${port}` : undefined;
  const listening = async () => {
    if (!blind) baseUrl = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(child.output())?.[1];
    else if (!(await answers(baseUrl!))) return false;
    return baseUrl !== undefined;
  };
  try {
    await waitFor('the mock to listen', async () => (await listening()) || child.hasExited(), 20_000, 25);
    if (child.hasExited()) throw new Error('the mock exited before listening');
  } catch (error) {
    await child.stop();
    throw new Error(`${(error as Error).message}:\n${child.output()}`);
  }
  return { baseUrl: baseUrl!, port: Number(new URL(baseUrl!).port), pid: child.pid, log: child.output, stop: () => child.stop().then(() => {}) };
}

const answers = (baseUrl: string) => fetch(`${baseUrl}/`).then(
  () => true,
  () => false,
);

/** `npm run proxy -- <upstream>`: Prism's validation proxy in front of `upstream`. */
export async function startProxy(upstream: string, timeoutMs = 10 * 60_000): Promise<RunningServer> {
  const port = await freePort();
  const child = start(process.execPath, [`${root}bin/smh-upload-proxy.js`, upstream, '--port', String(port)], { cwd: root, timeoutMs });
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    // Prism prints its address once it listens.
    await waitFor('the proxy to listen', () => child.output().includes(`${baseUrl}`) || child.hasExited(), 20_000, 25);
  } catch (error) {
    await child.stop();
    throw new Error(`${(error as Error).message}:\n${child.output()}`);
  }
  if (child.hasExited()) throw new Error(`the proxy exited before listening:\n${child.output()}`);
  return { baseUrl, port, pid: child.pid, log: child.output, stop: () => child.stop().then(() => {}) };
}

export async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return port;
}
