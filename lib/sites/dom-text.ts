import { MAX_CHARS, threadReader } from '../detect/thread';
import type { TicketMessage } from './types';

/**
/**
 * How much of one element's text is read: twice the detector's window, so that after whitespace is tidied a
 * longer text still shows as longer than the window (and is cut and marked, lib/messaging/fit.ts). A 5 MB
 * message then costs the page a 512 K read, not a copy of all of it.
 */
export const READ_LIMIT = 2 * MAX_CHARS;

/**
 * Text of an element as a reader sees it: block elements and <br> become line breaks; hidden parts, scripts
 * and styles are left out; a same-origin iframe (a helpdesk showing an HTML e-mail) is read through.
 * Walks the DOM rather than reading innerText, which forces a layout of the helpdesk page on every read.
 * `skip` leaves out elements the caller knows are not part of the text (a message's header lines). Reads at
 * most `limit` characters.
 */
export function readableText(element: Element | null | undefined, skip?: (el: Element) => boolean, limit = READ_LIMIT): string {
  if (!element) return '';
  return tidyText(blockAwareText(element, skip, 0, limit));
}

/** Line-break and space clean-up shared by every text the readers return. */
export function tidyText(text: string): string {
  return text
    .replace(INVISIBLE, '')
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n[ \t]+/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Zero-width characters and soft hyphens: invisible on the page, so not part of what the customer wrote. */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

// <br> is handled on its own (one line break), not as a block that ends with one.
const BLOCKS = new Set(['P', 'DIV', 'LI', 'BLOCKQUOTE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TR', 'PRE', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'UL', 'OL', 'TABLE', 'DD', 'DT']);
const NEVER_TEXT = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'svg', 'SVG', 'BUTTON', 'SELECT']);

/** Hidden by the page itself: the attribute, aria-hidden, or an inline display:none (no style computation). */
export function hiddenByMarkup(el: Element): boolean {
  return (
    el.hasAttribute('hidden') ||
    el.getAttribute('aria-hidden') === 'true' ||
    /display\s*:\s*none|visibility\s*:\s*hidden/i.test(el.getAttribute('style') ?? '')
  );
}

function blockAwareText(root: Node, skip?: (el: Element) => boolean, depth = 0, limit = READ_LIMIT): string {
  let out = '';
  // Sibling pointers rather than childNodes: a NodeList per element is garbage the page's GC collects.
  const walk = (node: Node) => {
    if (out.length >= limit) return;
    // substringData copies only what is still wanted: nodeValue would copy a 5 MB text node whole.
    if (node.nodeType === 3) out += (node as Text).substringData(0, limit - out.length).replace(/\r/g, '').replace(/[\t ]+/g, ' ');
    else if (node.nodeType === 1) {
      const el = node as Element;
      const tag = el.tagName;
      if (node !== root && (NEVER_TEXT.has(tag) || hiddenByMarkup(el) || skip?.(el))) return;
      if (tag === 'BR') out += '\n';
      if (tag === 'IFRAME') out += `\n${frameText(el as HTMLIFrameElement, depth)}\n`;
      for (let child = node.firstChild; child && out.length < limit; child = child.nextSibling) walk(child);
      if (BLOCKS.has(tag)) out += '\n';
    }
  };
  walk(root);
  return out;
}

/** The body of a same-origin iframe (HTML e-mail); nothing from a cross-origin or nested-too-deep one. */
function frameText(frame: HTMLIFrameElement, depth: number): string {
  if (depth > 2) return '';
  try {
    const body = frame.contentDocument?.body;
    if (!body || body.isContentEditable) return '';
    return blockAwareText(body, undefined, depth + 1);
  } catch {
    return '';
  }
}

/** Avatars put initials or a picture in the name field; they are not part of the name. */
const AVATAR = '[class*="avatar" i],[class*="initials" i],img,svg';

/** The text of a name or subject field, or the value of an input. */
export function fieldText(el: Element | null): string {
  if (!el) return '';
  if (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA') return String((el as HTMLInputElement).value ?? '').trim();
  return readableText(el, (child) => child.matches(AVATAR)).replace(/\s+/g, ' ');
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
