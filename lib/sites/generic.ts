import type { ReplyBoxHint, SiteAdapter } from './types';
import { fieldText, hiddenByMarkup, readableText } from './dom-text';
import { assemble, type Block, type BlockKind, type Reading } from './reader';
import { findSubject, ticketIdOf } from './page-facts';
import { findRequester } from './requester-field';
import { parseTime } from './times';
import { sameName } from './names';

/**
 * The adapter for any other helpdesk (custom domains, self-hosted tools). It knows no selectors: it finds
 * the conversation as the largest region of repeated message-like blocks and, in each block, the body
 * (the part that holds the prose, not the header with name, time and status), the sender's name, the
 * time, and what class names and labels say (agent, customer, internal note, system event, draft). The
 * shared reader (reader.ts) then decides order and authors from that evidence, with the requester's name
 * (a "Requester:" / "Khách hàng:" field, else the sender of the first message) above the class words.
 * A page with no editor anywhere is not a ticket: lists and dashboards repeat blocks too, but nobody
 * replies on them.
 */

const EDITABLE = '[contenteditable=""],[contenteditable="true"],[contenteditable="plaintext-only"],textarea';
/** Regions that repeat blocks but are never the conversation. */
const NOT_CONVERSATION =
  'nav,header,footer,aside,form,table,thead,tbody,select,ul[role="menu"],[role="navigation"],[role="banner"],[role="toolbar"],[role="listbox"],[role="menu"],[aria-hidden="true"],[hidden],[data-calmreply-ui],[class*="dropdown" i],[class*="sidebar" i]';
const MAX_ELEMENTS = 6000;
const MIN_MESSAGE_CHARS = 12;

function isEditableRegion(el: Element): boolean {
  return el.matches(EDITABLE) || el.querySelector(EDITABLE) !== null;
}

function visible(el: Element): boolean {
  if (hiddenByMarkup(el)) return false;
  const style = el.ownerDocument.defaultView?.getComputedStyle?.(el);
  return !style || (style.display !== 'none' && style.visibility !== 'hidden');
}

/** Visible, with every ancestor visible too (a heading in a closed menu is not on screen). */
export function shown(el: Element): boolean {
  for (let node: Element | null = el; node && node !== el.ownerDocument.body; node = node.parentElement) if (!visible(node)) return false;
  return true;
}

/** Most of the block's text is link text: a row of a ticket list, not a message. */
function mostlyLinks(el: Element): boolean {
  const total = (el.textContent ?? '').trim().length;
  let linked = 0;
  for (const a of el.querySelectorAll('a')) linked += (a.textContent ?? '').trim().length;
  return total > 0 && linked / total > 0.6;
}

/** Blocks are grouped by tag and first class: a thread's items share both, its other children rarely do. */
const groupKey = (el: Element) => `${el.tagName}.${(el.getAttribute('class') ?? '').trim().split(/\s+/)[0] ?? ''}`;

/** Children that look like messages: the largest group of siblings alike, with enough text, no editor inside. */
function messageChildren(parent: Element): Element[] {
  const groups = new Map<string, Element[]>();
  for (const child of parent.children) {
    if (child.matches(NOT_CONVERSATION) || isEditableRegion(child)) continue;
    if ((child.textContent ?? '').trim().length < MIN_MESSAGE_CHARS) continue;
    const key = groupKey(child);
    groups.set(key, [...(groups.get(key) ?? []), child]);
  }
  let best: Element[] = [];
  for (const group of groups.values()) if (group.length > best.length) best = group;
  return best.filter((m) => !mostlyLinks(m));
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
    // Text held, and more for more blocks: a wrapper of two big panels (ticket details, history) must not
    // beat the history's own list of messages inside it.
    const score = messages.reduce((sum, m) => sum + Math.min((m.textContent ?? '').trim().length, 4000), 0) * Math.log2(1 + messages.length);
    // Prefer the innermost region on ties: its blocks are the messages, not wrappers of the whole thread.
    if (score > bestScore || (score === bestScore && best && best.root.contains(el))) {
      best = { root: el, messages };
      bestScore = score;
    }
  }
  if (!best) return null;
  const messages = best.messages.filter(visible);
  return messages.length >= 2 ? { root: best.root, messages } : null;
}

