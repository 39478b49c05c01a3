// The offline API reference: built from the canonical spec, opened in headless
// Chromium with every remote request refused, and checked the way a reader
// would: the endpoint, every 200 body field (nested ones too) and every error
// code are on screen without a click, and nothing left the machine.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type BrowserContext, type Locator, type Page, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildDocs, defaultSpecFile } from '../../scripts/build-docs.ts';

const repoRoot = resolve(fileURLToPath(import.meta.url), '../../..');
const screenshotFile = join(repoRoot, 'docs/reference.png');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
// Schemes that never leave the machine: the page itself, and blob:/data: URLs
// the page makes from its own memory (Redoc's search worker is a blob:).
const localSchemes = new Set(['file:', 'blob:', 'data:']);

// ---- What the page must show, read from the spec it documents ----

type Schema = { $ref?: string; type?: string; properties?: Record<string, Schema>; items?: Schema };
type Spec = { paths: Record<string, Record<string, any>>; components?: Record<string, any> };
/** A field and the fields nested in it (through an object or an array of objects). */
type Field = { name: string; children: Field[] };

function deref<T>(spec: Spec, node: T & { $ref?: string }): T {
  let current: any = node;
  while (current?.$ref) {
    current = current.$ref
      .replace(/^#\//, '')
      .split('/')
      .reduce((at: any, key: string) => at?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], spec);
  }
  return current;
}

function fieldsOf(spec: Spec, schema: Schema): Field[] {
  const resolved = deref(spec, schema);
  const object = resolved.type === 'array' && resolved.items ? deref(spec, resolved.items) : resolved;
  return Object.entries(object.properties ?? {}).map(([name, child]) => ({ name, children: fieldsOf(spec, child) }));
}

function fieldPaths(fields: Field[], prefix = ''): string[] {
  return fields.flatMap((f) => [prefix + f.name, ...fieldPaths(f.children, `${prefix}${f.name}.`)]);
}

type Operation = { path: string; method: string; responses: Record<string, any> };

