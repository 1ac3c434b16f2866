import { defineSite } from './define-site';

// FreeScout 1.8 (self-hosted, Laravel; Summernote reply editor), seen running from its public repository
// (tests/fixtures/freescout/NOTES.md). Conversations open at /conversation/<id>. The thread is
// newest first; each `div.thread` says what it is in its class: thread-type-customer (the customer),
// -message (an agent's reply), -note (internal note), -draft (an agent's unsent draft), -lineitem (assigned,
// status changed). The body is `.thread-content`; the name, "To: …", "25 min ago" and status around it are
// header. The reply box stays `.conv-reply-block.hidden` until the agent clicks Reply.
export const freescout = defineSite({
  id: 'freescout',
  name: 'FreeScout',
  matches: [],
  signature: ['#conv-layout-customer', '.conv-subjtext', '#conv-layout-main > .thread'],
  // The number agents see (it can differ from the id in the URL), else the URL's id.
  ticketId: (document) => {
    const id = /\/conversation\/(\d+)/.exec(document.location?.pathname ?? '')?.[1];
    if (!id) return null;
    return /(\d+)/.exec(document.querySelector('.conv-numnav strong')?.textContent ?? '')?.[1] ?? id;
  },
  order: 'newest-first',
  select: {
    conversation: ['#conv-layout-main'],
    message: [':scope > div.thread', 'div.thread'],
    body: ['.thread-content'],
    sender: ['.thread-person'],
    time: ['.thread-info .thread-date'],
    subject: ['#conv-subject .conv-subjtext > span', '.conv-subjtext > span', '.conv-subjtext'],
    requester: ['#conv-layout-customer a.customer-name', '#conv-layout-customer .customer-name'],
    replyEditor: ['.conv-reply-block .note-editable[contenteditable="true"]'],
    replyBoxClosed: ['.conv-reply-block.hidden'],
    customerMessage: ['.thread-type-customer'],
    agentMessage: ['.thread-type-message'],
    note: ['.thread-type-note'],
    draft: ['.thread-type-draft'],
    system: ['.thread-type-lineitem'],
  },
});
