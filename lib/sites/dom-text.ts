import { MAX_CHARS, threadReader } from '../detect/thread';
import type { TicketMessage } from './types';

/**
 * How much of one element's text is read: twice the detector's window, so that after whitespace is tidied a
 * longer text still shows as longer than the window (and is cut and marked, lib/messaging/fit.ts). A 5 MB
 * message then costs the page a 512 K read, not a copy of all of it.
 */
export const READ_LIMIT = 2 * MAX_CHARS;

/**
 * Text of an element as a reader sees it: block elements and <br> become line breaks. Walks the DOM
 * rather than reading innerText, which forces a layout of the helpdesk page on every read. Reads at most
 * `limit` characters.
 */
export function readableText(element: Element | null | undefined, limit = READ_LIMIT): string {
  if (!element) return '';
  return blockAwareText(element, limit).replace(/\u00a0/g, ' ').replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
}

// <br> is handled on its own (one line break), not as a block that ends with one.
const BLOCKS = new Set(['P', 'DIV', 'LI', 'BLOCKQUOTE', 'H1', 'H2', 'H3', 'H4', 'TR', 'PRE']);

function blockAwareText(root: Node, limit: number): string {
  let out = '';
  // Sibling pointers rather than childNodes: a NodeList per element is garbage the page's GC collects.
  const walk = (node: Node) => {
    if (out.length >= limit) return;
    // substringData copies only what is still wanted: nodeValue would copy a 5 MB text node whole.
    if (node.nodeType === 3) out += (node as Text).substringData(0, limit - out.length);
    else if (node.nodeType === 1) {
      const tag = (node as Element).tagName;
      if (tag === 'SCRIPT' || tag === 'STYLE') return;
      if (tag === 'BR') out += '\n';
      for (let child = node.firstChild; child && out.length < limit; child = child.nextSibling) walk(child);
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

/** All elements matching the first selector that matches any, as the live-free list the DOM returns. */
export function queryAllFirst(root: ParentNode, selectors: readonly string[]): ArrayLike<Element> {
  for (const selector of selectors) {
    const found = root.querySelectorAll(selector);
    if (found.length > 0) return found;
  }
  return [];
}

/**
 * A snapshot holds at most the latest messages: the detector weighs the latest customer message and up to
 * three before it (lib/detect/thread.ts) and the panel shows the subject and that latest message. At most
 * 20 items are looked at, which leaves room for agents' replies and internal notes in between.
 */
export const MAX_MESSAGES = 20;

/**
 * Reads a conversation's latest messages, newest first, and stops as soon as it has those the detector
 * reads (or after MAX_MESSAGES items): on a long, busy thread every read looks at a handful of items rather
 * than at all of them. `read` turns an item into a message, or null to skip it. Oldest first.
 */
export function readLatest<T>(items: ArrayLike<T>, read: (item: T) => TicketMessage | null): TicketMessage[] {
  const messages: TicketMessage[] = [];
  const reader = threadReader();
  const stop = Math.max(0, items.length - MAX_MESSAGES);
  for (let i = items.length - 1; i >= stop && !reader.done(); i--) {
    const message = read(items[i]!);
    if (!message) continue;
    messages.push(message);
    reader.reads(message);
  }
  return messages.reverse();
}
