// Reading the rendered reference the way a reader sees it: the operation's
// section, its endpoint, where Redoc says each API key goes, its parameters
// and its responses. What to look for comes from reference-spec.ts.
import { pathToFileURL } from 'node:url';
import type { Locator, Page } from 'playwright-core';
import type { OfflineBrowser, OfflinePage, Viewport } from './browser.ts';
import type { ApiKey, Field, Parameter, ReferenceSpec } from './reference-spec.ts';
import { escapeRegExp, exampleValuesOf, fieldPaths } from './reference-spec.ts';

/** Opens the page in `htmlFile` (in a `viewport`-sized tab if given) and waits until Redoc finished (or failed) rendering it. */
export async function openReference(browser: OfflineBrowser, htmlFile: string, viewport?: Viewport): Promise<OfflinePage> {
  const opened = await browser.open(pathToFileURL(htmlFile).href, viewport);
  // Set by the page's Redoc.init callback, once rendering finished or failed.
  await opened.page.locator('html[data-redoc]').waitFor({ state: 'attached', timeout: 15_000 });
  return opened;
}

/** The section of the page's only operation. */
export function operationSection(page: Page): Locator {
  return page.locator('[data-section-id^="operation/"]');
}

/** The operation's endpoint line: its method and path. */
export function endpoint(section: Locator, path: string): Locator {
  return section.getByRole('button').filter({ hasText: path });
}

/** Redoc's details of one security scheme in an operation, headed "<type>: <scheme id>". */
export function schemeDetails(section: Locator, key: ApiKey): Locator {
  return section
    .locator('h5')
    .filter({ hasText: new RegExp(`:\\s*${escapeRegExp(key.scheme)}\\s*$`) })
    .locator('xpath=..');
}

/** The line of those details that says where the key goes, e.g. "Query parameter name: access_token". */
export function keyLocation(details: Locator, key: ApiKey): Locator {
  const line = new RegExp(`^\\s*${escapeRegExp(key.in)}\\b[^:]*:\\s*${escapeRegExp(key.name)}\\s*$`, 'i');
  // The line and the box around it read alike: take the innermost.
  return details.locator('div').filter({ hasText: line }).last();
}

/** The expandable block of one response, found by its status code. */
export function responseButton(page: Page, status: string): Locator {
  return page.locator('button').filter({ has: page.locator('strong', { hasText: new RegExp(`^\\s*${status}\\s*$`) }) });
}

function fieldCell(table: Locator, name: string): Locator {
  return table.locator(`xpath=./tbody/tr/td[@kind="field" and @title="${name}"]`);
}

/** The schema tables below `root` whose first field is `fields`' first. */
export function schemaTable(root: Locator, fields: Field[]): Locator {
  return root.locator(`xpath=.//td[@kind="field" and @title="${fields[0]!.name}"]/ancestor::table[1]`);
}

/** Every field of `fields` that is not visible where it belongs: nested ones inside their parent's row. */
export async function hiddenFields(table: Locator, fields: Field[], prefix = ''): Promise<string[]> {
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

/** How many visible schema tables on the page list every one of `fields` as their own rows. */
export async function tablesListing(page: Page, fields: Field[]): Promise<number> {
  const tables = schemaTable(page.locator('body'), fields);
  let listing = 0;
  for (const table of await tables.all()) {
    if ((await table.isVisible()) && (await hiddenFields(table, fields)).length === 0) listing += 1;
  }
  return listing;
}

/** A parameter's row, in the group Redoc heads with its place ("query Parameters"). */
function parameterRow(section: Locator, parameter: Parameter): Locator {
  const lower = 'translate(., "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")';
  return section.locator(
    `xpath=.//table[preceding-sibling::h5[1][contains(${lower}, "${parameter.in} parameters")]]` +
      `/tbody/tr[td[@kind="field" and @title="${parameter.name}"]]`,
  );
}

/** Every documented parameter value not visible in its parameter's row, as "<in> <name>: <value>". */
export async function hiddenExamples(section: Locator, spec: ReferenceSpec, parameters: Parameter[]): Promise<string[]> {
  const hidden: string[] = [];
  for (const parameter of parameters) {
    const row = parameterRow(section, parameter);
    for (const value of exampleValuesOf(spec, parameter)) {
      // Redoc prints a query or cookie example serialized, as `name=value`.
      const shown = row.getByText(new RegExp(`^(?:${escapeRegExp(parameter.name)}=)?${escapeRegExp(value)}$`));
      const visible = (await shown.count()) > 0 && (await shown.first().isVisible());
      if (!visible) hidden.push(`${parameter.in} ${parameter.name}: ${value}`);
    }
  }
  return hidden;
}

/** A status's tab among the response samples, whether it is the one selected, and the JSON sample its panel shows. */
export async function responseSample(page: Page, status: string): Promise<{ selected: boolean; json: Locator }> {
  const tab = page.getByRole('tab', { name: status, exact: true });
  const panel = await tab.getAttribute('aria-controls');
  return { selected: (await tab.getAttribute('aria-selected')) === 'true', json: page.locator(`[id="${panel}"] .redoc-json`) };
}

/**
 * What of a JSON sample a reader cannot see without scrolling sideways: the
 * box it scrolls in, if it does, and each piece of text that pokes out of it.
 */
export async function clippedSampleText(json: Locator): Promise<string[]> {
  return json.evaluate((sample) => {
    let box: Element = sample;
    while (box.parentElement && getComputedStyle(box).overflowX === 'visible') box = box.parentElement;
    const clip = box.getBoundingClientRect();
    const clipped = box.scrollWidth > box.clientWidth ? [`the box scrolls: ${box.scrollWidth} px of text in ${box.clientWidth} px`] : [];
    const texts = document.createTreeWalker(sample, NodeFilter.SHOW_TEXT);
    for (let text = texts.nextNode(); text; text = texts.nextNode()) {
      const range = document.createRange();
      range.selectNodeContents(text);
      // Half a pixel of slack: glyph boxes are fractional, the box's edges are not.
      const outside = (rect: DOMRect) => rect.width > 0 && (rect.left < clip.left - 0.5 || rect.right > clip.right + 0.5);
      if (Array.from(range.getClientRects()).some(outside)) clipped.push(text.textContent ?? '');
    }
    return clipped;
  });
}

/** The sections of the page that the in-page links inside `root` lead to. */
export async function linkedSections(page: Page, root: Locator): Promise<Locator[]> {
  const targets = await root.locator('a[href^="#"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')!.slice(1)));
  return targets.map((target) => page.locator(`[data-section-id="${decodeURIComponent(target)}"]`));
}
