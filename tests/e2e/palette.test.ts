import { readFileSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, badgeText, launchWithExtension, openPanelFor, tabIdOf } from './support/browser';
import { useExtension } from './support/session';
import { activePreview, fillSearch, paletteShown, paletteView, styleOf } from './support/palette';
import { ckeditorModel, shot, waitForEditor } from './support/zendesk';

// Functions passed to worker.evaluate run in the extension's service worker, where `chrome` exists.
declare const chrome: {
  storage: { sync: { set(items: object): Promise<void>; remove(key: string): Promise<void> } };
  commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> };
  tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> };
};

const ext = useExtension();

const EDITOR = '[data-test-id="omnicomposer-rich-text-ckeditor"]';
const paletteHost = (page: Page) => page.locator('calmreply-palette');
const view = async (page: Page) => (await paletteView(page))!;
/** 1 when a result is highlighted (the palette found something), else 0. */
const activeCount = async (page: Page) => ((await paletteView(page))?.active ? 1 : 0);

const editorModel = ckeditorModel;

const focusIsInEditor = (page: Page) =>
  page.evaluate((selector) => document.activeElement?.closest(selector) !== null, EDITOR);

const hotkeysFired = (page: Page) => page.evaluate(() => (window as unknown as { hotkeysFired: string[] }).hotkeysFired.slice());

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();

/** A ticket page with the content script running (it has announced the ticket: the badge is set). */
async function openTicket(id = '4821') {
  const page = await ext.browser.context.newPage();
  await page.goto(`${ext.server.origin}/zendesk/agent/tickets/${id}`);
  await waitForEditor(page);
  await expect.poll(() => badgeText(ext.browser, page)).toMatch(/^[123]$/);
  await page.bringToFront();
  return page;
}

/** Clicks into the reply box, types `before` + `after` and puts the caret between them with the arrow keys. */
async function typeWithCaretBetween(page: Page, before: string, after: string) {
  await page.locator(EDITOR).click();
  await page.keyboard.type(before + after);
  for (let i = 0; i < after.length; i++) await page.keyboard.press('ArrowLeft');
  await expect.poll(async () => (await editorModel(page)).caret).toBe(before.length);
}

/** A ticket with "A | Z" in the reply (caret at |), the palette open on `query`; gives the one match's phrase. */
async function paletteOnSingleMatch(query: string) {
  const page = await openTicket();
  await typeWithCaretBetween(page, 'A ', ' Z');
  await page.keyboard.press('Alt+Shift+P');
  await expect.poll(() => paletteShown(page)).toBe(true);
  await page.keyboard.type(query);
  await expect.poll(() => activeCount(page)).toBe(1);
  const phrase = (await activePreview(page))!;
  return { page, phrase };
}

