import { isTextControl, type TextControl } from './dom';

export interface Strategy {
  name: string;
  applies(editor: HTMLElement): boolean;
  /**
   * Hands the text to the editor; the caller then waits for the editor to settle and verifies.
   * Returns true when the editor visibly claimed the input (preventDefault), so waiting longer pays off.
   */
  run(editor: HTMLElement, text: string): boolean | Promise<boolean>;
}

/** A page-world helper the content script may provide: true when it handed the text to the editor. */
export type PageWorldInserter = (editor: HTMLElement, text: string) => Promise<boolean>;

const richOnly = (editor: HTMLElement) => !isTextControl(editor);

function transfer(text: string): DataTransfer {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  return data;
}

export const paste: Strategy = {
  // Rich editors (CKEditor 5, ProseMirror/Tiptap, Quill, Lexical, Draft.js, Slate, TinyMCE) run their own
  // paste pipeline on a synthetic paste event: the text goes through their model and undo stack, and
  // newlines become paragraphs or line breaks the way each editor wants them.
  name: 'paste',
  applies: richOnly,
  run(editor, text) {
    return !editor.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: transfer(text), bubbles: true, cancelable: true, composed: true }),
    );
  },
};

export const beforeInput: Strategy = {
  // Editors built on beforeinput (CKEditor 5's typing, Slate) take an insertFromPaste/insertText intent
  // even when a page filters paste events; a plain contenteditable ignores a synthetic one (no default).
  name: 'beforeinput',
  applies: richOnly,
  run(editor, text) {
    const multiLine = text.includes('\n');
    return !editor.dispatchEvent(
      new InputEvent('beforeinput', {
        inputType: multiLine ? 'insertFromPaste' : 'insertText',
        ...(multiLine ? { dataTransfer: transfer(text) } : { data: text }),
        bubbles: true,
        cancelable: true,
        composed: true,
      }),
    );
  },
};

export const execCommand: Strategy = {
  // The browser's own editing: works in text controls and plain contenteditables and keeps the native
  // undo stack. In a contenteditable Chromium turns each "\n" into a new paragraph.
  name: 'execCommand',
  applies: () => true,
  run(editor, text) {
    return editor.ownerDocument.execCommand('insertText', false, text);
  },
};

export const setRangeText: Strategy = {
  // Last resort for text controls where execCommand is disabled: no native undo, but frameworks
  // (React's value tracker) still see the input event and update their state.
  name: 'setRangeText',
  applies: isTextControl,
  run(editor, text) {
    const control = editor as TextControl;
    const start = control.selectionStart ?? control.value.length;
    const end = control.selectionEnd ?? start;
    control.setRangeText(text, start, end, 'end');
    control.dispatchEvent(new InputEvent('input', { inputType: 'insertText', data: text, bubbles: true }));
    return true;
  },
};

export function pageWorld(inserter: PageWorldInserter): Strategy {
  return {
    // Only for editors that accept no event from the isolated world: their API lives on page objects
    // (element.ckeditorInstance, window.tinymce, …) that only the page's own world can see.
    name: 'page-world',
    applies: richOnly,
    run: (editor, text) => inserter(editor, text),
  };
}

const defaultStrategies: readonly Strategy[] = [paste, beforeInput, execCommand, setRangeText];

/**
 * The built-in strategies in the order that suits `editor`. Slate copies the DOM selection into its model
 * up to 100 ms late (a throttled selectionchange handler) and catches up only when a beforeinput arrives:
 * a paste right after the agent moved the caret would land at the old caret, so Slate gets beforeinput first.
 */
export function strategiesFor(editor: HTMLElement): readonly Strategy[] {
  if (editor.hasAttribute('data-slate-editor')) return [beforeInput, paste, execCommand, setRangeText];
  // CKEditor 4 (Request Tracker): its paste handling (and its own insertText) puts a one-line phrase in a
  // paragraph of its own and drops the space before the caret; the browser's insertText keeps it inline,
  // and CKEditor 4 records it for undo.
  if (editor.classList.contains('cke_editable')) return [execCommand, paste, setRangeText];
  return defaultStrategies;
}
