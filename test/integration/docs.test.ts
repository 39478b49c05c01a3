// The offline API reference: built from the canonical spec, opened in headless
// Chromium with every remote request refused, and checked the way a reader
// would: the endpoint, where the access token goes, every parameter example,
// every 200 body field (nested ones too) and every error code are on screen
// without a click, and nothing left the machine. Everything looked for is read
// from the spec, so the checks follow it when it changes. Nothing tracked is
// written: the screen the README shows is captured under test-results/.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type OfflineBrowser, type OfflinePage, launchOfflineBrowser, localSchemes } from '../support/browser.ts';
import { buildReference, canonicalSpecFile, repoRoot } from '../support/build-reference.ts';
import { captureOperationScreen, readmeScreen } from '../support/docs-screenshot.ts';
import {
  endpoint,
  hiddenExamples,
  hiddenFields,
  keyLocation,
  openReference,
  operationSection,
  responseButton,
  schemaTable,
  schemeDetails,
} from '../support/reference-page.ts';
import {
  type Operation,
  type Parameter,
  type ReferenceSpec as Spec,
  apiKeysOf,
  errorCodesOf,
  escapeRegExp,
  exampleValuesOf,
  fieldPaths,
  fieldsOf,
  jsonSchemaOf,
  onlyOperation,
  openingWords,
  parametersOf,
} from '../support/reference-spec.ts';

// Git-ignored: a look at what `docs:screenshot` would put in the README.
const screenshotFile = join(repoRoot, 'test-results/docs/reference-screen.png');

// ---- A throw-away copy of the spec, to try the example check on named examples ----

/** The spec with one parameter's examples given as named `examples`, the shape the mocks' test keys use. */
function withNamedExamples(source: Spec): { copy: Spec; parameter: Parameter } {
  const copy = structuredClone(source);
  const parameters = parametersOf(copy, onlyOperation(copy));
  // parametersOf hands back the copy's own objects: editing one edits the copy.
  const parameter = parameters.find((p) => p.name === 'ConfirmKey') ?? parameters.find((p) => p.in === 'path') ?? parameters[0]!;
  delete parameter.example;
  parameter.examples = {
    multipartInProgress: { summary: 'Test key: 200 a multipart upload in progress', value: 'example-multipartInProgress' },
    UploadNotFound: { summary: 'Test key: 404 UploadNotFound', value: 'example-UploadNotFound' },
  };
  return { copy, parameter };
}

// ---- One build, one browser, shared by the checks below ----

let spec: Spec;
let operation: Operation;
let htmlFile: string;
let variant: { copy: Spec; parameter: Parameter; htmlFile: string };
let workDir: string;
let browser: OfflineBrowser | undefined;
let opened: OfflinePage | undefined;
let variantOpened: OfflinePage | undefined;
let browserError: unknown;

/** The rendered page; a browser that could not start fails every check that needs it, with its reason. */
function rendered(): OfflinePage & { browser: OfflineBrowser } {
  if (browserError) throw browserError;
  if (!opened || !browser) throw new Error('the page was not opened');
  return { ...opened, browser };
}

function renderedPage(): Page {
  return rendered().page;
}

beforeAll(async () => {
  spec = JSON.parse(await readFile(canonicalSpecFile, 'utf8'));
  operation = onlyOperation(spec);
  workDir = await mkdtemp(join(tmpdir(), 'smh-docs-'));
  const { copy, parameter } = withNamedExamples(spec);
  const variantSpecFile = join(workDir, 'openapi.named-examples.json');
  await writeFile(variantSpecFile, JSON.stringify(copy));
  // Two builds side by side, each `npm run docs` with its own --out and --spec.
  const [built, variantBuilt] = await Promise.all([
    buildReference({ outFile: join(workDir, 'site/index.html') }),
    buildReference({ outFile: join(workDir, 'variant/index.html'), specFile: variantSpecFile }),
  ]);
  htmlFile = built;
  variant = { copy, parameter, htmlFile: variantBuilt };
  try {
    browser = await launchOfflineBrowser(join(workDir, 'profile'), { screen: readmeScreen });
    // Two tabs render side by side: the variant costs little extra time.
    [opened, variantOpened] = await Promise.all([openReference(browser, htmlFile), openReference(browser, variant.htmlFile)]);
  } catch (error) {
    browserError = error;
  }
});

