#!/usr/bin/env node
// Starts the contract's HTTP mock (Prism) on 127.0.0.1; the port comes from
// --port or PORT (default 4010). Extra arguments go to `prism mock`.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const mockSpec = fileURLToPath(new URL('../generated/openapi.mock.json', import.meta.url));

let prismCli;
try {
  prismCli = require.resolve('@stoplight/prism-cli/dist/index.js');
} catch {
  console.error('smh-upload-mock: the mock needs @stoplight/prism-cli 5.14.x; install it with `npm install -D @stoplight/prism-cli@5.14.2`.');
  process.exit(1);
}

const args = process.argv.slice(2);
const portAt = args.indexOf('--port');
const port = portAt >= 0 ? args.splice(portAt, 2)[1] : (process.env.PORT ?? '4010');
if (!/^\d+$/.test(port) || Number(port) > 65535) {
  console.error(`smh-upload-mock: the port must be a number from 0 to 65535, got ${JSON.stringify(port)}`);
  process.exit(2);
}

const prism = spawn(process.execPath, [prismCli, 'mock', mockSpec, '--host', '127.0.0.1', '--port', port, ...args], { stdio: 'inherit' });
// Stop Prism with us, whichever way we are stopped.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => prism.kill(signal));
prism.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
