// The package in a browser, as a consumer bundles it: a fresh project
// installs the packed tarball, msw, axios and esbuild, and bundles two pages
// (test/packaging/browser/) for the browser with no Node polyfill and no
// Node built-in: one drives createMockFetch over createSimulator, a fresh
// upload from begin to confirm; one starts MSW's setupWorker with
// createSmhHandlers() and asks the table every face of the mock is asked
// (test/support/mock-table.ts) at a foreign origin only the worker can
// answer. Each is served from 127.0.0.1 to the headless Chromium of
// @sparticuz/chromium (test/support/chromium.ts); nothing may leave the machine.
import { createHash } from 'node:crypto';
import { copyFile, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire, isBuiltin } from 'node:module';
import { tmpdir } from 'node:os';
import { extname, join, relative } from 'node:path';
import type * as Esbuild from 'esbuild';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createMockFetch } from '../../src/mock/index.ts';
import { launchOfflineBrowser, type OfflineBrowser } from '../support/browser.ts';
import { type Consumer, consumer, devVersion, mswVersion } from '../support/consumer.ts';
import { type FixtureServer, startFixtureServer } from '../support/fixture-server.ts';
import { initOf, type Observed, observe, type Row, rows } from '../support/mock-table.ts';
import { root } from '../support/servers.ts';
import { operations } from '../support/spec.ts';
import type { Uploaded } from './browser/mock-page.ts';
import type { Answered } from './browser/msw-page.ts';

const pageDir = `${root}test/packaging/browser/`;
const tableFile = `${root}test/support/mock-table.ts`;

// Headers a page may not set (the Fetch standard's forbidden request
// headers): a browser drops them from the request, so a row that needs one
// (the CORS preflight, with Origin and Access-Control-Request-Method) cannot
// be asked from a page and is left out here; the Node faces answer it
// (test/integration/mock-faces.test.ts).
const forbiddenHeader =
  /^(accept-charset|accept-encoding|access-control-request-headers|access-control-request-method|connection|content-length|cookie2?|date|dnt|expect|host|keep-alive|origin|referer|set-cookie|te|trailer|transfer-encoding|upgrade|via|proxy-.*|sec-.*)$/i;
const askable = (row: Row) => !Object.keys(row.headers ?? {}).some((name) => forbiddenHeader.test(name));
const asked = rows.filter(askable);
const leftOut = rows.filter((row) => !askable(row));

