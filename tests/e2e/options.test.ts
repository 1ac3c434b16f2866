import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPanelFor } from './support/browser';
import { BROKEN_PACK } from './support/packs';
import { useExtension } from './support/session';
import { mkdirSync } from 'node:fs';
import { SCREENSHOTS, shot, waitForEditor } from './support/zendesk';

// Runs in extension pages, where `chrome` exists.
declare const chrome: { storage: { local: { get(keys: null): Promise<Record<string, unknown>> } } };

const ext = useExtension();

async function openOptions(): Promise<Page> {
  const page = await ext.browser.context.newPage();
  await page.goto(`chrome-extension://${ext.browser.extensionId}/options.html`);
  await page.getByRole('tab', { name: 'Phrase packs' }).waitFor();
  return page;
}
/** The visible part only: a full-page shot of 176 phrases is too tall to look at. */
async function viewShot(page: Page, name: string) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png` });
}
const storedPacks = (page: Page) => page.evaluate(() => chrome.storage.local.get(null));

describe('a team lead edits a phrase in the options page', () => {
  it('and the side panel on the fixture ticket offers the edited phrase at once', async () => {
    const ticket = await ext.browser.context.newPage();
    await ticket.goto(`${ext.server.origin}/zendesk/agent/tickets/4821`);
    await waitForEditor(ticket);
    const panel = await openPanelFor(ext.browser, ticket);
    const empathize = panel.getByRole('region', { name: /Thể hiện sự cảm kích|Empathize/ });
    const first = empathize.locator('button.phrase').first();
    await first.waitFor();
    const phraseId = (await first.getAttribute('data-phrase-id'))!;
    const original = (await first.locator('.phrase-text').textContent())!.trim();

    const options = await openOptions();
    await options.locator('[data-pack-key="builtin:builtin-vi"]').click();
    await options.getByRole('searchbox').fill(phraseId);
    const row = options.locator(`[data-phrase-id="${phraseId}"]`);
    await row.getByRole('button', { name: /^Copy to my pack: “.*”$/ }).click();

    const editor = options.getByRole('region', { name: 'Edit phrase' });
    await expect.poll(() => options.locator('#pack-view-title').textContent()).toBe('My phrases (Vietnamese)');
    const edited = 'Dạ, em rất hiểu cảm giác của {{honorific}} lúc này và thành thật xin lỗi {{honorific}} ạ.';
    await editor.getByLabel('Text').fill(edited);
    await expect.poll(() => editor.getByTestId('phrase-preview').textContent()).toBe(
      'Dạ, em rất hiểu cảm giác của quý khách lúc này và thành thật xin lỗi quý khách ạ.',
    );
    await options.getByRole('searchbox').fill('');
    await viewShot(options, 'options-editor-light');
    await options.emulateMedia({ colorScheme: 'dark' });
    await viewShot(options, 'options-editor-dark');
    await options.emulateMedia({ colorScheme: 'light' });
    await editor.getByRole('button', { name: 'Save phrase' }).click();
    await expect.poll(() => editor.count()).toBe(0);

    // The panel was already open: it follows storage without a reload.
    await panel.bringToFront();
    await expect.poll(() => empathize.locator(`button.phrase[data-phrase-id="${phraseId}"] .phrase-text`).textContent()).toContain(
      'em rất hiểu cảm giác của',
    );
    expect(await empathize.locator('.phrase-text').allTextContents()).not.toContain(original);
    expect(await empathize.locator(`button.phrase[data-phrase-id="${phraseId}"]`).count()).toBe(1);
    await shot(panel, 'sidepanel-after-options-edit');
  });
});

describe('importing a broken pack file', () => {
  it('shows where it is broken and leaves every pack as it was', async () => {
    const options = await openOptions();
    const before = await storedPacks(options);
    await options.getByRole('button', { name: 'Import…' }).click();
    await options.getByLabel('Pack file').setInputFiles({ name: BROKEN_PACK.file, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(BROKEN_PACK.pack)) });
    const alert = options.getByRole('dialog').getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain(BROKEN_PACK.heading);
    expect(await alert.getByRole('listitem').allTextContents()).toEqual(BROKEN_PACK.problems);
    await viewShot(options, 'options-import-error');
    await options.emulateMedia({ colorScheme: 'dark' });
    await viewShot(options, 'options-import-error-dark');
    await options.emulateMedia({ colorScheme: 'light' });
    expect(await storedPacks(options)).toEqual(before);
    await options.keyboard.press('Escape');
    expect(await options.locator(BROKEN_PACK.listed).count()).toBe(0);
  });

  it('a new version of an existing pack shows what it changes before replacing anything', async () => {
    const options = await openOptions();
    const stored = (await storedPacks(options)).packs as { packs: { pack: { id: string; phrases: object[] } }[] };
    const mine = stored.packs.find((r) => r.pack.id.startsWith('my-phrases'))!.pack;
    const before = await storedPacks(options);
    const next = { ...mine, version: '1.1.0', phrases: [...mine.phrases, { id: 'vi-5-on-chua', step: 5, text: 'Cách này đã ổn với {{honorific}} chưa ạ?' }] };
    await options.getByRole('button', { name: 'Import…' }).click();
    await options.getByLabel('Or paste JSON or CSV').fill(JSON.stringify(next, null, 2));
    await options.getByRole('button', { name: 'Check pasted text' }).click();
    const summary = options.getByRole('list', { name: 'Summary of changes' });
    expect(await summary.getByRole('listitem').allTextContents()).toEqual(['1 added', '0 changed', '0 removed', '1 unchanged']);
    await viewShot(options, 'options-import-diff');
    expect(await storedPacks(options)).toEqual(before);
    await options.getByRole('button', { name: 'Replace my pack' }).click();
    await expect.poll(() => options.locator('#pack-view-title').textContent()).toBe('My phrases (Vietnamese)');
    await expect.poll(() => options.locator('[data-phrase-id="vi-5-on-chua"]').count()).toBe(1);
    await options.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => options.locator('[data-phrase-id="vi-5-on-chua"]').count()).toBe(0);
  });
});

describe('the options page in both colour schemes', () => {
  it('is screenshotted for review', async () => {
    const options = await openOptions();
    await options.locator('[data-pack-key="builtin:builtin-en"]').click();
    await viewShot(options, 'options-builtin-light');
    await options.emulateMedia({ colorScheme: 'dark' });
    await viewShot(options, 'options-builtin-dark');
    expect(ext.browser.pageErrors.filter((e) => e.includes('options.html'))).toEqual([]);
  });
});
