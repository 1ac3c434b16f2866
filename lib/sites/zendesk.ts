import type { SiteAdapter, TicketMessage, TicketSnapshot } from './types';
import { queryAllFirst, queryFirst, readableText, readLatest } from './dom-text';

// Selectors seen in Zendesk Agent Workspace (2024-2025, public userscripts), newest first; the classic
// interface (pre-2021 agent UI, still used by some accounts) comes last as a fallback.
const select = {
  conversation: ['[data-test-id="omni-log-container"]', '.ticket-conversation', '.event-container'],
  message: ['article[data-test-id="omni-log-comment-item"]', '.zd-comment-item', '.event.is-public'],
  body: [
    '[data-test-id="omni-log-message-content"]',
    '[data-test-id="omni-log-item-message"]',
    '.zd-comment',
  ],
  sender: ['[data-test-id="omni-log-item-sender"]', '.author .name', '.actor .name'],
  time: ['time[data-test-id="timestamp-relative"]', 'time'],
  subject: ['[data-test-id="omni-header-subject"]', 'input[name="subject"]', '.ticket_subject'],
  requester: ['[data-test-id="ticket-system-field-requester-menu"]', '.requester .name', '[data-field-id="requester"]'],
  replyEditor: [
    '[data-test-id="omnicomposer-rich-text-ckeditor"]',
    '[data-test-id="omnicomposer-plain-text-ckeditor"]',
    /* classic UI */ '.zendesk-editor--rich-text-container [contenteditable][role="textbox"]',
    /* classic UI, plain */ 'textarea[name="comment[value]"]',
  ],
} as const;

const TICKET_PATH = /\/agent\/tickets\/(\d+)/;

/**
 * An agent's comment is marked differently across layouts: Agent Workspace puts the author's role on the
 * article (data-author-role / data-is-agent) and classic adds `.is-agent`. A message whose sender matches
 * the requester is the customer's; when nothing tells, the message is treated as the customer's so that a
 * complaint is never missed.
 */
function authorOf(article: Element, requesterName: string): TicketMessage['author'] {
  const role = article.getAttribute('data-author-role') ?? article.getAttribute('data-sender-role');
  if (role) return /agent|admin|staff/i.test(role) ? 'agent' : 'customer';
  if (article.getAttribute('data-is-agent') === 'true' || article.matches('.is-agent, .agent')) return 'agent';
  const sender = readableText(queryFirst(article, select.sender));
  if (sender && requesterName && sender !== requesterName) return 'agent';
  return 'customer';
}

function readTicket(document: Document): TicketSnapshot | null {
  const url = document.location?.href ?? '';
  const ticketId =
    TICKET_PATH.exec(document.location?.pathname ?? '')?.[1] ??
    document.querySelector('[data-ticket-id]')?.getAttribute('data-ticket-id') ??
    null;
  const root = queryFirst(document, select.conversation);
  if (!ticketId || !root) return null;
  const subjectEl = queryFirst(document, select.subject);
  const subject = subjectEl instanceof HTMLInputElement ? subjectEl.value : readableText(subjectEl);
  const requesterName = readableText(queryFirst(document, select.requester));
  const messages = readLatest(queryAllFirst(root, select.message), (article): TicketMessage | null => {
    const text = readableText(queryFirst(article, select.body));
    if (!text) return null;
    const time = queryFirst(article, select.time);
    return {
      author: authorOf(article, requesterName),
      text,
      ...(time ? { time: time.getAttribute('datetime') ?? readableText(time) } : {}),
    };
  });
  return { site: 'zendesk', ticketId, subject, requester: { name: requesterName }, messages, url };
}

export const zendesk: SiteAdapter = {
  id: 'zendesk',
  name: 'Zendesk',
  matches: ['https://*.zendesk.com/*'],
  signature: (document) =>
    document.querySelector('[data-test-id="omni-log-container"], [data-test-id^="omnicomposer"]') !== null ||
    document.querySelector('.zendesk-editor--rich-text-container, .zd-comment') !== null,
  readTicket,
  findReplyEditor: (document) => queryFirst(document, select.replyEditor),
  conversationRoot: (document) => queryFirst(document, select.conversation),
};
