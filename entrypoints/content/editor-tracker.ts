import type { ContentScriptContext } from '#imports';
import { deepActiveElement, editableRoot, isTextControl, saveSelection, type SavedSelection } from '../../lib/insert';
import type { KeyHub } from './keys';
import { createTimers } from './timers';

/**
 * How long the agent stops typing or moving the caret before it is saved. Nothing waits for this save:
 * focus leaving the editor saves at once, and `get()` saves whatever is still pending. So it can be long,
 * and while the agent types its timer wakes once a second rather than three times.
 */
const PAUSE_MS = 1000;

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

/**
 * Remembers the editor the agent last typed in and its caret, because clicking in the side panel or
 * opening the palette moves focus away and the phrase must still land where the agent was. Follows focus
 * into open shadow roots and same-origin iframes (TinyMCE's editor is an iframe body).
 */
export function trackLastEditor(ctx: ContentScriptContext, keys: KeyHub) {
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
  // Saving a caret walks the editor's text (to keep offsets that survive re-renders): do it once the
  // agent pauses, not on every keystroke, and at once when focus leaves the editor.
  let lastActivity = 0;
  const save = timers.whenDue(() => lastActivity + PAUSE_MS, () => remember());
  const rememberSoon = () => {
    lastActivity = Date.now();
    save.poke();
  };
  const rememberNow = (event?: Event) => {
    save.cancel();
    // The element losing focus, even inside a shadow root (event.target is retargeted to its host).
    remember(event?.type === 'focusout' ? event.composedPath()[0] : undefined);
  };

  const watch = (doc: Document) => {
    if (watched.has(doc)) return;
    watched.add(doc);
    // Keys in the page itself arrive through the shared key listener; a frame's keys stay in the frame.
    if (doc === document) keys.on(rememberSoon);
    else ctx.addEventListener(doc, 'keydown', rememberSoon, { capture: true });
    ctx.addEventListener(doc, 'focusin', () => rememberNow(), { capture: true });
    // The selection is still in the editor while it loses focus: the last chance to read the caret.
    ctx.addEventListener(doc, 'focusout', rememberNow, { capture: true });
    // The caret moves by key or by pointer; the caret is read once the agent pauses, so a key's keydown
    // is as good as its keyup. No selectionchange listener: it fires once or twice more per typed
    // character in rich editors, it is not sent to the document for text controls in every browser, and
    // focusout above and the palette's own read when it opens already catch every other move.
    ctx.addEventListener(doc, 'mouseup', rememberSoon, { capture: true });
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
  ctx.addEventListener(window, 'blur', () => timers.set(() => rememberNow(), 0));
  remember();
  return {
    /** The remembered editor and caret, if the editor is still on the page. */
    get(): SavedSelection | null {
      if (save.pending) rememberNow();
      return last && last.editor.isConnected ? last : null;
    },
  };
}