function onlyOperation(spec: Spec): Operation {
  const operations = Object.entries(spec.paths).flatMap(([path, item]) =>
    Object.keys(item)
      .filter((key) => ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'].includes(key))
      .map((method) => ({ path, method, responses: item[method].responses })),
  );
  expect(operations).toHaveLength(1);
  return operations[0]!;
}

function jsonSchemaOf(spec: Spec, response: any): Schema {
  return deref(spec, response).content['application/json'].schema;
}

/** Error codes a response documents: those named in its description, and its named examples. */
function errorCodesOf(spec: Spec, response: any): string[] {
  const resolved = deref<any>(spec, response);
  const named = [...String(resolved.description).matchAll(/`([A-Z][A-Za-z]+)`/g)].map((m) => m[1]!);
  const examples = Object.keys(resolved.content?.['application/json']?.examples ?? {});
  return [...new Set([...named, ...examples])];
}

// ---- Reading Redoc's page ----

/** The expandable block of one response, found by its status code. */
function responseButton(page: Page, status: string): Locator {
  return page
    .locator('button')
    .filter({ has: page.locator('strong', { hasText: new RegExp(`^\\s*${status}\\s*$`) }) });
}

function fieldCell(table: Locator, name: string): Locator {
  return table.locator(`xpath=./tbody/tr/td[@kind="field" and @title="${name}"]`);
}

/** The schema table of a response block, found by its first field. */
function schemaTable(block: Locator, fields: Field[]): Locator {
  return block.locator(`xpath=.//td[@kind="field" and @title="${fields[0]!.name}"]/ancestor::table[1]`);
}

/** Every field of `fields` that is not visible where it belongs: nested ones inside their parent's row. */
async function hiddenFields(table: Locator, fields: Field[], prefix = ''): Promise<string[]> {
  const hidden: string[] = [];
  for (const field of fields) {
    const cell = fieldCell(table, field.name);
    if ((await cell.count()) !== 1 || !(await cell.isVisible())) {
      hidden.push(prefix + field.name);
      continue;
    }
    if (field.children.length === 0) continue;
    const nested = table
      .locator(`xpath=./tbody/tr[td[@kind="field" and @title="${field.name}"]]/following-sibling::tr[1]`)
      .locator('xpath=.//table[1]');
    if ((await nested.count()) === 0) {
      hidden.push(...fieldPaths(field.children, `${prefix}${field.name}.`));
      continue;
    }
    hidden.push(...(await hiddenFields(nested.first(), field.children, `${prefix}${field.name}.`)));
  }
  return hidden;
}

// ---- One build, one browser, shared by the checks below ----

let spec: Spec;
let operation: Operation;
let htmlFile: string;
let workDir: string;
let context: BrowserContext | undefined;
let openedPage: Page | undefined;
let browserError: unknown;
const requested: string[] = [];
const refused: string[] = [];
const pageErrors: string[] = [];

/** The rendered page; a browser that could not start fails every check that needs it, with its reason. */
function renderedPage(): Page {
  if (browserError) throw browserError;
  if (!openedPage) throw new Error('the page was not opened');
  return openedPage;
}

async function openOffline(file: string): Promise<Page> {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium not found at ${chromiumPath}. Install it with: apt-get update && apt-get install -y chromium ` +
        '(or point CHROMIUM_PATH at a Chromium binary).',
    );
  }
  context = await chromium.launchPersistentContext(join(workDir, 'profile'), {
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs,
    viewport: { width: 1440, height: 900 },
    serviceWorkers: 'block',
  });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (localSchemes.has(new URL(url).protocol)) return route.continue();
    refused.push(url);
    return route.abort('internetdisconnected');
  });
  context.on('request', (request) => requested.push(request.url()));
  // A Content-Security-Policy refusal may never reach the router: report it as an error too.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP refused ${event.blockedURI} (${event.violatedDirective})`);
    });
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  await page.goto(pathToFileURL(file).href);
  // Set by the page's Redoc.init callback, once rendering finished or failed.
  await page.locator('html[data-redoc]').waitFor({ state: 'attached', timeout: 15_000 });
  return page;
}

beforeAll(async () => {
  spec = JSON.parse(await readFile(defaultSpecFile, 'utf8'));
  operation = onlyOperation(spec);
  workDir = await mkdtemp(join(tmpdir(), 'smh-docs-'));
  htmlFile = await buildDocs(join(workDir, 'site/index.html'));
  try {
    openedPage = await openOffline(htmlFile);
  } catch (error) {
    browserError = error;
  }
});

