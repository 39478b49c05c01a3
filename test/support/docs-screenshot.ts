// Updates the README's picture, docs/reference.png, on purpose
// (`npm run docs:screenshot`): one screen of the offline reference scrolled to
// the operation, showing the endpoint, where the access token goes, the start
// of the parameters and the response sample. Tests never write it; they
// capture the same screen under test-results/.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';
import { launchOfflineBrowser, type Screen } from './browser.ts';
import { buildReference, canonicalSpecFile, repoRoot } from './build-reference.ts';
import { endpoint, keyLocation, openReference, operationSection, schemeDetails } from './reference-page.ts';
import { apiKeysOf, onlyOperation, type ReferenceSpec } from './reference-spec.ts';

export const readmeScreenshotFile = join(repoRoot, 'docs/reference.png');

// 1280 px wide keeps Redoc's three panels (they stack below 1200 px) and stays
// legible when the README scales it to its column. 900 px tall shows the
// operation, where the token goes, the first path parameter and the top of the
// 200 sample; twice the pixels keep the text sharp on dense displays.
export const readmeScreen: Screen = { width: 1280, height: 900, deviceScaleFactor: 2 };

// Room above the operation's heading, so the screen does not start mid-line.
const marginAbove = 20;

/** Scrolls to the page's operation and captures one viewport-sized screen. */
export async function captureOperationScreen(page: Page): Promise<Buffer> {
  // A background tab gets no animation frames to settle in.
  await page.bringToFront();
  await operationSection(page)
    .first()
    .evaluate((section, margin) => {
      window.scrollTo(0, section.getBoundingClientRect().top + window.scrollY - margin);
    }, marginAbove);
  // Let Redoc's scroll listeners mark the operation in the sidebar first.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  return page.screenshot({ animations: 'disabled', caret: 'hide' });
}

/** Whether the locator's first match lies wholly inside the viewport as it is now. */
export async function onScreen(page: Page, locator: Locator): Promise<boolean> {
  const box = (await locator.count()) > 0 ? await locator.first().boundingBox() : null;
  const height = page.viewportSize()?.height ?? 0;
  return box !== null && box.y >= 0 && box.y + box.height <= height;
}

/** What the screen must show but does not: the endpoint, and where each API key goes. */
export async function missingFromScreen(page: Page, spec: ReferenceSpec): Promise<string[]> {
  const { path, operation } = onlyOperation(spec);
  const section = operationSection(page);
  const missing: string[] = [];
  if (!(await onScreen(page, endpoint(section, path)))) missing.push(`the endpoint ${path}`);
  for (const key of apiKeysOf(spec, operation)) {
    if (!(await onScreen(page, keyLocation(schemeDetails(section, key), key)))) missing.push(`the ${key.in} parameter ${key.name}`);
  }
  return missing;
}

/** Builds the reference from `specFile` and writes its README screen to `outFile`. */
export async function writeReadmeScreenshot(outFile = readmeScreenshotFile, specFile = canonicalSpecFile): Promise<string> {
  const spec = JSON.parse(await readFile(specFile, 'utf8'));
  const workDir = await mkdtemp(join(tmpdir(), 'smh-docs-screen-'));
  try {
    const htmlFile = await buildReference({ outFile: join(workDir, 'site/index.html'), specFile });
    const browser = await launchOfflineBrowser(join(workDir, 'profile'), { screen: readmeScreen });
    try {
      const { page, errors } = await openReference(browser, htmlFile);
      if ((await page.getAttribute('html', 'data-redoc')) !== 'ready' || errors.length > 0) {
        throw new Error(`the reference did not render: ${errors.join('; ') || 'Redoc reported a failure'}`);
      }
      const png = await captureOperationScreen(page);
      const missing = await missingFromScreen(page, spec);
      if (missing.length > 0) {
        throw new Error(`the screen misses ${missing.join(', ')}: raise readmeScreen.height in test/support/docs-screenshot.ts`);
      }
      if (browser.refused.length > 0) throw new Error(`the page asked the network for ${browser.refused.join(', ')}`);
      await writeFile(outFile, png);
      return outFile;
    } finally {
      await browser.close();
    }
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const written = await writeReadmeScreenshot();
  console.log(`README screenshot written to ${written}`);
}
