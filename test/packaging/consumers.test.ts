// The package as a user gets it: the packed tarball installed into fresh
// projects, run on the consumer's Node (`npm run test:node` runs this on
// Node 22 and 24 too). A bare consumer imports it (ESM, and require on Node
// 20.19+) and meets the mock; a full one, with the peers the README names,
// typechecks under `nodenext` and `bundler` and runs every README snippet.
// The peers are the versions this repository develops with, unless
// `npm run test:node` asks for others where the consumer's Node allows them
// (SMH_CONSUMER_MSW, SMH_CONSUMER_PRISM: a version or range).
import { cp, readFile, writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { type Consumer, consumer, consumerEnv, devVersion, mswVersion, packageCount, succeed } from '../support/consumer.ts';
import { json, startFixtureServer } from '../support/fixture-server.ts';
import { asWritten } from '../support/mock-table.ts';
import { type Running, root, run, start } from '../support/processes.ts';
import { example, testKeyPairs } from '../support/spec.ts';

const manifest = JSON.parse(await readFile(`${root}package.json`, 'utf8'));
// msw 3 needs Node 22.12, Prism 5.15 Node 24.14: `npm run test:node` asks for them where they run.
const prismVersion = process.env.SMH_CONSUMER_PRISM
  ? `@stoplight/prism-http@${process.env.SMH_CONSUMER_PRISM}`
  : devVersion('@stoplight/prism-http');
// The consumer's Node types match its Node.
const consumerMajor = (
  await run(inject('consumerNode'), ['-p', 'process.versions.node.split(".")[0]'], { timeoutMs: 10_000 })
).stdout.trim();
const typesNode = devVersion('@types/node').startsWith(`@types/node@^${consumerMajor}.`)
  ? devVersion('@types/node')
  : `@types/node@^${consumerMajor}`;
const peers = [mswVersion, devVersion('axios'), prismVersion];

let bare: Consumer;
let full: Consumer;
beforeAll(async () => {
  [bare, full] = await Promise.all([consumer(), consumer([...peers, devVersion('typescript'), typesNode], `${root}test/consumer`)]);
  await cp(`${root}docs/examples`, `${full.dir}/src/examples`, { recursive: true });
}, 240_000);
afterAll(() => Promise.all([bare?.remove(), full?.remove()]));

describe('a consumer who installs only the package', () => {
  test('gets openapi-fetch and Prism’s Prefer parser, nothing for MSW, Prism or the tooling', async () => {
    const { stdout } = await succeed('npm', ['ls', '--all', '--parseable'], bare.dir);
    const installed = stdout
      .trim()
      .split('\n')
      .slice(1)
      .map((path) => path.split('node_modules/').at(-1))
      .sort();
    expect(Object.keys(manifest.dependencies).sort()).toEqual(['openapi-fetch', 'parse-prefer-header']);
    expect(installed).toEqual(expect.arrayContaining(['smh-upload-contract', 'openapi-fetch', 'parse-prefer-header']));
    expect(installed.filter((name) => /^(msw|@mswjs\/|@stoplight\/|typescript$|vitest|@vitest\/|@redocly\/)/.test(name!))).toEqual([]);
  });

  test('imports the client, the validator and the example-based mock, with no peer installed', async () => {
    const probe = `
      import { createSmhClient, validateUploadTask } from 'smh-upload-contract';
      import { createMockFetch } from 'smh-upload-contract/mock';
      const smh = createSmhClient({ baseUrl: 'https://api.tencentsmh.cn', accessToken: 'consumer-token', fetch: createMockFetch() });
      const { error, response } = await smh.getUploadTask({ libraryId: 'l', confirmKey: 'example-SpaceBanned' });
      console.log(response.status, error.code, validateUploadTask(${JSON.stringify(example('confirmed'))}).valid);`;
    const { stdout } = await succeed('node', ['--input-type=module', '-e', probe], bare.dir);
    expect(stdout).toBe('403 SpaceBanned true');
  });

  test('is ESM-only; CommonJS gets it with require() on Node 20.19 or later', async () => {
    const probe = `const { createSmhClient, planResume } = require('smh-upload-contract'); console.log(typeof createSmhClient, typeof planResume);`;
    const { stdout } = await succeed('node', ['--no-warnings', '-e', probe], bare.dir);
    expect(stdout).toBe('function function');
  });

  test('generated bodies (dynamic) ask for Prism’s engine, by name and a range of the peer’s that runs on every Node', async () => {
    // A token no word of the message contains: the message is masked of it.
    const probe = `
      import { createMockFetch } from 'smh-upload-contract/mock';
      const response = await createMockFetch({ dynamic: true })('https://x/api/v1/file/l/-/k?upload&access_token=consumer-token');
      console.log(response.status, (await response.json()).detail);`;
    const { stdout } = await succeed('node', ['--input-type=module', '-e', probe], bare.dir);
    // Prism 5.15 and later need Node 24.14: the command names the range that runs on Node 20.19 too.
    expect(stdout).toBe(
      "500 the mock failed: bodies generated from the schemas need Prism's engine: npm install -D @stoplight/prism-http@~5.12.0",
    );
    expect(manifest.peerDependencies['@stoplight/prism-http'].split(' || ')).toContain('~5.12.0');
  });

  test('`npx smh-upload-mock --port 0` listens on 127.0.0.1 and answers the test keys; --help lists every option', async () => {
    let mock: Running | undefined;
    try {
      const { stdout: help } = await succeed('npx', ['--no', '--', 'smh-upload-mock', '--help'], bare.dir);
      for (const option of ['--port', '--host', '--dynamic', '--seed', '--verbose']) expect(help).toContain(option);
      mock = start('npx', ['--no', '--', 'smh-upload-mock', '--port', '0'], {
        cwd: bare.dir,
        env: consumerEnv(),
        timeoutMs: 60_000,
        group: true,
      });
      await expect.poll(() => mock!.output(), { timeout: 20_000 }).toMatch(/listening on http:\/\/127\.0\.0\.1:\d+/);
      const url = /listening on (\S+)/.exec(mock.output())![1];
      const answers = await Promise.all(
        testKeyPairs().map(async ([name, key]) => {
          const response = await fetch(`${url}/api/v1/file/smh0000000000000/-/${key}?upload&access_token=consumer-token`);
          return [name, response.status, asWritten(await response.json())];
        }),
      );
      expect(answers).toEqual(testKeyPairs().map(([name, , status]) => [name, Number(status), example(name)]));
      expect(mock.output()).not.toContain('consumer-token');
    } finally {
      await mock?.stop();
    }
  }, 60_000);
});

describe('a TypeScript consumer with the peers the README names', () => {
  test('typechecks its code and every README snippet under moduleResolution nodenext and bundler', async () => {
    const tsc = `${full.dir}/node_modules/typescript/bin/tsc`;
    const [nodenext, bundler] = await Promise.all([
      succeed('node', [tsc, '-p', 'tsconfig.nodenext.json'], full.dir).catch((error: Error) => error),
      succeed('node', [tsc, '-p', 'tsconfig.bundler.json'], full.dir).catch((error: Error) => error),
    ]);
    // What tsc printed, in full, if it failed.
    expect(nodenext instanceof Error ? nodenext.message : '', 'nodenext').toBe('');
    expect(bundler instanceof Error ? bundler.message : '', 'bundler').toBe('');
  }, 120_000);

  test('meets every test key through createMockFetch and, with axios, through the MSW handlers', async () => {
    const { stdout } = await succeed('node', ['out/main.js'], full.dir, { env: { SMH_ACCESS_TOKEN: 'consumer-secret-token' } });
    expect(stdout).not.toContain('consumer-secret-token');
    const report = JSON.parse(stdout);
    const expected = testKeyPairs().map(([name, , status]) => ({ name, status: Number(status), body: example(name) }));
    for (const face of ['fetch', 'msw'])
      expect(
        report[face].map((answer: { body: unknown }) => ({ ...answer, body: asWritten(answer.body) })),
        face,
      ).toEqual(expected);
    for (const face of ['fetchMalformed', 'mswMalformed'])
      expect(report[face], face).toMatchObject({ code: 'ParamInvalid', message: 'internal_domain must be 0 or 1' });
    expect(report.mswUnhandled, 'requests no MSW handler answered').toEqual([]);
    expect(report.inputError).toEqual({ name: 'SmhInputError', parameter: 'confirmKey' });
  }, 150_000);

  test('gets bodies generated from the schemas (dynamic) from the Prism it installed, the same for the same seed', async () => {
    const probe = `
      import { createMockFetch } from 'smh-upload-contract/mock';
      import { validateUploadTask } from 'smh-upload-contract';
      const ask = async (seed, key) => {
        const response = await createMockFetch({ dynamic: true, seed })('https://x/api/v1/file/l/-/' + key + '?upload&access_token=consumer-token');
        return { status: response.status, violations: response.headers.get('sl-violations'), body: await response.json() };
      };
      const [first, again, other] = await Promise.all([ask('s1', 'any-key'), ask('s1', 'any-key'), ask('s2', 'any-key')]);
      console.log(JSON.stringify({ first, again, other, valid: validateUploadTask(first.body).valid }));`;
    const { stdout } = await succeed('node', ['--input-type=module', '-e', probe], full.dir);
    const { first, again, other, valid } = JSON.parse(stdout);
    expect(first).toMatchObject({ status: 200, violations: null });
    expect(valid).toBe(true);
    expect(again).toEqual(first);
    expect(other.body).not.toEqual(first.body);
  }, 60_000);

  test.each([
    ['mock-fetch.js', '404 UploadNotFound\n2 parts stored'],
    ['msw-axios.js', '200 true\n403 SpaceBanned true'],
    ['proxy.js', '1 Response body property availableDomainNum must be integer'],
  ])(
    'the README snippet %s runs as written',
    async (file, printed) => {
      const { stdout } = await succeed('node', [`out/examples/${file}`], full.dir);
      expect(stdout).toBe(printed);
    },
    150_000,
  );

  test('the README snippet mock-server.test.js runs as written, under node:test', async () => {
    // TAP whatever the Node: from Node 23, node:test reports in its `spec` format by default.
    const { stdout } = await succeed('node', ['--test-reporter=tap', 'out/examples/mock-server.test.js'], full.dir);
    expect(stdout).toMatch(/^# pass 2$/m);
  }, 150_000);

  test('the README snippet client.js runs as written, against a server it is pointed at', async () => {
    const server = await startFixtureServer(json(404, example('UploadNotFound')));
    try {
      const env = { SMH_BASE_URL: server.baseUrl, SMH_ACCESS_TOKEN: 't0ken', SMH_LIBRARY_ID: 'lib', SMH_CONFIRM_KEY: 'key' };
      expect((await succeed('node', ['out/examples/client.js'], full.dir, { env })).stdout).toBe(
        `404 UploadNotFound (request ${example('UploadNotFound').requestId})`,
      );
    } finally {
      await server.close();
    }
  }, 150_000);
});

describe('what each use installs, counted from the packed tarball', () => {
  // npm picks versions by the Node it runs on: on Node 24, Prism 5.12 gets
  // @stoplight/prism-core 5.16 and with it @scarf/scarf, one package more.
  // The README counts what npm resolves on the Node this repository develops on.
  test.skipIf(inject('consumerNode') !== process.execPath)(
    'the README gives the package count for each use',
    async () => {
      // The versions the README names, whatever this run's consumer installed.
      const [main, msw, proxy] = await Promise.all([
        packageCount(),
        packageCount([devVersion('msw')]),
        packageCount([devVersion('@stoplight/prism-http')]),
      ]);
      const readme = await readFile(`${root}README.md`, 'utf8');
      const row = (use: string) => Number(new RegExp(`^\\| ${use} \\|[^|]*\\| (\\d+) \\|`, 'm').exec(readme)?.[1]);
      expect({
        main: row('main entry'),
        mock: row('example-based mock'),
        msw: row('MSW handlers'),
        proxy: row('validation proxy'),
      }).toEqual({ main, mock: main, msw, proxy });
    },
    120_000,
  );
});

test('this run’s consumer Node runs the consumer’s commands, npm and the package’s bins too', async () => {
  const direct = (await succeed('node', ['-p', 'process.version'], bare.dir)).stdout;
  // npm and the bins start with `#!/usr/bin/env node`: the consumer's PATH decides.
  const { node: npmNode } = JSON.parse((await succeed('npm', ['version', '--json'], bare.dir)).stdout);
  expect(`v${npmNode}`).toBe(direct);
  // What this run installed, for `npm run test:node`'s summary.
  if (process.env.SMH_CONSUMER_REPORT) {
    const version = async (name: string) => JSON.parse(await readFile(`${full.dir}/node_modules/${name}/package.json`, 'utf8')).version;
    const installed = {
      node: direct,
      msw: await version('msw'),
      prismHttp: await version('@stoplight/prism-http'),
      prismCore: await version('@stoplight/prism-core'),
      typescript: await version('typescript'),
      typesNode: await version('@types/node'),
    };
    await writeFile(process.env.SMH_CONSUMER_REPORT, JSON.stringify(installed));
  }
});
