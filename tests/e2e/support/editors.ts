import type { Locator, Page } from 'playwright-core';
import { tabIdOf, type ExtensionBrowser } from './browser';

/**
 * Driving the editor fixture pages (tests/fixtures/editors/<editor>/): one real editor from npm per page,
 * whose own model the page exposes as `window.fixture` (tests/fixtures/editors/harness.ts).
 */

// Functions passed to worker.evaluate run in the extension's service worker.
declare const chrome: { tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> } };

export const EDITORS = ['ckeditor5', 'tiptap', 'quill', 'lexical', 'draftjs', 'tinymce', 'slate', 'textarea', 'contenteditable', 'shadow'] as const;
export type EditorId = (typeof EDITORS)[number];

export interface EditorModel {
  text: string;
  blocks: number;
  breaks: number;
}

/** What the content script answers to an insertPhrase request. */
export interface InsertOutcome {
  status: string;
  strategy?: string;
  reason?: string;
}

/** Opens an editor fixture (`path` may carry a query: `ckeditor5/?locked`) and waits for its editor. */
export async function openEditorPage(browser: ExtensionBrowser, origin: string, path: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${origin}/editors/${path}`);
  await page.waitForFunction(() => document.body.dataset.ready === 'true');
  return page;
}

/** The editor's own model as plain text (CKEditor's model, ProseMirror's doc, Quill's getText, …). */
export const readModel = (page: Page) => page.evaluate(() => window.fixture!.readModel()) as Promise<EditorModel>;

/** Replaces the editor's content (one paragraph per line) and clears its undo history. */
export const setContent = (page: Page, text: string) => page.evaluate((t) => window.fixture!.setContent(t), text);

/** The editable element of a fixture, for clicks and key presses. */
export const editorIn = (page: Page, editor: string): Locator =>
  editor.startsWith('tinymce') ? page.frameLocator('iframe.tox-edit-area__iframe').locator('body') : page.locator('[data-testid="editor"]');

/** Asks the content script to insert, exactly as the side panel does (a runtime message to the tab). */
export async function insertLikePanel(browser: ExtensionBrowser, page: Page, text: string, extras?: { caretBack?: number }): Promise<InsertOutcome> {
  const tabId = await tabIdOf(browser, page);
  return (await browser.worker.evaluate(
    ({ tabId, payload }) => chrome.tabs.sendMessage(tabId, { calmreply: 1, type: 'insertPhrase', payload }),
    { tabId, payload: extras ? { text, extras } : { text } },
  )) as InsertOutcome;
}

/**
 * Does what an open side panel does to the tab: asks for the draft once, after which the content script
 * follows the agent's typing for the draft coach.
 */
export async function actLikeOpenPanel(browser: ExtensionBrowser, page: Page): Promise<void> {
  const tabId = await tabIdOf(browser, page);
  await browser.worker.evaluate(
    (tabId) => chrome.tabs.sendMessage(tabId, { calmreply: 1, type: 'getDraft', payload: {} }),
    tabId,
  );
}

/**
 * The viewport point just inside the left edge of the character at `offset` of the editor's text (or just
 * after the last character), so a click there puts the caret before that character. Works through the
 * shadow root, the TinyMCE iframe, and in a textarea (measured on a mirror with the same text metrics).
 */
export async function pointAtOffset(page: Page, offset: number): Promise<{ x: number; y: number }> {
  return page.evaluate((offset) => {
    const frame = document.querySelector<HTMLIFrameElement>('iframe.tox-edit-area__iframe');
    const doc = frame?.contentDocument ?? document;
    const shift = frame ? frame.getBoundingClientRect() : { left: 0, top: 0 };
    const host = document.querySelector('[data-testid="editor-host"]');
    const root: ParentNode = host?.shadowRoot ?? doc;
    const editor = frame ? doc.body : root.querySelector<HTMLElement>('[data-testid="editor"]')!;
    const point = (rect: DOMRect, atEnd: boolean) => ({
      x: shift.left + (atEnd ? rect.right + 2 : rect.left + 1),
      y: shift.top + rect.top + rect.height / 2,
    });

    if (editor instanceof HTMLTextAreaElement) {
      const style = getComputedStyle(editor);
      const mirror = document.createElement('div');
      for (const key of ['font', 'letterSpacing', 'wordSpacing', 'lineHeight', 'padding', 'border', 'boxSizing', 'width', 'textIndent'] as const) {
        mirror.style[key] = style[key];
      }
      Object.assign(mirror.style, { position: 'fixed', visibility: 'hidden', whiteSpace: 'pre-wrap', overflowWrap: 'break-word' });
      const box = editor.getBoundingClientRect();
      mirror.style.left = `${box.left}px`;
      mirror.style.top = `${box.top - editor.scrollTop}px`;
      const atEnd = offset >= editor.value.length;
      const at = atEnd ? editor.value.length - 1 : offset;
      const mark = document.createElement('span');
      mark.textContent = editor.value.slice(at, at + 1);
      mirror.append(editor.value.slice(0, at), mark);
      document.body.append(mirror);
      const rect = mark.getBoundingClientRect();
      mirror.remove();
      return point(rect, atEnd);
    }

    const nodes: Text[] = [];
    const walker = doc.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if ((n as Text).data.replace(/[\u200b\ufeff]/g, '')) nodes.push(n as Text);
    }
    let total = 0;
    for (const node of nodes) {
      const length = node.data.length;
      const last = node === nodes[nodes.length - 1];
      if (offset < total + length || (last && offset === total + length)) {
        const atEnd = offset === total + length;
        const at = atEnd ? length - 1 : offset - total;
        const range = doc.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + 1);
        return point(range.getBoundingClientRect(), atEnd);
      }
      total += length;
    }
    throw new Error(`no character at offset ${offset}`);
  }, offset);
}

/** The centre of the word that starts at `offset`, for a double click that selects it. */
export async function pointInWord(page: Page, offset: number, length: number): Promise<{ x: number; y: number }> {
  const start = await pointAtOffset(page, offset);
  const end = await pointAtOffset(page, offset + length - 1);
  return { x: (start.x + end.x) / 2 + 2, y: start.y };
}
