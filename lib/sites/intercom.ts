import { defineSite, idFromLocation } from './define-site';

// Intercom Inbox (app.intercom.com, EU/AU regions). Conversation URLs end in /conversation/<id>. Parts of
// the conversation stream carry data-intercom-target="conversation-stream-content-part"; a user's email
// part is `.inbox2__user-email-part`, an admin's `.inbox2__admin-email-part`, notes `.inbox2__note-part`;
// the text is in `.intercom-interblocks`; the composer is ProseMirror (`.ProseMirror[role="textbox"]`)
// (public userscripts for the Intercom inbox). Chat parts use the same stream with *-comment-part classes.
export const intercom = defineSite({
  id: 'intercom',
  name: 'Intercom',
  matches: ['https://app.intercom.com/*', 'https://app.eu.intercom.com/*', 'https://app.au.intercom.com/*'],
  signature: ['[data-intercom-target="conversation-stream-content-part"]', '.inbox2__conversation-page'],
  ticketId: (document) => idFromLocation(document, /\/conversations?\/(\d+)/),
  select: {
    conversation: ['[data-intercom-target="conversation-stream"]', '.inbox2__conversation-stream', '.inbox2__conversation-page'],
    message: ['[data-intercom-target="conversation-stream-content-part"]', '.inbox2__conversation-part'],
    body: ['.intercom-interblocks', '.inbox2__message-content'],
    sender: ['[data-intercom-target="conversation-part-author"]', '.inbox2__part-author'],
    time: ['time'],
    subject: ['[data-intercom-target="conversation-title"]', '.inbox2__conversation-title', 'h1'],
    requester: ['[data-intercom-target="conversation-details-user-name"]', '.inbox2__user-name'],
    replyEditor: ['.inbox2__composer .ProseMirror[contenteditable="true"]', '.ProseMirror[role="textbox"]'],
    agentMessage: ['.inbox2__admin-email-part', '.inbox2__admin-comment-part', '.inbox2__bot-part'],
    note: ['.inbox2__note-part'],
    customerMessage: ['.inbox2__user-email-part', '.inbox2__user-comment-part'],
  },
});
