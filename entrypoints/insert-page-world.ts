import { defineUnlistedScript } from '#imports';

/**
 * The last insertion strategy: runs in the page's own world, where editor instances are visible
 * (element.ckeditorInstance, Tiptap's element.editor, window.Quill, window.tinymce), for an editor that
 * accepted no event from the content script. Injected only when every other strategy failed.
 * It answers one request at a time and inserts text only: lines become the editor's own line breaks.
 */
interface Request {
  nonce: string;
  text: string;
}

type Api = (el: Element, text: string) => boolean;
type Loose = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const apis: [string, Api][] = [
  [
    'ckeditor5',
    (el, text) => {
      const editor = (el as Loose).ckeditorInstance ?? (el.closest('.ck-editor__editable') as Loose | null)?.ckeditorInstance;
      if (!editor?.model || !editor.commands.get('insertText')) return false;
      // One model change: one undo step for the whole phrase.
      editor.model.change(() => {
        text.split('\n').forEach((line, i) => {
          if (i > 0) editor.execute('enter');
          if (line) editor.execute('insertText', { text: line });
        });
      });
      return true;
    },
  ],
  [
    'tiptap',
    (el, text) => {
      const editor = (el as Loose).editor;
      if (!editor?.chain) return false;
      const content = text.split('\n').map((line) => ({ type: 'paragraph', content: line ? [{ type: 'text', text: line }] : [] }));
      return Boolean(editor.chain().focus().insertContent(content.length === 1 ? content[0]!.content : content).run());
    },
  ],
  [
    'quill',
    (el, text) => {
      const Quill = (window as Loose).Quill;
      const container = el.closest('.ql-container');
      const quill = container && Quill?.find ? Quill.find(container) : null;
      if (!quill?.insertText) return false;
      const range = quill.getSelection(true);
      if (range.length) quill.deleteText(range.index, range.length, 'user');
      quill.insertText(range.index, text, 'user');
      return true;
    },
  ],
  [
    'tinymce',
    (el, text) => {
      const editors: Loose[] = (window as Loose).tinymce?.get?.() ?? [];
      const editor = editors.find((ed) => ed.getBody?.() === el || ed.iframeElement === el || ed.getContainer?.()?.contains(el));
      if (!editor) return false;
      // insertContent takes HTML: the text is escaped, and line breaks are the only markup added.
      editor.undoManager.transact(() => editor.insertContent(text.split('\n').map(escapeHtml).join('<br>')));
      return true;
    },
  ],
];

export default defineUnlistedScript(() => {
  const marker = '__calmreplyPageWorld';
  if ((window as Loose)[marker]) return;
  (window as Loose)[marker] = true;
  document.addEventListener(
    'calmreply:page-insert',
    (event) => {
      const target = event.composedPath()[0];
      let request: Request;
      try {
        request = JSON.parse(String((event as CustomEvent).detail)) as Request;
      } catch {
        return;
      }
      let used = '';
      for (const [name, api] of apis) {
        try {
          if (target instanceof Element && api(target, request.text)) {
            used = name;
            break;
          }
        } catch {
          // An editor API that changed shape: try the next one, never break the page.
        }
      }
      document.dispatchEvent(new CustomEvent('calmreply:page-inserted', { detail: JSON.stringify({ nonce: request.nonce, used }) }));
    },
    true,
  );
});
