// One build of the reference page, and one of a spec copy whose parameter
// examples are named, opened side by side in one offline browser: a tab at
// the README's screen, one for the copy, and one at a reader's first screen.
// A browser that cannot start is kept as the reason, so checks of the built
// file still run and every check that needs a page fails with it.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchOfflineBrowser, type OfflineBrowser, type OfflinePage, type Screen, type Viewport } from './browser.ts';
import { buildReference, canonicalSpecFile } from './build-reference.ts';
import { openReference } from './reference-page.ts';
import { type Operation, onlyOperation, type Parameter, type ReferenceSpec, withNamedExamples } from './reference-spec.ts';

export type ReferenceTabs = {
  /** The canonical page at the README's screen. */
  main: OfflinePage;
  /** The page of the spec copy with named parameter examples. */
  variant: OfflinePage;
  /** The canonical page in a tab of the first screen's size, untouched since it loaded. */
  firstScreen: OfflinePage;
};

export type ReferenceFixture = {
  spec: ReferenceSpec;
  operation: Operation;
  htmlFile: string;
  variant: { copy: ReferenceSpec; parameter: Parameter; htmlFile: string };
  /** The browser and its tabs; throws why the browser could not start. */
  opened(): { browser: OfflineBrowser; tabs: ReferenceTabs };
  close(): Promise<void>;
};

export async function prepareReference(screen: Screen, firstScreen: Viewport): Promise<ReferenceFixture> {
  const spec: ReferenceSpec = JSON.parse(await readFile(canonicalSpecFile, 'utf8'));
  const workDir = await mkdtemp(join(tmpdir(), 'smh-docs-'));
  const { copy, parameter } = withNamedExamples(spec);
  const variantSpecFile = join(workDir, 'openapi.named-examples.json');
  await writeFile(variantSpecFile, JSON.stringify(copy));
  // Two builds side by side, each `npm run docs` with its own --out and --spec.
  const [htmlFile, variantHtmlFile] = await Promise.all([
    buildReference({ outFile: join(workDir, 'site/index.html') }),
    buildReference({ outFile: join(workDir, 'variant/index.html'), specFile: variantSpecFile }),
  ]).catch(async (error) => {
    await rm(workDir, { recursive: true, force: true });
    throw error;
  });
  let browser: OfflineBrowser | undefined;
  let tabs: ReferenceTabs | undefined;
  let browserError: unknown;
  try {
    browser = await launchOfflineBrowser(join(workDir, 'profile'), { screen });
    // The tabs render side by side: each extra one costs little time.
    const [main, variant, first] = await Promise.all([
      openReference(browser, htmlFile),
      openReference(browser, variantHtmlFile),
      openReference(browser, htmlFile, firstScreen),
    ]);
    tabs = { main, variant, firstScreen: first };
  } catch (error) {
    browserError = error;
  }
  return {
    spec,
    operation: onlyOperation(spec),
    htmlFile,
    variant: { copy, parameter, htmlFile: variantHtmlFile },
    opened() {
      if (browserError) throw browserError;
      if (!browser || !tabs) throw new Error('the page was not opened');
      return { browser, tabs };
    },
    async close() {
      await browser?.close();
      await rm(workDir, { recursive: true, force: true });
    },
  };
}
