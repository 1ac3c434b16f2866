/** Text of an element as a reader sees it: block elements and <br> become line breaks. */
export function readableText(element: Element | null | undefined): string {
  if (!element) return '';
  // innerText respects layout (hidden nodes, line breaks) but is empty in non-rendering documents (jsdom).
  const html = element as HTMLElement;
  const laidOut = typeof html.innerText === 'string' && html.isConnected ? html.innerText : '';
  const text = laidOut.trim() ? laidOut : blockAwareText(element);
  return text.replace(/\u00a0/g, ' ').replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
}

// <br> is handled on its own (one line break), not as a block that ends with one.
const BLOCKS = new Set(['P', 'DIV', 'LI', 'BLOCKQUOTE', 'H1', 'H2', 'H3', 'H4', 'TR', 'PRE']);

function blockAwareText(root: Node): string {
  let out = '';
  const walk = (node: Node) => {
    if (node.nodeType === 3) out += node.nodeValue ?? '';
    else if (node.nodeType === 1) {
      const tag = (node as Element).tagName;
      if (tag === 'SCRIPT' || tag === 'STYLE') return;
      if (tag === 'BR') out += '\n';
      node.childNodes.forEach(walk);
      if (BLOCKS.has(tag)) out += '\n';
    }
  };
  walk(root);
  return out;
}

/** First element matching any selector, in order: selectors are listed newest layout first. */
export function queryFirst<T extends Element = HTMLElement>(root: ParentNode, selectors: readonly string[]): T | null {
  for (const selector of selectors) {
    const found = root.querySelector<T & Element>(selector);
    if (found) return found as T;
  }
  return null;
}

export function queryAllFirst(root: ParentNode, selectors: readonly string[]): Element[] {
  for (const selector of selectors) {
    const found = root.querySelectorAll(selector);
    if (found.length > 0) return [...found];
  }
  return [];
}
