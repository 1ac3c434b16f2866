import { isTextControl } from './dom';

/**
 * The reply draft as plain text, with a way back from text offsets to the editor's DOM, so the draft coach
 * can point at words and the panel can replace exactly those words through the editor's own input handling.
 */

const BLOCK = /^(P|DIV|LI|H[1-6]|BLOCKQUOTE|PRE|TR|UL|OL|TABLE|SECTION|ARTICLE)$/;
/** Caret fillers some editors keep in empty or fresh lines (CKEditor 5, Lexical); not part of the draft. */
const REAL_RUN = /[^\u200b\u2060\ufeff]+/g;

/** A run of draft characters that sits in one text node. */
interface Segment {
  /** Offset of the run's first character in the draft text. */
  start: number;
  length: number;
  node: Text;
  /** Where the run starts inside the node (fillers before it are skipped). */
  nodeOffset: number;
}

export interface DraftText {
  text: string;
  /** The DOM position of a text offset, or null when the text has no such offset. */
  locate(offset: number): { node: Node; offset: number } | null;
}


export function readDraft(editor: HTMLElement, maxChars = 200_000): DraftText {
  if (isTextControl(editor)) {
    const text = editor.value.slice(0, maxChars);
    return { text, locate: (offset) => (offset <= text.length ? { node: editor, offset } : null) };
  }
  let text = '';
  const segments: Segment[] = [];
  const newline = () => {
    if (text && !text.endsWith('\n')) text += '\n';
  };
  const walk = (node: Node) => {
    if (text.length >= maxChars) return;
    if (node.nodeType === Node.TEXT_NODE) {
      for (const run of (node as Text).data.matchAll(REAL_RUN)) {
        segments.push({ start: text.length, length: run[0].length, node: node as Text, nodeOffset: run.index });
        text += run[0].replace(/\u00a0/g, ' ');
      }
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const el = node as Element;
    if (el.getAttribute('contenteditable') === 'false' || el.tagName === 'STYLE' || el.tagName === 'SCRIPT') return;
    if (el.tagName === 'BR') {
      // A lone <br> that only holds an empty line open (CKEditor's data-cke-filler) is not a line break.
      if (!el.hasAttribute('data-cke-filler')) text += '\n';
      return;
    }
    const block = BLOCK.test(el.tagName);
    if (block) newline();
    node.childNodes.forEach(walk);
    if (block) newline();
  };
  editor.childNodes.forEach(walk);
  text = text.replace(/\n+$/, '');
  return { text, locate: (offset) => locateIn(segments, offset) };
}

function locateIn(segments: Segment[], offset: number): { node: Node; offset: number } | null {
  // The last run starting at or before the offset holds it, or ends just before it (a line break).
  let found: Segment | undefined;
  for (const segment of segments) {
    if (segment.start <= offset) found = segment;
    else break;
  }
  if (!found) return segments[0] ? { node: segments[0].node, offset: segments[0].nodeOffset } : null;
  return { node: found.node, offset: found.nodeOffset + Math.min(offset - found.start, found.length) };
}

/**
 * Selects draft.slice(start, end) in the editor (a collapsed caret when start === end). Returns false when
 * the editor's text no longer matches `expected` there: the agent kept typing, so nothing is touched.
 */
export function selectDraftRange(editor: HTMLElement, start: number, end: number, expected: string): boolean {
  const draft = readDraft(editor);
  if (draft.text.slice(start, end) !== expected) return false;
  if (isTextControl(editor)) {
    editor.focus();
    editor.setSelectionRange(start, end);
    return true;
  }
  const from = draft.locate(start);
  const to = draft.locate(end);
  if (!from || !to) return false;
  editor.focus();
  const selection = editor.ownerDocument.getSelection();
  if (!selection) return false;
  selection.setBaseAndExtent(from.node, from.offset, to.node, to.offset);
  return true;
}
