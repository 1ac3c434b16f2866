import { editorText, isTextControl, rangeInside, visibleText } from './dom';

/**
 * Before/after comparison of an editor's text. Editors render line breaks as blocks, non-breaking spaces
 * and zero-width fillers, so texts are compared without any whitespace, in NFC.
 */
export const squash = (s: string) => s.normalize('NFC').replace(/[\s\u00a0\u200b-\u200d\u2060\ufeff]+/g, '');

export function occurrences(haystack: string, needle: string): number {
  if (!needle) return 0;
  let n = 0;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + needle.length)) n++;
  return n;
}

export interface Snapshot {
  /** The whole text, squashed. */
  full: string;
  /** Text before the caret / selection start, and after the selection end, squashed. */
  before: string;
  after: string;
}

export function snapshot(editor: HTMLElement): Snapshot {
  const full = editorText(editor);
  if (isTextControl(editor)) {
    const start = editor.selectionStart ?? full.length;
    const end = editor.selectionEnd ?? start;
    return { full: squash(full), before: squash(full.slice(0, start)), after: squash(full.slice(end)) };
  }
  const range = rangeInside(editor);
  if (!range) return { full: squash(full), before: squash(full), after: '' };
  const head = editor.ownerDocument.createRange();
  head.selectNodeContents(editor);
  head.setEnd(range.startContainer, range.startOffset);
  const tail = editor.ownerDocument.createRange();
  tail.selectNodeContents(editor);
  tail.setStart(range.endContainer, range.endOffset);
  return {
    full: squash(full),
    before: squash(visibleText(head.cloneContents(), editor)),
    after: squash(visibleText(tail.cloneContents(), editor)),
  };
}

export type Verdict =
  /** Nothing changed: the strategy did not take; the next one may. */
  | 'unchanged'
  /** Only the selection was removed: the next strategy may insert at the caret. */
  | 'selection-removed'
  /** Exactly one copy, at the caret, replacing the selection. */
  | 'at-caret'
  /** Exactly one copy, everything else intact, but not where the caret was. */
  | 'elsewhere'
  | 'duplicated'
  /** Changed in some other way (partial text, mangled): stop, don't make it worse. */
  | 'garbled';

export function judge(was: Snapshot, now: string, text: string): Verdict {
  const needle = squash(text);
  if (now === was.full) return 'unchanged';
  if (now === was.before + was.after) return 'selection-removed';
  if (now === was.before + needle + was.after) return 'at-caret';
  const added = occurrences(now, needle) - occurrences(was.full, needle);
  if (added > 1) return 'duplicated';
  if (added === 1) {
    // Removing one copy must give back the old text (selection kept or replaced): nothing else changed.
    for (let i = now.indexOf(needle); i !== -1; i = now.indexOf(needle, i + 1)) {
      const rest = now.slice(0, i) + now.slice(i + needle.length);
      if (rest === was.full || rest === was.before + was.after) return 'elsewhere';
    }
  }
  return 'garbled';
}
