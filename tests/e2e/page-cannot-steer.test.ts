import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { badgeText } from './support/browser';
import { insertLikePanel } from './support/editors';
import { paletteShown, paletteView } from './support/palette';
import { useExtension } from './support/session';
import { ckeditorModel, waitForEditor } from './support/zendesk';

/**
 * The helpdesk page runs its own scripts next to CalmReply. It must not be able to open the palette,
 * read the agent's phrases, switch CalmReply off in its tab, or tell that CalmReply is installed.
 */

// The page's own failed probes of the extension's files are logged by the browser against the page.
// The page's own probes (chrome-extension://invalid/, and CalmReply's files by their fixed address) fail by
// design, and Chromium logs each as an error of the page.
const ext = useExtension(() => ({ allowErrors: [/Denying load of chrome-extension:\/\/[a-p]{32}\/(?:palette|insert-page-world)\.js/, /chrome-extension:\/\/invalid\/.*Failed to load resource: net::ERR_FAILED|Failed to load resource: net::ERR_FAILED \(chrome-extension:\/\/invalid\/\)/] }));
const EDITOR = '[data-test-id="omnicomposer-rich-text-ckeditor"]';

/** A ticket page; the init script records every message posted to the page and any event named after the extension. */
async function openTicket(): Promise<Page> {
  const page = await ext.browser.context.newPage();
  await page.addInitScript((id) => {
    const seen: string[] = [];
    (window as unknown as { seenByPage: string[] }).seenByPage = seen;
    addEventListener('message', (event) => seen.push(`message: ${JSON.stringify(event.data)}`), true);
    // Any event whose name carries the extension id, wherever it is dispatched (capture on window sees all).
    for (const name of ['content:wxt:content-script-started', 'content:wxt:locationchange']) {
      addEventListener(`${id}:${name}`, () => seen.push(`event: ${name}`), true);
      document.addEventListener(`${id}:${name}`, () => seen.push(`event on document: ${name}`), true);
    }
  }, ext.browser.extensionId);
  await page.goto(`${ext.server.origin}/zendesk/agent/tickets/4821`);
  await waitForEditor(page);
  await expect.poll(() => badgeText(ext.browser, page)).toMatch(/^[123]$/);
  await page.bringToFront();
  return page;
}

const synthesizedKey = (page: Page, init: { key: string; code: string; altKey?: boolean; shiftKey?: boolean }) =>
  page.evaluate((init) => {
    const target = document.activeElement ?? document.body;
    target.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, composed: true, cancelable: true, ...init }));
  }, init);

describe('the page can’t steer CalmReply', () => {
  it('a key event made by the page does not open the palette; the agent’s real key does, in a root the page can’t read', async () => {
    const page = await openTicket();
    await page.locator(EDITOR).click();
    // Open and close it once with the agent's key, so the palette's code is loaded and would open at once.
    await page.keyboard.press('Alt+Shift+P');
    await expect.poll(() => paletteShown(page)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('calmreply-palette').count()).toBe(0);

    await synthesizedKey(page, { key: 'P', code: 'KeyP', altKey: true, shiftKey: true });
    await page.waitForTimeout(500);
    expect(await page.locator('calmreply-palette').count()).toBe(0);

    await page.keyboard.press('Alt+Shift+P');
    await expect.poll(() => paletteShown(page)).toBe(true);
    await page.keyboard.type('xin loi');
    await expect.poll(async () => (await paletteView(page))?.active?.preview ?? '').not.toBe('');
    const phrase = (await paletteView(page))!.active!.preview;

    // The palette's root is closed: nothing of it is reachable or readable from the page.
    const reach = await page.evaluate((p) => {
      const host = document.querySelector('calmreply-palette')!;
      return {
        shadowRoot: host.shadowRoot === null ? null : 'open',
        hostText: host.textContent,
        pageShowsPhrase: document.documentElement.textContent!.includes(p) || document.body.innerText.includes(p),
      };
    }, phrase);
    expect(reach).toEqual({ shadowRoot: null, hostText: '', pageShowsPhrase: false });

    // An Enter the page makes does not insert.
    const before = (await ckeditorModel(page)).text;
    await synthesizedKey(page, { key: 'Enter', code: 'Enter' });
    await page.waitForTimeout(300);
    expect(await paletteShown(page)).toBe(true);
    expect((await ckeditorModel(page)).text).toBe(before);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('calmreply-palette').count()).toBe(0);
    await page.close();
  });

  it('a forged “newer script started” event does not switch CalmReply off, and CalmReply announces nothing to the page', async () => {
    const page = await openTicket();
    expect(await page.evaluate(() => (window as unknown as { seenByPage: string[] }).seenByPage)).toEqual([]);

    // What WXT's context listened for: an event named after the extension id, claiming a newer copy started.
    await page.evaluate((id) => {
      const detail = { contentScriptName: 'content', messageId: 'forged' };
      document.dispatchEvent(new CustomEvent(`${id}:content:wxt:content-script-started`, { detail }));
      window.postMessage({ type: `${id}:content:wxt:content-script-started`, ...detail }, '*');
    }, ext.browser.extensionId);
    await page.waitForTimeout(300);

    // Still working: a side-panel insert lands at the caret, and the palette opens.
    await page.locator(EDITOR).click();
    await page.keyboard.press('Control+End');
    const before = (await ckeditorModel(page)).text;
    const outcome = await insertLikePanel(ext.browser, page, 'Thank you for your patience.');
    expect(outcome).toMatchObject({ status: 'inserted' });
    expect((await ckeditorModel(page)).text).toBe(`${before}Thank you for your patience.`);
    await page.keyboard.press('Alt+Shift+P');
    await expect.poll(() => paletteShown(page)).toBe(true);
    await page.keyboard.press('Escape');
    await page.close();
  });

  it('a website can’t load CalmReply’s files to tell that it is installed', async () => {
    const page = await openTicket();
    // The palette (loaded from the extension) works on this page…
    await page.locator(EDITOR).click();
    await page.keyboard.press('Alt+Shift+P');
    await expect.poll(() => paletteShown(page)).toBe(true);
    await page.keyboard.press('Escape');
    // …but the page can't fetch it, nor the page-world helper, at the extension's fixed address.
    const probes = await page.evaluate(async (id) => {
      const probe = async (file: string) => {
        try {
          const response = await fetch(`chrome-extension://${id}/${file}`);
          return `loaded ${response.status}`;
        } catch {
          return 'failed';
        }
      };
      const viaScript = (file: string) =>
        new Promise<string>((resolve) => {
          const script = document.createElement('script');
          script.src = `chrome-extension://${id}/${file}`;
          script.onload = () => resolve('loaded');
          script.onerror = () => resolve('failed');
          document.head.append(script);
        });
      return {
        palette: await probe('palette.js'),
        pageWorld: await probe('insert-page-world.js'),
        paletteScript: await viaScript('palette.js'),
        pageWorldScript: await viaScript('insert-page-world.js'),
      };
    }, ext.browser.extensionId);
    expect(probes).toEqual({ palette: 'failed', pageWorld: 'failed', paletteScript: 'failed', pageWorldScript: 'failed' });
    await page.close();
  });
});
