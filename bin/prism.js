// Runs the installed Prism CLI on one of the contract's derived specs, bound
// to 127.0.0.1, and stops it with us. Prism's log goes through a filter that
// masks access_token values: its proxy logs every upstream URL in full.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const TOKEN_IN_URL = /(access_token=)[^&\s"'#]*/g;

/**
 * `prism <mode> generated/<spec> [...upstream]`; `args` is the rest of our
 * command line, where `--port N` (or PORT) picks the port.
 */
export function runPrism({ name, mode, spec, upstream = [], args, defaultPort }) {
  let prismCli;
  try {
    prismCli = require.resolve('@stoplight/prism-cli/dist/index.js');
  } catch {
    fail(name, 1, `Prism is not installed; install it with \`npm install -D @stoplight/prism-cli@5.14.2\`.`);
  }
  const rest = [...args];
  const portAt = rest.indexOf('--port');
  const port = portAt >= 0 ? rest.splice(portAt, 2)[1] : (process.env.PORT ?? String(defaultPort));
  if (!/^\d+$/.test(port ?? '') || Number(port) > 65535) fail(name, 2, `the port must be a number from 0 to 65535, got ${JSON.stringify(port)}`);

  const specFile = fileURLToPath(new URL(`../generated/${spec}`, import.meta.url));
  const prism = spawn(process.execPath, [prismCli, mode, specFile, ...upstream, '--host', '127.0.0.1', '--port', port, ...rest], { stdio: ['ignore', 'pipe', 'pipe'] });
  maskTokens(prism.stdout, process.stdout);
  maskTokens(prism.stderr, process.stderr);
  // Stop Prism with us, whichever way we are stopped.
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => prism.kill(signal));
  prism.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

function maskTokens(from, to) {
  let pending = '';
  from.setEncoding('utf8');
  from.on('data', (chunk) => {
    const lines = (pending + chunk).split('\n');
    pending = lines.pop();
    if (lines.length > 0) to.write(`${lines.join('\n').replace(TOKEN_IN_URL, '$1***')}\n`);
  });
  from.on('end', () => pending && to.write(pending.replace(TOKEN_IN_URL, '$1***')));
}

function fail(name, code, message) {
  console.error(`${name}: ${message}`);
  process.exit(code);
}