// ---- one block: body, sender, time, cues

/** Class names and attributes that say what a block is. Words, after splitting camelCase, - and _. */
const CUES: [BlockKind, RegExp][] = [
  ['draft', /\b(draft|unsent)\b/i],
  ['note', /\b(internal|private|whisper|note|notes|is note)\b/i],
  ['system', /\b(system|audit|status change|log entry|changelog|automated)\b/i],
  ['agent', /\b(agent|staff|admin|operator|teammate|support|outgoing|outbound|sent|self|mine|me|reply agent|is agent|from agent|right)\b/i],
  ['customer', /\b(customer|requester|requestor|end ?user|user|client|contact|visitor|incoming|inbound|received|is customer|lead|left)\b/i],
];
/** Short labels a helpdesk prints in a message's header, in English and Vietnamese. */
const LABELS: [BlockKind, RegExp][] = [
  ['draft', /^(draft|unsent|bản nháp|nháp)$/i],
  ['note', /^(internal note|internal|private note|private|note|internal comment|ghi chú|ghi chú nội bộ|nội bộ)$/i],
  ['agent', /^(staff|agent|support|support agent|admin|operator|nhân viên|hỗ trợ viên|cskh|tư vấn viên)$/i],
  ['customer', /^(customer|requester|end user|client|khách hàng|người yêu cầu)$/i],
];

const cueWords = (el: Element) =>
  ['class', 'data-author-role', 'data-role', 'data-sender', 'data-direction', 'data-type', 'data-person', 'data-author', 'data-from', 'data-user-type']
    .map((name) => el.getAttribute(name))
    .filter((v): v is string => typeof v === 'string')
    .join(' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ');

/** The words of an element's class names: "timeline-body" → timeline, body; "msgText" → msg, text. */
const classWords = (el: Element) =>
  new Set(
    (el.getAttribute('class') ?? '')
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .toLowerCase()
      .split(/[\s_-]+/),
  );
/** Class-name parts that name a message body, best first: "messagebody", "msg-text", "content". */
const BODY_RANKS: RegExp[] = [/body/i, /message|msg|text|comment|bubble|bbl|prose|markdown|html|plain/i, /content|description/i];
const bodyRank = (el: Element) => {
  const cls = el.getAttribute('class') ?? '';
  const rank = BODY_RANKS.findIndex((re) => re.test(cls));
  return rank < 0 ? 0 : BODY_RANKS.length - rank;
};
const HEADER_WORDS = ['header', 'head', 'meta', 'info', 'author', 'sender', 'from', 'byline', 'time', 'timestamp', 'date', 'avatar', 'initials', 'name', 'subject', 'toolbar', 'actions', 'footer', 'attachment', 'attachments', 'heading', 'title', 'badge', 'label', 'lozenge', 'icon', 'photo', 'pic'];
const hasWord = (el: Element, words: readonly string[]) => {
  const own = classWords(el);
  return words.some((w) => own.has(w));
};

/** Whether an element is header matter: a heading, a <time>, or named like a header/meta/avatar part. */
const headerish = (el: Element) => /^(H[1-6]|TIME|HEADER|IMG)$/.test(el.tagName) || hasWord(el, HEADER_WORDS);

/**
 * The element holding the prose: a descendant named like a body that holds no header matter, the best
 * named and then the longest; else the block itself with its header parts left out when read.
 */
function bodyOf(block: Element): Element {
  let best: Element | null = null;
  let bestRank = 0;
  let bestLength = 0;
  for (const el of block.querySelectorAll('*')) {
    const rank = bodyRank(el);
    if (rank === 0 || rank < bestRank || headerish(el)) continue;
    if (el.querySelector('h1,h2,h3,h4,h5,h6,time,header') || Array.from(el.querySelectorAll('[class]')).some(headerish)) continue;
    const length = (el.textContent ?? '').trim().length;
    if (length === 0) continue;
    if (rank > bestRank || length > bestLength) {
      best = el;
      bestRank = rank;
      bestLength = length;
    }
  }
  return best ?? block;
}

