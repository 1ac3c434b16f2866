import { defineSite, idFromLocation } from './define-site';

// Gorgias (<shop>.gorgias.com). Ticket URLs are /app/ticket/<id> (Gorgias API and help-center links). The
// reply editor is a Draft.js editor (`.public-DraftEditor-content`, Draft.js's own class); ticket messages
// carry data attributes telling whether an agent sent them. Less certain than Zendesk: the fixture models
// the layout of Gorgias's public screenshots, and the generic adapter covers class changes.
export const gorgias = defineSite({
  id: 'gorgias',
  name: 'Gorgias',
  matches: ['https://*.gorgias.com/*'],
  signature: ['[data-testid="ticket-messages"]', '.ticket-body .ticket-message'],
  ticketId: (document) => idFromLocation(document, /\/app\/ticket\/(\d+)/),
  select: {
    conversation: ['[data-testid="ticket-messages"]', '.ticket-body'],
    message: ['[data-testid="ticket-message"]', '.ticket-message'],
    body: ['[data-testid="message-body"]', '.message-body', '.body'],
    sender: ['[data-testid="message-sender"]', '.sender-name'],
    time: ['time'],
    subject: ['[data-testid="ticket-subject"]', 'input[name="subject"]', 'h1'],
    requester: ['[data-testid="customer-name"]', '.customer-name'],
    replyEditor: ['[data-testid="reply-editor"] .public-DraftEditor-content', '.public-DraftEditor-content[contenteditable="true"]'],
    agentMessage: ['[data-from-agent="true"]', '.from-agent'],
    note: ['.internal-note'],
    customerMessage: ['[data-from-agent="false"]'],
  },
});
