import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useExtension } from './support/session';
import { centreOf, inPalette, paletteShown, paletteView } from './support/palette';
import { shot } from './support/zendesk';

/**
 * The search palette on a page that stacks, transforms and clips everything around where the palette is
 * mounted, under a fixed overlay with the highest z-index, with a focus trap and hotkeys of its own
 * (tests/fixtures/hostile-stacking). The palette must be what the agent sees and types into, and give
 * focus and the caret back.
 */

const ext = useExtension();

const BEFORE = 'Hello ';
const AFTER = 'world.';

async function openHostilePage(): Promise<Page> {
  const page = await ext.browser.context.newPage();
  await page.goto(`${ext.server.origin}/hostile-stacking/`);
  await page.waitForFunction(() => typeof window.pageSaw === 'object');
  await page.evaluate(() => window.scrollTo(0, 600));
  return page;
}

const reply = (page: Page) =>
  page.evaluate(() => {
    const area = document.getElementById('reply') as HTMLTextAreaElement;
    return { value: area.value, caret: area.selectionStart, focused: document.activeElement === area };
  });

/** What is painted on top at a point: as the page sees it (a shadow host at most) and inside the palette. */
async function onTopAt(page: Page, point: { x: number; y: number }) {
  const fromPage = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.localName ?? null, point);
  const fromPalette = await inPalette(
    page,
    (root, { x, y }) => {
      const el = root.elementFromPoint(x, y);
      return el ? `${el.localName}${el.getAttribute('role') ? `[role=${el.getAttribute('role')}]` : ''}${el.closest('[role="listbox"]') ? ' in listbox' : ''}` : null;
    },
    point,
  );
  return { fromPage, fromPalette };
}

it('shows the palette on top of every stacking trick, keeps the page’s keys and scroll out, and gives focus back', async () => {
  const page = await openHostilePage();
  // The overlay really covers the page: at the reply box the page paints its overlay, not the box.
  const box = await page.locator('#reply').boundingBox();
  expect(await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.className, { x: box!.x + 20, y: box!.y + 20 })).toBe('overlay');

  await page.locator('#reply').focus();
  await page.keyboard.type(BEFORE + AFTER);
  for (let i = 0; i < AFTER.length; i++) await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Alt+Shift+P');
  await expect.poll(() => paletteShown(page)).toBe(true);

  // At the search box and at the result list, the palette is what is painted on top.
  const search = (await centreOf(page, 'input[role="combobox"]'))!;
  expect(await onTopAt(page, search)).toEqual({ fromPage: 'calmreply-palette', fromPalette: 'input[role=combobox]' });
  await page.keyboard.type('thank');
  await expect.poll(async () => (await paletteView(page))?.options.length ?? 0).toBeGreaterThan(0);
  const option = (await centreOf(page, '[role="option"]'))!;
  const atOption = await onTopAt(page, option);
  expect(atOption.fromPage).toBe('calmreply-palette');
  expect(atOption.fromPalette).toMatch(/ in listbox$/);
  await shot(page, 'palette-hostile-stacking', { fullPage: false });
  // On top because it is a modal dialog in the browser's top layer, not by winning a z-index contest.
  expect((await paletteView(page))!.modal).toBe(true);

  // The keys went to the search field: not to the page's hotkeys, and its focus trap could not take them.
  expect((await paletteView(page))!.query).toBe('thank');
  expect(await page.evaluate(() => window.pageSaw.keys)).toEqual([]);
  expect((await reply(page)).value).toBe(BEFORE + AFTER);

  const phrase = (await paletteView(page))!.active!.preview;
  await page.keyboard.press('Enter');
  await expect.poll(() => page.locator('calmreply-palette').count()).toBe(0);
  expect(await reply(page)).toEqual({ value: BEFORE + phrase + AFTER, caret: (BEFORE + phrase).length, focused: true });
  expect(await page.evaluate(() => window.scrollY)).toBe(600);

  // Esc closes it once, and the caret is back where it was: the next key lands there.
  await page.keyboard.press('Alt+Shift+P');
  await expect.poll(() => paletteShown(page)).toBe(true);
  await page.keyboard.press('Escape');
  await expect.poll(() => page.locator('calmreply-palette').count()).toBe(0);
  await expect.poll(async () => (await reply(page)).focused).toBe(true);
  await page.keyboard.type('!');
  expect((await reply(page)).value).toBe(`${BEFORE}${phrase}!${AFTER}`);
  expect(await page.evaluate(() => window.pageSaw.keys)).toEqual([]);
  expect(await page.evaluate(() => window.scrollY)).toBe(600);
  await page.close();
});
