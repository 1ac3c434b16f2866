import { defineSite, idFromLocation } from './define-site';

// HubSpot help desk and conversations inbox (app.hubspot.com, EU app-eu1). Ticket URLs are
// /help-desk/<portal>/view/<view>/ticket/<id> (seen in public repositories linking help-desk tickets);
// inbox threads are /live-messages/<portal>/inbox/<id>. HubSpot's UI marks components with data-test-id;
// the names below follow that convention and are less certain than Zendesk's: the fixture models the
// public screenshots of the help desk, and the generic adapter covers changes.
export const hubspot = defineSite({
  id: 'hubspot',
  name: 'HubSpot help desk',
  matches: ['https://app.hubspot.com/*', 'https://app-eu1.hubspot.com/*'],
  signature: ['[data-test-id="thread-history"]', '[data-test-id="help-desk-ticket"]'],
  ticketId: (document) => idFromLocation(document, /\/ticket\/(\d+)/) ?? idFromLocation(document, /\/inbox\/(\d+)/),
  select: {
    conversation: ['[data-test-id="thread-history"]', '[data-test-id="message-list"]'],
    message: ['[data-test-id="thread-message"]', '[data-test-id="message"]'],
    body: ['[data-test-id="message-body"]', '[data-test-id="email-body"]'],
    sender: ['[data-test-id="message-sender"]'],
    time: ['time'],
    subject: ['[data-test-id="ticket-name"]', '[data-test-id="thread-subject"]', 'h1'],
    requester: ['[data-test-id="contact-name"]'],
    replyEditor: ['[data-test-id="reply-editor"] [contenteditable="true"]', '[data-test-id="rich-text-editor"] [contenteditable="true"]'],
    agentMessage: ['[data-direction="OUTGOING"]'],
    note: ['[data-test-id="thread-comment"]'],
    customerMessage: ['[data-direction="INCOMING"]'],
  },
});
