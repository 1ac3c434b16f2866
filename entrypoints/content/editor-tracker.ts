import type { ContentScriptContext } from '#imports';
import { deepActiveElement, editableRoot, isTextControl, saveSelection, type SavedSelection } from '../../lib/insert';
import { createTimers } from './timers';

/** CalmReply's own UI (palette, toasts) lives in shadow roots hosted by elements named calmreply-*. */
function isOwnUi(el: Element): boolean {
  for (let node: Node | null = el; node; ) {
    if (node.nodeType === 1 && (node as Element).tagName.startsWith('CALMREPLY-')) return true;
    if (node.nodeType === 1 && (node as Element).hasAttribute('data-calmreply-ui')) return true;
    const parent: Node | null = node.parentNode;
    node = parent && parent.nodeType === 11 ? (parent as ShadowRoot).host : parent;
  }
  return false;
}

/** Reply boxes only: single-line inputs are search boxes and subject fields, never where a phrase goes. */
function replyBoxOf(el: Element | null): HTMLElement | null {
  const root = editableRoot(el);
  if (!root || isOwnUi(root)) return null;
  if (isTextControl(root) && root.tagName === 'INPUT') return null;
  return root;
}

/** Whether the page's focus (through shadow roots and same-origin frames) is still inside `editor`. */
function holdsFocus(editor: HTMLElement): boolean {
  const active = deepActiveElement(document);
  return !!active && (active === editor || editor.contains(active));
}

/**
 * Knows the reply editor the agent was last in, and where to insert in it.
 *
 * The caret is never read while a key is being handled: a keydown arrives before the key moves the caret
 * or adds its character, so a caret read then is one keystroke behind. It is read at two moments only:
 * - when a phrase goes in, from the editor itself if the page's focus is still there (the side panel takes
 *   focus in another document, so the page's selection and focus are exactly where the agent left them);
 * - when focus leaves the editor inside the page (the palette, another field, a TinyMCE frame losing
 *   focus): the selection is still in the editor during focusout, the last moment it can be read. After
 *   that the editor no longer holds the agent's caret, so that saved one is where the phrase goes.
 * Follows focus into open shadow roots and same-origin iframes (TinyMCE's editor is an iframe body).
 */
export function trackLastEditor(ctx: ContentScriptContext) {
  let last: SavedSelection | null = null;
  const watched = new WeakSet<Document>();
  const timers = createTimers(ctx);

  const remember = (target?: EventTarget | null) => {
    try {
      const editor = replyBoxOf(target instanceof Element ? target : deepActiveElement(document));
      if (editor) last = saveSelection(editor);
      watchFrame();
    } catch {
      // A frame that navigated away mid-read: keep the previous caret.
    }
  };

  const watch = (doc: Document) => {
    if (watched.has(doc)) return;
    watched.add(doc);
    ctx.addEventListener(doc, 'focusin', (event: FocusEvent) => event.isTrusted && remember(), { capture: true });
    // The element losing focus, even inside a shadow root (event.target is retargeted to its host).
    ctx.addEventListener(doc, 'focusout', (event: FocusEvent) => event.isTrusted && remember(event.composedPath()[0]), { capture: true });
  };

  // Focus inside a same-origin iframe shows up here only as focus on the <iframe>: listen inside it too.
  const watchFrame = () => {
    const active = document.activeElement;
    if (active?.tagName !== 'IFRAME') return;
    try {
      const doc = (active as HTMLIFrameElement).contentDocument;
      if (doc) watch(doc);
    } catch {
      // Cross-origin frame: not ours to read.
    }
  };

  watch(document);
  // Focus moving into a child frame blurs this window; activeElement is the <iframe> right after.
  ctx.addEventListener(window, 'blur', (event: FocusEvent) => event.isTrusted && timers.set(() => remember(), 0));
  remember();

  const editor = (): HTMLElement | null => (last?.editor.isConnected ? last.editor : null);
  return {
    /** The editor the agent was last in, if it is still on the page. Reads no caret: cheap, safe in a key handler. */
    editor,
    /** Where a phrase goes now: the editor's live caret while it has the page's focus, else the one it had when focus left. */
    caret(): SavedSelection | null {
      const current = editor();
      if (!current) return null;
      if (holdsFocus(current)) last = saveSelection(current);
      return last;
    },
  };
}

export type EditorTracker = ReturnType<typeof trackLastEditor>;
