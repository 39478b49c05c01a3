// Starts the contract's HTTP mock (the same command as `npm start`) or its
// validation proxy on a free loopback port, and stops it, with its children.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const binDir = fileURLToPath(new URL('../../bin/', import.meta.url));

export interface RunningMock {
  baseUrl: string;
  port: number;
  /** The launcher's pid, which is also the process group of Prism under it. */
  pid: number;
  /** Everything the mock printed so far. */
  log(): string;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return port;
}

export const startMock = (extraArgs: string[] = []) => startPrism('smh-upload-mock.js', extraArgs);
export const startProxy = (upstream: string) => startPrism('smh-upload-proxy.js', [upstream]);

async function startPrism(bin: string, args: string[], timeoutMs = 20_000): Promise<RunningMock> {
  const port = await freePort();
  const child = spawn(process.execPath, [`${binDir}${bin}`, ...args], { env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const baseUrl = `http://127.0.0.1:${port}`;
  const mock: RunningMock = { baseUrl, port, pid: child.pid!, log: () => output, stop: () => stop(child) };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the mock exited with ${child.exitCode} before answering:\n${output}`);
    // Any HTTP answer means Prism is listening.
    if (await fetch(`${baseUrl}/`).then(() => true, () => false)) return mock;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await mock.stop();
  throw new Error(`the mock did not answer within ${timeoutMs} ms:\n${output}`);
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  process.kill(-child.pid!, 'SIGTERM'); // the whole group: the wrapper and Prism
  await exited;
}
