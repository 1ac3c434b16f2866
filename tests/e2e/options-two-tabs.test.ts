import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { useExtension } from './support/session';
import { SCREENSHOTS } from './support/zendesk';

// Runs in extension pages, where `chrome` exists.
declare const chrome: {
  storage: {
    local: { get(keys: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };
    sync: { get(keys: string): Promise<Record<string, unknown>> };
  };
};

const ext = useExtension();

const TEAM_PACK = {
  id: 'team-e2e',
  name: 'Team e2e',
  lang: 'en',
  version: '1.0.0',
  updatedAt: '2026-05-01T10:00:00Z',
  phrases: [
    { id: 'team-2-a', step: 2, title: 'First', text: 'First phrase.', categories: [], tone: 'neutral', tags: [] },
    { id: 'team-2-b', step: 2, title: 'Second', text: 'Second phrase.', categories: [], tone: 'neutral', tags: [] },
  ],
};

async function openOptions(): Promise<Page> {
  const page = await ext.browser.context.newPage();
  await page.goto(`chrome-extension://${ext.browser.extensionId}/options.html`);
  await page.getByRole('tab', { name: 'Phrase packs' }).waitFor();
  return page;
}
const storedTexts = (page: Page) =>
  page.evaluate(async () => {
    const { packs } = await chrome.storage.local.get('packs');
    return (packs as { packs: { pack: { id: string; phrases: { text: string }[] } }[] }).packs
      .find((r) => r.pack.id === 'team-e2e')!
      .pack.phrases.map((p) => p.text);
  });

describe('two options pages open at once', () => {
  it('General: each page saves its own field and both stay; the other page follows', async () => {
    const [a, b] = [await openOptions(), await openOptions()];
    for (const page of [a, b]) await page.getByRole('tab', { name: 'General' }).click();
    await a.bringToFront();
    await a.getByLabel('Your name').fill('Minh');
    await a.getByRole('button', { name: 'Save', exact: true }).click();
    await a.getByText('Saved').waitFor();
    await b.bringToFront();
    // B was opened before A saved: it shows A's name without a reload, and its save keeps it.
    await expect.poll(() => b.getByLabel('Your name').inputValue()).toBe('Minh');
    await b.getByLabel('Company name').fill('Calm Co');
    await b.getByRole('button', { name: 'Save', exact: true }).click();
    await b.getByText('Saved').waitFor();
    const { settings } = await b.evaluate(() => chrome.storage.sync.get('settings'));
    expect(settings).toMatchObject({ agentName: 'Minh', companyName: 'Calm Co' });
    await a.bringToFront();
    await expect.poll(() => a.getByLabel('Company name').inputValue()).toBe('Calm Co');
    await a.close();
    await b.close();
  });

  it('a phrase editor opened before another page saved is told, and keeps its text until the agent chooses', async () => {
    const seed = await openOptions();
    await seed.evaluate(async (pack) => {
      await chrome.storage.local.set({ packs: { packs: [{ kind: 'team', createdAt: '2026-05-01T10:00:00.000Z', pack, revision: 1 }] }, packs$: { v: 2 } });
    }, TEAM_PACK);
    await seed.close();
    const [a, b] = [await openOptions(), await openOptions()];
    for (const page of [a, b]) {
      await page.bringToFront();
      await page.locator('[data-pack-key="user:team-e2e"]').click();
    }
    // B opens the first phrase, then A saves a change to it.
    await b.getByRole('button', { name: 'Edit “First”' }).click();
    await a.bringToFront();
    await a.getByRole('button', { name: 'Edit “First”' }).click();
    await a.getByRole('region', { name: 'Edit phrase' }).getByLabel('Text').fill('Saved in A.');
    await a.getByRole('button', { name: 'Save phrase' }).click();
    await expect.poll(() => storedTexts(a)).toEqual(['Saved in A.', 'Second phrase.']);

    await b.bringToFront();
    const editor = b.getByRole('region', { name: 'Edit phrase' });
    await editor.getByLabel('Text').fill('Saved in B.');
    await editor.getByRole('button', { name: 'Save phrase' }).click();
    const alert = editor.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('Changed in another tab');
    mkdirSync(SCREENSHOTS, { recursive: true });
    await b.screenshot({ path: `${SCREENSHOTS}/options-changed-in-another-tab.png` });
    // Nothing was overwritten, and B's text is still in its form.
    expect(await storedTexts(b)).toEqual(['Saved in A.', 'Second phrase.']);
    expect(await editor.getByLabel('Text').inputValue()).toBe('Saved in B.');

    await alert.getByRole('button', { name: 'Keep mine' }).click();
    await expect.poll(() => editor.count()).toBe(0);
    expect(await storedTexts(b)).toEqual(['Saved in B.', 'Second phrase.']);
    // A follows without a reload.
    await a.bringToFront();
    await expect.poll(() => a.locator('[data-phrase-id="team-2-a"]').textContent()).toContain('Saved in B.');
  });
});
