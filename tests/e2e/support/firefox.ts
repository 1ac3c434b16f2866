import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { resolve } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { OUT_DIR } from './browser';
import { fromCalmReply } from './console';
import { firefoxWithPolicies, type PolicyInstallation } from './firefox-policy';
import { startFixtureServer, type FixtureServer } from './server';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_DIR = resolve(OUT_DIR, 'firefox-mv2-e2e');
export const ADDON_ID = 'calmreply@calmreply.app';
/** Pinned with the extensions.webextensions.uuids preference, so the tests know the moz-extension:// address. */
export const EXTENSION_UUID = '6f2d3a44-9c1b-4e7a-8f35-1c2d3e4f5a6b';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

/** The WebDriver BiDi connection under puppeteer's Firefox browser (not in its public types). */
export interface Bidi {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
  on(event: string, handler: (params: Record<string, unknown>) => void): void;
}

export const bidiOf = (browser: Browser) => (browser as unknown as { connection: Bidi }).connection;

/** The BiDi browsing context of a page's top frame (puppeteer keeps its id private). */
export const contextOf = (page: Page) => (page.mainFrame() as unknown as { _id: string })._id;

export interface FirefoxSession {
  browser: Browser;
  server: FixtureServer;
  /** Opens a page of the extension (options.html, sidepanel.html?tabId=…) in a new tab or window. */
  openExtensionPage(path: string, options?: { window?: boolean }): Promise<Page>;
  /** Runs an expression in the browser window's own (privileged) document: toolbar, sidebar, consoles. */
  inBrowserWindow<T>(expression: string): Promise<T>;
  /** Everything the browser logged that came from CalmReply: its pages, its scripts, its add-on id. */
  calmReplyMessages(): Promise<string[]>;
}

export interface FirefoxOptions {
  /** Runs a Firefox installation of its own whose distribution/policies.json holds these policies. */
  policies?: (server: FixtureServer) => object;
  /** Messages this run provokes on purpose. */
  allowMessages?: RegExp[];
}

/**
 * Debian's Firefox ESR, headless, driven over WebDriver BiDi, with the e2e build installed as a temporary
 * add-on, and a fixture server, for one test file. Closing fails the file on any console message from
 * CalmReply (see calmReplyMessages).
 */
export function useFirefox(options: FirefoxOptions = {}): FirefoxSession {
  const session = {} as FirefoxSession;
  const pageLog: string[] = [];
  let installation: PolicyInstallation | undefined;
  beforeAll(async () => {
    session.server = await startFixtureServer();
    if (options.policies) installation = await firefoxWithPolicies(options.policies(session.server));
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: installation?.executable ?? FIREFOX,
      headless: true,
      // BiDi opens moz-extension:// pages and the browser window's own document only with this switch.
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: EXTENSION_UUID }) },
    });
    const bidi = bidiOf(browser);
    // Console entries of every tab, the extension's own pages included (puppeteer has subscribed to them).
    bidi.on('log.entryAdded', (entry) => {
      const source = (entry.source as { realm?: string } | undefined)?.realm ?? '';
      pageLog.push(`${String(entry.level)} ${String((entry.stackTrace as { callFrames?: { url: string }[] })?.callFrames?.[0]?.url ?? source)}: ${String(entry.text)}`);
    });
    await browser.installExtension(FIREFOX_EXTENSION_DIR);
    const chromeWindow = await browserWindowContext(bidi);
    session.browser = browser;
    session.inBrowserWindow = async <T>(expression: string) => {
      const { result } = await bidi.send('script.evaluate', { expression, target: { context: chromeWindow }, awaitPromise: true });
      if (result.type === 'exception') throw new Error(`in the browser window: ${JSON.stringify(result.exceptionDetails)}`);
      const value = (result.result as { value?: unknown }).value;
      return (typeof value === 'string' && expression.startsWith('JSON.stringify') ? JSON.parse(value) : value) as T;
    };
    session.openExtensionPage = async (path, { window = false } = {}) => {
      const page = await browser.newPage(window ? { type: 'window' } : {});
      // page.goto waits for a load event BiDi never reports for moz-extension:// pages; navigate without waiting.
      await bidi.send('browsingContext.navigate', { context: contextOf(page), url: `${EXTENSION_ORIGIN}/${path}`, wait: 'none' });
      await page.waitForFunction((origin) => location.origin === origin && document.readyState === 'complete', {}, EXTENSION_ORIGIN);
      return page;
    };
    session.calmReplyMessages = async () => {
      const logged = await session.inBrowserWindow<string[]>(`JSON.stringify(${READ_CONSOLES})`);
      return [...logged, ...pageLog]
        .filter((line) => fromCalmReply(line, { origin: EXTENSION_ORIGIN, addonId: ADDON_ID }))
        .filter((line) => !FIREFOX_TEARDOWN.some((re) => re.test(line)));
    };
  });
  afterAll(async () => {
    const messages = session.browser ? await session.calmReplyMessages() : [];
    await session.browser?.close();
    await session.server?.close();
    await installation?.remove();
    const unexpected = messages.filter((line) => !(options.allowMessages ?? []).some((re) => re.test(line)));
    if (unexpected.length > 0) throw new Error(`CalmReply wrote to a console in Firefox:\n${unexpected.join('\n')}`);
  });
  return session;
}

