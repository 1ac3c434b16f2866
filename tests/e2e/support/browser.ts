import { chromium, type BrowserContext, type ConsoleMessage, type Page, type Worker } from 'playwright-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fromCalmReply } from './console';

// Functions passed to worker.evaluate run in the extension's service worker, where `chrome` exists.
declare const chrome: {
  tabs: { query(q: object): Promise<{ id?: number; url?: string; active?: boolean }[]> };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
};

export const OUT_DIR = process.env.CALMREPLY_OUT ?? '.output';
export const EXTENSION_DIR = resolve(OUT_DIR, 'chrome-mv3-e2e');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Page errors and console errors seen on any page, for the "never break the helpdesk" checks. */
  pageErrors: string[];
  /** Errors and console output of any kind from the extension: its pages, its worker, its content script. */
  extensionErrors: string[];
  /** Network requests made by the extension's pages and service worker (not the pages it runs in). */
  extensionRequests: string[];
  /** Closes the browser, then fails if the extension made an unexpected request or threw an error. */
  close(): Promise<void>;
}

export interface LaunchOptions {
  extensionDir?: string;
  headless?: boolean;
  /** URL prefixes the extension may request in this run (a subscribed pack URL); nothing else is allowed. */
  allowRequests?: string[];
  /** Extension errors or console lines this run provokes on purpose (a broken pack served to the subscription). */
  allowErrors?: RegExp[];
  /** The browser's UI language, which the extension's pages follow (default en-US). */
  lang?: string;
  /** Extra Chromium switches (the page-cost benchmark maps a second host name to the fixture server). */
  args?: string[];
}

// Playwright reports a service worker's own requests only with this switch; the extension's worker is
// where a pack subscription would fetch from, so the privacy check needs to see it.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

const fromExtension = (url: string | undefined) => Boolean(url?.startsWith('chrome-extension://'));

/** Real Chromium with the built e2e extension loaded, in a fresh profile. */
export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const ext = options.extensionDir ?? EXTENSION_DIR;
  const profile = await mkdtemp(join(tmpdir(), 'calmreply-profile-'));
  const headless = options.headless ?? true;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless,
    // On Linux, Chromium takes its UI language (chrome.i18n.getUILanguage) from LANGUAGE; --lang alone is not enough.
    env: { ...process.env, LANGUAGE: options.lang ?? 'en-US' },
    viewport: { width: 1280, height: 800 },
    args: [
      ...(headless ? ['--headless=new'] : []),
      `--disable-extensions-except=${ext}`,
      `--load-extension=${ext}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--lang=${options.lang ?? 'en-US'}`,
      ...(options.args ?? []),
    ],
  });
  const worker = await extensionWorker(context);
  const extensionId = worker.url().split('/')[2] ?? '';
  const pageErrors: string[] = [];
  const extensionErrors: string[] = [];
  const extensionRequests: string[] = [];
  const watch = (page: Page) => {
    page.on('pageerror', (error) => {
      pageErrors.push(`${page.url()}: ${error.message}`);
      if (fromExtension(page.url()) || error.stack?.includes('chrome-extension://')) {
        extensionErrors.push(`${page.url()}: ${error.stack ?? error.message}`);
      }
    });
  };
  // Console output of every kind, from pages and from the extension's service worker: CalmReply writes
  // nothing to any console in normal use, so any line from its pages, worker or content script fails.
  const seen = new WeakSet<ConsoleMessage>();
  const onConsole = (msg: ConsoleMessage) => {
    if (seen.has(msg)) return;
    seen.add(msg);
    const where = msg.page()?.url() ?? msg.worker()?.url() ?? '';
    if (msg.type() === 'error') pageErrors.push(`${where}: console: ${msg.text()}`);
    const line = `${msg.type()} ${msg.location().url || where}: ${msg.text()}`;
    if (fromExtension(where) || fromCalmReply(line, { origin: 'chrome-extension://' })) {
      extensionErrors.push(`${where}: console: ${line}`);
    }
  };
  context.on('console', onConsole);
  worker.on('console', onConsole);
  context.pages().forEach(watch);
  context.on('page', watch);
  context.on('request', (request) => {
    if (fromExtension(request.url()) || request.url().startsWith('data:')) return;
    let frameUrl: string | undefined;
    try {
      frameUrl = request.frame().url();
    } catch {
      // Service worker requests have no frame.
    }
    if (request.serviceWorker() || fromExtension(frameUrl)) extensionRequests.push(request.url());
  });
  return {
    context,
    extensionId,
    worker,
    pageErrors,
    extensionErrors,
    extensionRequests,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
      const allowed = options.allowRequests ?? [];
      const foreign = extensionRequests.filter((url) => !allowed.some((prefix) => url.startsWith(prefix)));
      if (foreign.length > 0) throw new Error(`The extension made requests it must not make:\n${foreign.join('\n')}`);
      const errors = extensionErrors.filter((e) => !(options.allowErrors ?? []).some((re) => re.test(e)));
      if (errors.length > 0) throw new Error(`The extension threw or wrote to a console:\n${errors.join('\n')}`);
    },
  };
}

/** The extension's service worker; it may have started before anyone listened for it. */
async function extensionWorker(context: BrowserContext): Promise<Worker> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    if (worker) return worker;
    await context.waitForEvent('serviceworker', { timeout: 300 }).catch(() => null);
  }
  throw new Error('The extension did not start: no service worker. Is the e2e build valid? (npm run build:e2e)');
}

/**
 * The tab id Chrome gave a page, asked from the extension's service worker. Several tabs may show the
 * same URL, so the page is brought to the front first and the active one with its URL wins.
 */
export async function tabIdOf(browser: ExtensionBrowser, page: Page): Promise<number> {
  await page.bringToFront();
  const url = page.url();
  const id = await browser.worker.evaluate(async (u) => {
    const tabs = await chrome.tabs.query({ url: u.split('#')[0] });
    return (tabs.find((t) => t.active) ?? tabs[0])?.id;
  }, url);
  if (id === undefined) throw new Error(`no tab for ${url}`);
  return id;
}

/** Opens the side panel UI as a page that follows the given tab (the real panel is not a Playwright page). */
export async function openPanelFor(browser: ExtensionBrowser, page: Page): Promise<Page> {
  const tabId = await tabIdOf(browser, page);
  const panel = await browser.context.newPage();
  await panel.setViewportSize({ width: 400, height: 900 });
  await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tabId=${tabId}`);
  return panel;
}

/** The badge text the extension set for a tab. */
export async function badgeText(browser: ExtensionBrowser, page: Page): Promise<string> {
  const tabId = await tabIdOf(browser, page);
  return browser.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}
