import { describe, expect, it } from 'vitest';
import { badgeText, openPanelFor } from './support/browser';
import { inPalette } from './support/palette';
import { useExtension } from './support/session';
import { editorData, shot, waitForEditor } from './support/zendesk';

const ext = useExtension();

describe('what the agent uses most comes first', () => {
  it('after inserting the same phrase three times, it leads its step in the panel and the palette’s empty list', async () => {
    const page = await ext.browser.context.newPage();
    await page.goto(`${ext.server.origin}/zendesk/agent/tickets/4821`);
    await waitForEditor(page);
    await expect.poll(() => badgeText(ext.browser, page)).toMatch(/^[123]$/);
    const panel = await openPanelFor(ext.browser, page);
    const step2 = panel.locator('section.step[data-step="2"] button.phrase');
    await step2.nth(2).waitFor();
    const ids = async () => step2.evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-phrase-id')));
    const before = await ids();
    const chosen = before[2]!;
    const text = (await step2.nth(2).locator('.phrase-text').textContent())!;

    for (let i = 1; i <= 3; i++) {
      await panel.locator(`button.phrase[data-phrase-id="${chosen}"]`).click();
      await expect.poll(async () => (await editorData(page)).split(text.slice(0, 20)).length - 1).toBe(i);
    }
    await expect.poll(async () => (await ids())[0]).toBe(chosen);
    // Step 2 is covered now and folded to its top phrase; opened, the others keep their order behind it.
    await panel.locator('section.step[data-step="2"] button.step-toggle').click();
    await expect.poll(() => ids()).toEqual([chosen, ...before.filter((id) => id !== chosen)].slice(0, 3));

    await page.bringToFront();
    await page.locator('[data-test-id="omnicomposer-rich-text-ckeditor"]').click();
    await page.keyboard.press('Alt+Shift+P');
    // The palette's shadow root is closed: read its first row through DevTools.
    const first = () =>
      inPalette(page, (root) => {
        const option = root.querySelector('[role="option"]');
        return option ? { preview: option.querySelector('.preview')?.textContent ?? null, selected: option.getAttribute('aria-selected') } : null;
      });
    await expect.poll(async () => (await first())?.preview).toBe(text);
    expect((await first())?.selected).toBe('true');
    await shot(page, 'palette-most-used', { fullPage: false });

    // The options page says so, and the phrase is not among those "not used in 30 days".
    const options = await ext.browser.context.newPage();
    await options.goto(`chrome-extension://${ext.browser.extensionId}/options.html`);
    await options.locator('[data-pack-key="builtin:builtin-vi"]').click();
    const row = options.locator(`li.phrase-row[data-phrase-id="${chosen}"]`);
    await expect.poll(() => row.locator('.used').textContent()).toMatch(/^Used 3 times, last /);
    await options.getByLabel('Not used in 30 days').check();
    await expect.poll(() => row.count()).toBe(0);
    expect(await options.locator('li.phrase-row').count()).toBeGreaterThan(0);
  });
});