// Each page has an origin of its own (the MSW worker controls its origin's
// pages); a server answers its page's files alone, from the consumer's public/.
const pages = {
  mock: { '/': 'mock.html', '/mock.js': 'mock.js' },
  msw: { '/': 'msw.html', '/msw.js': 'msw.js', '/mockServiceWorker.js': 'mockServiceWorker.js' },
} as const;
const contentTypes: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };
const html = (script: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${script}</title><link rel="icon" href="data:,"></head>` +
  `<body><script type="module" src="/${script}"></script></body></html>`;

interface Bundled {
  bytes: { mock: number; msw: number };
  warnings: Esbuild.Message[];
  metafile: Esbuild.Metafile;
}

let project: Consumer;
let profileDir: string;
let bundled: Bundled | Esbuild.BuildFailure;
const servers: Partial<Record<keyof typeof pages, FixtureServer>> = {};
let browser: OfflineBrowser | undefined;
let page: Page;
/** What the MSW page's start resolved to, or why it never started. */
let ready: unknown;
let loadErrors: string[];
const consoleErrors: Array<{ text: string; url: string }> = [];
// Each request the MSW page made once it had loaded, and whether the worker answered it.
const pageRequests: Array<{ url: string; fromServiceWorker: boolean }> = [];
// The statuses the MSW page was answered at each URL it asked.
const statusesAt = new Map<string, Set<number>>();
const answeredAt = (asked: string, status: number) => {
  // As the browser asks it: `%2E%2E` is a path segment `..`.
  const url = new URL(asked).href;
  statusesAt.set(url, (statusesAt.get(url) ?? new Set()).add(status));
};
let unhandledUrl: string | undefined;

beforeAll(async () => {
  // The servers and the browser start while npm installs: the page's files are read when asked for.
  profileDir = await mkdtemp(join(tmpdir(), 'smh-browser-'));
  for (const [name, files] of Object.entries(pages) as Array<[keyof typeof pages, Record<string, string>]>) {
    servers[name] = await startFixtureServer((request, response) => {
      const file = files[new URL(request.url ?? '/', 'http://page').pathname];
      if (!file) return void response.writeHead(404).end();
      readFile(join(project.dir, 'public', file)).then(
        (body) => response.writeHead(200, { 'content-type': contentTypes[extname(file)]!, 'cache-control': 'no-store' }).end(body),
        () => response.writeHead(500).end(),
      );
    });
  }
  const screen = { width: 800, height: 600, deviceScaleFactor: 1 };
  const localOrigins = [servers.mock!.baseUrl, servers.msw!.baseUrl];
  const [installed, launched] = await Promise.allSettled([
    consumer([mswVersion, devVersion('axios'), devVersion('esbuild')]),
    launchOfflineBrowser(profileDir, { screen, serviceWorkers: 'allow', localOrigins }),
  ]);
  if (installed.status === 'fulfilled') project = installed.value;
  if (launched.status === 'fulfilled') browser = launched.value;
  for (const outcome of [installed, launched]) if (outcome.status === 'rejected') throw outcome.reason;

  const publicDir = join(project.dir, 'public');
  await mkdir(join(project.dir, 'src'));
  await mkdir(publicDir);
  const consumerRequire = createRequire(join(project.dir, 'package.json'));
  await Promise.all([
    copyFile(join(pageDir, 'mock-page.ts'), join(project.dir, 'src/mock-page.ts')),
    copyFile(join(pageDir, 'msw-page.ts'), join(project.dir, 'src/msw-page.ts')),
    writeFile(join(publicDir, 'mock.html'), html('mock.js')),
    writeFile(join(publicDir, 'msw.html'), html('msw.js')),
    copyFile(consumerRequire.resolve('msw/mockServiceWorker.js'), join(publicDir, 'mockServiceWorker.js')),
  ]);
  bundled = await bundle(consumerRequire('esbuild'), project.dir);
  if (!('metafile' in bundled)) return;

  const opened = await browser!.open(`${servers.msw!.baseUrl}/`);
  page = opened.page;
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push({ text: message.text(), url: message.location().url });
  });
  page.on('pageerror', (error) => consoleErrors.push({ text: error.message, url: '' }));
  page.on('response', (response) => pageRequests.push({ url: response.url(), fromServiceWorker: response.fromServiceWorker() }));
  page.on('requestfailed', (request) => pageRequests.push({ url: request.url(), fromServiceWorker: false }));
  // A page that does not start is for the tests to report: the bundling tests name the cause.
  ready = await page.evaluate(() => window.smhPage.ready).catch((error: Error) => error);
  loadErrors = [...opened.errors];
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await Promise.all(Object.values(servers).map((server) => server.close()));
  await Promise.all([project?.remove(), profileDir && rm(profileDir, { recursive: true, force: true })]);
});

/** The pages as a consumer's esbuild makes them: for the browser, everything bundled, no polyfill. */
async function bundle(esbuild: typeof Esbuild, dir: string): Promise<Bundled | Esbuild.BuildFailure> {
  // The MSW page's table is this repository's, wherever the page is copied to; what it takes from the
  // package's sources (src/mock, as vitest.config.ts maps the entry) comes from the installed package instead.
  const repositoryTable: Esbuild.Plugin = {
    name: 'repository-table',
    setup: (build) => {
      build.onResolve({ filter: /\/support\/mock-table\.ts$/ }, () => ({ path: tableFile }));
      build.onResolve({ filter: /\/src\/mock\/index\.ts$/ }, ({ importer, kind }) =>
        importer === tableFile ? build.resolve('smh-upload-contract/mock', { kind, resolveDir: dir }) : undefined,
      );
    },
  };
  // A Node built-in would fail the build at its first import; kept out instead, each import of one is in the metafile, by importer.
  const builtinsOut: Esbuild.Plugin = {
    name: 'node-builtins-out',
    setup: (build) => build.onResolve({ filter: /.*/ }, ({ path }) => (isBuiltin(path) ? { path, external: true } : undefined)),
  };
  try {
    const result = await esbuild.build({
      absWorkingDir: dir,
      entryPoints: { mock: 'src/mock-page.ts', msw: 'src/msw-page.ts' },
      outdir: 'public',
      bundle: true,
      platform: 'browser',
      format: 'esm',
      metafile: true,
      logLevel: 'silent',
      plugins: [builtinsOut, repositoryTable],
    });
    const bytes = async (file: string) => (await stat(join(dir, 'public', file))).size;
    return { bytes: { mock: await bytes('mock.js'), msw: await bytes('msw.js') }, warnings: result.warnings, metafile: result.metafile };
  } catch (error) {
    if (error instanceof Error && 'errors' in error) return error as Esbuild.BuildFailure;
    throw error;
  } finally {
    await esbuild.stop();
  }
}

function built(): Bundled {
  if (!('metafile' in bundled)) throw new Error('esbuild could not bundle the pages: see the bundling tests');
  return bundled;
}

/** The inputs bundled into one page's output. */
const inputsOf = (name: 'mock' | 'msw') => Object.keys(built().metafile.outputs[`public/${name}.js`]?.inputs ?? {});

const messages = (list: Esbuild.Message[]) =>
  list.map((message) => `${message.location?.file ?? ''}:${message.location?.line ?? ''} ${message.text}`);

describe('a consumer’s esbuild bundles the package for the browser, from the tarball', () => {
  test('with no error and no warning, and no Node built-in imported by any module of either page', () => {
    if (!('metafile' in bundled))
      expect.fail(`esbuild failed:\n${[...messages(bundled.errors), ...messages(bundled.warnings)].join('\n')}`);
    expect(messages(bundled.warnings)).toEqual([]);
    const offenders = Object.entries(bundled.metafile.inputs).flatMap(([input, { imports }]) =>
      imports.filter((imported) => isBuiltin(imported.path)).map((imported) => `${input} imports ${imported.path}`),
    );
    expect(offenders).toEqual([]);
  });

  test('smh-upload-contract/mock (createMockFetch, createSimulator) takes the browser stand-ins of Prism and MD5', async ({ annotate }) => {
    const dist = 'node_modules/smh-upload-contract/dist/';
    const imported = built().metafile.inputs['src/mock-page.ts']?.imports.map((entry) => entry.path);
    expect(imported).toEqual(expect.arrayContaining([`${dist}index.js`, `${dist}mock/index.js`]));
    const inputs = inputsOf('mock');
    expect(inputs).toEqual(expect.arrayContaining([`${dist}server/prism.browser.js`, `${dist}mock/simulator/md5.browser.js`]));
    expect(inputs.filter((input) => /\.node\.js$|@stoplight\/|\/msw\//.test(input))).toEqual([]);
    // The page's own code and what the consumer installed: nothing of this repository.
    expect(inputs.filter((input) => !input.startsWith('node_modules/') && input !== 'src/mock-page.ts')).toEqual([]);
    await annotate(`mock.js: ${(built().bytes.mock / 1024).toFixed(0)} KiB, unminified`);
  });

  test('smh-upload-contract/msw and msw/browser: the handlers, with Prism’s browser stand-in', async ({ annotate }) => {
    const dist = 'node_modules/smh-upload-contract/dist/';
    expect(built().metafile.inputs['src/msw-page.ts']?.imports.map((entry) => entry.path)).toContain(`${dist}mock/msw.js`);
    const inputs = inputsOf('msw');
    expect(inputs).toEqual(expect.arrayContaining([`${dist}server/prism.browser.js`, `${dist}mock/simulator/md5.browser.js`]));
    expect(inputs.filter((input) => /\.node\.js$|@stoplight\//.test(input))).toEqual([]);
    // Everything but the page and its table (which reads this repository's operations) comes from what the consumer installed.
    const fromRepository = [relative(project.dir, tableFile), relative(project.dir, `${root}generated/operations.js`)];
    expect(inputs.filter((input) => !input.startsWith('node_modules/') && input !== 'src/msw-page.ts').sort()).toEqual(
      fromRepository.sort(),
    );
    await annotate(`msw.js: ${(built().bytes.msw / 1024).toFixed(0)} KiB, unminified`);
  });
});

describe('in headless Chromium, createMockFetch over createSimulator uploads a file, begin to confirm', () => {
  const MiB = 1024 * 1024;
  const size = 2 * MiB + 100;
  // The bytes the page uploads (byte i is i % 251), and each 1 MiB part's MD5, as object storage gives it in the ETag.
  const bytes = new Uint8Array(size).map((_, index) => index % 251);
  const etags = [0, 1, 2].map(
    (index) =>
      `"${createHash('md5')
        .update(bytes.subarray(index * MiB, (index + 1) * MiB))
        .digest('hex')}"`,
  );

  test('begun, every part stored with its MD5 as ETag, confirmed; the page loaded and ran with no error', async () => {
    built();
    const opened = await browser!.open(`${servers.mock!.baseUrl}/`);
    try {
      expect(await opened.page.evaluate(() => 'smhMockPage' in window), `the page did not load:\n${opened.errors.join('\n')}`).toBe(true);
      const uploaded: Uploaded = await opened.page.evaluate(([size, partSize]) => window.smhMockPage.upload(size!, partSize!), [size, MiB]);
      expect(uploaded.begun).toEqual({ status: 201, state: 'started' });
      expect(uploaded.plan).toBe('upload');
      const storageHost = uploaded.parts[0]?.host;
      expect(uploaded.parts).toEqual(etags.map((etag, index) => ({ partNumber: index + 1, host: storageHost, status: 200, etag })));
      expect(uploaded.confirmed).toEqual({ status: 200, path: ['browser', 'clip.bin'], size: String(size) });
      expect(uploaded.task).toMatchObject({ state: 'confirmed', parts: etags.map((etag, index) => ({ partNumber: index + 1, etag })) });
      expect(opened.errors).toEqual([]);
    } finally {
      await opened.page.close();
    }
    // The page asked its own server for itself and its script, and nothing else: the upload never left it.
    expect([...new Set(servers.mock!.requests)].sort()).toEqual(Object.keys(pages.mock).sort());
    expect(
      browser!.requested
        .filter((url) => url.startsWith(servers.mock!.baseUrl))
        .map((url) => new URL(url).pathname)
        .sort(),
    ).toEqual(Object.keys(pages.mock).sort());
  }, 60_000);
});

