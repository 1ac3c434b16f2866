import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPanelFor } from './support/browser';
import { axeViolations, summary } from './support/axe';
import { useExtension } from './support/session';
import { waitForEditor } from './support/zendesk';

const ext = useExtension();
const SCHEMES = ['light', 'dark'] as const;

async function expectNoViolations(page: Page, where: string) {
  for (const colorScheme of SCHEMES) {
    await page.emulateMedia({ colorScheme });
    expect(summary(await axeViolations(page)), `${where}, ${colorScheme}`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

describe('axe-core finds no violations', () => {
  it('in the side panel on an angry ticket', async () => {
    const page = await ext.browser.context.newPage();
    await page.goto(`${ext.server.origin}/zendesk/agent/tickets/4821`);
    await waitForEditor(page);
    const panel = await openPanelFor(ext.browser, page);
    await panel.locator('button.phrase').first().waitFor();
    await expectNoViolations(panel, 'side panel');
  });

  it('in the search palette: suggestions, results and a phrase’s questions', async () => {
    // The palette's component and stylesheet on a page of their own: the extension shows it in a closed
    // shadow root, which axe can't enter.
    const page = await ext.browser.context.newPage();
    await page.goto(`${ext.server.origin}/palette/`);
    await page.waitForFunction(() => document.body.dataset.ready === 'true');
    await page.locator('[role="option"]').first().waitFor();
    await expectNoViolations(page, 'palette, suggestions');
    await page.keyboard.type('promise a date');
    await expect.poll(() => page.locator('[role="option"][aria-selected="true"] .title').textContent()).toBe('Promise a date');
    await expectNoViolations(page, 'palette, results');
    await page.keyboard.press('Enter');
    await page.locator('.fill-in input').waitFor();
    await expectNoViolations(page, 'palette, questions');
  });

  it('in every section of the options page', async () => {
    const options = await ext.browser.context.newPage();
    await options.goto(`chrome-extension://${ext.browser.extensionId}/options.html`);
    const tabs = options.getByRole('tablist').first().getByRole('tab');
    await tabs.first().waitFor();
    const names = await tabs.allTextContents();
    expect(names.length).toBeGreaterThanOrEqual(4);
    for (const name of names) {
      await options.getByRole('tab', { name, exact: true }).click();
      await expectNoViolations(options, `options: ${name}`);
    }
  }, 240_000);
});
