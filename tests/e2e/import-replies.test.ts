import { mkdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { badgeText, openPanelFor } from './support/browser';
import { useExtension } from './support/session';
import { SCREENSHOTS, waitForEditor } from './support/zendesk';
import { activePreview, paletteShown } from './support/palette';

// Runs in extension pages, where `chrome` exists.
declare const chrome: { storage: { local: { get(keys: null): Promise<Record<string, unknown>> } } };

const ext = useExtension();

async function openOptions(): Promise<Page> {
  const page = await ext.browser.context.newPage();
  await page.goto(`chrome-extension://${ext.browser.extensionId}/options.html`);
  await page.getByRole('tab', { name: 'Phrase packs' }).waitFor();
  return page;
}
async function viewShot(page: Page, name: string) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png` });
}
const stored = (page: Page) => page.evaluate(() => chrome.storage.local.get(null));
type StoredPack = { kind: string; pack: { id: string; name: string; lang: string; phrases: { id: string; step?: number; title?: string; text: string }[] } };
const userPacks = async (page: Page) => ((await stored(page)).packs as { packs: StoredPack[] }).packs;

/** What a lead's spreadsheet looks like after "Save as CSV UTF-8" in Excel with a ';' list separator. */
const EXCEL_CSV =
  '\uFEFFTiêu đề;Nội dung;Bước;Tình huống;Giọng\r\n' +
  'Xin lỗi giao trễ;"Dạ em chào {{honorific}} {{customer.firstName}}, em thành thật xin lỗi vì đơn hàng giao trễ ạ.\r\nEm đang kiểm tra với bên vận chuyển ngay.";2;delivery;formal\r\n' +
  'Hỏi mã vận đơn;"Dạ {{honorific}} cho em xin mã vận đơn để em tra cứu giúp mình ạ?";3;delivery;formal\r\n';

async function importFile(options: Page, name: string, mimeType: string, content: string | Buffer) {
  await options.getByRole('button', { name: 'Import…' }).click();
  await options.getByLabel('Pack file').setInputFiles({ name, mimeType, buffer: Buffer.isBuffer(content) ? content : Buffer.from(content) });
}

describe('a team lead brings the replies they already have', () => {
  it('imports an Excel CSV and Zendesk macros; the side panel and the palette offer them with variables filled', async () => {
    const options = await openOptions();
    await options.getByRole('tab', { name: 'General' }).click();
    await options.getByLabel('Your name').fill('Minh');
    await options.getByRole('button', { name: 'Save' }).click();
    await options.getByText('Saved.').waitFor();
    await options.getByRole('tab', { name: 'Phrase packs' }).click();
    await importFile(options, 'ca-dem.csv', 'text/csv', EXCEL_CSV);
    const dialog = options.getByRole('dialog', { name: 'Import a pack' });
    await expect.poll(() => dialog.locator('.import-summary').textContent()).toBe('Recognised as: Spreadsheet (CSV, separated by “;”) · 2 replies');
    expect(await dialog.locator('[data-step-of="row 2"]').inputValue()).toBe('2');
    expect(await dialog.locator('[data-step-of="row 3"]').inputValue()).toBe('3');
    await viewShot(options, 'options-import-csv-preview');
    await options.emulateMedia({ colorScheme: 'dark' });
    await viewShot(options, 'options-import-csv-preview-dark');
    await options.emulateMedia({ colorScheme: 'light' });
    await dialog.getByRole('button', { name: 'Import 2 replies' }).click();
    await expect.poll(() => dialog.count()).toBe(0);

    const macros = readFileSync('tests/fixtures/imports/zendesk-macros.json');
    await importFile(options, 'zendesk-macros.json', 'application/json', macros);
    await expect.poll(() => dialog.locator('.import-summary').textContent()).toBe('Recognised as: Zendesk macros · 3 replies');
    expect(await dialog.locator('.unknown-placeholders li').allTextContents()).toEqual([
      '[% endif %] (1 replies)',
      '[% if ticket.organization %] (1 replies)',
      '[ticket.ticket_field_7731] (1 replies)',
    ]);
    await dialog.getByLabel('Pack name').fill('Zendesk');
    await dialog.getByRole('button', { name: 'Import 3 replies' }).click();
    await expect.poll(() => dialog.count()).toBe(0);

    const packs = await userPacks(options);
    expect(packs.map((r) => [r.kind, r.pack.id, r.pack.name, r.pack.lang, r.pack.phrases.map((p) => [p.title, p.step])])).toEqual([
      ['team', 'ca-dem', 'ca-dem', 'vi', [['Xin lỗi giao trễ', 2], ['Hỏi mã vận đơn', 3]]],
      ['team', 'zendesk-macros-vi', 'Zendesk (Tiếng Việt)', 'vi', [['Refund issued', 4]]],
      ['team', 'zendesk-macros-en', 'Zendesk (English)', 'en', [['Apologise and track', 2], ['Refund issued', 4]]],
    ]);

    // The Vietnamese delivery ticket: the spreadsheet's step-2 reply is offered, filled in for this customer.
    const ticket = await ext.browser.context.newPage();
    await ticket.goto(`${ext.server.origin}/zendesk/agent/tickets/4821`);
    await waitForEditor(ticket);
    await expect.poll(() => badgeText(ext.browser, ticket)).toMatch(/^[123]$/);
    const panel = await openPanelFor(ext.browser, ticket);
    const imported = panel.locator('button.phrase[data-phrase-id="vi-2-xin-loi-giao-tre"] .phrase-text');
    await expect.poll(() => imported.textContent()).toBe(
      'Dạ em chào quý khách Lan, em thành thật xin lỗi vì đơn hàng giao trễ ạ.\nEm đang kiểm tra với bên vận chuyển ngay.',
    );

    // The English ticket: the Zendesk macro, found in the palette, goes in with the customer's name and ticket id.
    const english = await ext.browser.context.newPage();
    await english.goto(`${ext.server.origin}/zendesk/agent/tickets/4822`);
    await waitForEditor(english);
    await english.bringToFront();
    await english.locator('[data-test-id="omnicomposer-rich-text-ckeditor"]').click();
    await english.keyboard.press('Alt+Shift+P');
    await expect.poll(() => paletteShown(english)).toBe(true);
    await english.keyboard.type('apologise and track');
    await expect.poll(() => activePreview(english)).toBe(
      "Hi Oliver,\n\nI'm really sorry your parcel is late. I have asked the courier to trace it and will write again by tomorrow.\n\n- Ticket: #4822\n- Tracking: track your parcel (https://track.example.com/)\n\nBest,\nMinh",
    );
  });

  it('a malformed spreadsheet lists its problems by row and changes nothing', async () => {
    const options = await openOptions();
    const before = await stored(options);
    await importFile(options, 'broken.csv', 'text/csv', 'title,text,step,categories\nA,Fine text,2,delivery\nB,,2,\nC,Other text,seven,weather\n');
    const alert = options.getByRole('dialog').getByRole('alert');
    await expect.poll(() => alert.getByRole('listitem').allTextContents()).toEqual([
      'row 3, text: must not be empty',
      'row 4, step: "seven" is not one of: 1-5, empathize, clarify, solve, check back',
      'row 4, categories: "weather" is not one of: quality, delivery, return-cancel, wrong-info, past-experience, conflict, abuse, policy, manager, billing',
    ]);
    expect(await options.getByRole('button', { name: /^Import \d/ }).isDisabled()).toBe(true);
    await viewShot(options, 'options-import-csv-problems');
    expect(await stored(options)).toEqual(before);
  });

  it('exporting a pack as CSV and importing it again gives the same pack', async () => {
    const options = await openOptions();
    await options.locator('[data-pack-key="user:ca-dem"]').click();
    const download = options.waitForEvent('download');
    await options.getByRole('button', { name: 'Export CSV' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('ca-dem.csv');
    const bytes = readFileSync((await file.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const before = await stored(options);

    await importFile(options, 'ca-dem.csv', 'text/csv', bytes);
    const dialog = options.getByRole('dialog', { name: 'Import a pack' });
    await dialog.getByRole('button', { name: 'Import 2 replies' }).click();
    await expect.poll(() => dialog.getByText('Identical to your current version: nothing would change.').count()).toBe(1);
    expect(await stored(options)).toEqual(before);
  });
});
