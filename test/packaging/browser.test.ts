// MSW in the browser: a fresh consumer installs the packed tarball, msw,
// axios and esbuild, and bundles a page (test/packaging/browser/page.ts) for
// the browser with no Node polyfill configured; served from 127.0.0.1 to
// headless Chromium, the page starts setupWorker with createSmhHandlers()
// and asks the table every face of the mock is asked
// (test/support/mock-table.ts) at a foreign origin only the worker can
// answer. Each answer must be the documented one and the one createMockFetch
// gives in Node for the same request; nothing may leave the machine.
import { copyFile, mkdir, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
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
import { root } from '../support/processes.ts';
import { testKeyPairs } from '../support/spec.ts';
import type { Answered } from './browser/page.ts';

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

// The files the page is made of, and the only paths its server answers.
const pageFiles: Record<string, string> = { '/': 'index.html', '/bundle.js': 'bundle.js', '/mockServiceWorker.js': 'mockServiceWorker.js' };
const contentTypes: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };

interface Bundled {
  bytes: number;
  ms: number;
  warnings: Esbuild.Message[];
  /** The bundle's inputs, relative to the consumer's directory. */
  inputs: string[];
}

let project: Consumer;
let profileDir: string;
let bundled: Bundled | Esbuild.BuildFailure;
let server: FixtureServer | undefined;
let browser: OfflineBrowser | undefined;
let page: Page;
let loadErrors: string[];
const consoleErrors: Array<{ text: string; url: string }> = [];
// Each request the page made once it had loaded, and whether the worker answered it.
const pageRequests: Array<{ url: string; fromServiceWorker: boolean }> = [];
// The statuses the page was answered at each URL it asked.
const statusesAt = new Map<string, Set<number>>();
const answeredAt = (asked: string, status: number) => {
  // As the browser asks it: `%2E%2E` is a path segment `..`.
  const url = new URL(asked).href;
  statusesAt.set(url, (statusesAt.get(url) ?? new Set()).add(status));
};
let unhandledUrl: string | undefined;

beforeAll(async () => {
  // The server and the browser start while npm installs: the page's files are read when asked for.
  profileDir = await mkdtemp(join(tmpdir(), 'smh-browser-'));
  server = await startFixtureServer((request, response) => {
    const file = pageFiles[new URL(request.url ?? '/', 'http://page').pathname];
    if (!file) return void response.writeHead(404).end();
    readFile(join(project.dir, 'public', file)).then(
      (body) => response.writeHead(200, { 'content-type': contentTypes[extname(file)]!, 'cache-control': 'no-store' }).end(body),
      () => response.writeHead(500).end(),
    );
  });
  const screen = { width: 800, height: 600, deviceScaleFactor: 1 };
  const [installed, launched] = await Promise.allSettled([
    consumer([mswVersion, devVersion('axios'), devVersion('esbuild')]),
    launchOfflineBrowser(profileDir, { screen, serviceWorkers: 'allow', localOrigins: [server.baseUrl] }),
  ]);
  if (installed.status === 'fulfilled') project = installed.value;
  if (launched.status === 'fulfilled') browser = launched.value;
  for (const outcome of [installed, launched]) if (outcome.status === 'rejected') throw outcome.reason;

  const publicDir = join(project.dir, 'public');
  await mkdir(join(project.dir, 'src'));
  await mkdir(publicDir);
  const consumerRequire = createRequire(join(project.dir, 'package.json'));
  await Promise.all([
    copyFile(join(pageDir, 'page.ts'), join(project.dir, 'src/page.ts')),
    copyFile(join(pageDir, 'index.html'), join(publicDir, 'index.html')),
    copyFile(consumerRequire.resolve('msw/mockServiceWorker.js'), join(publicDir, 'mockServiceWorker.js')),
  ]);
  bundled = await bundle(consumerRequire('esbuild'), project.dir);
  if (!('inputs' in bundled)) return;

  const opened = await browser!.open(`${server.baseUrl}/`);
  page = opened.page;
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push({ text: message.text(), url: message.location().url });
  });
  page.on('pageerror', (error) => consoleErrors.push({ text: error.message, url: '' }));
  page.on('response', (response) => pageRequests.push({ url: response.url(), fromServiceWorker: response.fromServiceWorker() }));
  page.on('requestfailed', (request) => pageRequests.push({ url: request.url(), fromServiceWorker: false }));
  await page.evaluate(() => window.smhPage.ready);
  loadErrors = [...opened.errors];
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await Promise.all([project?.remove(), profileDir && rm(profileDir, { recursive: true, force: true })]);
});

/** The page as a consumer's esbuild makes it: for the browser, everything bundled, no polyfill, no external. */
async function bundle(esbuild: typeof Esbuild, dir: string): Promise<Bundled | Esbuild.BuildFailure> {
  const started = performance.now();
  // The page's table is this repository's, wherever the page is copied to.
  const repositoryTable: Esbuild.Plugin = {
    name: 'repository-table',
    setup: (build) => build.onResolve({ filter: /\/support\/mock-table\.ts$/ }, () => ({ path: tableFile })),
  };
  try {
    const result = await esbuild.build({
      absWorkingDir: dir,
      entryPoints: ['src/page.ts'],
      outfile: 'public/bundle.js',
      bundle: true,
      platform: 'browser',
      format: 'esm',
      metafile: true,
      logLevel: 'silent',
      plugins: [repositoryTable],
    });
    const ms = Math.round(performance.now() - started);
    return {
      bytes: (await stat(join(dir, 'public/bundle.js'))).size,
      ms,
      warnings: result.warnings,
      inputs: Object.keys(result.metafile.inputs),
    };
  } catch (error) {
    if (error instanceof Error && 'errors' in error) return error as Esbuild.BuildFailure;
    throw error;
  } finally {
    await esbuild.stop();
  }
}

