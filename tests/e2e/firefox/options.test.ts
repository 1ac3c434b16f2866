import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { useFirefox } from '../support/firefox';
import { BROKEN_PACK } from '../support/packs';
import { shot } from '../support/zendesk';

const ff = useFirefox();

async function openOptions(): Promise<Page> {
  const page = await ff.openExtensionPage('options.html');
  await page.waitForSelector('[data-pack-key]');
  return page;
}

/** Everything the extension keeps in storage.local, read from its own page. */
const storedLocal = (page: Page) =>
  page.evaluate(() =>
    (globalThis as unknown as { browser: { storage: { local: { get(k: null): Promise<unknown> } } } }).browser.storage.local.get(null),
  );

describe('the options page in Firefox', () => {
  it('lists the built-in packs', async () => {
    const options = await openOptions();
    const packs = await options.$$eval('button[data-pack-key]', (buttons) =>
      buttons.map((b) => [b.getAttribute('data-pack-key'), b.querySelector('.pack-item-name')?.textContent]),
    );
    expect(packs).toEqual(
      expect.arrayContaining([
        ['builtin:builtin-vi', 'CalmReply mặc định (Tiếng Việt)'],
        ['builtin:builtin-en', 'CalmReply built-in (English)'],
      ]),
    );
    await shot(options, 'firefox-options', { fullPage: false });
  });

  it('rejects a broken pack file with its problems and changes nothing', async () => {
    const options = await openOptions();
    const before = await storedLocal(options);
    const dir = await mkdtemp(join(tmpdir(), 'calmreply-import-'));
    const file = join(dir, BROKEN_PACK.file);
    await writeFile(file, JSON.stringify(BROKEN_PACK.pack));
    try {
      await (await options.waitForSelector('::-p-aria(Import…)'))!.click();
      const input = await options.waitForSelector('#import-file');
      await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(file);
      const alert = '[role="dialog"] [role="alert"]';
      await expect
        .poll(() => options.$eval(alert, (el) => el.textContent).catch(() => ''))
        .toContain(BROKEN_PACK.heading);
      expect(await options.$$eval(`${alert} li`, (items) => items.map((li) => li.textContent))).toEqual(BROKEN_PACK.problems);
      await shot(options, 'firefox-options-import-error', { fullPage: false });
      expect(await storedLocal(options)).toEqual(before);
      await options.keyboard.press('Escape');
      expect(await options.$(BROKEN_PACK.listed)).toBe(null);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
