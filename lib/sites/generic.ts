import type { Author, SiteAdapter, TicketMessage, TicketSnapshot } from './types';
import { readableText, readLatest } from './dom-text';

/**
 * The adapter for any other helpdesk (custom domains, self-hosted tools). It knows no selectors: it finds
 * the conversation as the largest region of repeated message-like blocks, tells customer from agent by
 * the cues helpdesks put in class names and attributes (else by which side a message sits on), and takes
 * the reply box to be the focused editor, else the largest visible one. It reads a ticket only when the
 * page also has a reply box: lists and dashboards repeat blocks too, but nobody replies on them.
 */

const EDITABLE = '[contenteditable=""],[contenteditable="true"],[contenteditable="plaintext-only"],textarea';
/** Regions that repeat blocks but are never the conversation. */
const NOT_CONVERSATION = 'nav,header,footer,aside,form,table,thead,tbody,select,ul[role="menu"],[role="navigation"],[role="banner"],[role="toolbar"],[role="listbox"],[aria-hidden="true"],[data-calmreply-ui]';
const MAX_ELEMENTS = 6000;
const MIN_MESSAGE_CHARS = 12;

const AGENT_CUE = /\b(agent|staff|admin|operator|teammate|support|outgoing|outbound|sent|self|mine|me|reply-agent|is-agent|note|internal)\b/i;
const CUSTOMER_CUE = /\b(customer|requester|requestor|end-?user|user|client|contact|visitor|incoming|inbound|received|is-customer|lead)\b/i;