describe('search palette on the Zendesk fixture', () => {
  it('keeps React and the search index out of the always-loaded content script', () => {
    const content = readFileSync(resolve(EXTENSION_DIR, 'content-scripts/content.js'), 'utf8');
    const palette = readFileSync(resolve(EXTENSION_DIR, 'palette.js'), 'utf8');
    expect(palette).toContain('react.transitional.element');
    expect(content).not.toContain('react.transitional.element');
    expect(content).not.toContain('ignoreLocation');
    const manifest = JSON.parse(readFileSync(resolve(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.commands['toggle-palette'].suggested_key.default).toBe('Alt+Shift+P');
    expect(JSON.stringify(manifest.web_accessible_resources)).toContain('palette.js');
  });

  it('Alt+Shift+P, an accent-less query and Enter put the phrase at the caret, mid-text, in CKEditor’s model', async () => {
    const errorsBefore = ext.browser.pageErrors.length;
    const page = await openTicket();
    const stylesBefore = await page.evaluate(() => document.querySelectorAll('style, link[rel="stylesheet"]').length);
    await typeWithCaretBetween(page, 'Dạ chào chị Lan. ', 'Em cảm ơn chị.');
    expect(await paletteHost(page).count()).toBe(0);

    await page.keyboard.press('Alt+Shift+P');
    await expect.poll(() => paletteShown(page)).toBe(true);
    await expect.poll(async () => (await view(page)).focused).toBe(true);
    // Empty query: the ticket's suggestions, per step.
    await expect.poll(async () => (await view(page)).groups).toBeGreaterThan(1);

    await page.keyboard.type('xin loi');
    await expect.poll(() => activePreview(page)).toBeTruthy();
    const phrase = (await activePreview(page))!;
    expect(fold(phrase + (await view(page)).active!.text)).toContain('xin loi');
    expect(phrase).not.toContain('{{');
    await shot(page, 'palette-query-light');

    await page.keyboard.press('Enter');
    await expect.poll(() => paletteHost(page).count()).toBe(0);
    const model = await editorModel(page);
    expect(model.text).toBe(`Dạ chào chị Lan. ${phrase}Em cảm ơn chị.`);
    expect(model.caret).toBe(`Dạ chào chị Lan. ${phrase}`.length);
    expect(await focusIsInEditor(page)).toBe(true);
    // Typing goes on where the phrase ended.
    await page.keyboard.type(' ');
    expect((await editorModel(page)).text).toBe(`Dạ chào chị Lan. ${phrase} Em cảm ơn chị.`);

    // Nothing of the palette stays in the page, and no style reached the page's document.
    expect(await page.evaluate(() => document.querySelectorAll('style, link[rel="stylesheet"]').length)).toBe(stylesBefore);
    expect(ext.browser.pageErrors.slice(errorsBefore).filter((e) => e.includes(ext.server.origin))).toEqual([]);
  });

  it('addresses the customer the way the agent chose in the side panel, for that ticket only', async () => {
    const page = await openTicket('4821');
    const panel = await openPanelFor(ext.browser, page);
    const honorific = panel.locator('label.honorific select');
    await expect.poll(() => honorific.inputValue()).toBe('quý khách');
    await honorific.selectOption('anh');

    const previewFor = async (query: string) => {
      await page.bringToFront();
      await page.locator(EDITOR).click();
      await page.keyboard.press('Alt+Shift+P');
      await expect.poll(() => paletteShown(page)).toBe(true);
      await fillSearch(page, query);
      await expect.poll(() => activePreview(page)).toBeTruthy();
      const text = (await activePreview(page))!;
      await page.keyboard.press('Escape');
      await expect.poll(() => paletteHost(page).count()).toBe(0);
      return text;
    };
    await expect.poll(() => previewFor('xin loi')).toMatch(/\banh\b/u);
    expect(await previewFor('xin loi')).not.toContain('quý khách');

    // A panel opened later for the same tab shows the choice, and it survives a visit to another ticket.
    await panel.close();
    const again = await openPanelFor(ext.browser, page);
    const select = again.locator('label.honorific select');
    await expect.poll(() => select.inputValue()).toBe('anh');
    const go = (id: string) =>
      page.evaluate((path) => {
        history.pushState(null, '', path);
        dispatchEvent(new PopStateEvent('popstate'));
      }, `/zendesk/agent/tickets/${id}`);
    await go('4823'); // English: no form of address to choose
    await expect.poll(() => select.count()).toBe(0);
    await go('4821');
    await expect.poll(() => select.inputValue()).toBe('anh');
    await again.close();
    await page.close();
  });

  it('the helpdesk’s own hotkeys do not fire while typing in the palette', async () => {
    const page = await openTicket();
    await page.locator(EDITOR).click();
    await page.keyboard.press('Alt+Shift+P');
    await expect.poll(() => paletteShown(page)).toBe(true);
    await page.keyboard.type('kj?');
    await expect.poll(async () => (await view(page)).query).toBe('kj?');
    expect(await hotkeysFired(page)).toEqual([]);

    // Control: with the palette closed and focus on the page, the same keys do reach the helpdesk.
    await page.keyboard.press('Escape');
    await expect.poll(() => paletteHost(page).count()).toBe(0);
    await page.locator('[data-test-id="omni-header-subject"]').click();
    await page.keyboard.press('j');
    expect(await hotkeysFired(page)).toEqual(['j']);
  });

  it('Shift+Enter inserts and stays open; the next phrase follows the first; Esc returns focus to the editor', async () => {
    const { page, phrase: first } = await paletteOnSingleMatch('cam on');
    await page.keyboard.press('Shift+Enter');
    await expect.poll(async () => (await view(page)).status).toMatch(/^Inserted\./);
    expect((await view(page)).focused).toBe(true);
    expect((await editorModel(page)).text).toBe(`A ${first} Z`);

    await fillSearch(page, '');
    await page.keyboard.type('hoan tien');
    await expect.poll(() => activeCount(page)).toBe(1);
    await page.keyboard.press('ArrowDown');
    const second = (await activePreview(page))!;
    await page.keyboard.press('Shift+Enter');
    await expect.poll(async () => (await editorModel(page)).text).toBe(`A ${first}${second} Z`);

    await page.keyboard.press('Escape');
    await expect.poll(() => paletteHost(page).count()).toBe(0);
    await expect.poll(() => focusIsInEditor(page)).toBe(true);
    await page.keyboard.type('!');
    expect((await editorModel(page)).text).toBe(`A ${first}${second}! Z`);
  });

  it('keys pressed straight after Shift+Enter, while the editor settles, go to the search field and never into the reply', async () => {
    const { page, phrase: first } = await paletteOnSingleMatch('cam on');

    // No wait in between: the insertion keeps the editor focused while it checks the result.
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type(' xin');
    await expect.poll(async () => (await view(page)).query).toBe('cam on xin');
    expect((await editorModel(page)).text).toBe(`A ${first} Z`);

    // The query is now "cam on xin": whatever it finds first goes in right after the first phrase.
    const second = (await activePreview(page))!;
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.press('Escape');
    await expect.poll(() => paletteHost(page).count()).toBe(0);
    expect((await editorModel(page)).text).toBe(`A ${first}${second} Z`);
    await expect.poll(() => focusIsInEditor(page)).toBe(true);
  });

  it('opens with the shortcut set in the options', async () => {
    const page = await openTicket('4823');
    await ext.browser.worker.evaluate(() =>
      chrome.storage.sync.set({ settings: { agentName: '', companyName: '', disabledPackIds: [], paletteShortcut: 'Ctrl+Alt+K', teamPackUrl: '' } }),
    );
    try {
      await page.locator(EDITOR).click();
      // The page's listener takes the new combination once the setting arrives.
      await expect
        .poll(async () => {
          await page.keyboard.press('Control+Alt+KeyK');
          const open = await paletteShown(page);
          if (open) await page.keyboard.press('Escape');
          return open;
        })
        .toBe(true);
      await expect.poll(() => paletteHost(page).count()).toBe(0);
      await page.keyboard.press('Control+Alt+KeyK');
      await expect.poll(async () => (await view(page)).shortcut).toBe('Ctrl+Alt+K');
      // The same combination closes it again.
      await page.keyboard.press('Control+Alt+KeyK');
      await expect.poll(() => paletteHost(page).count()).toBe(0);
    } finally {
      await ext.browser.worker.evaluate(() => chrome.storage.sync.remove('settings'));
    }
  });

  it('opens and closes from the browser’s own shortcut (manifest command → background → content script)', async () => {
    // Chromium on Linux leaves Alt+Shift+P unassigned (it is a ChromeOS system shortcut), so this copy of
    // the extension suggests Alt+Shift+K for the command, a key the page's own listener does not react to.
    const dir = await mkdtemp(join(tmpdir(), 'calmreply-ext-'));
    await cp(EXTENSION_DIR, dir, { recursive: true });
    const manifestPath = join(dir, 'manifest.json');
    const manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
    manifest.commands['toggle-palette'].suggested_key = { default: 'Alt+Shift+K' };
    await writeFile(manifestPath, JSON.stringify(manifest));
    const other = await launchWithExtension({ extensionDir: dir });
    try {
      const shortcut = await other.worker.evaluate(async () => (await chrome.commands.getAll()).find((c) => c.name === 'toggle-palette')?.shortcut);
      expect(shortcut).toBe('Alt+Shift+K');
      const page = await other.context.newPage();
      await page.goto(`${ext.server.origin}/zendesk/agent/tickets/4821`);
      await waitForEditor(page);
      await expect.poll(() => badgeText(other, page)).toMatch(/^[123]$/);
      await page.locator(EDITOR).click();
      // Manifest commands don't fire from page-level key events; a raw key event from the browser does.
      const cdp = await other.context.newCDPSession(page);
      const key = { modifiers: 1 | 8, key: 'K', code: 'KeyK', windowsVirtualKeyCode: 75, nativeVirtualKeyCode: 75 };
      const press = async () => {
        await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...key });
        await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...key });
      };
      await press();
      await expect.poll(() => paletteShown(page)).toBe(true);
      await page.keyboard.type('xin loi');
      await expect.poll(() => activeCount(page)).toBe(1);
      await press();
      await expect.poll(() => paletteHost(page).count()).toBe(0);
      await expect.poll(() => focusIsInEditor(page)).toBe(true);
    } finally {
      await other.close();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('on a page without a reply editor says so and copies the phrase instead', async () => {
    const errorsBefore = ext.browser.pageErrors.length;
    const page = await ext.browser.context.newPage();
    await page.goto(`${ext.server.origin}/zendesk/agent/home`);
    await ext.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ext.server.origin });
    const tabId = await tabIdOf(ext.browser, page);
    // Through the same message the browser command sends (the content script may still be starting).
    await expect
      .poll(() =>
        ext.browser.worker
          .evaluate((id) => chrome.tabs.sendMessage(id, { calmreply: 1, type: 'togglePalette', payload: {} }), tabId)
          .catch(() => null),
      )
      .toEqual({ open: true });
    await expect.poll(async () => (await view(page)).note).toBe('Open the reply box first. Press Enter to copy a phrase, then paste it into the reply.');
    await page.keyboard.type('thank you');
    await expect.poll(() => activeCount(page)).toBe(1);
    const phrase = (await activePreview(page))!;
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await view(page)).status).toContain('clipboard');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(phrase);

    // Bad input answers with no results and no error.
    await fillSearch(page, '');
    await page.keyboard.insertText('x'.repeat(1000));
    await expect.poll(async () => (await view(page)).empty).toBeTruthy();
    expect((await view(page)).options).toEqual([]);
    await fillSearch(page, '   ');
    await expect.poll(async () => (await view(page)).empty).toBe('Type a word to search.');
    await fillSearch(page, '?!*#');
    await expect.poll(async () => (await view(page)).empty).toBe('Type letters or digits to search.');
    expect(ext.browser.pageErrors.slice(errorsBefore).filter((e) => e.includes(ext.server.origin))).toEqual([]);
  });

  it('works under a strict Content-Security-Policy on the helpdesk page', async () => {
    const path = '/zendesk/agent/tickets/4822';
    // An inline style of the page's own, which the policy must block (the control that it is in force).
    const html = (await readFile(resolve(process.env.CALMREPLY_OUT ?? '.output', 'fixtures/zendesk/index.html'), 'utf8')).replace(
      '</head>',
      '<style>body { background-color: rgb(255, 0, 0); }</style></head>',
    );
    ext.server.routes.set(path, (_req, res) => {
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:",
      });
      res.end(html);
    });
    try {
      const page = await ext.browser.context.newPage();
      const violations: string[] = [];
      page.on('console', (msg) => msg.text().includes('Content Security Policy') && violations.push(msg.text()));
      await page.goto(`${ext.server.origin}${path}`);
      await waitForEditor(page);
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe('rgb(255, 0, 0)');
      await page.locator(EDITOR).click();
      await expect
        .poll(async () => {
          if ((await paletteHost(page).count()) === 0) await page.keyboard.press('Alt+Shift+P');
          return paletteShown(page);
        })
        .toBe(true);
      // The palette's own styles applied (a rounded card with a border), despite style-src 'self'.
      const radius = await styleOf(page, '.palette', 'border-top-left-radius');
      expect(radius).toBe('12px');
      await page.keyboard.type('refund');
      await expect.poll(() => activeCount(page)).toBe(1);
      await page.keyboard.press('Enter');
      await expect.poll(() => paletteHost(page).count()).toBe(0);
      expect((await editorModel(page)).text.length).toBeGreaterThan(10);
      expect(violations.filter((v) => /calmreply|chrome-extension/i.test(v))).toEqual([]);
    } finally {
      ext.server.routes.delete(path);
    }
  });

  it('looks right in light and dark mode', async () => {
    const page = await openTicket();
    await page.setViewportSize({ width: 1280, height: 800 });
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.locator(EDITOR).click();
      await page.keyboard.press('Alt+Shift+P');
      await expect.poll(() => paletteShown(page)).toBe(true);
      await expect.poll(async () => (await view(page)).groups).toBeGreaterThan(1);
      await shot(page, `palette-suggestions-${colorScheme}`);
      await page.keyboard.type('giao hang');
      await expect.poll(() => activeCount(page)).toBe(1);
      await page.keyboard.press('ArrowDown');
      await shot(page, `palette-results-${colorScheme}`);
      const background = await styleOf(page, '.palette', 'background-color');
      expect(background).toBe(colorScheme === 'dark' ? 'rgb(29, 35, 44)' : 'rgb(255, 255, 255)');
      await page.keyboard.press('Escape');
      await expect.poll(() => paletteHost(page).count()).toBe(0);
    }
  });
});
