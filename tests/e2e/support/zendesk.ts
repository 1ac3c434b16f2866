import type { Locator, Page } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { mkdirSync } from 'node:fs';

/** Waits until the fixture's CKEditor is ready and the extension's content script has had time to read. */
export async function waitForEditor(page: AnyPage) {
  await (page as Page).waitForFunction(() => Boolean((window as unknown as { editor?: unknown }).editor));
}

/** CKEditor's own model, serialised: the source of truth for what the agent will send. */
export function editorData(page: Page): Promise<string> {
  return page.evaluate(() => (window as unknown as { editor: { getData(): string } }).editor.getData());
}

/**
 * The text in the fixture CKEditor's own model (paragraphs joined by "\n") and the model caret as an offset
 * into it: what an insert is checked against, whole, as `before + phrase + after`.
 */
export function ckeditorModel(page: AnyPage): Promise<{ text: string; caret: number }> {
  return (page as Page).evaluate(() => {
    type Item = { is(type: string, name?: string): boolean; data: string };
    type Position = { parent: unknown; offset: number };
    const { model } = (window as unknown as {
      editor: {
        model: {
          document: { getRoot(): { getChildren(): Iterable<unknown> }; selection: { getFirstPosition(): Position } };
          createRangeIn(element: unknown): { getItems(): Iterable<Item> };
          createRange(start: unknown, end: unknown): { getItems(): Iterable<Item> };
          createPositionAt(element: unknown, offset: number): unknown;
        };
      };
    }).editor;
    const root = model.document.getRoot();
    const text = (items: Iterable<Item>) => [...items].map((i) => (i.is('$textProxy') ? i.data : i.is('element', 'softBreak') ? '\n' : '')).join('');
    const blocks = [...root.getChildren()];
    const caret = model.document.selection.getFirstPosition();
    let offset = 0;
    for (const block of blocks) {
      if (block === caret.parent) {
        offset += text(model.createRange(model.createPositionAt(block, 0), caret).getItems()).length;
        break;
      }
      offset += text(model.createRangeIn(block).getItems()).length + 1;
    }
    return { text: blocks.map((block) => text(model.createRangeIn(block).getItems())).join('\n'), caret: offset };
  });
}

export const SCREENSHOTS = `${process.env.CALMREPLY_OUT ?? '.output'}/screenshots`;

/** Saves a screenshot for people to look at (README, reviews); never compared in tests. */
export async function shot(page: AnyPage, name: string, options: { fullPage?: boolean } = {}) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await (page as Page).screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: options.fullPage ?? true });
}

/** Either browser's page: what the shared helpers below need from it. */
type AnyPage = Page | PuppeteerPage;

/** The reply box of the Zendesk fixture (CKEditor 5). */
export const REPLY_EDITOR = '[data-test-id="omnicomposer-rich-text-ckeditor"]';

/** Saves a screenshot of one part of a page (a panel section), for people to look at. */
export async function shotOf(locator: Locator, name: string) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await locator.screenshot({ path: `${SCREENSHOTS}/${name}.png` });
}
