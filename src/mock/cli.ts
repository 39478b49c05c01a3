// `smh-upload-mock [--port N] [--dynamic] [--seed S] [-v LEVEL]`: the HTTP
// mock on 127.0.0.1, logging one line per request to stdout.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { MockLogLevel } from './log.js';
import { stdoutLines } from './log-writer.js';
import { startMockServer } from './server.js';

const usage = 'usage: smh-upload-mock [--port N] [--dynamic] [--seed S] [-v debug|info|warn|error|silent]\n  --port N     the port on 127.0.0.1 (default: PORT, or 4010; 0 picks a free one)\n  --dynamic    bodies generated from the schemas instead of the examples\n  --seed S     makes generated bodies repeatable\n  -v LEVEL     info (default): one line per request; debug: with the engine\'s detail';
const LEVELS = ['debug', 'info', 'warn', 'error', 'silent'];

export async function main(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        port: { type: 'string', short: 'p' },
        dynamic: { type: 'boolean', short: 'd' },
        seed: { type: 'string' },
        verboseLevel: { type: 'string', short: 'v' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    return fail(`${(error as Error).message}\n${usage}`);
  }
  if (values.help) return void console.log(usage);
  const port = values.port ?? env.PORT ?? '4010';
  if (!/^\d+$/.test(port) || Number(port) > 65535) return fail(`the port must be a number from 0 to 65535, got ${JSON.stringify(port)}`);
  const logLevel = (values.verboseLevel ?? 'info') as MockLogLevel;
  if (!LEVELS.includes(logLevel)) return fail(`-v must be one of ${LEVELS.join(', ')}, got ${JSON.stringify(logLevel)}`);

  const out = stdoutLines();
  const write = (text: string) => out.write(text);
  const server = await startMockServer({
    port: Number(port),
    dynamic: values.dynamic ?? false,
    ...(values.seed === undefined ? {} : { seed: values.seed }),
    logLevel,
    log: ({ level, name, message }) => (level === 'error' ? process.stderr.write(`${message}\n`) : write(name ? `[${name}] ${message}` : message)),
  }).catch((error: Error & { code?: string }) => fail(error.code ? `cannot listen on 127.0.0.1:${port}: ${error.message}` : error.message));
  if (logLevel !== 'silent') write(`smh-upload-mock listening on ${server.url}`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void server.close().then(out.flush).then(() => process.exit(0)));
}

function fail(message: string): never {
  process.stderr.write(`smh-upload-mock: ${message}\n`);
  process.exit(2);
}

// Run directly (`npm start`); the installed bin imports main() instead.
if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) await main(process.argv.slice(2));
