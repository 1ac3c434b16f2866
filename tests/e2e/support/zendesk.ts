import type { Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';

/** Waits until the fixture's CKEditor is ready and the extension's content script has had time to read. */
export async function waitForEditor(page: Page) {
  await page.waitForFunction(() => Boolean((window as unknown as { editor?: unknown }).editor));
}

/** CKEditor's own model, serialised: the source of truth for what the agent will send. */
export function editorData(page: Page): Promise<string> {
  return page.evaluate(() => (window as unknown as { editor: { getData(): string } }).editor.getData());
}

export const SCREENSHOTS = `${process.env.CALMREPLY_OUT ?? '.output'}/screenshots`;

/** Saves a screenshot for people to look at (README, reviews); never compared in tests. */
export async function shot(page: Page, name: string, options: { fullPage?: boolean } = {}) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: options.fullPage ?? true });
}