function pageReady(): Page {
  if (!('inputs' in bundled)) throw new Error('esbuild could not bundle the page: see the bundling test');
  return page;
}

const nodeFetch = createMockFetch();
/** What createMockFetch, from the sources, in Node, answers the request at `url` with the row's init. */
const inNode = (url: string, row: Row): Promise<Observed> => nodeFetch(url, initOf(row)).then(observe);

const rowNamed = (name: string) => rows.find((row) => row.name === name)!;

describe('a consumer’s esbuild bundles createSmhHandlers() and msw/browser for the browser, from the tarball', () => {
  test('with no error and no warning, no Node built-in asked for, and Prism’s browser stand-in in place of its engine', async ({
    annotate,
  }) => {
    const messages = (list: Esbuild.Message[]) =>
      list.map((message) => `${message.location?.file ?? ''}:${message.location?.line ?? ''} ${message.text}`);
    if (!('inputs' in bundled)) expect.fail(`esbuild failed:\n${[...messages(bundled.errors), ...messages(bundled.warnings)].join('\n')}`);
    expect(messages(bundled.warnings)).toEqual([]);
    const { inputs } = bundled;
    expect(inputs).toContain('node_modules/smh-upload-contract/dist/mock/msw.js');
    expect(inputs).toContain('node_modules/smh-upload-contract/dist/mock/prism.browser.js');
    expect(inputs.filter((input) => /prism\.node|^node:|@stoplight/.test(input))).toEqual([]);
    // Everything but the page and its table comes from what the consumer installed.
    const fromRepository = [relative(project.dir, tableFile), relative(project.dir, `${root}generated/mock-contract.js`)];
    expect(inputs.filter((input) => !input.startsWith('node_modules/') && input !== 'src/page.ts').sort()).toEqual(fromRepository.sort());
    await annotate(`bundle.js: ${bundled.bytes} bytes (${(bundled.bytes / 1024).toFixed(0)} KiB, unminified), built in ${bundled.ms} ms`);
  });
});

describe('in headless Chromium, setupWorker with createSmhHandlers() answers the table as the Node faces do', () => {
  test('the worker controls the page, which loaded with no error', async () => {
    expect(await pageReady().evaluate(() => window.smhPage.ready)).toEqual({ serviceWorker: true });
    expect(loadErrors).toEqual([]);
  });

  test('every row a page can send: the documented answer, and the one createMockFetch gives in Node', async () => {
    const answers = await pageReady().evaluate(
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

  test('the rows asked include every test key, every Prefer row and every malformed parameter’s 400; only preflights are left out', () => {
    const testKeyRows = rows.filter((row) => row.name.startsWith('test key'));
    expect(testKeyRows).toHaveLength(testKeyPairs().length);
    const preferRows = rows.filter((row) => row.headers?.Prefer !== undefined);
    const malformedRows = rows.filter((row) => row.expected.status === 400 && row.expected.code === 'ParamInvalid');
    expect(preferRows.length).toBeGreaterThan(0);
    expect(malformedRows.length).toBeGreaterThan(0);
    for (const row of [...testKeyRows, ...preferRows, ...malformedRows]) expect(asked).toContain(row);
    expect(leftOut.map((row) => row.method)).toEqual(['OPTIONS']);
  });

  test('axios, over XMLHttpRequest, gets a test key’s answer as fetch does', async () => {
    const row = rows.find((candidate) => candidate.name.startsWith('test key') && candidate.expected.status >= 400)!;
    const answer: Answered = await pageReady().evaluate((name) => window.smhPage.axiosRow(name), row.name);
    answeredAt(answer.url, answer.observed.status);
    expect(answer.mismatches).toEqual([]);
    expect(answer.observed.requestId).toBe(answer.observed.body.requestId);
    expect(answer.observed).toEqual(await inNode(answer.url, row));
  });

  // After the rows above: every request the page made is accounted for.
  test('nothing left the machine: the worker answered every request to the API, the page’s server was asked for the page alone', async () => {
    unhandledUrl = 'https://api.tencentsmh.cn/not-the-operation';
    const outcome = await pageReady().evaluate((url) => window.smhPage.unhandled(url), unhandledUrl);
    // A control: the one request no handler matches goes to the network, and is refused there.
    expect(outcome).toMatch(/^failed/);
    expect(browser!.refused).toEqual([unhandledUrl]);
    const origins = new Set(browser!.requested.map((url) => new URL(url).origin));
    expect([...origins].sort()).toEqual(['https://api.tencentsmh.cn', server!.baseUrl].sort());
    const toApi = pageRequests.filter(({ url }) => url.startsWith('https://api.tencentsmh.cn/') && url !== unhandledUrl);
    expect(toApi.length).toBe(asked.length + 1);
    expect(toApi.filter((request) => !request.fromServiceWorker)).toEqual([]);
    expect([...new Set(server!.requests)].sort()).toEqual(Object.keys(pageFiles).sort());
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
