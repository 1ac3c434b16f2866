import { defineSite } from './define-site';

// osTicket 1.18 staff panel (/scp/; Redactor 3 reply editor), seen running from its public repository
// (issue #15; tests/fixtures/osticket/NOTES.md). A ticket opens at /scp/tickets.php?id=<internal id>; the
// number agents know is in the page's `h2` ("Ticket #604213"). The thread is `#thread-items` of
// `.thread-entry.message` (customer), `.response` (agent) and `.note` (internal), with `.thread-event`
// lines between them. tickets.php without an id is the ticket list; `?a=open` the new-ticket form.
export const osticket = defineSite({
  id: 'osticket',
  name: 'osTicket',
  matches: [],
  signature: ['#thread-items .thread-entry', '#ticketThread .thread-entry', 'form#new-ticket', '#ticket_thread'],
  ticketId: (document) => {
    const params = new URLSearchParams(document.location?.search ?? '');
    const id = params.get('id');
    if (!id || params.get('a') === 'open') return null;
    const shown = /#\s?(\d+)/.exec(document.querySelector('h2 a[href*="tickets.php?id="]')?.textContent ?? '')?.[1];
    return shown ?? id;
  },
  select: {
    conversation: ['#thread-items', '#ticketThread', '#ticket_thread'],
    message: ['.thread-entry'],
    body: ['.thread-body'],
    sender: ['.header b', '.header .textra + b', '.header'],
    time: ['.header time', '.header [datetime]'],
    subject: ['.ticket-view .subject', '#ticket-view .subject', 'div.subject', 'h3.subject'],
    requester: ['#user-nav', 'a#user_nav', '.ticket_info a[href*="users.php"]'],
    replyEditor: ['#response_options .redactor-in[contenteditable="true"]', '#reply .redactor-in', 'textarea#response'],
    customerMessage: ['.thread-entry.message'],
    agentMessage: ['.thread-entry.response'],
    note: ['.thread-entry.note'],
    system: ['.thread-event'],
    notTicket: ['form#new-ticket', 'form[action*="a=open"]'],
  },
});
