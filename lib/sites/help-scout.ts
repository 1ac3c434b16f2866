import { defineSite, idFromLocation } from './define-site';

// Help Scout (secure.helpscout.net). Conversation URLs are /conversation/<id>/<number>/ (public API docs and
// links). Threads are `article.thread` with a `customer` class for the customer's messages and
// `section.messageBody` for the text (public browser extensions that make Help Scout threads collapsible);
// staff replies and notes carry `message` / `note`. The reply editor is a rich contenteditable (Redactor in
// older builds, a ProseMirror-style editor in newer ones). Less certain than Zendesk.
export const helpScout = defineSite({
  id: 'help-scout',
  name: 'Help Scout',
  matches: ['https://secure.helpscout.net/*'],
  signature: ['article.thread.customer section.messageBody', '#threads article.thread'],
  ticketId: (document) => idFromLocation(document, /\/conversation\/(\d+)/),
  select: {
    conversation: ['#threads', '.c-threads', '.thread-list'],
    message: ['article.thread:not(.lineitem)', '.thread'],
    body: ['section.messageBody', '.messageBody', '.thread-content'],
    sender: ['.thread-author', '.name', 'strong.author'],
    time: ['time', '.thread-date'],
    subject: ['#subjectLine', '.c-conversation-subject', 'h1.subject', 'h1'],
    requester: ['#customerName', '.c-customer-name', '.customer-name'],
    replyEditor: ['.redactor-editor[contenteditable="true"]', '.redactor_editor', '[data-cy="Editor"] [contenteditable="true"]', '.ProseMirror[contenteditable="true"]'],
    agentMessage: ['.thread.message', '.thread.staff'],
    note: ['.thread.note'],
    customerMessage: ['.thread.customer'],
  },
});
