import { defineSite } from './define-site';

// osTicket 1.18 staff panel (/scp/; Redactor 3 reply editor), seen running from its public repository
// (tests/fixtures/osticket/NOTES.md). A ticket opens at /scp/tickets.php?id=<internal id>; the number agents
// know is in the sticky bar's `h2` ("Ticket #566605"). The thread, oldest first, is `#thread-items` of
// `.thread-entry.message` (customer), `.response` (agent) and `.note` (internal), with `.thread-event` lines
// between them. tickets.php without an id is the queue; `?a=open` the new-ticket form. Between tickets the
// staff panel navigates with pjax (a new ?id= without a page load).
export const osticket = defineSite({
  id: 'osticket',
  name: 'osTicket',
  matches: [],
  signature: ['#thread-items .thread-entry', '#ticketThread .thread-entry', '#ticket_thread', 'form[action*="tickets.php?a=open"]'],
  ticketId: (document) => {
    const params = new URLSearchParams(document.location?.search ?? '');
    const id = params.get('id');
    if (!id || params.get('a') === 'open') return null;
    const shown = /#\s?(\d+)/.exec(document.querySelector('#content h2 a[href*="tickets.php?id="], h2 a[href*="tickets.php?id="]')?.textContent ?? '')?.[1];
    return shown ?? id;
  },
  select: {
    conversation: ['#thread-items', '#ticketThread', '#ticket_thread'],
    message: ['.thread-entry, .thread-event'],
    body: ['.thread-body'],
    sender: ['.header > b', '.header b'],
    time: ['.header time[datetime]'],
    subject: ['#content .tixTitle h3', '.tixTitle h3'],
    requester: ['table.ticket_info span[id^="user-"][id$="-name"]'],
    // The reply form is open by default; the note form (.redactor-in-1) is another tab.
    replyEditor: ['form#reply .redactor-in[contenteditable="true"]', 'form#reply textarea#response'],
    customerMessage: ['.thread-entry.message'],
    agentMessage: ['.thread-entry.response'],
    note: ['.thread-entry.note'],
    system: ['.thread-event'],
    notTicket: ['form[action*="a=open"]', 'table.list.queue.tickets'],
  },
});