afterAll(async () => {
  await browser?.close();
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

describe('offline API reference', () => {
  test('Redoc renders the page without errors', async () => {
    const { page, errors } = rendered();
    expect(await page.getAttribute('html', 'data-redoc')).toBe('ready');
    expect(errors).toEqual([]);
  });

  test('shows the endpoint with its method', async () => {
    const found = endpoint(operationSection(renderedPage()), operation.path);
    expect(await found.count()).toBeGreaterThan(0);
    expect(await found.first().isVisible()).toBe(true);
    expect((await found.first().innerText()).replace(/\s+/g, '')).toBe(`${operation.method.toUpperCase()}${operation.path}`);
  });

  test('shows where each API key goes, with its description, ahead of the parameters, without a click', async () => {
    const section = operationSection(renderedPage());
    const keys = apiKeysOf(spec, operation.operation);
    // The contract sends a token: a derivation that finds none would prove nothing.
    expect(keys.length).toBeGreaterThan(0);
    const endpointBox = await endpoint(section, operation.path).first().boundingBox();
    const firstFieldBox = await section.locator('td[kind="field"]').first().boundingBox();
    for (const key of keys) {
      const details = schemeDetails(section, key);
      expect(await details.count(), `the details of security scheme ${key.scheme}`).toBe(1);
      const location = keyLocation(details, key);
      expect(await location.isVisible(), `"${key.in} … ${key.name}" shown`).toBe(true);
      expect(await location.getByText(key.name, { exact: true }).isVisible(), `${key.name} shown`).toBe(true);
      const place = location.getByText(new RegExp(`^\\s*${escapeRegExp(key.in)}\\b`, 'i'));
      expect(await place.first().isVisible(), `"${key.in}" shown`).toBe(true);
      if (key.description) {
        expect(await details.getByText(openingWords(key.description)).first().isVisible(), `${key.scheme}'s description shown`).toBe(true);
      }
      // In the request area: below the endpoint, above the first parameter row.
      const box = await location.boundingBox();
      expect(box!.y).toBeGreaterThan(endpointBox!.y);
      expect(box!.y).toBeLessThan(firstFieldBox!.y);
    }
  });

  test('shows every parameter example, and every value of named examples, without a click', async () => {
    const parameters = parametersOf(spec, operation);
    const documented = parameters.flatMap((p) => exampleValuesOf(spec, p));
    expect(documented.length, 'the spec documents parameter examples').toBeGreaterThan(0);
    expect(await hiddenExamples(operationSection(renderedPage()), spec, parameters)).toEqual([]);
  });

  test('shows named parameter examples of a throw-away spec copy, and misses one it does not show', async () => {
    rendered();
    const { page, errors } = variantOpened!;
    expect(errors).toEqual([]);
    const section = operationSection(page);
    const parameters = parametersOf(variant.copy, onlyOperation(variant.copy));
    expect(exampleValuesOf(variant.copy, variant.parameter)).toEqual(['example-multipartInProgress', 'example-UploadNotFound']);
    expect(await hiddenExamples(section, variant.copy, parameters)).toEqual([]);
    // The same check against a spec naming a value this page lacks must report exactly that value.
    const unshown = structuredClone(variant.copy);
    const target = parametersOf(unshown, onlyOperation(unshown)).find((p) => p.in === variant.parameter.in && p.name === variant.parameter.name)!;
    target.examples = { ...target.examples, notOnThePage: { value: 'example-notOnThePage' } };
    expect(await hiddenExamples(section, unshown, parametersOf(unshown, onlyOperation(unshown)))).toEqual([
      `${target.in} ${target.name}: example-notOnThePage`,
    ]);
  });

  test('shows every 200 body field, nested ones in place, without a click', async () => {
    const page = renderedPage();
    const fields = fieldsOf(spec, jsonSchemaOf(spec, operation.operation.responses['200']));
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
    const responses = operation.operation.responses;
    const errorStatuses = Object.keys(responses).filter((status) => Number(status) >= 400);
    expect(errorStatuses.length).toBeGreaterThan(0);
    const shownCodes: string[] = [];
    const missing: string[] = [];
    for (const status of errorStatuses) {
      const button = responseButton(page, status);
      expect(await button.count(), `the ${status} response block`).toBe(1);
      expect(await button.getAttribute('aria-expanded'), `the ${status} response is expanded`).toBe('true');
      for (const code of errorCodesOf(spec, responses[status])) {
        const label = button.getByText(code, { exact: true });
        if ((await label.count()) > 0 && (await label.first().isVisible())) shownCodes.push(code);
        else missing.push(`${status} ${code}`);
      }
      const fields = fieldsOf(spec, jsonSchemaOf(spec, responses[status]));
      const hidden = await hiddenFields(schemaTable(button.locator('xpath=..'), fields), fields);
      missing.push(...hidden.map((field) => `${status} body field ${field}`));
    }
    expect(missing).toEqual([]);
    expect(shownCodes).toEqual(
      expect.arrayContaining(['EmptyAccessToken', 'InvalidAccessToken', 'UploadNotFound', 'RateLimitExceeded', 'InternalServerError']),
    );
  });

  test('needs no request that leaves the machine', () => {
    const { requested, refused } = rendered().browser;
    expect(requested.length).toBeGreaterThan(0);
    expect(refused).toEqual([]);
    expect(requested.filter((url) => !localSchemes.has(new URL(url).protocol))).toEqual([]);
  });

  test('captures the README screen, at the operation, into test-results/ only', async () => {
    const page = renderedPage();
    const png = await captureOperationScreen(page);
    await mkdir(dirname(screenshotFile), { recursive: true });
    await writeFile(screenshotFile, png);
    // PNG header: width and height, big-endian, at bytes 16 and 20.
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(readmeScreen.width * readmeScreen.deviceScaleFactor);
    expect(png.readUInt32BE(20)).toBe(readmeScreen.height * readmeScreen.deviceScaleFactor);
    const box = await endpoint(operationSection(page), operation.path).first().boundingBox();
    expect(box!.y, 'the endpoint is on the screen').toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(readmeScreen.height);
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

  test('inlines the Redoc bundle patched offline: no CDN logo, and no text of it ends a script element early', async () => {
    const html = await readFile(htmlFile, 'utf8');
    // Redoc 2 names its sidebar logo on a CDN (Redocly/redoc#2108); the build swaps it for a data: URL.
    expect(html).not.toContain('cdn.redoc.ly');
    // The template's four script elements, and only those: `<script` or `</script` inside the bundle is escaped.
    expect([...html.matchAll(/<script\b[^>]*>/gi)].map((m) => m[0])).toEqual([
      '<script id="openapi-document" type="application/json">',
      '<script id="redoc-options" type="application/json">',
      '<script>',
      '<script>',
    ]);
    expect(html.match(/<\/script/gi)).toHaveLength(4);
  });

  test('documents the canonical spec, unchanged', async () => {
    const html = await readFile(htmlFile, 'utf8');
    const inlined = html.match(/<script id="openapi-document" type="application\/json">([\s\S]*?)<\/script>/);
    expect(inlined).not.toBeNull();
    expect(JSON.parse(inlined![1]!)).toEqual(spec);
  });
});