const SENDER = '[class*="author" i],[class*="sender" i],[class*="from" i],[class*="name" i],[class*="user" i],[class*="who" i],[itemprop="author"],b,strong,cite';
const WEEKDAY = /^(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|^(thứ (hai|ba|tư|năm|sáu|bảy)|chủ nhật)\b/i;
const looksLikeTime = (text: string) => parseTime(text) !== null || /\d{1,2}:\d{2}/.test(text) || WEEKDAY.test(text);
const isLabel = (text: string) => LABELS.some(([, re]) => re.test(text));

/** "Lâm Gia Hân · 2 giờ trước" → "Lâm Gia Hân"; "Correspondence added by ruth@x.org" → "ruth@x.org". */
function nameIn(text: string): string {
  for (const part of text.split(/\s[·•|—–]\s|\s-\s/)) {
    const by = /\b(?:added by|sent by|posted by|replied by|by|bởi)\s+(.+)$/i.exec(part)?.[1] ?? part;
    const name = by.trim();
    if (name.length >= 2 && name.length <= 80 && /\p{L}/u.test(name) && !looksLikeTime(name) && !isLabel(name) && !/^(to|cc|bcc|đến)\s*:/i.test(name)) return name;
  }
  return '';
}

interface Sender {
  name: string;
  /** Where the name was read: left out of the message text when the block has no body of its own. */
  el: Element | null;
}

/** The sender's name: a name-like element outside the body, else the first plain text of the header. */
function senderOf(block: Element, body: Element): Sender {
  const outside = (el: Element) => body === block || !body.contains(el);
  for (const el of block.querySelectorAll(SENDER)) {
    if (!outside(el) || el.closest('time')) continue;
    const name = nameIn(fieldText(el));
    if (name) return { name, el };
  }
  if (body === block) return { name: '', el: null };
  for (const el of block.querySelectorAll('*')) {
    if (!outside(el) || el.children.length > 0 || el.closest('time') || el === body || body.contains(el)) continue;
    const name = nameIn(fieldText(el));
    if (name) return { name, el };
  }
  return { name: '', el: null };
}

const TIME_CLASS = '[class*="time" i],[class*="date" i],[class*="ago" i],[class*="stamp" i]';

function timeOf(block: Element): string | null {
  const time = block.querySelector('time[datetime],[datetime]');
  if (time) return time.getAttribute('datetime');
  for (const el of block.querySelectorAll(`time,${TIME_CLASS},[title]`)) {
    for (const candidate of [el.getAttribute('title'), readableText(el)]) if (candidate && parseTime(candidate) !== null) return candidate;
  }
  // A plain label in the header ("<span>12 min ago</span>"); message text is longer than a time label.
  for (const el of block.querySelectorAll('span,small,div,p,em,i')) {
    if (el.children.length > 0) continue;
    const text = el.textContent ?? '';
    if (text.length <= 40 && parseTime(text) !== null) return text.trim();
  }
  return null;
}

function kindOf(block: Element, body: Element, sender: string): BlockKind | null {
  const outsideBody = (el: Element) => body === block || !body.contains(el);
  // The block's own classes first, then its header's, then the labels printed in its header.
  const parts = [block, ...Array.from(block.querySelectorAll('[class],[data-role],[data-type]')).filter(outsideBody).slice(0, 12)];
  for (const part of parts) {
    const words = cueWords(part);
    for (const [kind, re] of CUES) {
      if (!re.test(words)) continue;
      if (part !== block && (kind === 'agent' || kind === 'customer')) continue; // a header's badge classes are weak: labels below
      return kind;
    }
  }
  for (const el of block.querySelectorAll('span,small,em,i,label,div,b,strong')) {
    if (!outsideBody(el) || el.children.length > 0) continue;
    const text = fieldText(el);
    if (!text || text.length > 30) continue;
    const hit = LABELS.find(([, re]) => re.test(text));
    if (hit) return hit[0];
  }
  // A block with no sender and a "…event…" class is the helpdesk's own line (assigned, status changed).
  if (!sender && /\b(event|evt|activity|log|center|centered|divider|separator)\b/i.test(parts.map(cueWords).join(' '))) return 'system';
  return null;
}

/** Chat layouts: a bubble well off to the right of its thread is the agent's own. */
function onAgentSide(block: Element, root: Element): boolean {
  const box = block.getBoundingClientRect?.();
  const area = root.getBoundingClientRect?.();
  if (!box || !area || box.width <= 0 || area.width <= 0 || box.width >= area.width * 0.85) return false;
  return box.left - area.left > (area.right - box.right) * 2;
}

/** A leaf whose whole text is a time ("12 min ago", "09:14"). */
const timeLabel = (el: Element) => el.children.length === 0 && (el.textContent ?? '').length <= 40 && looksLikeTime((el.textContent ?? '').trim());

function readBlock(block: Element, root: Element): Block {
  const body = bodyOf(block);
  const sender = senderOf(block, body);
  const skipHeader = body === block ? (el: Element) => el === sender.el || headerish(el) || timeLabel(el) : undefined;
  return {
    text: readableText(body, skipHeader),
    sender: sender.name,
    time: timeOf(block),
    marked: null,
    cue: kindOf(block, body, sender.name),
    sideIsAgent: onAgentSide(block, root),
  };
}

// ---- the reply box

function area(el: Element): number {
  const rect = el.getBoundingClientRect?.();
  return rect ? rect.width * rect.height : 0;
}

/** Every reply-box candidate: contenteditable roots and textareas, also inside same-origin iframes. */
function editorCandidates(document: Document, visibleOnly: boolean): { editor: HTMLElement; size: number }[] {
  const out: { editor: HTMLElement; size: number }[] = [];
  for (const el of document.querySelectorAll<HTMLElement>(EDITABLE)) {
    if (el.closest('[data-calmreply-ui]')) continue;
    if (el.tagName !== 'TEXTAREA' && el.parentElement?.closest('[contenteditable=""],[contenteditable="true"]')) continue;
    if ((el as HTMLTextAreaElement).disabled || (el as HTMLTextAreaElement).readOnly) continue;
    if (visibleOnly && !shown(el)) continue;
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
  const candidates = editorCandidates(document, true);
  if (candidates.length === 0) return null;
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  const focused = candidates.find(({ editor }) => editor === active || editor.contains(active));
  if (focused) return focused.editor;
  return candidates.reduce((a, b) => (b.size > a.size ? b : a)).editor;
}

// ---- the page

function read(document: Document): Reading {
  // A ticket page has somewhere to reply, even if the helpdesk keeps it closed until asked.
  if (editorCandidates(document, false).length === 0) return { snapshot: null, doubt: 'no reply box anywhere' };
  const conversation = findConversation(document);
  if (!conversation) return { snapshot: null, doubt: 'no conversation' };
  const subject = findSubject(document, conversation.root, conversation.messages);
  const reading = assemble(document, {
    site: 'generic',
    ticketId: ticketIdOf(document, subject.raw),
    subject: subject.text,
    requester: findRequester(document, conversation.root),
    blocks: conversation.messages,
    unknownIsCustomer: false,
    timeOf,
    read: (block) => readBlock(block, conversation.root),
  });
  // Chats have no subject: their header shows the customer's name instead.
  if (reading.snapshot && sameName(reading.snapshot.subject, reading.snapshot.requester.name)) reading.snapshot.subject = '';
  return reading;
}

export const generic: SiteAdapter = {
  id: 'generic',
  name: 'Any other helpdesk (generic)',
  // Never published as a host permission: it runs only where the user added a site.
  matches: [],
  // Never picked by signature: it is the fallback when nothing else recognises the page.
  signature: () => false,
  readTicket: (document) => read(document).snapshot,
  readWithEvidence: read,
  findReplyEditor: findReplyBox,
  replyBoxHint: (document): ReplyBoxHint => (editorCandidates(document, false).length > 0 ? 'hidden' : 'missing'),
  conversationRoot: (document) => findConversation(document)?.root ?? null,
};
