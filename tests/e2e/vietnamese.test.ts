import { existsSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, openPanelFor } from './support/browser';
import { useExtension } from './support/session';
import { paletteView } from './support/palette';
import { shot, waitForEditor } from './support/zendesk';

// A browser whose own language is Vietnamese: the extension's pages follow chrome.i18n.getUILanguage().
const ext = useExtension(() => ({ lang: 'vi' }));

const messages = (lang: string) => JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Record<string, { message: string }>;
const en = messages('en');
const vi = messages('vi');
/**
 * English wording that must not show on a Vietnamese page: every English message that the Vietnamese file
 * words differently, cut at its first placeholder, and long enough not to be a product name or a code.
 */
const englishOnly = Object.entries(en)
  .filter(([key, { message }]) => vi[key]?.message !== message)
  .map(([, { message }]) => message.split('$')[0]!.trim())
  .filter((fragment) => fragment.length >= 14);

/** English fragments found in what the page shows, or in what one element (shadow DOM allowed) shows. */
async function englishOn(page: Page, selector = 'body'): Promise<string[]> {
  return englishIn(await page.locator(selector).innerText());
}
const englishIn = (shown: string) => englishOnly.filter((fragment) => shown.includes(fragment));

describe('with the browser in Vietnamese', () => {
  beforeAll(() => {
    // Debian's chromium package carries only the en-US resources; chromium-l10n adds the others.
    if (CHROMIUM === '/usr/bin/chromium' && !existsSync('/usr/lib/chromium/locales/vi.pak')) {
      throw new Error('Chromium has no Vietnamese UI: install chromium-l10n');
    }
  });

  it('the options page speaks Vietnamese in every section, including a broken pack’s problems', async () => {
    const page = await ext.browser.context.newPage();
    await page.goto(`chrome-extension://${ext.browser.extensionId}/options.html`);
    await page.getByRole('tab', { name: 'Bộ câu mẫu' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');

    for (const section of ['Bộ câu mẫu', 'Đăng ký bộ của nhóm', 'Chung', 'Trang web']) {
      await page.getByRole('tab', { name: section }).click();
      expect(await englishOn(page), section).toEqual([]);
    }
    await page.getByRole('tab', { name: 'Chung' }).click();
    await shot(page, 'options-general-vi', { fullPage: false });

    await page.getByRole('tab', { name: 'Đăng ký bộ của nhóm' }).click();
    await page.getByLabel('Địa chỉ bộ câu mẫu của nhóm').fill('http://packs.example.com/team.json');
    await page.getByRole('button', { name: 'Đăng ký' }).click();
    await expect.poll(() => page.locator('.field-error').textContent()).toBe('Chỉ chấp nhận địa chỉ https (địa chỉ này bắt đầu bằng http://)');

    await page.getByRole('tab', { name: 'Bộ câu mẫu' }).click();
    await page.getByRole('button', { name: 'Nhập…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nhập bộ câu mẫu' });
    const broken = {
      id: 'ca-dem',
      name: 'Ca đêm',
      lang: 'vi',
      version: '1.0',
      updatedAt: '2026-11-22T08:00:00Z',
      phrases: [{ id: 'xin-loi', step: 2, text: 'Dạ em xin lỗi {{honorific}} ạ.' }, { id: 'hoi', step: 7, text: 'Dạ {{customer.nickname}} ơi', tone: 'vui' }],
    };
    await dialog.getByRole('textbox').fill(JSON.stringify(broken, null, 2));
    await dialog.getByRole('button', { name: 'Kiểm tra nội dung đã dán' }).click();
    const items = dialog.getByRole('alert').getByRole('listitem');
    await expect.poll(() => items.allTextContents()).toEqual([
      'version: cần số phiên bản dạng 1.2.0',
      'phrases[1].step: cần từ 1 đến 5',
      expect.stringMatching(/^phrases\[1\]\.text: biến \{\{customer\.nickname\}\} không tồn tại; các biến dùng được: /),
      'phrases[1].tone: cần một trong các giá trị: formal, warm, neutral',
    ]);
    expect(await englishOn(page)).toEqual([]);
    await shot(page, 'options-import-error-vi', { fullPage: false });
    await page.close();
  });

  it('the side panel and the search palette speak Vietnamese on an angry ticket', async () => {
    const ticket = await ext.browser.context.newPage();
    await ticket.goto(`${ext.server.origin}/zendesk/agent/tickets/4821`);
    await waitForEditor(ticket);
    const panel = await openPanelFor(ext.browser, ticket);
    await panel.getByRole('region', { name: 'Cảm xúc của khách hàng' }).getByRole('meter').waitFor();
    expect(await englishOn(panel)).toEqual([]);
    await shot(panel, 'sidepanel-vi-ui');

    // The search palette on the same ticket: its own dialog in the page, in a shadow root.
    await ticket.bringToFront();
    await ticket.locator('[data-test-id="omnicomposer-rich-text-ckeditor"]').click();
    await ticket.keyboard.press('Alt+Shift+P');
    const palette = async () => (await paletteView(ticket))!;
    await expect.poll(async () => (await paletteView(ticket))?.label).toBe(vi.paletteTitle!.message);
    await expect.poll(async () => (await palette()).options.length).toBeGreaterThan(0);
    expect(englishIn((await palette()).text)).toEqual([]);
    await ticket.keyboard.type('hoan tien');
    await expect.poll(async () => (await palette()).options.length).toBeGreaterThan(0);
    expect(englishIn((await palette()).text)).toEqual([]);
    await shot(ticket, 'palette-vi-ui', { fullPage: false });
  });
});
