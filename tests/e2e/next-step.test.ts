import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { badgeText, openPanelFor } from './support/browser';
import { useExtension } from './support/session';
import { editorData, shot, waitForEditor } from './support/zendesk';

const ext = useExtension();

const openStep = (panel: Page) => panel.locator('section.step[data-open]').getAttribute('data-step');
const focusedPhraseStep = (panel: Page) =>
  panel.evaluate(() => (document.activeElement?.closest('section.step') as HTMLElement | null)?.dataset.step ?? null);

async function shots(panel: Page, name: string) {
  for (const colorScheme of ['light', 'dark'] as const) {
    await panel.emulateMedia({ colorScheme });
    await shot(panel, `next-step-${name}-${colorScheme}`, { fullPage: false });
  }
  await panel.emulateMedia({ colorScheme: 'light' });
}

describe('the side panel shows the next step', () => {
  it('opens step 2 on an angry follow-up, then follows the draft to steps 3 and 5; keys move and jump', async () => {
    const page = await ext.browser.context.newPage();
    await page.goto(`${ext.server.origin}/zendesk/agent/tickets/4821`);
    await waitForEditor(page);
    await expect.poll(() => badgeText(ext.browser, page)).toMatch(/^[123]$/);
    const panel = await openPanelFor(ext.browser, page);
    await panel.locator('button.phrase').first().waitFor();

    // The customer wrote again, angrily, after the agent's reply: the method starts again at step 2.
    await expect.poll(() => openStep(panel)).toBe('2');
    expect(await panel.locator('section.step[data-step="2"] button.phrase').count()).toBe(3);
    for (const step of ['1', '3', '4', '5']) expect(await panel.locator(`section.step[data-step="${step}"] button.phrase`).count()).toBe(1);
    await panel.locator('section.step[data-step="2"] button.phrase').first().scrollIntoViewIfNeeded();
    await shots(panel, 'before-typing');

    // Keyboard: ↓ goes to the next phrase, on into the next step; a digit opens that step at its first phrase.
    await panel.locator('section.step[data-step="2"] button.phrase').first().focus();
    await panel.keyboard.press('ArrowDown');
    await panel.keyboard.press('ArrowDown');
    await panel.keyboard.press('ArrowDown');
    expect(await focusedPhraseStep(panel)).toBe('3');
    await panel.keyboard.press('4');
    await expect.poll(() => openStep(panel)).toBe('4');
    expect(await focusedPhraseStep(panel)).toBe('4');
    await panel.keyboard.press('2');
    await expect.poll(() => openStep(panel)).toBe('2');

    // Enter inserts the step-2 phrase; the draft now covers step 2, so step 3 opens.
    const before = await editorData(page);
    await panel.keyboard.press('Enter');
    await expect.poll(() => editorData(page)).not.toBe(before);
    await expect.poll(() => openStep(panel)).toBe('3');
    await shots(panel, 'after-step-2');

    for (const step of ['3', '4']) {
      const was = await editorData(page);
      await panel.locator(`section.step[data-step="${step}"] button.phrase`).first().click();
      await expect.poll(() => editorData(page)).not.toBe(was);
    }
    await expect.poll(() => openStep(panel)).toBe('5');
    await panel.locator('section.step[data-step="5"]').scrollIntoViewIfNeeded();
    await shots(panel, 'after-steps-2-4');
  });
});
