// Headless Chromium the way a reader with no network would use it: every
// remote request is refused and recorded, so callers can prove a page needs
// none. Pages may come from file:, or from blob:/data: URLs they make, and,
// when a caller names them, from its own servers on http://127.0.0.1.
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { chromiumPath } from './chromium.ts';

// The machine has no internet: background networking must stay off, or
// Chromium's own update and sync traffic would look like the page's.
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

/**
 * Schemes that never leave the machine: the page itself, and blob:/data: URLs
 * it makes from its own memory (Redoc's search worker is a blob:).
 */
export const localSchemes = new Set(['file:', 'blob:', 'data:']);

export type Viewport = { width: number; height: number };
export type Screen = Viewport & { deviceScaleFactor: number };

export type LaunchOptions = {
  screen: Screen;
  /**
   * 'block' (the default) keeps every request in reach of the router that
   * refuses remote ones; 'allow' lets a page register a service worker (MSW's
   * setupWorker), whose answers Playwright's router then never sees.
   */
  serviceWorkers?: 'block' | 'allow';
  /**
   * Origins of the caller's own servers on this machine, e.g.
   * `http://127.0.0.1:43210`, that pages may load from and ask; none by
   * default. Only http://127.0.0.1 origins are accepted.
   */
  localOrigins?: string[];
};

export type OfflinePage = {
  page: Page;
  /** Uncaught errors, console errors and Content-Security-Policy refusals of this page. */
  errors: string[];
};

export type OfflineBrowser = {
  /** Every URL any page asked for, local or not. */
  requested: string[];
  /** The URLs refused because they would have left the machine. */
  refused: string[];
  /** Opens a URL in a tab, recording the tab's errors from its first script on; `viewport` overrides the screen's size for this tab. */
  open(url: string, viewport?: Viewport): Promise<OfflinePage>;
  close(): Promise<void>;
};

/** Starts Chromium with its profile in `profileDir`; closes it again if the offline setup fails. */
export async function launchOfflineBrowser(profileDir: string, options: LaunchOptions): Promise<OfflineBrowser> {
  const { screen, serviceWorkers = 'block', localOrigins = [] } = options;
  for (const origin of localOrigins) {
    const url = URL.canParse(origin) ? new URL(origin) : undefined;
    if (url?.protocol !== 'http:' || url.hostname !== '127.0.0.1' || url.origin !== origin)
      throw new Error(`not an origin on http://127.0.0.1: ${origin}`);
  }
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: await chromiumPath(),
    headless: true,
    args: chromiumArgs,
    viewport: { width: screen.width, height: screen.height },
    deviceScaleFactor: screen.deviceScaleFactor,
    serviceWorkers,
  });
  try {
    return await goOffline(context, new Set(localOrigins));
  } catch (error) {
    await context.close();
    throw error;
  }
}

async function goOffline(context: BrowserContext, localOrigins: Set<string>): Promise<OfflineBrowser> {
  const requested: string[] = [];
  const refused: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    const { protocol, origin } = new URL(url);
    if (localSchemes.has(protocol) || localOrigins.has(origin)) return route.continue();
    refused.push(url);
    return route.abort('internetdisconnected');
  });
  context.on('request', (request) => requested.push(request.url()));
  // A Content-Security-Policy refusal may never reach the router: report it as
  // an error too. Given as text, so no transpiler helper leaks into the page.
  await context.addInitScript({
    content: `document.addEventListener('securitypolicyviolation', (event) => {
      console.error('CSP refused ' + event.blockedURI + ' (' + event.violatedDirective + ')');
    });`,
  });
  let blankPage: Page | undefined = context.pages()[0];

  async function open(url: string, viewport?: Viewport): Promise<OfflinePage> {
    // The window a persistent context starts with serves the first page.
    const page = blankPage ?? (await context.newPage());
    blankPage = undefined;
    if (viewport) await page.setViewportSize(viewport);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(url);
    return { page, errors };
  }

  return { requested, refused, open, close: () => context.close() };
}
