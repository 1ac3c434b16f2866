import { defineSite } from './define-site';

// Selectors seen in Zendesk Agent Workspace (2024-2025, public userscripts), newest first; the classic
// interface (pre-2021 agent UI, still used by some accounts) comes last as a fallback.
const TICKET_PATH = /\/agent\/tickets\/(\d+)/;

/**
 * Zendesk. An agent's comment is marked differently across layouts: Agent Workspace puts the author's role
 * on the article (data-author-role / data-is-agent), classic adds `.is-agent`. Otherwise the sender is
 * compared with the requester field, by name as a person reads it: the requester field usually shows an
 * avatar with the customer's initials before the name (lib/sites/names.ts).
 */
export const zendesk = defineSite({
  id: 'zendesk',
  name: 'Zendesk',
  matches: ['https://*.zendesk.com/*'],
  signature: ['[data-test-id="omni-log-container"]', '[data-test-id^="omnicomposer"]', '.zendesk-editor--rich-text-container', '.zd-comment'],
  ticketId: (document) =>
    TICKET_PATH.exec(document.location?.pathname ?? '')?.[1] ??
    document.querySelector('[data-ticket-id]')?.getAttribute('data-ticket-id') ??
    null,
  select: {
    conversation: ['[data-test-id="omni-log-container"]', '.ticket-conversation', '.event-container'],
    message: ['article[data-test-id="omni-log-comment-item"]', '.zd-comment-item', '.event.is-public'],
    body: ['[data-test-id="omni-log-message-content"]', '[data-test-id="omni-log-item-message"]', '.zd-comment'],
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
    agentMessage: ['[data-is-agent="true"]', '.is-agent', '.agent'],
    customerMessage: ['[data-is-agent="false"]'],
  },
  authorOf(article) {
    const role = article.getAttribute('data-author-role') ?? article.getAttribute('data-sender-role');
    if (!role) return null;
    return /agent|admin|staff/i.test(role) ? 'agent' : 'customer';
  },
});
