import type { Page } from 'playwright-core';
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

/** The text in CKEditor's own model, and the model caret as an offset into it. */
export function editorModel(page: AnyPage): Promise<{ text: string; caret: number }> {
  const read = () => {
    type Item = { is(type: string): boolean; data: string };
    const editor = (window as unknown as {
      editor: {
        model: {
          document: { getRoot(): unknown; selection: { getFirstPosition(): unknown } };
          createRangeIn(root: unknown): { getItems(): Iterable<Item> };
          createPositionAt(root: unknown, offset: number): unknown;
          createRange(start: unknown, end: unknown): { getItems(): Iterable<Item> };
        };
      };
    }).editor;
    const { model } = editor;
    const root = model.document.getRoot();
    const text = (items: Iterable<Item>) => [...items].filter((i) => i.is('$textProxy')).map((i) => i.data).join('');
    const before = text(model.createRange(model.createPositionAt(root, 0), model.document.selection.getFirstPosition()).getItems());
    return { text: text(model.createRangeIn(root).getItems()), caret: before.length };
  };
  return (page as PuppeteerPage).evaluate(read);
}
