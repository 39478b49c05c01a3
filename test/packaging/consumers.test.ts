// The package as a user gets it: the packed tarball installed into fresh
// projects, run on the consumer's Node (`npm run test:node` runs this on
// Node 22 and 24 too). A bare consumer imports it (ESM, and require on Node
// 20.19+) and meets the mock and its command; a full one, with the peers the
// README names, typechecks under `nodenext` and `bundler` and runs every
// README snippet; a CommonJS one typechecks and runs the MSW handlers.
// The peers are the versions this repository develops with, unless
// `npm run test:node` asks for others where the consumer's Node allows them
// (SMH_CONSUMER_MSW, SMH_CONSUMER_PRISM: a version or range).
import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Consumer, consumer, devVersion, inConsumer, mswVersion, succeed } from '../support/consumer.ts';
import { observe } from '../support/mock-table.ts';
import { root } from '../support/servers.ts';
import { example, testKeyPairs } from '../support/spec.ts';

const manifest = JSON.parse(await readFile(`${root}package.json`, 'utf8'));
// msw 3 needs Node 22.12, Prism 5.15 Node 24.18: `npm run test:node` asks for them where they run.
const prismVersion = process.env.SMH_CONSUMER_PRISM
  ? `@stoplight/prism-http@${process.env.SMH_CONSUMER_PRISM}`
  : devVersion('@stoplight/prism-http');
// The consumer's Node types match its Node.
const consumerMajor = (await succeed(root, 'node', ['-p', 'process.versions.node.split(".")[0]'])).trim();
const typesNode = devVersion('@types/node').startsWith(`@types/node@^${consumerMajor}.`)
  ? devVersion('@types/node')
  : `@types/node@^${consumerMajor}`;
const typescript = devVersion('typescript');

/** A body as its example writes it: its requestId aside, the dates of an example that moves with the clock moved back. */
const asWritten = async (body: unknown) => (await observe(Response.json(body))).body;
/** The status call's test keys, each with the answer its example documents. */
const documentedAnswers = () =>
  Promise.all(testKeyPairs().map(async ([name, , status]) => ({ name, status: Number(status), body: await asWritten(example(name)) })));

