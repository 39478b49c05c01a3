// The offline API reference (`npm run docs`) in headless Chromium with every
// remote request refused, checked as a reader would, against what the spec
// says; as a file, it loads nothing remote. The README's screen is captured
// under test-results/ (git-ignored), nothing tracked is written.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { localSchemes, type OfflineBrowser, type OfflinePage } from '../support/browser.ts';
import { repoRoot } from '../support/build-reference.ts';
import { captureOperationScreen, missingFromScreen, readmeScreen } from '../support/docs-screenshot.ts';
import { contentSecurityPolicyOf, inlinedSpecOf, markupOf, scriptTagsOf, urlsIn } from '../support/reference-file.ts';
import { prepareReference, type ReferenceFixture } from '../support/reference-fixture.ts';
import {
  clippedSampleText,
  endpoint,
  hiddenExamples,
  hiddenFields,
  keyLocation,
  linkedSections,
  openReference,
  operationSection,
  responseButton,
  responseSample,
  schemaTable,
  schemeDetails,
  tablesListing,
} from '../support/reference-page.ts';
import {
  apiKeysOf,
  errorBodyOf,
  errorCodesOf,
  errorStatusesOf,
  escapeRegExp,
  exampleValuesOf,
  fieldPaths,
  fieldsOf,
  jsonSchemaOf,
  type Operation,
  onlyOperation,
  openingWords,
  parametersOf,
  type ReferenceSpec as Spec,
} from '../support/reference-spec.ts';

// Git-ignored: a look at what `docs:screenshot` would put in the README.
const screenshotFile = join(repoRoot, 'test-results/docs/reference-screen.png');
// The first screen of a common laptop: what a reader sees before scrolling.
const firstScreenSize = { width: 1280, height: 800 };
// 13,676 px tall at that size while every error status listed the error body's fields: stay under 3/4 of it.
const pageHeightBefore = 13_676;
const pageHeightLimit = Math.round(pageHeightBefore * 0.75);

// One build, one browser, shared by the checks below.
let reference: ReferenceFixture;
let spec: Spec;
let operation: Operation;

beforeAll(async () => {
  reference = await prepareReference(readmeScreen, firstScreenSize);
  ({ spec, operation } = reference);
});

afterAll(() => reference?.close());

/** The rendered page at the README's screen, and its browser. */
function rendered(): OfflinePage & { browser: OfflineBrowser } {
  const { browser, tabs } = reference.opened();
  return { ...tabs.main, browser };
}

/** The same page in a 1280×800 tab, untouched since it loaded. */
function firstScreen(): Page {
  return reference.opened().tabs.firstScreen.page;
}

