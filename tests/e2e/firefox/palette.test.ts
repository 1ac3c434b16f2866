import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { toFront, useFirefox } from '../support/firefox';
import { firefoxCentreOf, firefoxPaletteView, inFirefoxPalette } from '../support/firefox-palette';
import { ckeditorModel, REPLY_EDITOR, shot, waitForEditor } from '../support/zendesk';

const ff = useFirefox();

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();

const view = async (page: Page) => (await firefoxPaletteView(page))!;

/** What is painted on top at a point: as the page sees it (the palette's host at most) and inside the palette. */
async function onTopAt(page: Page, point: { x: number; y: number }) {
  const fromPage = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.localName ?? null, point);
  const fromPalette = await inFirefoxPalette(page, (root, { x, y }) => root.elementFromPoint(x, y)?.localName ?? null, point);
  return { fromPage, fromPalette };
}

const focusIsInEditor = (page: Page) => page.evaluate((selector) => document.activeElement?.closest(selector) !== null, REPLY_EDITOR);

describe('the search palette in Firefox', () => {
  it('opens with Alt+Shift+P on top, finds "xin loi" without accents, and Enter puts the phrase at the caret', async () => {
    const page = await ff.browser.newPage();
    await page.goto(`${ff.server.origin}/zendesk/agent/tickets/4821`);
    await waitForEditor(page);
    await toFront(page);
    const before = 'Dạ chào chị Lan. ';
    const after = 'Em cảm ơn chị.';
    await page.click(REPLY_EDITOR);
    await page.keyboard.type(before + after);
    for (let i = 0; i < after.length; i++) await page.keyboard.press('ArrowLeft');
    await expect.poll(async () => (await ckeditorModel(page)).caret).toBe(before.length);

    await page.keyboard.down('Alt');
    await page.keyboard.down('Shift');
    await page.keyboard.press('P');
    await page.keyboard.up('Shift');
    await page.keyboard.up('Alt');
    await expect.poll(async () => (await firefoxPaletteView(page))?.shown ?? false).toBe(true);
    await expect.poll(async () => (await view(page)).focused).toBe(true);
    // On top as a modal dialog in the top layer: at its search box the page itself hits the palette.
    expect((await view(page)).modal).toBe(true);
    expect(await onTopAt(page, (await firefoxCentreOf(page, 'input[role="combobox"]'))!)).toEqual({
      fromPage: 'calmreply-palette',
      fromPalette: 'input',
    });

    await page.keyboard.type('xin loi');
    await expect.poll(async () => (await view(page)).query).toBe('xin loi');
    await expect.poll(async () => (await view(page)).active?.preview ?? null).toBeTruthy();
    const { options, active } = await view(page);
    // The first result is highlighted, and it is the accented phrase the unaccented query stands for.
    expect(active!.text).toBe(options[0]);
    expect(active!.preview).toMatch(/xin lỗi/i);
    expect(fold(active!.preview)).toContain('xin loi');
    expect(active!.preview).not.toContain('{{');
    await shot(page, 'firefox-palette-xin-loi', { fullPage: false });

    const phrase = active!.preview;
    await page.keyboard.press('Enter');
    await expect.poll(() => page.$('calmreply-palette')).toBe(null);
    const model = await ckeditorModel(page);
    expect(model.text).toBe(before + phrase + after);
    expect(model.caret).toBe((before + phrase).length);
    expect(await focusIsInEditor(page)).toBe(true);
    // Typing goes on where the phrase ended.
    await page.keyboard.type(' ');
    expect((await ckeditorModel(page)).text).toBe(`${before}${phrase} ${after}`);
  });
});
