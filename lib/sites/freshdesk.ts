import { defineSite, idFromLocation } from './define-site';

// Freshdesk agent portal (the "mint" Ember UI). Ticket URLs are /a/tickets/<id> (Freshworks developer docs
// and public links). The class names below (incoming-msg / outgoing-msg, the Froala `.fr-element` reply
// editor) come from public browser extensions that read Freshdesk tickets; Freshdesk renames classes, so
// the data-test-id forms come first and the generic adapter covers what neither finds. Less certain than Zendesk.
export const freshdesk = defineSite({
  id: 'freshdesk',
  name: 'Freshdesk',
  matches: ['https://*.freshdesk.com/*'],
  signature: ['[data-test-id="conversation-list"] .fr-element', '.ticket-conversation .incoming-msg', '[data-test-id="incoming-message"]'],
  ticketId: (document) => idFromLocation(document, /\/a\/tickets\/(\d+)/),
  select: {
    conversation: ['[data-test-id="conversation-list"]', '.ticket-conversation', '.conversation-container'],
    message: ['[data-test-id="incoming-message"], [data-test-id="outgoing-message"]', '.incoming-msg, .outgoing-msg', '.conversation-item'],
    body: ['[data-test-id="conversation-body"]', '.conversation-body', '.msg-content', '.text__content'],
    sender: ['[data-test-id="conversation-sender"]', '.sender-name', '.user-name'],
    time: ['time', '.conversation-time'],
    subject: ['[data-test-id="ticket-subject"]', '.ticket-subject-heading', 'h2.subject'],
    requester: ['[data-test-id="requester-name"]', '.requester-name', '.contact-name'],
    replyEditor: ['.fr-element[contenteditable="true"]', '.redactor-editor[contenteditable="true"]', 'textarea[name*="note_body"]'],
    agentMessage: ['[data-test-id="outgoing-message"]', '.outgoing-msg'],
    note: ['.private-note'],
    customerMessage: ['[data-test-id="incoming-message"]', '.incoming-msg'],
  },
});