describe('offline API reference', () => {
  test('Redoc renders the page without errors', async () => {
    const { page, errors } = rendered();
    expect(await page.getAttribute('html', 'data-redoc')).toBe('ready');
    expect(errors).toEqual([]);
  });

  test('shows the endpoint with its method', async () => {
    const found = endpoint(operationSection(rendered().page), operation.path);
    expect(await found.count()).toBeGreaterThan(0);
    expect(await found.first().isVisible()).toBe(true);
    // biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText(), the text a reader sees
    expect((await found.first().innerText()).replace(/\s+/g, '')).toBe(`${operation.method.toUpperCase()}${operation.path}`);
  });

  test('shows where each API key goes, with its description, ahead of the parameters, without a click', async () => {
    const section = operationSection(rendered().page);
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
    expect(await hiddenExamples(operationSection(rendered().page), spec, parameters)).toEqual([]);
  });

  test('shows named parameter examples of a throw-away spec copy, and misses one it does not show', async () => {
    const { page, errors } = reference.opened().tabs.variant;
    const { variant } = reference;
    expect(errors).toEqual([]);
    const section = operationSection(page);
    const parameters = parametersOf(variant.copy, onlyOperation(variant.copy));
    expect(exampleValuesOf(variant.copy, variant.parameter)).toEqual(['example-multipartInProgress', 'example-UploadNotFound']);
    expect(await hiddenExamples(section, variant.copy, parameters)).toEqual([]);
    // The same check against a spec naming a value this page lacks must report exactly that value.
    const unshown = structuredClone(variant.copy);
    const { in: place, name } = variant.parameter;
    const target = parametersOf(unshown, onlyOperation(unshown)).find((p) => p.in === place && p.name === name)!;
    target.examples = { ...target.examples, notOnThePage: { value: 'example-notOnThePage' } };
    expect(await hiddenExamples(section, unshown, parametersOf(unshown, onlyOperation(unshown)))).toEqual([
      `${target.in} ${target.name}: example-notOnThePage`,
    ]);
  });

  test('shows every 200 body field, nested ones in place, without a click', async () => {
    const page = rendered().page;
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

  test('shows every documented error code and a link to the error body under each error status, without a click', async () => {
    const page = rendered().page;
    const responses = operation.operation.responses;
    const errorStatuses = errorStatusesOf(operation);
    expect(errorStatuses).toEqual(expect.arrayContaining(['400', '403', '404', '429', '500', '503', 'default']));
    const body = errorBodyOf(spec, operation);
    const shownCodes: string[] = [];
    const missing: string[] = [];
    for (const status of errorStatuses) {
      const button = responseButton(page, status);
      expect(await button.count(), `the ${status} response block`).toBe(1);
      for (const code of errorCodesOf(spec, responses[status])) {
        const label = button.getByText(code, { exact: true });
        if ((await label.count()) > 0 && (await label.first().isVisible())) shownCodes.push(code);
        else missing.push(`${status} ${code}`);
      }
      // The status names its body and links to the one place that lists the body's fields.
      // biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText(), the text a reader sees
      if (!(await button.innerText()).includes(body.name)) missing.push(`${status} names ${body.name}`);
      const listed: string[][] = [];
      for (const section of await linkedSections(page, button)) {
        for (const table of await schemaTable(section, body.fields).all()) listed.push(await hiddenFields(table, body.fields));
      }
      if (!listed.some((hidden) => hidden.length === 0)) missing.push(`${status} links to ${body.name}'s fields`);
    }
    expect(missing).toEqual([]);
    expect(shownCodes).toEqual(
      expect.arrayContaining(['EmptyAccessToken', 'InvalidAccessToken', 'UploadNotFound', 'RateLimitExceeded', 'InternalServerError']),
    );
  });

  test("a status's link to the error body leads there when clicked, and leaves the status closed", async () => {
    const { browser } = rendered();
    const { page } = await openReference(browser, reference.htmlFile, firstScreenSize);
    try {
      // A background tab gets no animation frames to scroll in.
      await page.bringToFront();
      const status = errorStatusesOf(operation)[0]!;
      const button = responseButton(page, status);
      const [section] = await linkedSections(page, button);
      expect(section, `the ${status} response links to a section of the page`).toBeDefined();
      await button.getByRole('link', { name: errorBodyOf(spec, operation).name }).click();
      // Redoc scrolls the target to the top of the window, give or take a pixel of rounding.
      await expect.poll(() => section!.evaluate((element) => Math.abs(element.getBoundingClientRect().top))).toBeLessThanOrEqual(2);
      expect(await button.getAttribute('aria-expanded'), `the ${status} response stays closed`).not.toBe('true');
    } finally {
      await page.close();
    }
  });

  test("lists the error body's fields once on the page, not under every status", async () => {
    const { name, fields } = errorBodyOf(spec, operation);
    expect(fields.map((field) => field.name)).toEqual(expect.arrayContaining(['code', 'message', 'requestId']));
    expect(await tablesListing(rendered().page, fields), `visible tables listing ${name}'s fields`).toBe(1);
  });

  test('needs no request that leaves the machine', () => {
    const { requested, refused } = rendered().browser;
    expect(requested.length).toBeGreaterThan(0);
    expect(refused).toEqual([]);
    expect(requested.filter((url) => !localSchemes.has(new URL(url).protocol))).toEqual([]);
  });

  test('captures the README screen, at the operation, into test-results/ only', async () => {
    const page = rendered().page;
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

describe('offline API reference, as a reader first sees it at 1280×800', () => {
  test('opens on the operation: the endpoint and where each API key goes are on screen with no scroll or click', async () => {
    const page = firstScreen();
    expect(page.viewportSize()).toEqual(firstScreenSize);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(await missingFromScreen(page, spec)).toEqual([]);
  });

  test('shows the 200 response sample whole: selected on load, no text outside its box, the box inside the window', async () => {
    const page = firstScreen();
    const sample = await responseSample(page, '200');
    expect(sample.selected, 'the 200 sample is the one shown').toBe(true);
    expect(await sample.json.count()).toBe(1);
    expect(await clippedSampleText(sample.json)).toEqual([]);
    const box = await sample.json.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(firstScreenSize.width);
  });

  test(`is well under the ${pageHeightBefore} px it was: under ${pageHeightLimit} px`, async () => {
    const height = await firstScreen().evaluate(() => document.documentElement.scrollHeight);
    console.log(`the reference page is ${height} px tall at ${firstScreenSize.width}×${firstScreenSize.height}`);
    expect(height).toBeLessThan(pageHeightLimit);
  });
});

describe('offline API reference, as a file', () => {
  test('loads nothing remote: no remote src/href, an inline-only script set, a deny-all policy', async () => {
    const markup = markupOf(await readFile(reference.htmlFile, 'utf8'));
    expect(urlsIn(markup).filter((url) => /^(?:https?:)?\/\//i.test(url))).toEqual([]);
    expect(markup).not.toMatch(/<script\b[^>]*\bsrc\s*=/i);
    expect(markup).not.toMatch(/<link\b/i);
    const policy = contentSecurityPolicyOf(markup);
    expect(policy).toContain("default-src 'none'");
    expect(policy).not.toMatch(/https?:|\*/);
  });

  test('inlines the Redoc bundle patched offline: no CDN logo, and no text of it ends a script element early', async () => {
    const html = await readFile(reference.htmlFile, 'utf8');
    // Redoc 2 names its sidebar logo on a CDN (Redocly/redoc#2108); the build swaps it for a data: URL.
    expect(html).not.toContain('cdn.redoc.ly');
    // The template's four script elements, and only those: `<script` or `</script` inside the bundle is escaped.
    expect(scriptTagsOf(html)).toEqual([
      '<script id="openapi-document" type="application/json">',
      '<script id="redoc-options" type="application/json">',
      '<script>',
      '<script>',
    ]);
    expect(html.match(/<\/script/gi)).toHaveLength(4);
  });

  test('documents the canonical spec, unchanged', async () => {
    expect(inlinedSpecOf(await readFile(reference.htmlFile, 'utf8'))).toEqual(spec);
  });
});
