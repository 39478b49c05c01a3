// The API reference (`npm run docs`) as a reader opens it with no network:
// it renders, asks for nothing remote, documents every operation, and the
// first screen of the status call shows what to send and what comes back.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchOfflineBrowser, localSchemes, type OfflineBrowser, type OfflinePage } from '../support/browser.ts';
import { script } from '../support/command.ts';
import { operations } from '../support/spec.ts';

let dir: string;
let browser: OfflineBrowser;
let opened: OfflinePage;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'smh-docs-'));
  const built = await script('build-docs', ['--out', join(dir, 'index.html')]);
  if (built.code !== 0) throw new Error(`npm run docs failed:\n${built.output}`);
  // A laptop's first screen: Redoc keeps its three panels from 1200 px on.
  browser = await launchOfflineBrowser(join(dir, 'profile'), { screen: { width: 1280, height: 800, deviceScaleFactor: 1 } });
  opened = await browser.open(`file://${join(dir, 'index.html')}#operation/getUploadTask`);
  await opened.page.waitForFunction(() => document.documentElement.dataset.redoc !== undefined, undefined, { timeout: 20_000 });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await rm(dir, { recursive: true, force: true });
});

test('renders with no error and asks for nothing beyond the file itself', async () => {
  expect(await opened.page.getAttribute('html', 'data-redoc')).toBe('ready');
  expect(opened.errors).toEqual([]);
  expect(browser.refused).toEqual([]);
  expect(browser.requested.filter((url) => !localSchemes.has(new URL(url).protocol))).toEqual([]);
});

test('documents every operation of the spec', async () => {
  for (const { id } of operations) {
    expect(await opened.page.locator(`[data-section-id="operation/${id}"]`).count(), id).toBe(1);
  }
});

test("the status call's first screen shows the request line, an example request and the 200 sample", async () => {
  // The text of every element drawn inside the window, as a reader sees it without scrolling.
  const onScreen = await opened.page.evaluate(() => {
    const seen: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const range = document.createRange();
      range.selectNodeContents(node);
      const box = range.getBoundingClientRect();
      if (box.height > 0 && box.bottom > 0 && box.top < window.innerHeight && box.right > 0 && box.left < window.innerWidth) {
        seen.push(node.textContent ?? '');
      }
    }
    return seen.join('').replace(/\s+/g, '');
  });
  for (const text of [
    'GET/api/v1/file/{LibraryId}/{SpaceId}/{ConfirmKey}?upload&access_token={token}',
    'curl"https://api.tencentsmh.cn/api/v1/file/$LIBRARY_ID/-/$CONFIRM_KEY?upload&access_token=$ACCESS_TOKEN"',
    'Responsesamples',
    '"confirmed":false',
  ]) {
    expect(onScreen).toContain(text);
  }
});