const cueText = (el: Element) =>
  [el.className, el.getAttribute('data-author-role'), el.getAttribute('data-role'), el.getAttribute('data-sender'), el.getAttribute('data-direction'), el.getAttribute('aria-label')]
    .filter((v): v is string => typeof v === 'string')
    .join(' ')
    .replace(/[_-]+/g, ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2');

function isEditableRegion(el: Element): boolean {
  return el.matches(EDITABLE) || el.querySelector(EDITABLE) !== null;
}

function visible(el: Element): boolean {
  const html = el as HTMLElement;
  if (html.hidden) return false;
  const view = el.ownerDocument.defaultView;
  const style = view?.getComputedStyle?.(el);
  return !style || (style.display !== 'none' && style.visibility !== 'hidden');
}

/** Children that look like messages: same tag, enough text, no editor inside. */
function messageChildren(parent: Element): Element[] {
  const groups = new Map<string, Element[]>();
  for (const child of parent.children) {
    if (child.matches(NOT_CONVERSATION) || isEditableRegion(child)) continue;
    if ((child.textContent ?? '').trim().length < MIN_MESSAGE_CHARS) continue;
    const key = child.tagName;
    groups.set(key, [...(groups.get(key) ?? []), child]);
  }
  let best: Element[] = [];
  for (const group of groups.values()) if (group.length > best.length) best = group;
  return best;
}

export interface Conversation {
  root: Element;
  messages: Element[];
}

/** The largest region of two or more message-like blocks, scored by how much text they hold. */
export function findConversation(document: Document): Conversation | null {
  const all = document.body?.getElementsByTagName('*');
  if (!all) return null;
  let best: Conversation | null = null;
  let bestScore = 0;
  const limit = Math.min(all.length, MAX_ELEMENTS);
  for (let i = 0; i < limit; i++) {
    const el = all[i]!;
    if (el.children.length < 2 || el.closest(NOT_CONVERSATION) || el.matches(EDITABLE)) continue;
    const messages = messageChildren(el);
    if (messages.length < 2) continue;
    const score = messages.reduce((sum, m) => sum + Math.min((m.textContent ?? '').trim().length, 4000), 0);
    // Prefer the innermost region on ties: its blocks are the messages, not wrappers of the whole thread.
    if (score > bestScore || (score === bestScore && best && best.root.contains(el))) {
      best = { root: el, messages };
      bestScore = score;
    }
  }
  return best && best.messages.filter(visible).length >= 2 ? { root: best.root, messages: best.messages.filter(visible) } : null;
}

/**
 * Customer or agent: first the words helpdesks use in classes and roles (on the message or its first
 * descendants), then layout (chat layouts put the agent's own messages on the right). When nothing
 * tells, the message counts as the customer's so a complaint is never missed.
 */
export function authorByLayout(message: Element, root: Element): Author {
  const cues = [message, ...Array.from(message.querySelectorAll('[class],[data-author-role],[data-direction]')).slice(0, 8)]
    .map(cueText)
    .join(' ');
  const agent = AGENT_CUE.test(cues);
  const customer = CUSTOMER_CUE.test(cues);
  if (agent !== customer) return agent ? 'agent' : 'customer';
  const box = message.getBoundingClientRect?.();
  const area = root.getBoundingClientRect?.();
  if (box && area && box.width > 0 && area.width > 0 && box.width < area.width * 0.85) {
    const leftGap = box.left - area.left;
    const rightGap = area.right - box.right;
    if (leftGap > rightGap * 2) return 'agent';
  }
  return 'customer';
}

function bodyOf(message: Element): Element {
  // Prefer the part that holds the prose: a body/content-like descendant, else the child block with most of
  // the text (so the sender's name and the time line stay out of the message).
  const total = (message.textContent ?? '').trim().length;
  const candidates = [
    ...message.querySelectorAll('[class*="body" i],[class*="content" i],[class*="text" i],[class*="message" i],blockquote'),
    ...Array.from(message.children).filter((c) => /^(P|DIV|SECTION|BLOCKQUOTE)$/.test(c.tagName)),
  ];
  let best: Element = message;
  let bestLength = 0;
  for (const el of candidates) {
    const length = (el.textContent ?? '').trim().length;
    if (length > bestLength && length >= total * 0.5) {
      best = el;
      bestLength = length;
    }
  }
  return best;
}

function senderOf(message: Element): string {
  const el = message.querySelector('[class*="author" i],[class*="sender" i],[class*="from" i],[class*="name" i],[itemprop="author"]');
  const text = readableText(el);
  return text.length <= 80 ? text : '';
}

const ID_IN_PATH = /\/(?:tickets?|conversations?|cases?|requests?|issues?|threads?|chats?)\/(?:[a-z]+\/)*#?([\w-]{1,64})/i;

function ticketIdOf(document: Document): string {
  const loc = document.location;
  const url = `${loc?.pathname ?? ''}${loc?.hash ?? ''}`;
  return ID_IN_PATH.exec(url)?.[1] ?? /(\d{2,})(?!.*\d{2,})/.exec(url)?.[1] ?? (url || '/');
}

function area(el: Element): number {
  const rect = el.getBoundingClientRect?.();
  return rect ? rect.width * rect.height : 0;
}

/** Every reply-box candidate: contenteditable roots and textareas, also inside same-origin iframes. */
function editorCandidates(document: Document): { editor: HTMLElement; size: number }[] {
  const out: { editor: HTMLElement; size: number }[] = [];
  for (const el of document.querySelectorAll<HTMLElement>(EDITABLE)) {
    if (el.closest('[data-calmreply-ui]')) continue;
    if (el.tagName !== 'TEXTAREA' && el.parentElement?.closest('[contenteditable=""],[contenteditable="true"]')) continue;
    if (!visible(el) || (el as HTMLTextAreaElement).disabled || (el as HTMLTextAreaElement).readOnly) continue;
    out.push({ editor: el, size: area(el) });
  }
  for (const frame of document.querySelectorAll('iframe')) {
    try {
      const body = frame.contentDocument?.body;
      if (body?.isContentEditable || body?.getAttribute('contenteditable') === 'true') out.push({ editor: body, size: area(frame) });
    } catch {
      // Cross-origin frame: not readable, not ours.
    }
  }
  return out;
}

/** The focused editor, else the largest visible contenteditable or textarea. */
export function findReplyBox(document: Document): HTMLElement | null {
  const candidates = editorCandidates(document);
  if (candidates.length === 0) return null;
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  const focused = candidates.find(({ editor }) => editor === active || editor.contains(active));
  if (focused) return focused.editor;
  return candidates.reduce((a, b) => (b.size > a.size ? b : a)).editor;
}

function readTicket(document: Document): TicketSnapshot | null {
  if (!findReplyBox(document)) return null;
  const conversation = findConversation(document);
  if (!conversation) return null;
  const messages = readLatest(conversation.messages, (message): TicketMessage | null => {
    const text = readableText(bodyOf(message));
    return text ? { author: authorByLayout(message, conversation.root), text } : null;
  });
  if (messages.length === 0) return null;
  const firstCustomer = conversation.messages.find((m) => authorByLayout(m, conversation.root) === 'customer');
  const heading = readableText(document.querySelector('main h1, [role="main"] h1, h1, h2'));
  return {
    site: 'generic',
    ticketId: ticketIdOf(document),
    subject: heading || document.title,
    requester: { name: firstCustomer ? senderOf(firstCustomer) : '' },
    messages,
    url: document.location?.href ?? '',
  };
}

export const generic: SiteAdapter = {
  id: 'generic',
  name: 'Any other helpdesk (generic)',
  // Never published as a host permission: it runs only where the user added a site.
  matches: [],
  // Never picked by signature: it is the fallback when nothing else recognises the page.
  signature: () => false,
  readTicket,
  findReplyEditor: findReplyBox,
  conversationRoot: (document) => findConversation(document)?.root ?? null,
};
