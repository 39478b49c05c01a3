// Starts bench/json-server.mjs in its own process and stops it.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

export async function startJsonServer(body: string): Promise<{ baseUrl: string; stop(): void }> {
  const child = spawn(process.execPath, [fileURLToPath(new URL('json-server.mjs', import.meta.url))], { env: { ...process.env, BODY: body }, stdio: ['ignore', 'pipe', 'inherit'] });
  const [port] = (await once(child.stdout!, 'data')) as [Buffer];
  return { baseUrl: `http://127.0.0.1:${String(port).trim()}`, stop: () => child.kill() };
}
