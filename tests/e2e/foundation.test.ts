import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { badgeText, openPanelFor } from './support/browser';
import { useExtension } from './support/session';
import { ckeditorModel, shot, waitForEditor } from './support/zendesk';

const ext = useExtension();

describe('an angry Vietnamese ticket on the Zendesk fixture', () => {
  let page: Page;
  let panel: Page;

  beforeAll(async () => {
    page = await ext.browser.context.newPage();
    await page.goto(`${ext.server.origin}/zendesk/agent/tickets/4821`);
    await waitForEditor(page);
    panel = await openPanelFor(ext.browser, page);
  });

  it('shows the assessment with the triggering words highlighted', async () => {
    const assessment = panel.getByRole('region', { name: 'How the customer feels' });
    await expect.poll(() => assessment.getByRole('meter').getAttribute('aria-valuenow')).toMatch(/[23]/);
    await expect.poll(() => assessment.getByText('Complaint', { exact: true }).count()).toBe(1);
    const marks = await assessment.locator('blockquote mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    // The quote is the customer's latest message, not the agent's reply.
    expect(await assessment.locator('blockquote').textContent()).toContain('bóc phốt');
    await shot(panel, 'sidepanel-angry-vi');
  });

  it('sets the toolbar badge to the anger level', async () => {
    await expect.poll(() => badgeText(ext.browser, page)).toMatch(/^[23]$/);
  });

  it('inserts an empathy phrase into CKEditor exactly once, and Ctrl+Z removes it', async () => {
    await page.bringToFront();
    await page.locator('[data-test-id="omnicomposer-rich-text-ckeditor"]').click();
    await page.keyboard.type('Dạ chào chị Lan, ');
    await panel.bringToFront();
    const empathize = panel.getByRole('region', { name: /Thể hiện sự cảm kích|Empathize/ });
    const first = empathize.locator('button.phrase').first();
    const phrase = (await first.locator('.phrase-text').textContent())!.trim();
    expect(phrase.length).toBeGreaterThan(10);
    await first.click();
    await expect.poll(() => panel.getByRole('status').first().textContent()).toContain('Inserted into the reply.');

    expect((await ckeditorModel(page)).text).toBe(`Dạ chào chị Lan, ${phrase}`);
    await shot(page, 'zendesk-after-insert');

    await page.bringToFront();
    await page.locator('[data-test-id="omnicomposer-rich-text-ckeditor"]').focus();
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await ckeditorModel(page)).text).toBe('Dạ chào chị Lan, ');
  });

  it('inserts with the keyboard: Enter on a focused phrase', async () => {
    await panel.bringToFront();
    const clarify = panel.getByRole('region', { name: /Làm rõ vấn đề|Clarify/ });
    const button = clarify.locator('button.phrase').first();
    const phrase = (await button.locator('.phrase-text').textContent())!.trim();
    const before = (await ckeditorModel(page)).text;
    await button.focus();
    await panel.keyboard.press('Enter');
    // The caret is where Ctrl+Z left it: at the end of the reply.
    await expect.poll(async () => (await ckeditorModel(page)).text).toBe(before + phrase);
  });
});

describe('a calm English ticket', () => {
  it('is not flagged: no complaint, no badge', async () => {
    const page = await ext.browser.context.newPage();
    await page.goto(`${ext.server.origin}/zendesk/agent/tickets/4822`);
    await waitForEditor(page);
    const panel = await openPanelFor(ext.browser, page);
    const assessment = panel.getByRole('region', { name: 'How the customer feels' });
    await expect.poll(() => assessment.getByRole('meter').getAttribute('aria-valuenow')).toBe('0');
    expect(await assessment.getByText('No complaint detected').count()).toBe(1);
    expect(await badgeText(ext.browser, page)).toBe('');
    await shot(panel, 'sidepanel-calm-en');
  });
});

describe('SPA navigation and live updates', () => {
  it('re-reads the ticket when the route changes and when a new customer message arrives', async () => {
    const page = await ext.browser.context.newPage();
    await page.goto(`${ext.server.origin}/zendesk/agent/tickets/4822`);
    await waitForEditor(page);
    const panel = await openPanelFor(ext.browser, page);
    await expect.poll(() => panel.locator('.ticket-id').textContent()).toContain('4822');

    await page.getByRole('link', { name: /#4823/ }).click();
    await expect.poll(() => panel.locator('.ticket-id').textContent()).toContain('4823');
    await expect.poll(() => badgeText(ext.browser, page)).toMatch(/^[123]$/);

    await page.getByRole('link', { name: /#4822/ }).click();
    await expect.poll(() => badgeText(ext.browser, page)).toBe('');
    await page.evaluate(() =>
      (window as unknown as { addCustomerComment(b: string): void }).addCustomerComment(
        'Still nothing. This is useless, I want to speak to your manager NOW!!!',
      ),
    );
    await expect.poll(() => panel.locator('blockquote').textContent()).toContain('manager');
    await expect.poll(() => badgeText(ext.browser, page)).toMatch(/^[23]$/);
  });
});

describe('pages without a ticket', () => {
  it('says "No ticket found on this page" and throws nothing into the page', async () => {
    const before = ext.browser.pageErrors.length;
    const page = await ext.browser.context.newPage();
    await page.goto(`${ext.server.origin}/zendesk/agent/home`);
    const panel = await openPanelFor(ext.browser, page);
    await expect.poll(() => panel.getByRole('heading', { name: 'No ticket found on this page' }).count()).toBe(1);
    await shot(panel, 'sidepanel-no-ticket');
    expect(ext.browser.pageErrors.slice(before).filter((e) => e.includes(ext.server.origin))).toEqual([]);
  });

  it.each([
    ['missing', 'the page has no composer (a read-only ticket)'],
    ['hidden', 'the composer is hidden until the agent clicks Reply'],
  ])('with the reply box %s, says to open it first and puts the phrase on the clipboard', async (how) => {
    const page = await ext.browser.context.newPage();
    await page.goto(`${ext.server.origin}/zendesk/agent/tickets/4823`);
    await waitForEditor(page);
    await page.evaluate((how) => {
      const composer = document.querySelector<HTMLElement>('.composer')!;
      if (how === 'missing') composer.remove();
      // The way FreeScout keeps its reply block (.conv-reply-block.hidden) until Reply is clicked.
      else composer.style.display = 'none';
    }, how);
    const panel = await openPanelFor(ext.browser, page);
    await panel.bringToFront();
    const button = panel.locator('button.phrase').first();
    const phrase = (await button.locator('.phrase-text').textContent())!.trim();
    await button.click();
    const status = panel.getByRole('status').first();
    await expect.poll(() => status.textContent()).toMatch(/^Open the reply box first: no reply box is showing on the page\. .*on your clipboard/);
    // Read the clipboard back through a page the test may grant clipboard access to.
    await ext.browser.context.grantPermissions(['clipboard-read'], { origin: ext.server.origin });
    await page.bringToFront();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(phrase);
  });
});
