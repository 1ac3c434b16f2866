import { isTextControl, rangeInside, selectionFor, textNodes, wait } from './dom';

/** A caret or selection captured before focus moved elsewhere (side panel, palette). */
export interface SavedSelection {
  editor: HTMLElement;
  /** The live range; editors that re-render replace its nodes, so offsets are kept as well. */
  range?: Range;
  /** Character offsets into the editor's text (text controls: selectionStart/End). */
  start?: number;
  end?: number;
}

function offsetOf(root: HTMLElement, container: Node, offset: number): number | undefined {
  let total = 0;
  for (const node of textNodes(root)) {
    if (node === container) return total + Math.min(offset, node.length);
    // A boundary given as (element, child index): count every text node before that child.
    if (container.nodeType === 1 && container.contains(node)) {
      const child = container.childNodes[offset];
      if (child && (child === node || child.contains(node) || (child.compareDocumentPosition(node) & 4) !== 0)) return total;
    }
    total += node.length;
  }
  return container.nodeType === 1 && root.contains(container) ? total : undefined;
}

/** Captures the caret of an editor so it can be restored after focus moves away. */
export function saveSelection(editor: HTMLElement): SavedSelection {
  if (isTextControl(editor)) {
    const length = editor.value.length;
    return { editor, start: editor.selectionStart ?? length, end: editor.selectionEnd ?? length };
  }
  const range = rangeInside(editor);
  if (!range) return { editor };
  const start = offsetOf(editor, range.startContainer, range.startOffset);
  const end = offsetOf(editor, range.endContainer, range.endOffset);
  return {
    editor,
    range: range.cloneRange(),
    ...(start !== undefined ? { start } : {}),
    ...(end !== undefined ? { end } : {}),
  };
}

function rangeFromOffsets(editor: HTMLElement, start: number, end: number): Range | null {
  const range = editor.ownerDocument.createRange();
  let total = 0;
  let startSet = false;
  const nodes = textNodes(editor);
  for (const node of nodes) {
    if (!startSet && start <= total + node.length) {
      range.setStart(node, start - total);
      startSet = true;
    }
    if (startSet && end <= total + node.length) {
      range.setEnd(node, end - total);
      return range;
    }
    total += node.length;
  }
  return null;
}

function caretAtEnd(editor: HTMLElement): Range {
  const range = editor.ownerDocument.createRange();
  range.selectNodeContents(editor);
  range.collapse(false);
  return range;
}

const usable = (range: Range | undefined, editor: HTMLElement): range is Range =>
  !!range && range.startContainer.isConnected && editor.contains(range.startContainer) && editor.contains(range.endContainer);

/**
 * Puts focus and the caret back where the agent left them. With no saved caret and no selection inside
 * the editor, the caret goes to the end of the editor, where a reply continues.
 */
export async function restoreSelection(editor: HTMLElement, saved: SavedSelection | undefined): Promise<void> {
  const doc = editor.ownerDocument;
  // Read before focusing: focusing an editor without a caret puts one at its start.
  const hadCaret = rangeInside(editor) !== null;
  // An editor inside an iframe (TinyMCE) needs its frame focused before the body takes focus.
  if (doc !== document) doc.defaultView?.focus();
  const active = editor.getRootNode() === doc ? doc.activeElement : (editor.getRootNode() as ShadowRoot).activeElement;
  if (active !== editor && !editor.contains(active)) editor.focus({ preventScroll: true });
  const mine = saved && saved.editor === editor ? saved : undefined;

  if (isTextControl(editor)) {
    if (mine?.start !== undefined) editor.setSelectionRange(mine.start, mine.end ?? mine.start);
    return;
  }
  let range: Range | null = null;
  if (mine) {
    range = usable(mine.range, editor) ? mine.range : null;
    if (!range && mine.start !== undefined) range = rangeFromOffsets(editor, mine.start, mine.end ?? mine.start);
  }
  if (!range && !hadCaret) range = caretAtEnd(editor);
  if (!range) return;
  const selection = selectionFor(editor);
  if (!selection) return;
  selection.removeAllRanges();
  selection.addRange(range);
  // Editors with their own model (ProseMirror, CKEditor, Lexical, Slate, Draft.js) read the DOM selection
  // on `selectionchange`, which the browser dispatches as a separate task: let it arrive first.
  await wait(20);
}