/**
 * Firefox's own notes when an extension page closes (the sidebar closed by its button) while its event
 * listeners are registered: its framework removes them after the page's channel is gone, and drops an
 * event already on its way. Every extension page with a listener does this; it is not CalmReply's output.
 */
const FIREFOX_TEARDOWN = [
  /^error resource:\/\/gre\/modules\/ConduitsChild\.sys\.mjs: sendRemoveListener on closed conduit /,
  /^message \(browser\): Ignored listener for inactive context at childId=/,
  /^error \(no source\): AbortError: Actor 'Conduits' destroyed before query 'RunListener' was resolved$/,
];

/** The browser window's own document, which BiDi shows only to a session allowed system access. */
async function browserWindowContext(bidi: Bidi): Promise<string> {
  const { result } = await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const window = (result.contexts as { context: string; url: string }[]).find((c) => c.url.startsWith('chrome://browser/'));
  if (!window) throw new Error('no browser window in the BiDi tree: is --remote-allow-system-access set?');
  return window.context;
}

/**
 * Firefox's two consoles as the Browser Console shows them: script errors and warnings (CSP reports,
 * uncaught rejections, WebExtension API warnings, manifest warnings) and console.* calls from any script,
 * the content script's and the background page's included. One line each: "level source: text".
 */
const READ_CONSOLES = `(() => {
  const lines = [];
  for (const message of Services.console.getMessageArray() ?? []) {
    if (message instanceof Ci.nsIScriptError) {
      const level = message.flags & Ci.nsIScriptError.warningFlag ? 'warning' : 'error';
      lines.push(level + ' ' + (message.sourceName || '(no source)') + ': ' + message.errorMessage);
    } else {
      lines.push('message (browser): ' + message.message);
    }
  }
  const api = Cc['@mozilla.org/consoleAPI-storage;1'].getService(Ci.nsIConsoleAPIStorage);
  for (const event of api.getEvents()) {
    lines.push(event.level + ' ' + event.filename + ': ' + (event.arguments ?? []).map(String).join(' '));
  }
  return lines;
})()`;

/** Brings a tab to the front and gives it focus: Firefox throttles timers in background tabs. */
export async function toFront(page: Page) {
  await page.bringToFront();
  await page.evaluate(() => window.focus());
}

/** The tab id Firefox gave a page, asked from an extension page. */
export async function tabIdOf(extensionPage: Page, url: string): Promise<number> {
  const id = await extensionPage.evaluate(async (u) => {
    const api = (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }).browser;
    // A match pattern can't name a port, so compare the addresses themselves (the e2e build may read them).
    return (await api.tabs.query({})).find((tab) => tab.url === u)?.id;
  }, url);
  if (id === undefined) throw new Error(`no tab for ${url}`);
  return id;
}