// The README's snippets (docs/examples) that print, with the lines they promise: each `// → …`, in order (`…`: anything).
const printingExamples: Array<[file: string, printed: string[]]> = [];
for (const file of (await readdir(`${root}docs/examples`)).filter((name) => name.endsWith('.ts')).sort()) {
  const printed = [...(await readFile(`${root}docs/examples/${file}`, 'utf8')).matchAll(/\/\/ → (.*)$/gm)].map((match) => match[1]!);
  if (printed.length > 0) printingExamples.push([file, printed]);
}
const wildcard = (line: string) =>
  new RegExp(
    `^${line
      .split('…')
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );

interface MockBin {
  url: string;
  output(): string;
  stop(): Promise<void>;
}

/** The package's smh-upload-mock on a free port of 127.0.0.1, the bin itself (what npx runs): stopping it stops the server. */
async function startMockBin(dir: string): Promise<MockBin> {
  const child = inConsumer(dir, `${dir}/node_modules/.bin/smh-upload-mock`, ['--port', '0'], { timeout: 120_000 });
  let output = '';
  // The address it prints, as a user reads it; an exit first is a failure with what it printed.
  const url = await new Promise<string>((resolve, reject) => {
    child.all!.on('data', (chunk: Buffer) => {
      output += chunk;
      const listening = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (listening) resolve(listening[1]!);
    });
    void child.then(() => reject(new Error(`smh-upload-mock exited before it listened:\n${output}`)));
  });
  return {
    url,
    output: () => output,
    stop: async () => {
      child.kill();
      if ((await child).timedOut) throw new Error(`smh-upload-mock outlived its deadline:\n${output}`);
    },
  };
}

let bare: Consumer;
let full: Consumer;
let commonjs: Consumer;
beforeAll(async () => {
  const made = await Promise.allSettled([
    consumer(),
    consumer([mswVersion, devVersion('axios'), prismVersion, typescript, typesNode], `${root}test/consumer/esm`),
    consumer([mswVersion, typescript, typesNode], `${root}test/consumer/cjs`),
  ]);
  [bare, full, commonjs] = made.map((outcome) => (outcome.status === 'fulfilled' ? outcome.value : undefined)) as [
    Consumer,
    Consumer,
    Consumer,
  ];
  for (const outcome of made) if (outcome.status === 'rejected') throw outcome.reason;
  await cp(`${root}docs/examples`, `${full.dir}/src/examples`, { recursive: true });
}, 240_000);
afterAll(() => Promise.all([bare?.remove(), full?.remove(), commonjs?.remove()]));

describe('a consumer who installs only the package', () => {
  test('gets openapi-fetch and js-md5 (and what they need), nothing for MSW, Prism or the tooling', async () => {
    expect(Object.keys(manifest.dependencies).sort()).toEqual(['js-md5', 'openapi-fetch']);
    const installed = (await succeed(bare.dir, 'npm', ['ls', '--all', '--parseable']))
      .trim()
      .split('\n')
      .slice(1)
      .map((path) => path.split('node_modules/').at(-1)!);
    const dependenciesOf = async (name: string) =>
      Object.keys(JSON.parse(await readFile(`${bare.dir}/node_modules/${name}/package.json`, 'utf8')).dependencies ?? {});
    const expected = [
      'smh-upload-contract',
      'js-md5',
      'openapi-fetch',
      ...(await dependenciesOf('openapi-fetch')),
      ...(await dependenciesOf('js-md5')),
    ];
    expect(installed.sort()).toEqual(expected.sort());
  });

  test('imports the client, the validator and the example-based mock, with no peer installed', async () => {
    const probe = `
      import { createSmhClient, validateUploadTask } from 'smh-upload-contract';
      import { createMockFetch } from 'smh-upload-contract/mock';
      const smh = createSmhClient({ baseUrl: 'https://api.tencentsmh.cn', accessToken: 'consumer-token', fetch: createMockFetch() });
      const { error, response } = await smh.getUploadTask({ libraryId: 'l', confirmKey: 'example-SpaceBanned' });
      console.log(response.status, error.code, validateUploadTask(${JSON.stringify(example('confirmed'))}).valid);`;
    expect(await succeed(bare.dir, 'node', ['--input-type=module', '-e', probe])).toBe('403 SpaceBanned true');
  });

  test('is ESM-only; CommonJS gets it with require() on Node 20.19 or later', async () => {
    const probe = `const { createSmhClient, planResume } = require('smh-upload-contract'); console.log(typeof createSmhClient, typeof planResume);`;
    expect(await succeed(bare.dir, 'node', ['--no-warnings', '-e', probe])).toBe('function function');
  });

  test('createMockFetch({ dynamic: true }) without Prism fails when it is made, naming the install command', async () => {
    const probe = `
      import { createMockFetch } from 'smh-upload-contract/mock';
      let made;
      try { made = createMockFetch({ dynamic: true }); } catch (error) { console.log(error.message); }
      console.log(made === undefined ? 'not made' : 'made');`;
    // Prism 5.15 and later need Node 24.18: the command names the range that runs on Node 20.19 too.
    const install = 'npm install -D @stoplight/prism-http@~5.12.0';
    expect(await succeed(bare.dir, 'node', ['--input-type=module', '-e', probe])).toBe(
      `bodies generated from the schemas (dynamic) need Prism's engine: ${install}\nnot made`,
    );
    expect(manifest.peerDependencies['@stoplight/prism-http'].split(' || ')).toContain('~5.12.0');
  });

  test('smh-upload-mock: --help lists every option, --port 0 listens on 127.0.0.1 and answers the test keys, --dynamic without Prism names the install', async () => {
    // `npx smh-upload-mock` runs this bin; the bin is run itself below, so that a deadline or a stop reaches the
    // mock (npm does not pass a signal on to the command it runs).
    const bin = `${bare.dir}/node_modules/.bin/smh-upload-mock`;
    expect(await succeed(bare.dir, 'npx', ['--no', '-c', 'command -v smh-upload-mock'])).toBe(bin);
    const help = await succeed(bare.dir, bin, ['--help'], { timeout: 15_000 });
    for (const option of ['--port', '--host', '--dynamic', '--seed', '--verbose']) expect(help).toContain(option);

    const dynamic = await inConsumer(bare.dir, bin, ['--dynamic', '--port', '0'], { timeout: 15_000 });
    expect(dynamic.exitCode).not.toBe(0);
    expect(dynamic.stderr).toContain("need Prism's engine: npm install -D @stoplight/prism-http@~5.12.0");

    const mock = await startMockBin(bare.dir);
    try {
      const answers = await Promise.all(
        testKeyPairs().map(async ([name, key]) => {
          const response = await fetch(`${mock.url}/api/v1/file/smh0000000000000/-/${key}?upload&access_token=consumer-token`);
          return { name, status: response.status, body: await asWritten(await response.json()) };
        }),
      );
      expect(answers).toEqual(await documentedAnswers());
      expect(mock.output()).not.toContain('consumer-token');
    } finally {
      await mock.stop();
    }
  }, 60_000);
});

