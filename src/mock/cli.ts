// `smh-upload-mock`: the HTTP mock, logging one line per request to stdout.
import { pathToFileURL } from 'node:url';
import { type CommandSpec, fail, serveCommand, serverOptions } from '../server/command.js';
import { startMockServer } from './server.js';

const spec: CommandSpec = {
  name: 'smh-upload-mock',
  summary: "the SMH upload-task mock over HTTP: test keys, Prefer, the service's errors",
  usage: 'smh-upload-mock [options]',
  options: {
    ...serverOptions('4010', 'SMH_MOCK', 'debug, info (one line per request), warn, error or silent'),
    dynamic: {
      type: 'boolean',
      short: 'd',
      env: 'SMH_MOCK_DYNAMIC',
      default: 'false',
      help: 'bodies generated from the schemas (needs @stoplight/prism-http)',
    },
    seed: { type: 'string', env: 'SMH_MOCK_SEED', value: 'S', help: 'makes generated bodies repeatable' },
  },
  notes: [
    'example: smh-upload-mock --port 4010, then',
    "  curl 'http://127.0.0.1:4010/api/v1/file/smh0000000000000/-/example-UploadNotFound?upload&access_token=t'",
    'warning: --host 0.0.0.0 answers anyone who can reach this machine, on every network it is on.',
  ],
};

export function main(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  return serveCommand(spec, argv, env, (values, positionals, common) => {
    if (positionals.length > 0) fail(spec, `unexpected argument ${JSON.stringify(positionals[0])}; see smh-upload-mock --help`);
    return startMockServer({
      ...common,
      dynamic: values.dynamic === true,
      ...(typeof values.seed === 'string' ? { seed: values.seed } : {}),
    });
  });
}

// Run directly (`node --import tsx src/mock/cli.ts`); the installed bin calls main() itself.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await main(process.argv.slice(2));