function mswPage(): Page {
  built();
  if (ready instanceof Error) throw new Error(`the MSW page did not start: ${ready.message}\n${loadErrors.join('\n')}`);
  return page;
}

const nodeFetch = createMockFetch();
/** What createMockFetch, from the sources, in Node, answers the request at `url` with the row's init. */
const inNode = (url: string, row: Row): Promise<Observed> => nodeFetch(url, initOf(row)).then(observe);

const rowNamed = (name: string) => rows.find((row) => row.name === name)!;

describe('in headless Chromium, setupWorker with createSmhHandlers() answers the table as the Node faces do', () => {
  test('the worker controls the page, which loaded with no error', () => {
    mswPage();
    expect(ready).toEqual({ serviceWorker: true });
    expect(loadErrors).toEqual([]);
  });

  test('every row a page can send: the documented answer, and the one createMockFetch gives in Node', async () => {
    const answers = await mswPage().evaluate(
      (names) => window.smhPage.fetchRows(names),
      asked.map((row) => row.name),
    );
    expect(answers.map((answer) => answer.name)).toEqual(asked.map((row) => row.name));
    for (const answer of answers) answeredAt(answer.url, answer.observed.status);
    expect(answers.filter((answer) => answer.mismatches.length > 0)).toEqual([]);
    const inBrowser = Object.fromEntries(answers.map((answer) => [answer.name, answer.observed]));
    const node = Object.fromEntries(
      await Promise.all(answers.map(async (answer) => [answer.name, await inNode(answer.url, rowNamed(answer.name))])),
    );
    expect(inBrowser).toEqual(node);
  });

  test('the rows asked include every test key of every call, every Prefer row and every malformed parameter’s 400; only preflights are left out', () => {
    const testKeyRows = rows.filter((row) => row.name.includes(': test key '));
    expect(testKeyRows).toHaveLength(operations.reduce((count, operation) => count + Object.keys(operation.testKeys).length, 0));
    const preferRows = rows.filter((row) => row.headers?.Prefer !== undefined);
    const malformedRows = rows.filter((row) => row.expected.status === 400 && row.expected.code === 'ParamInvalid');
    expect(preferRows.length).toBeGreaterThan(0);
    expect(malformedRows.length).toBeGreaterThan(0);
    for (const row of [...testKeyRows, ...preferRows, ...malformedRows]) expect(asked).toContain(row);
    expect(leftOut.map((row) => row.method)).toEqual(['OPTIONS']);
  });

  test('axios, over XMLHttpRequest, gets a test key’s answer as fetch does', async () => {
    const row = rows.find((candidate) => candidate.name.startsWith('getUploadTask: test key') && candidate.expected.status >= 400)!;
    const answer: Answered = await mswPage().evaluate((name) => window.smhPage.axiosRow(name), row.name);
    answeredAt(answer.url, answer.observed.status);
    expect(answer.mismatches).toEqual([]);
    expect(answer.observed).toEqual(await inNode(answer.url, row));
  });

  // After the rows above: every request the page made is accounted for.
  test('nothing left the machine: the worker answered every request to the API, the page’s server was asked for the page alone', async () => {
    unhandledUrl = 'https://api.tencentsmh.cn/not-the-operation';
    const outcome = await mswPage().evaluate((url) => window.smhPage.unhandled(url), unhandledUrl);
    // A control: the one request no handler matches goes to the network, and is refused there.
    expect(outcome).toMatch(/^failed/);
    expect(browser!.refused).toEqual([unhandledUrl]);
    // The in-process page's origin aside (its own test accounts for it).
    const origins = new Set(browser!.requested.map((url) => new URL(url).origin).filter((origin) => origin !== servers.mock!.baseUrl));
    expect([...origins].sort()).toEqual(['https://api.tencentsmh.cn', servers.msw!.baseUrl].sort());
    const toApi = pageRequests.filter(({ url }) => url.startsWith('https://api.tencentsmh.cn/') && url !== unhandledUrl);
    expect(toApi.length).toBe(asked.length + 1);
    expect(toApi.filter((request) => !request.fromServiceWorker)).toEqual([]);
    expect([...new Set(servers.msw!.requests)].sort()).toEqual(Object.keys(pages.msw).sort());
  });

  test('the page reported no error: the console’s only errors are Chromium’s notes of the error statuses it was answered, and of the refused control', () => {
    const noted = ({ text, url }: { text: string; url: string }) => {
      const status = /^Failed to load resource: the server responded with a status of (\d{3}) /.exec(text)?.[1];
      if (status !== undefined) return Number(status) >= 400 && statusesAt.get(url)?.has(Number(status)) === true;
      return url === unhandledUrl && text.startsWith('Failed to load resource: net::');
    };
    expect(statusesAt.size).toBeGreaterThan(0);
    expect(consoleErrors.filter((error) => !noted(error))).toEqual([]);
  });
});
