import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { EXTENSION_ORIGIN, tabIdOf, toFront, useFirefox } from '../support/firefox';
import { ckeditorModel, REPLY_EDITOR, shot, waitForEditor } from '../support/zendesk';

const ff = useFirefox();

/** The toolbar button's node in the browser window, and the sidebar's state there. */
const BUTTON = `document.querySelector('#calmreply_calmreply_app-browser-action .unified-extensions-item-action-button')`;
const sidebarState = () =>
  ff.inBrowserWindow<{ open: boolean; panel: string | null }>(
    `JSON.stringify({ open: SidebarController.isOpen && SidebarController.currentID === 'calmreply_calmreply_app-sidebar-action',
      panel: SidebarController.browser?.contentDocument?.getElementById('webext-panels-browser')?.currentURI?.spec ?? null })`,
  );

describe('the Zendesk fixture in Firefox', () => {
  let page: Page;
  let panel: Page;

  beforeAll(async () => {
    page = await ff.browser.newPage();
    await page.goto(`${ff.server.origin}/zendesk/agent/tickets/4821`);
    await waitForEditor(page);
    // The panel in its own window: each window's tab stays in front, so neither is throttled.
    panel = await ff.openExtensionPage('sidepanel.html', { window: true });
    const tabId = await tabIdOf(panel, page.url());
    await panel.evaluate((id) => location.replace(`sidepanel.html?tabId=${id}`), tabId);
    await panel.waitForFunction(() => location.search.includes('tabId') && document.readyState === 'complete');
    await panel.setViewport({ width: 400, height: 900 });
  });

  it('the content script reads the ticket and the panel shows its assessment', async () => {
    await expect.poll(() => panel.$eval('.ticket-id', (el) => el.textContent)).toContain('4821');
    await expect.poll(() => panel.$eval('[role="meter"]', (el) => el.getAttribute('aria-valuenow'))).toMatch(/^[23]$/);
    const verdict = await panel.$$eval('section *', (els) => els.some((el) => el.textContent === 'Complaint'));
    expect(verdict).toBe(true);
    const marks = await panel.$$eval('blockquote mark', (els) => els.map((el) => el.textContent));
    expect(marks.length).toBeGreaterThan(0);
    expect(await panel.$eval('blockquote', (el) => el.textContent)).toContain('bóc phốt');
    await shot(panel, 'firefox-sidepanel-angry-vi');
  });

  it('inserts a phrase at the caret of CKEditor 5, mid-text, and Ctrl+Z takes it out', async () => {
    const before = 'Dạ chào chị Lan. ';
    const after = 'Em cảm ơn chị.';
    await toFront(page);
    await page.click(REPLY_EDITOR);
    await page.keyboard.type(before + after);
    for (let i = 0; i < after.length; i++) await page.keyboard.press('ArrowLeft');
    await expect.poll(async () => (await ckeditorModel(page)).caret).toBe(before.length);

    await toFront(panel);
    // The panel reads the draft 300 ms after the last key, and the coach card above the phrases grows with
    // what it finds in this one (no check-back question; "chị" where the panel says "quý khách"), moving
    // every phrase about 100 px down. The agent clicks what the panel shows then. Puppeteer, unlike
    // Playwright, does not check what is under the pointer: a phrase measured just before the move is
    // missed (the click lands on the hint above it, nothing is inserted). So: the coach has read this draft first.
    await panel.waitForSelector('.coach .warnings, .coach .coach-ok');
    const buttons = await panel.$$('section button.phrase');
    const texts = await Promise.all(buttons.map((b) => b.$eval('.phrase-text', (el) => el.textContent!.trim())));
    // A one-line phrase of some length: the model then holds the three parts in one paragraph.
    const index = texts.findIndex((text) => text.length > 10 && !text.includes('\n'));
    const phrase = texts[index]!;
    await buttons[index]!.click();
    await expect.poll(() => panel.$eval('[role="status"]', (el) => el.textContent)).toContain('Inserted into the reply.');

    await toFront(page);
    await expect.poll(async () => (await ckeditorModel(page)).text).toBe(before + phrase + after);
    expect((await ckeditorModel(page)).caret).toBe((before + phrase).length);
    await shot(page, 'firefox-zendesk-after-insert');

    await page.focus(REPLY_EDITOR);
    await page.keyboard.down('Control');
    await page.keyboard.press('z');
    await page.keyboard.up('Control');
    await expect.poll(async () => (await ckeditorModel(page)).text).toBe(before + after);
  });

  it('the toolbar button closes and opens the sidebar with the panel in it', async () => {
    // Headless Firefox takes no pointer input on its toolbar; doCommand() is what the button does when
    // clicked: Firefox dispatches the extension's browserAction.onClicked, whose handler toggles the sidebar.
    const click = () => ff.inBrowserWindow(`${BUTTON}.doCommand()`);
    await toFront(page);
    const first = (await sidebarState()).open;
    await click();
    await expect.poll(async () => (await sidebarState()).open).toBe(!first);
    await click();
    await expect.poll(async () => (await sidebarState()).open).toBe(first);
    if (!first) await click();
    await expect.poll(sidebarState).toEqual({ open: true, panel: `${EXTENSION_ORIGIN}/sidepanel.html` });
  });
});
