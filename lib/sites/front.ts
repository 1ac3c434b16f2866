import { defineSite, idFromLocation } from './define-site';

// Front (app.frontapp.com, app.front.com). Conversation URLs are /open/cnv_<id> or …/inboxes/…/<cnv id>
// (Front's public API docs and links). Front's markup uses generated class names; its message list and
// composer carry data-testid attributes, which this adapter relies on, and the generic adapter takes over
// when those change. The least certain of the adapters: the fixture models the layout from Front's public
// help-center screenshots (thread of messages, composer below).
export const front = defineSite({
  id: 'front',
  name: 'Front',
  matches: ['https://app.frontapp.com/*', 'https://app.front.com/*'],
  signature: ['[data-testid="conversation-messages"]', '[data-testid="message-list"] [data-testid="message"]'],
  ticketId: (document) => idFromLocation(document, /\/(cnv_[a-z0-9]+)/i) ?? idFromLocation(document, /\/conversations?\/(\w+)/),
  select: {
    conversation: ['[data-testid="conversation-messages"]', '[data-testid="message-list"]'],
    message: ['[data-testid="message"]', 'article'],
    body: ['[data-testid="message-body"]', '.message-content'],
    sender: ['[data-testid="message-sender"]', '.message-sender'],
    time: ['time'],
    subject: ['[data-testid="conversation-subject"]', 'h1'],
    requester: ['[data-testid="contact-name"]'],
    replyEditor: ['[data-testid="composer"] [contenteditable="true"]', '[data-testid="composer-editor"]', '.ProseMirror[contenteditable="true"]'],
    agentMessage: ['[data-direction="outbound"]', '[data-testid="message"][data-outbound="true"]'],
    note: ['[data-testid="comment"]'],
    customerMessage: ['[data-direction="inbound"]'],
  },
});