afterAll(async () => {
  await context?.close();
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

describe('offline API reference', () => {
  test('Redoc renders the page without errors', async () => {
    const page = renderedPage();
    expect(await page.getAttribute('html', 'data-redoc')).toBe('ready');
    expect(pageErrors).toEqual([]);
  });

  test('shows the endpoint with its method', async () => {
    const page = renderedPage();
    const endpoint = page.getByRole('button').filter({ hasText: operation.path });
    expect(await endpoint.count()).toBeGreaterThan(0);
    expect(await endpoint.first().isVisible()).toBe(true);
    expect((await endpoint.first().innerText()).replace(/\s+/g, '')).toBe(`${operation.method.toUpperCase()}${operation.path}`);
  });

  test('shows every 200 body field, nested ones in place, without a click', async () => {
    const page = renderedPage();
    const fields = fieldsOf(spec, jsonSchemaOf(spec, operation.responses['200']));
    const all = fieldPaths(fields);
    // The derivation itself must find the multipart structures, or this test proves little.
    expect(all).toEqual(
      expect.arrayContaining([
        'confirmed',
        'path',
        'parts.PartNumber',
        'parts.LastModified',
        'parts.ETag',
        'parts.Size',
        'uploadPartInfo.domain',
        'uploadPartInfo.path',
        'uploadPartInfo.uploadId',
        'uploadPartInfo.headers',
        'uploadPartInfo.expiration',
      ]),
    );
    const button = responseButton(page, '200');
    expect(await button.count(), 'the 200 response block').toBe(1);
    expect(await button.getAttribute('aria-expanded'), 'the 200 response is expanded').toBe('true');
    const table = schemaTable(button.locator('xpath=..'), fields);
    expect(await hiddenFields(table, fields)).toEqual([]);
  });

  test('shows every documented error code and the error body, without a click', async () => {
    const page = renderedPage();
    const errorStatuses = Object.keys(operation.responses).filter((status) => Number(status) >= 400);
    expect(errorStatuses.length).toBeGreaterThan(0);
    const shownCodes: string[] = [];
    const missing: string[] = [];
    for (const status of errorStatuses) {
      const button = responseButton(page, status);
      expect(await button.count(), `the ${status} response block`).toBe(1);
      expect(await button.getAttribute('aria-expanded'), `the ${status} response is expanded`).toBe('true');
      for (const code of errorCodesOf(spec, operation.responses[status])) {
        const label = button.getByText(code, { exact: true });
        if ((await label.count()) > 0 && (await label.first().isVisible())) shownCodes.push(code);
        else missing.push(`${status} ${code}`);
      }
      const fields = fieldsOf(spec, jsonSchemaOf(spec, operation.responses[status]));
      const hidden = await hiddenFields(schemaTable(button.locator('xpath=..'), fields), fields);
      missing.push(...hidden.map((field) => `${status} body field ${field}`));
    }
    expect(missing).toEqual([]);
    expect(shownCodes).toEqual(
      expect.arrayContaining(['EmptyAccessToken', 'InvalidAccessToken', 'UploadNotFound', 'RateLimitExceeded', 'InternalServerError']),
    );
  });

  test('needs no request that leaves the machine', () => {
    renderedPage();
    expect(requested.length).toBeGreaterThan(0);
    expect(refused).toEqual([]);
    expect(requested.filter((url) => !localSchemes.has(new URL(url).protocol))).toEqual([]);
  });

  test('saves a full-page screenshot for the README', async () => {
    const page = renderedPage();
    await mkdir(dirname(screenshotFile), { recursive: true });
    const png = await page.screenshot({ fullPage: true, animations: 'disabled' });
    await writeFile(screenshotFile, png);
    const pageHeight = await page.evaluate(() => document.documentElement.scrollHeight);
    // PNG header: width and height, big-endian, at bytes 16 and 20.
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(1440);
    expect(png.readUInt32BE(20)).toBe(pageHeight);
  });
});

describe('offline API reference, as a file', () => {
  test('loads nothing remote: no remote src/href, an inline-only script set, a deny-all policy', async () => {
    const html = await readFile(htmlFile, 'utf8');
    // Script text is code, not markup: judge only the markup around it.
    const markup = html.replace(/(<script\b[^>]*>)[\s\S]*?<\/script>/gi, '$1</script>');
    const urls = [...markup.matchAll(/\b(?:src|href|srcset|poster|data|action|xlink:href)\s*=\s*["']?([^"'\s>]+)/gi)].map((m) => m[1]!);
    const styleUrls = [...markup.matchAll(/url\(\s*["']?([^"')\s]+)/gi)].map((m) => m[1]!);
    expect([...urls, ...styleUrls].filter((url) => /^(?:https?:)?\/\//i.test(url))).toEqual([]);
    expect(markup).not.toMatch(/<script\b[^>]*\bsrc\s*=/i);
    expect(markup).not.toMatch(/<link\b/i);
    const policy = markup.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/i)?.[1];
    expect(policy).toContain("default-src 'none'");
    expect(policy).not.toMatch(/https?:|\*/);
  });

  test('documents the canonical spec, unchanged', async () => {
    const html = await readFile(htmlFile, 'utf8');
    const inlined = html.match(/<script id="openapi-document" type="application\/json">([\s\S]*?)<\/script>/);
    expect(inlined).not.toBeNull();
    expect(JSON.parse(inlined![1]!)).toEqual(spec);
  });
});
