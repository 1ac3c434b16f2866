/**
 * DOM helpers for insertion that work across realms: an editor inside a same-origin iframe (TinyMCE) has
 * its own HTMLElement, Range and Selection constructors, so nothing here relies on `instanceof`.
 */

export type TextControl = HTMLTextAreaElement | HTMLInputElement;

const TEXT_INPUT_TYPES = new Set(['', 'text', 'search', 'email', 'url']);

export const isElement = (node: unknown): node is Element =>
  typeof node === 'object' && node !== null && (node as Node).nodeType === 1;

export function isTextControl(el: Element | null | undefined): el is TextControl {
  if (!el) return false;
  if (el.tagName === 'TEXTAREA') return true;
  return el.tagName === 'INPUT' && TEXT_INPUT_TYPES.has(((el as HTMLInputElement).type ?? '').toLowerCase());
}

export const isContentEditable = (el: Element | null | undefined): el is HTMLElement =>
  isElement(el) && (el as HTMLElement).isContentEditable === true;

/** The editable root that holds `el`: focus and selection land on inner nodes of a contenteditable. */
export function editableRoot(el: Element | null | undefined): HTMLElement | null {
  if (!el) return null;
  if (isTextControl(el)) return el;
  // jsdom has no isContentEditable; fall back to the attribute so DOM tests see the same roots.
  const editable = (node: Element | null): node is HTMLElement =>
    !!node && (isContentEditable(node) || node.closest?.('[contenteditable=""],[contenteditable="true"],[contenteditable="plaintext-only"]') !== null);
  if (!editable(el)) return null;
  let root = el as HTMLElement;
  while (root.parentElement && editable(root.parentElement)) root = root.parentElement;
  return root;
}

/**
 * Whether the agent can see the editor: rendered (not display:none, not inside a collapsed block such as a
 * reply box that opens only when the agent clicks Reply) and, for an editor in a frame, its frame too.
 * Where the browser can't tell (no checkVisibility), the editor counts as shown.
 */
export function isShown(editor: Element): boolean {
  for (let el: Element | null = editor; el; el = el.ownerDocument.defaultView?.frameElement ?? null) {
    if (typeof el.checkVisibility === 'function' && !el.checkVisibility({ visibilityProperty: true })) return false;
  }
  return true;
}

/** The element that really has focus: through open shadow roots and same-origin iframes. */
export function deepActiveElement(doc: Document): Element | null {
  let active: Element | null = doc.activeElement;
  for (let depth = 0; active && depth < 20; depth++) {
    const inner = (active as HTMLElement).shadowRoot?.activeElement;
    if (inner) {
      active = inner;
      continue;
    }
    if (active.tagName === 'IFRAME' || active.tagName === 'FRAME') {
      const frameDoc = frameDocument(active);
      if (frameDoc?.activeElement && frameDoc.activeElement !== frameDoc.documentElement) {
        active = frameDoc.activeElement;
        continue;
      }
    }
    break;
  }
  return active;
}

/** The document of a same-origin frame; null for cross-origin frames (reading them throws). */
export function frameDocument(frame: Element): Document | null {
  try {
    return (frame as HTMLIFrameElement).contentDocument ?? null;
  } catch {
    return null;
  }
}

/** The selection that covers `editor`: an open shadow root has its own in Chromium. */
export function selectionFor(editor: Element): Selection | null {
  const root = editor.getRootNode() as Document | (ShadowRoot & { getSelection?: () => Selection | null });
  if (root.nodeType === 11 && typeof (root as { getSelection?: unknown }).getSelection === 'function') {
    return (root as { getSelection: () => Selection | null }).getSelection();
  }
  return editor.ownerDocument.getSelection();
}

/** Nodes whose text is not part of what the agent wrote: placeholders, widgets, zero-width fillers. */
function ignored(el: Element, root: Element): boolean {
  if (el === root) return false;
  const tag = el.tagName;
  if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'TEMPLATE') return true;
  if (el.getAttribute('contenteditable') === 'false') return true;
  return el.hasAttribute('data-slate-placeholder') || el.hasAttribute('data-placeholder-text');
}

/** Text of a subtree (or a cloned fragment of it) without placeholders and non-editable islands. */
export function visibleText(node: Node, root: Element = node as Element): string {
  let out = '';
  const walk = (n: Node) => {
    if (n.nodeType === 3) out += n.nodeValue ?? '';
    else if (n.nodeType === 1) {
      if (ignored(n as Element, root)) return;
      if ((n as Element).tagName === 'BR') out += '\n';
      n.childNodes.forEach(walk);
    } else if (n.nodeType === 11) n.childNodes.forEach(walk);
  };
  walk(node);
  return out;
}

/** What the editor holds, as plain text. */
export function editorText(editor: HTMLElement): string {
  return isTextControl(editor) ? editor.value : visibleText(editor, editor);
}

/** Text nodes of the editor in order, skipping ignored subtrees: used to map caret offsets. */
export function textNodes(root: Element): Text[] {
  const nodes: Text[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === 3) nodes.push(n as Text);
    else if (n.nodeType === 1 && !ignored(n as Element, root)) n.childNodes.forEach(walk);
  };
  walk(root);
  return nodes;
}

/** The range of the current selection when it lies inside `editor`. */
export function rangeInside(editor: HTMLElement): Range | null {
  const selection = selectionFor(editor);
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  return editor.contains(range.startContainer) && editor.contains(range.endContainer) ? range : null;
}

export const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
