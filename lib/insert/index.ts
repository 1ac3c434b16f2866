/**
 * Inserting a phrase into whatever editor the helpdesk uses, through the editor's own input handling so
 * that its model, undo stack and caret stay right. Strategies are tried in order; after each one the
 * editor is read back, and the first that verifiably put exactly one copy in wins. A strategy that
 * changed the editor in any other way stops the sequence: trying more would double the text.
 */
import { editorText, isTextControl, wait } from './dom';
import { moveCaretBack } from './caret';
import { restoreSelection, type SavedSelection } from './selection';
import { pageWorld, strategiesFor, type PageWorldInserter, type Strategy } from './strategies';
import type { InsertFailure } from './failures';
import { judge, snapshot, squash, type Snapshot } from './verify';

/**
 * A failure says `why` for the UI (in its language) and gives `reason`, the English wording with details,
 * for logs; `detail` is what the UI may add in any language (the strategies tried).
 */
export type InsertResult =
  | { status: 'inserted'; strategy: string; /** Set when the copy did not land at the saved caret. */ note?: string }
  | { status: 'failed'; why: InsertFailure; reason: string; detail?: string };
export type { InsertFailure } from './failures';

export type { SavedSelection } from './selection';
export { restoreSelection, saveSelection } from './selection';
export { editorText, editableRoot, deepActiveElement, isShown, isTextControl } from './dom';
export type { PageWorldInserter, Strategy } from './strategies';

export interface InsertOptions {
  /** Tried after every built-in strategy failed; see entrypoints/content for the page-world helper. */
  pageWorld?: PageWorldInserter;
  /** Replaces the built-in list (tests). */
  strategies?: readonly Strategy[];
  /** How long to wait for an editor that applies the text asynchronously (TinyMCE, React editors). */
  settleMs?: number;
  /** How many characters from the end of the text the caret ends up (a phrase's `{{cursor}}` mark). */
  caretBack?: number;
}

export const MESSAGES = {
  empty: 'Nothing to insert: the phrase is empty.',
  detached: 'The reply editor is no longer on the page.',
  rejected: 'The reply editor did not accept the text',
  duplicated: 'The editor inserted the phrase more than once; press Ctrl+Z to undo.',
  garbled: 'The editor changed the text unexpectedly; check the reply and press Ctrl+Z if needed.',
} as const;

/** Waits until the editor's text changes (or `limit` ms pass), then a little more for follow-up renders. */
async function settle(editor: HTMLElement, was: Snapshot, limit: number): Promise<string> {
  const read = () => squash(editorText(editor));
  await wait(0);
  let now = read();
  for (let waited = 0; now === was.full && waited < limit; waited += 16) {
    await wait(16);
    now = read();
  }
  if (now === was.full) return now;
  // Some editors revert what the browser did on their next render (CKEditor after execCommand).
  await wait(30);
  return read();
}

/** Inserts `text` at the caret (or over the selection) of `editor`. Never throws. */
export async function insertText(
  editor: HTMLElement,
  text: string,
  saved?: SavedSelection,
  options: InsertOptions = {},
): Promise<InsertResult> {
  try {
    const clean = text.replace(/\r\n?/g, '\n').normalize('NFC');
    if (!squash(clean)) return { status: 'failed', why: 'empty', reason: MESSAGES.empty };
    if (!editor.isConnected) return { status: 'failed', why: 'detached', reason: MESSAGES.detached };
    await restoreSelection(editor, saved);
    const list = [...(options.strategies ?? strategiesFor(editor)), ...(options.pageWorld ? [pageWorld(options.pageWorld)] : [])];
    const tried: string[] = [];
    for (const strategy of list) {
      if (!strategy.applies(editor)) continue;
      tried.push(strategy.name);
      const was = snapshot(editor);
      const claimed = await strategy.run(editor, clean);
      const limit = options.settleMs ?? 300;
      const verdict = judge(was, await settle(editor, was, claimed ? limit : Math.min(limit, 100)), clean);
      if (verdict === 'at-caret' || verdict === 'elsewhere') {
        if (options.caretBack) await moveCaretBack(editor, clean.slice(Math.max(0, clean.length - options.caretBack)));
        if (verdict === 'at-caret') return { status: 'inserted', strategy: strategy.name };
        return { status: 'inserted', strategy: strategy.name, note: 'The editor placed the phrase away from the saved caret.' };
      }
      if (verdict === 'duplicated') return { status: 'failed', why: 'duplicated', reason: MESSAGES.duplicated };
      if (verdict === 'garbled') return { status: 'failed', why: 'garbled', reason: MESSAGES.garbled };
      // 'unchanged' and 'selection-removed': the next strategy inserts at the (now collapsed) caret.
    }
    const kind = isTextControl(editor) ? 'text box' : 'editor';
    const detail = tried.join(', ') || '—';
    return { status: 'failed', why: 'rejected', reason: `${MESSAGES.rejected} (${kind}; tried ${tried.join(', ') || 'nothing'}).`, detail };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { status: 'failed', why: 'error', reason, detail: reason };
  }
}
