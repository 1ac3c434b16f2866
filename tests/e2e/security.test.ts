import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPanelFor } from './support/browser';
import { useExtension } from './support/session';
import { fillSearch, inPalette, paletteShown, paletteView } from './support/palette';
import { ckeditorModel, waitForEditor } from './support/zendesk';

// Customer text and pack text are data. Wherever CalmReply shows them (side panel, palette, options)
// they must appear as the characters typed: no element created from them, no script run, no link made.

const HOSTILE_PACK = {
  id: 'hostile-pack',
  name: '<img src=x onerror="window.__pwned=\'pack name\'">Night shift',
  lang: 'en',
  version: '1.0.0',
  updatedAt: '2026-11-01T00:00:00Z',
  phrases: [
    {
      id: 'hostile-1',
      step: 2,
      title: '<b onmouseover="window.__pwned=\'title\'">Sorry</b>',
      text: 'So sorry <img src=x onerror="window.__pwned=\'text\'"> <a href="javascript:window.__pwned=\'link\'">here</a> <script>window.__pwned="script"</script> \u202Eevil\u202C ok',
      // Every category, so it ranks first among the panel's suggestions for this ticket.
      categories: ['quality', 'delivery', 'return-cancel', 'wrong-info', 'past-experience', 'conflict', 'abuse', 'policy', 'manager', 'billing'],
      tone: 'warm',
      tags: ['<svg onload=alert(1)>'],
      shortcut: 'hostile-sorry',
    },
  ],
};

const ext = useExtension();

/** Elements that markup in the text would have created, and whether any script it carried ran. */
async function injected(page: Page, scope: string) {
  return page.evaluate((selector) => {
    const roots: ParentNode[] = [document];
    document.querySelectorAll('*').forEach((el) => el.shadowRoot && roots.push(el.shadowRoot));
    let count = 0;
    for (const root of roots) {
      for (const el of root.querySelectorAll(selector)) {
        if (el.matches('img[src="x"], script:not([src]), a[href^="javascript:"], b[onmouseover], svg[onload], [onerror], [onload]')) count++;
        el.querySelectorAll('img[src="x"], a[href^="javascript:"], [onerror], [onload], [onmouseover]').forEach(() => count++);
      }
    }
    return { count, pwned: (window as unknown as { __pwned?: string }).__pwned ?? null };
  }, scope);
}

describe('hostile text stays text', () => {
  it('in the side panel: a hostile ticket and a hostile pack', async () => {
    // Import the pack through the options page, as a team lead would.
    const options = await ext.browser.context.newPage();
    await options.goto(`chrome-extension://${ext.browser.extensionId}/options.html`);
    await options.getByRole('button', { name: 'Import…' }).click();
    await options.getByLabel('Or paste JSON or CSV').fill(JSON.stringify(HOSTILE_PACK));
    await options.getByRole('button', { name: 'Check pasted text' }).click();
    await options.getByRole('dialog').getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => options.locator('[data-phrase-id="hostile-1"]').count()).toBe(1);
    expect(await options.locator('[data-phrase-id="hostile-1"]').textContent()).toContain('<img src=x onerror=');
    expect(await injected(options, 'body')).toEqual({ count: 0, pwned: null });

    const page = await ext.browser.context.newPage();
    await page.goto(`${ext.server.origin}/zendesk/agent/tickets/4824`);
    await waitForEditor(page);
    const panel = await openPanelFor(ext.browser, page);
    const quote = panel.locator('blockquote');
    await expect.poll(() => quote.textContent()).toContain('<img src=x onerror=');
    expect(await quote.textContent()).toContain('<script>window.__pwned="script"</script>');
    expect(await quote.textContent()).toContain('invoice\u202Efdp.exe');
    expect(await panel.getByRole('heading', { level: 1 }).textContent()).toContain('<img src=x onerror=');
    // The pack's phrase is offered, as text.
    const phrase = panel.locator('[data-phrase-id="hostile-1"]');
    await expect.poll(() => phrase.count()).toBe(1);
    expect(await phrase.textContent()).toContain('<a href="javascript:');
    expect(await injected(panel, 'body')).toEqual({ count: 0, pwned: null });
    expect(await injected(page, 'body')).toEqual({ count: 0, pwned: null });

    // Inserting it puts the characters into the editor, not markup.
    await page.bringToFront();
    const before = (await ckeditorModel(page)).text;
    await page.locator('[data-test-id="omnicomposer-rich-text-ckeditor"]').click();
    await page.keyboard.press('Control+End');
    const text = (await phrase.locator('.phrase-text').textContent())!.trim();
    await phrase.click();
    await expect.poll(async () => (await ckeditorModel(page)).text).toBe(before + text);
    expect(await injected(page, '[data-test-id="omnicomposer-rich-text-ckeditor"]')).toEqual({ count: 0, pwned: null });
  });

  it('in the search palette previews', async () => {
    const page = await ext.browser.context.newPage();
    await page.goto(`${ext.server.origin}/zendesk/agent/tickets/4824`);
    await waitForEditor(page);
    await page.locator('[data-test-id="omnicomposer-rich-text-ckeditor"]').click();
    await page.keyboard.press('Alt+Shift+P');
    await expect.poll(() => paletteShown(page)).toBe(true);
    await fillSearch(page, 'hostile-sorry');
    await expect.poll(async () => (await paletteView(page))?.options[0]).toContain('<img src=x onerror=');
    // Nothing in the palette's (closed) shadow root was made from the text: no element, no handler.
    const made = await inPalette(page, (root) =>
      root.querySelectorAll('img[src="x"], script:not([src]), a[href^="javascript:"], [onerror], [onload], [onmouseover]').length,
    );
    expect(made).toBe(0);
    expect(await injected(page, 'body')).toEqual({ count: 0, pwned: null });
    await page.keyboard.press('Escape');
  });
});
