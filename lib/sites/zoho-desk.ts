import { defineSite, idFromLocation } from './define-site';

// Zoho Desk (desk.zoho.com and its regional domains). Ticket URLs are
// /agent/<portal>/<department>/tickets/details/<id> (public userscripts for Zoho Desk match desk.zoho.com/*;
// the path appears in Zoho's help links). The reply editor is Zoho's rich editor, which puts the editable
// body in a same-origin iframe; the adapter reaches into it. Thread markup is less certain than Zendesk:
// the fixture models the layout of Zoho's public screenshots, and the generic adapter covers changes.
export const zohoDesk = defineSite({
  id: 'zoho-desk',
  name: 'Zoho Desk',
  matches: [
    'https://desk.zoho.com/*',
    'https://desk.zoho.eu/*',
    'https://desk.zoho.in/*',
    'https://desk.zoho.com.au/*',
    'https://desk.zoho.jp/*',
  ],
  signature: ['[data-id="ticketConversation"]', '.zd-ticket-thread'],
  ticketId: (document) => idFromLocation(document, /\/tickets\/details\/(\d+)/) ?? idFromLocation(document, /#Cases\/dv\/(\d+)/),
  select: {
    conversation: ['[data-id="ticketConversation"]', '.zd-ticket-thread'],
    message: ['[data-id="threadItem"]', '.zd-thread'],
    body: ['[data-id="threadContent"]', '.zd-thread-content'],
    sender: ['[data-id="threadAuthor"]', '.zd-thread-author'],
    time: ['time', '[data-id="threadTime"]'],
    subject: ['[data-id="ticketSubject"]', 'h1'],
    requester: ['[data-id="contactName"]', '.zd-contact-name'],
    replyEditor: ['[data-id="replyEditor"] iframe', 'iframe.ze_area', '[data-id="replyEditor"] [contenteditable="true"]'],
    agentMessage: ['[data-direction="out"]', '.zd-thread-agent'],
    note: ['[data-id="threadItem"].is-comment'],
    customerMessage: ['[data-direction="in"]'],
  },
});
