import { isTextControl, selectionFor, wait } from './dom';

/** User-perceived characters: the browser moves the caret by these, not by UTF-16 units. */
function graphemes(text: string): number {
  return [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].length;
}

/**
 * After a phrase went in with the caret at its end, moves the caret back over `tail` (the text after the
 * phrase's `{{cursor}}` mark), so the agent types there. Text boxes take the offset directly; rich editors get
 * the browser's own caret movement, which they read back into their model on `selectionchange` like an
 * arrow key, and a line break counts as one step, as it does for the arrow keys.
 */
export async function moveCaretBack(editor: HTMLElement, tail: string): Promise<void> {
  if (!tail) return;
  if (isTextControl(editor)) {
    const end = editor.selectionEnd ?? editor.value.length;
    const to = Math.max(0, end - tail.length);
    editor.setSelectionRange(to, to);
    return;
  }
  const selection = selectionFor(editor);
  if (!selection || selection.rangeCount === 0) return;
  selection.collapseToEnd();
  for (let i = graphemes(tail); i > 0; i--) selection.modify('move', 'backward', 'character');
  // Editors with a model pick the new caret up on selectionchange, a separate task.
  await wait(20);
}
