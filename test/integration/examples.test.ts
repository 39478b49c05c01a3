// The one test that reads README.md and the guides (docs/*.md): every
// snippet they show is a file of docs/examples/, shown verbatim, and every
// file is shown; each file runs against the mock and prints what its `→`
// comments promise; the README's quick start runs as pasted against
// `npm start`; and what the guides quote (output, log lines, --help, storage's
// XML, the test keys) is what the code prints.
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { operations } from '../../generated/operations.js';
import { createMockFetch, createSimulator } from '../../src/mock/index.ts';
import { npmStart, root, run, type Server, startMock } from '../support/servers.ts';

/** Where the README and the guides say the mock listens (`npm start`); tests put the address of their own mock in its place. */
const LOCAL = 'http://127.0.0.1:4010';
const examplesDir = join(root, 'docs/examples');

interface Doc {
  file: string;
  text: string;
}
interface Block {
  file: string;
  /** The heading the block stands under. */
  section: string;
  lang: string;
  text: string;
}

const guideFiles = [
  'README.md',
  ...(await readdir(join(root, 'docs'))).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`),
];
const read = (file: string) => readFile(join(root, file), 'utf8');
const guides: Doc[] = await Promise.all(guideFiles.map(async (file) => ({ file, text: await read(file) })));
const guide = (file: string) => guides.find((doc) => doc.file === file)!;
const exampleNames = (await readdir(examplesDir)).sort();
const sources = new Map(await Promise.all(exampleNames.map(async (name) => [name, await read(`docs/examples/${name}`)] as const)));

/** The fenced code blocks of a Markdown file, with the heading each stands under. */
function blocksOf({ file, text }: Doc): Block[] {
  const lines = text.split('\n');
  const blocks: Block[] = [];
  let section = '';
  for (let index = 0; index < lines.length; index++) {
    const heading = /^#{1,6} (.*)$/.exec(lines[index]!);
    if (heading) section = heading[1]!;
    const fence = /^```(\S*)$/.exec(lines[index]!);
    if (!fence) continue;
    const end = lines.indexOf('```', index + 1);
    expect(end, `${file}: a code block opened at line ${index + 1} is never closed`).toBeGreaterThan(index);
    blocks.push({ file, section, lang: fence[1]!, text: lines.slice(index + 1, end).join('\n') });
    index = end;
  }
  return blocks;
}

// Blocks that show what something prints, or a diagram: no snippet to run.
const NOT_SNIPPETS = new Set(['text', 'mermaid']);
const LANGUAGE_OF: Record<string, string> = { '.ts': 'ts', '.sh': 'sh', '.py': 'python' };
const isQuickStart = (block: Block) => block.file === 'README.md' && block.section === 'Quick start';