describe('a TypeScript consumer with the peers the README names', () => {
  test('typechecks its code and every README snippet under moduleResolution nodenext and bundler', async () => {
    const tsc = `${full.dir}/node_modules/typescript/bin/tsc`;
    const [nodenext, bundler] = await Promise.all([
      succeed(full.dir, 'node', [tsc, '-p', 'tsconfig.nodenext.json']).catch((error: Error) => error),
      succeed(full.dir, 'node', [tsc, '-p', 'tsconfig.bundler.json']).catch((error: Error) => error),
    ]);
    // What tsc printed, in full, if it failed.
    expect(nodenext instanceof Error ? nodenext.message : '', 'nodenext').toBe('');
    expect(bundler instanceof Error ? bundler.message : '', 'bundler').toBe('');
  }, 120_000);

  test('meets every test key through createMockFetch and, with axios, through the MSW handlers', async () => {
    const env = { SMH_ACCESS_TOKEN: 'consumer-secret-token', SMH_TEST_KEYS: JSON.stringify(testKeyPairs()) };
    const stdout = await succeed(full.dir, 'node', ['out/main.js'], { env });
    expect(stdout).not.toContain('consumer-secret-token');
    const report = JSON.parse(stdout);
    const expected = await documentedAnswers();
    for (const face of ['fetch', 'msw'])
      expect(
        await Promise.all(report[face].map(async (answer: { body: unknown }) => ({ ...answer, body: await asWritten(answer.body) }))),
        face,
      ).toEqual(expected);
    for (const face of ['fetchMalformed', 'mswMalformed'])
      expect(report[face], face).toMatchObject({ code: 'ParamInvalid', message: 'internal_domain must be 0 or 1' });
    expect(report.mswUnhandled, 'requests no MSW handler answered').toEqual([]);
    expect(report.inputError).toEqual({ name: 'SmhInputError', parameter: 'confirmKey' });
    expect(report.validatorRejects).toBe(false);
    expect(report.spec).toEqual({ operationId: 'getUploadTask', yamlFirstLine: 'openapi: 3.0.3' });
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
    const { first, again, other, valid } = JSON.parse(await succeed(full.dir, 'node', ['--input-type=module', '-e', probe]));
    expect(first).toMatchObject({ status: 200, violations: null });
    expect(valid).toBe(true);
    expect(again).toEqual(first);
    expect(other.body).not.toEqual(first.body);
  }, 60_000);

  describe('every README snippet runs as written, printing what its `// →` comments say', () => {
    // Those written against `npm start` (http://127.0.0.1:4010) are pointed at the consumer's own
    // smh-upload-mock, on a free port, the two ways they take a server: argv[2] and SMH_BASE_URL.
    let mock: MockBin | undefined;
    beforeAll(async () => {
      mock = await startMockBin(full.dir);
    }, 30_000);
    afterAll(() => mock?.stop());

    test.each(printingExamples)(
      '%s',
      async (file, printed) => {
        const env = { SMH_BASE_URL: mock!.url };
        const stdout = await succeed(full.dir, 'node', [`out/examples/${file.replace(/\.ts$/, '.js')}`, mock!.url], { env });
        expect(stdout.split('\n')).toEqual(printed.map((line) => expect.stringMatching(wildcard(line))));
      },
      60_000,
    );

    test('mock-server.test.ts, under node:test: every test passes', async () => {
      // TAP whatever the Node: from Node 23, node:test reports in its `spec` format by default.
      const stdout = await succeed(full.dir, 'node', ['--test-reporter=tap', 'out/examples/mock-server.test.js']);
      expect(stdout).toMatch(/^# fail 0$/m);
      expect(stdout).toMatch(/^# pass [1-9]\d*$/m);
    }, 60_000);
  });

  test('the README’s upload loop (upload-file.js) uploads a file through createSimulator and createMockFetch, begin to confirm', async () => {
    const probe = `
      import { createSmhClient } from 'smh-upload-contract';
      import { createMockFetch, createSimulator } from 'smh-upload-contract/mock';
      import { uploadFile } from './out/examples/upload-file.js';
      const simulator = createSimulator();
      const fetch = createMockFetch({ simulator });
      const smh = createSmhClient({ baseUrl: 'https://api.tencentsmh.cn', accessToken: 'consumer-token', fetch });
      const file = new Blob([new Uint8Array(2 * 1024 * 1024 + 100).map((_, index) => index % 251)]);
      const stored = await uploadFile(smh, 'smh0000000000000', 'consumer/clip.bin', file, { partSize: 1024 * 1024, send: fetch });
      console.log(JSON.stringify({ path: stored.path, size: stored.size }));`;
    expect(JSON.parse(await succeed(full.dir, 'node', ['--input-type=module', '-e', probe]))).toEqual({
      path: ['consumer', 'clip.bin'],
      size: String(2 * 1024 * 1024 + 100),
    });
  }, 60_000);
});

describe('a CommonJS TypeScript consumer (no "type" in package.json, module nodenext)', () => {
  test('typechecks setupServer(...createSmhHandlers()) with msw/node and smh-upload-contract/msw both required, and the handlers answer', async ({
    annotate,
  }) => {
    const tsc = `${commonjs.dir}/node_modules/typescript/bin/tsc`;
    const compiled = await succeed(commonjs.dir, 'node', [tsc, '-p', 'tsconfig.json']).catch((error: Error) => error);
    // TS2345 here: the package's declarations see another copy of msw's types than the project does.
    expect(compiled instanceof Error ? compiled.message : '').toBe('');
    await annotate(`tsc ${await succeed(commonjs.dir, 'node', [tsc, '--version'])}`);
    // Compiled as CommonJS, so each import went through require() and its `require` condition.
    const emitted = await readFile(`${commonjs.dir}/out/main.js`, 'utf8');
    expect(emitted).toContain('require("msw/node")');
    expect(emitted).toContain('require("smh-upload-contract/msw")');
    expect(await succeed(commonjs.dir, 'node', ['out/main.js'])).toBe('403 SpaceBanned');
  }, 120_000);
});

test('this run’s consumer Node runs the consumer’s commands, npm and the package’s bins too', async () => {
  const direct = await succeed(bare.dir, 'node', ['-p', 'process.version']);
  // npm and the bins start with `#!/usr/bin/env node`: the consumer's PATH decides.
  const { node: npmNode } = JSON.parse(await succeed(bare.dir, 'npm', ['version', '--json']));
  expect(`v${npmNode}`).toBe(direct);
  // What this run installed, for `npm run test:node`'s summary.
  if (process.env.SMH_CONSUMER_REPORT) {
    const version = async (dir: string, name: string) =>
      JSON.parse(await readFile(`${dir}/node_modules/${name}/package.json`, 'utf8')).version;
    const installed = {
      node: direct,
      msw: await version(full.dir, 'msw'),
      prismHttp: await version(full.dir, '@stoplight/prism-http'),
      prismCore: await version(full.dir, '@stoplight/prism-core'),
      typescript: await version(full.dir, 'typescript'),
      typesNode: await version(full.dir, '@types/node'),
    };
    await writeFile(process.env.SMH_CONSUMER_REPORT, JSON.stringify(installed));
  }
});
