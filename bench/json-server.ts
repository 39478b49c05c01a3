// Starts bench/json-server.mjs, the baseline server, in its own tethered
// process (scripts/lib/processes.ts), and stops it.
import { fileURLToPath } from 'node:url';
import { start, waitFor } from '../scripts/lib/processes.ts';

/** With `cpu`, the server runs on that core only (Linux's taskset). */
export async function startJsonServer(body: string, cpu?: number): Promise<{ baseUrl: string; stop(): Promise<void> }> {
  const command = [process.execPath, fileURLToPath(new URL('json-server.mjs', import.meta.url))];
  const [executable, ...args] = cpu === undefined ? command : ['taskset', '-c', String(cpu), ...command];
  const child = start(executable!, args, { env: { ...process.env, BODY: body }, timeoutMs: 10 * 60_000 });
  await waitFor('the baseline server to print its port', () => /^\d+\n/.test(child.output()) || child.hasExited(), 10_000, 10);
  if (child.hasExited()) throw new Error(`the baseline server exited:\n${child.output()}`);
  return { baseUrl: `http://127.0.0.1:${child.output().trim()}`, stop: () => child.stop().then(() => {}) };
}