/** What a file promises to print: its `→` comments (`// →` or `# →`), in order. */
const promised = (source: string) => [...source.matchAll(/(?:\/\/|#) → (.*)$/gm)].map((match) => match[1]!);

/**
 * The printed lines, each that its promise describes (`…` standing for any
 * text) written as the promise: comparing the result to the promises shows
 * only the lines that differ.
 */
function asPromised(printed: string[], promises: string[]): string[] {
  const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return printed.map((line, index) => {
    const promise = promises[index];
    if (promise === undefined) return line;
    return new RegExp(`^${promise.split('…').map(literal).join('.+')}$`).test(line) ? promise : line;
  });
}

const linesOf = (text: string) => text.replace(/\n+$/, '').split('\n');

interface RunOptions {
  /** For Node, before the file (`--test-reporter=tap`). */
  nodeOptions?: string[];
  /** After the file. */
  args?: string[];
  env?: Record<string, string>;
}

/** Runs a file of docs/examples/ as its guide says to run it, against the mock at `mockUrl`; what it printed, once it exited 0 with nothing on stderr. */
async function runExample(name: string, mockUrl: string, { nodeOptions = [], args = [], env = {} }: RunOptions = {}) {
  const file = join(examplesDir, name);
  // A Python script takes the mock's address as its argument; a shell script names it as the guides do, replaced here.
  const [command, commandArgs] = name.endsWith('.py')
    ? ['python3', [file, mockUrl]]
    : name.endsWith('.sh')
      ? ['bash', ['-e', '-c', sources.get(name)!.replaceAll(LOCAL, mockUrl)]]
      : [process.execPath, [...nodeOptions, '--import', 'tsx', file, ...args]];
  const exit = await run(command, commandArgs, { timeout: 60_000, env });
  expect(String(exit.stderr), `${name} wrote to stderr`).toBe('');
  expect(exit.exitCode, `${name} exited ${exit.exitCode}:\n${exit.all}`).toBe(0);
  return String(exit.stdout);
}

/** Runs `name` and expects exactly the lines its `→` comments promise. */
async function expectPromised(name: string, mockUrl: string, options?: RunOptions) {
  const promises = promised(sources.get(name)!);
  expect(promises.length, `${name} promises no output`).toBeGreaterThan(0);
  expect(asPromised(linesOf(await runExample(name, mockUrl, options)), promises)).toEqual(promises);
}

describe('the README and the guides', () => {
  test('every snippet they show is a file of docs/examples/, verbatim, in its language', () => {
    for (const block of guides.flatMap(blocksOf)) {
      if (NOT_SNIPPETS.has(block.lang) || isQuickStart(block)) continue;
      const shown = exampleNames.find((name) => sources.get(name)!.trimEnd() === block.text.trimEnd());
      expect(
        shown,
        `${block.file} (${block.section}) shows a ${block.lang || 'unlabelled'} block that is no file of docs/examples/`,
      ).toBeDefined();
      expect(block.lang, `${block.file} shows docs/examples/${shown} as ${block.lang || 'unlabelled'}`).toBe(
        LANGUAGE_OF[/\.\w+$/.exec(shown!)![0]],
      );
    }
  });

  test('every file of docs/examples/ is shown in one of them', () => {
    const shown = guides.flatMap(blocksOf).map((block) => block.text.trimEnd());
    expect(exampleNames.filter((name) => !shown.includes(sources.get(name)!.trimEnd()))).toEqual([]);
  });

  test('every relative link names a file that exists, and an anchor a heading of it', async () => {
    const slug = (heading: string) =>
      heading
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\s_-]/gu, '')
        .replace(/\s/g, '-');
    const linking = [
      ...guides,
      ...(await Promise.all(['CONTRIBUTING.md', 'SECURITY.md'].map(async (file) => ({ file, text: await read(file) })))),
    ];
    const broken: string[] = [];
    for (const { file, text } of linking) {
      for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^[a-z]+:/.test(target!)) continue;
        const [path, anchor] = target!.split('#') as [string, string | undefined];
        const linked = path === '' ? join(root, file) : join(root, dirname(file), path);
        if (!existsSync(linked)) {
          broken.push(`${file}: ${target} (no ${relative(root, linked)})`);
          continue;
        }
        if (anchor === undefined) continue;
        const headings = [...(await readFile(linked, 'utf8')).matchAll(/^#{1,6} (.*)$/gm)].map((match) => slug(match[1]!));
        if (!headings.includes(anchor)) broken.push(`${file}: ${target} (no such heading)`);
      }
    }
    expect(broken).toEqual([]);
  });

  test('the README is a front door: at most 200 lines, linking every guide and CONTRIBUTING.md', () => {
    const readme = guide('README.md').text;
    expect(linesOf(readme).length).toBeLessThanOrEqual(200);
    for (const file of [...guideFiles.filter((file) => file !== 'README.md'), 'CONTRIBUTING.md']) expect(readme).toContain(`](${file})`);
  });

  test('the mocks guide lists every test key, with its status and the calls that answer it', () => {
    const rows = new Map<string, { status: number; calls: string[] }>();
    const order = ['getUploadTask', 'renewUpload', 'confirmUpload', 'cancelUpload', 'beginMultipartUpload', 'beginSimpleUpload'];
    for (const id of order) {
      const operation = operations.find((candidate) => candidate.id === id)!;
      for (const [key, example] of Object.entries(operation.testKeys)) {
        const row = rows.get(key) ?? { status: operation.examples[example]!.status, calls: [] };
        row.calls.push(`\`${id}\``);
        rows.set(key, row);
      }
    }
    expect(rows.size).toBe(new Set(operations.flatMap((operation) => Object.keys(operation.testKeys))).size);
    const table = guide('docs/mocks.md')
      .text.split('\n')
      .filter((line) => line.startsWith('| `example-'));
    expect(table).toEqual([...rows].map(([key, { status, calls }]) => `| \`${key}\` | ${status} | ${calls.join(', ')} |`));
  });
});

test('the README quick start runs as pasted: `npm ci && npm start`, then each command, prints what the README shows', async () => {
  const blocks = blocksOf(guide('README.md')).filter(isQuickStart);
  const commandsOf = (block: Block) => block.text.split('\n').filter((line) => line.trim() !== '' && !line.trimStart().startsWith('#'));
  const [setup, ...pasted] = blocks.filter((block) => block.lang === 'sh');
  // `npm ci` ran before the suite (and the global setup built dist/): `npm start` is what this test starts.
  expect(commandsOf(setup!)).toEqual(['npm ci && npm start']);
  const shown = blocks.find((block) => block.lang === 'text');
  expect(pasted.length).toBeGreaterThan(0);
  const server = await npmStart();
  try {
    const printed: string[] = [];
    for (const command of pasted.flatMap(commandsOf)) {
      const exit = await run('bash', ['-c', command.replaceAll(LOCAL, server.url)], { timeout: 60_000 });
      expect(String(exit.stderr), command).toBe('');
      expect(exit.exitCode, `${command}:\n${exit.all}`).toBe(0);
      printed.push(...linesOf(String(exit.stdout)));
    }
    const promises = linesOf(shown!.text);
    expect(asPromised(printed, promises)).toEqual(promises);
  } finally {
    await server.stop();
  }
}, 180_000);

describe('each file of docs/examples/ runs against the mock and prints what its comments promise', () => {
  let mock: Server;
  beforeAll(async () => {
    mock = await startMock(['-v', 'silent']);
  });
  afterAll(() => mock?.stop());

  // How each file is run; a file added to docs/examples/ needs a row.
  const runs: Record<string, () => Promise<void>> = {
    'quick-start.ts': () => expectPromised('quick-start.ts', mock.url, { args: [mock.url] }),
    'client.ts': async () => {
      await expectPromised('client.ts', mock.url, { env: { SMH_BASE_URL: mock.url } });
      const missing = await runExample('client.ts', mock.url, {
        env: { SMH_BASE_URL: mock.url, SMH_CONFIRM_KEY: 'example-UploadNotFound' },
      });
      expect(missing.trim()).toMatch(/^404 UploadNotFound \(request \S+\)$/);
    },
    'client-errors.ts': () => expectPromised('client-errors.ts', mock.url),
    'upload-file.ts': async () => {
      // A module of functions, printing nothing: mock-fetch.ts runs its loop.
      expect(sources.get('mock-fetch.ts')).toContain("from './upload-file.js'");
      expect(promised(sources.get('upload-file.ts')!)).toEqual([]);
    },
    'mock-fetch.ts': () => expectPromised('mock-fetch.ts', mock.url),
    'mock-server.test.ts': async () => {
      const output = await runExample('mock-server.test.ts', mock.url, { nodeOptions: ['--test-reporter=tap'] });
      const tests = sources.get('mock-server.test.ts')!.match(/^test\(/gm)!.length;
      expect(output).toMatch(new RegExp(`^# pass ${tests}$`, 'm'));
      expect(output).toMatch(/^# fail 0$/m);
      // The log lines the mocks guide quotes are the ones this file makes.
      const quoted = blocksOf(guide('docs/mocks.md')).find((block) => block.lang === 'text' && block.text.includes('access_token=***'));
      expect(linesOf(output).filter((line) => /^(GET|POST|PUT|DELETE) \//.test(line))).toEqual(linesOf(quoted!.text));
    },
    'msw-axios.ts': () => expectPromised('msw-axios.ts', mock.url),
    'storage-put.ts': () => expectPromised('storage-put.ts', mock.url),
    'simulator-routes.sh': () => expectPromised('simulator-routes.sh', mock.url),
    'proxy.ts': () => expectPromised('proxy.ts', mock.url),
    'load-spec.py': () => expectPromised('load-spec.py', mock.url),
  };

  test('every file has a way to run', () => {
    expect(Object.keys(runs).sort()).toEqual(exampleNames);
  });

  test.for(Object.keys(runs))('%s', { timeout: 120_000 }, async (name) => {
    await runs[name]!();
  });
});

describe('what the guides quote is what the code prints', () => {
  test.for([
    ['docs/mocks.md', 'bin/smh-upload-mock.js', 'smh-upload-mock'],
    ['docs/contract-testing.md', 'bin/smh-upload-proxy.js', 'smh-upload-proxy'],
  ])('%s quotes `%s --help` as it prints', async ([file, cli, name]) => {
    const exit = await run(process.execPath, [join(root, cli!), '--help'], { timeout: 30_000 });
    expect(exit.exitCode).toBe(0);
    const quoted = blocksOf(guide(file!)).find((block) => block.lang === 'text' && block.text.startsWith(`${name}: `));
    expect(quoted?.text).toBe(String(exit.stdout).trimEnd());
  });

  test("docs/storage.md quotes storage's XML error as the simulator writes it", async () => {
    const simulator = createSimulator();
    const mockFetch = createMockFetch({ simulator });
    const { confirmKey } = simulator.seedTask({ filePath: 'videos/clip.mp4', credentialsExpireInMs: 0 });
    const status = await mockFetch(`https://smh.test/api/v1/file/smh0000000000000/-/${confirmKey}?upload&access_token=t`);
    const { domain, path, uploadId, headers } = (await status.json()).uploadPartInfo;
    const put = await mockFetch(`https://${domain}${path}?partNumber=1&uploadId=${uploadId}`, { method: 'PUT', headers, body: 'x' });
    expect(put.status).toBe(403);
    const quoted = linesOf(
      blocksOf(guide('docs/storage.md')).find((block) => block.lang === 'text' && block.text.includes('<Error>'))!.text,
    );
    expect(asPromised(linesOf(await put.text()), quoted)).toEqual(quoted);
  });
});
