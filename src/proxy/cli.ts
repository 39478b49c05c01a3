// `smh-upload-proxy`: the validation proxy in front of a real server,
// logging one line per request to stdout.
import { pathToFileURL } from 'node:url';
import { type CommandSpec, fail, serveCommand, serverOptions } from '../server/command.js';
import { PRISM_HTTP_RANGE } from '../server/prism.node.js';
import { startValidationProxy } from './index.js';

const spec: CommandSpec = {
  name: 'smh-upload-proxy',
  summary: "passes requests to a real SMH server and names every answer's violations of the contract in sl-violations",
  usage: 'smh-upload-proxy <upstream URL> [options]   (or --upstream URL; options in any order)',
  options: {
    upstream: {
      type: 'string',
      short: 'u',
      env: 'SMH_PROXY_UPSTREAM',
      value: 'URL',
      help: 'the server to forward to, e.g. https://api.tencentsmh.cn',
    },
    ...serverOptions('4011', 'SMH_PROXY', 'debug (each violation), info (one line per request), warn, error or silent'),
    errors: {
      type: 'boolean',
      env: 'SMH_PROXY_ERRORS',
      default: 'false',
      help: 'answer 500 instead of passing on an answer that breaks the contract',
    },
  },
  notes: [
    'example: smh-upload-proxy https://api.tencentsmh.cn --port 4011, then point the client at http://127.0.0.1:4011',
    `needs Prism's engine: npm install -D @stoplight/prism-http@${PRISM_HTTP_RANGE}`,
    'warning: --host 0.0.0.0 lets anyone who can reach this machine send requests, with your tokens, to the upstream.',
  ],
};

export function main(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  return serveCommand(spec, argv, env, async (values, positionals, common) => {
    const [positional, ...extra] = positionals;
    if (extra.length > 0) fail(spec, `unexpected argument ${JSON.stringify(extra[0])}; see smh-upload-proxy --help`);
    const upstream = positional ?? (typeof values.upstream === 'string' ? values.upstream : undefined);
    if (upstream === undefined)
      fail(spec, 'no upstream: give its URL, e.g. smh-upload-proxy https://api.tencentsmh.cn (or --upstream URL, or SMH_PROXY_UPSTREAM)');
    if (!URL.canParse(upstream) || !/^https?:$/.test(new URL(upstream).protocol))
      fail(spec, `the upstream must be an http(s) URL, got ${JSON.stringify(upstream)}`);
    const proxy = await startValidationProxy({ ...common, upstream, errors: values.errors === true });
    return { ...proxy, describe: `, forwarding to ${new URL(upstream).origin}` };
  });
}

// Run directly (`node --import tsx src/proxy/cli.ts`); the installed bin calls main() itself.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await main(process.argv.slice(2));
