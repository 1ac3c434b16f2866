import { defineSite } from './define-site';

// Request Tracker 5 (Best Practical; Debian's request-tracker5), seen running 5.0.3 (tests/fixtures/
// request-tracker/NOTES.md). The ticket id is only in the query string; $WebPath may prefix every path.
// Nothing in a history entry says "customer": its author's data-user-id is compared with the requesters'
// in the People box. The history arrives from /Helpers/TicketHistory after the page loads.
const REQUESTERS = '.ticket-info-people .form-row.requestors .value span.user[data-user-id]';
const AUTHOR = 'span.description span.user[data-user-id]';
/** RT's own user ("The RT System itself"): status changes, outgoing mail records. */
const RT_SYSTEM_USER = '1';

export const requestTracker = defineSite({
  id: 'request-tracker',
  name: 'Request Tracker',
  // Self-hosted: no public host to publish; the user adds their RT's address in the options page.
  matches: [],
  signature: ['body#comp-Ticket-Display', 'body#comp-Ticket-Update', '#delayed_ticket_history', '.history-container .transaction[data-transaction-id]'],
  ticketId: (document) => {
    const loc = document.location;
    if (!/\/Ticket\/(?:Display|Update|History)\.html$/.test(loc?.pathname ?? '')) return null;
    return new URLSearchParams(loc?.search ?? '').get('id')?.match(/^\d+$/)?.[0] ?? document.querySelector<HTMLInputElement>('input[name="id"]')?.value ?? null;
  },
  // "#7: Subject" on the display page, "Update ticket #7: Subject" (translated) on the reply page.
  subjectText: (raw) => raw.replace(/^.*?#\d+:\s*/, ''),
  select: {
    conversation: ['.history-container', '#delayed_ticket_history'],
    message: ['div.transaction[data-transaction-id]'],
    // The mail's header table, attachment icons and the folded quote are in the content but not the message.
    body: ['.content'],
    notBody: ['table', '.downloadattachment', '.message-stanza-folder', '.message-stanza.closed', 'blockquote'],
    sender: [AUTHOR],
    time: ['.metadata .date'],
    subject: ['#header > h1'],
    requester: [`${REQUESTERS} > a`, REQUESTERS],
    replyEditor: ['#cke_UpdateContent iframe.cke_wysiwyg_frame', 'textarea#UpdateContent'],
    // On the display page the reply box is a page away: the agent clicks Reply.
    replyBoxClosed: ['#page-actions-reply'],
    // The reply page (Actions → Reply) has the ticket's id, subject and reply box, but no history.
    replyPage: ['body#comp-Ticket-Update'],
  },
  authorOf(transaction, document) {
    const author = transaction.querySelector(AUTHOR)?.getAttribute('data-user-id');
    if (!author) return null;
    if (author === RT_SYSTEM_USER) return 'system';
    const requesters = Array.from(document.querySelectorAll(REQUESTERS), (el) => el.getAttribute('data-user-id'));
    return requesters.includes(author) ? 'customer' : 'agent';
  },
});
