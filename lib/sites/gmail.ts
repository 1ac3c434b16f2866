import { defineSite } from './define-site';
import { readableText } from './dom-text';

// Gmail (mail.google.com), for teams that answer customers from a shared inbox. Threads open at
// #<label>/<thread id>; each message is `.adn`, its body `.a3s`, the sender `.gD` (with an email
// attribute), the subject `h2.hP`; the compose box is a plain contenteditable with aria-label
// "Message Body" and g_editable="true" (public userscripts and browser extensions for Gmail).
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;

/** The signed-in account: Gmail puts it in the document title ("Inbox - me@example.com - Gmail"). */
const accountOf = (document: Document) => EMAIL.exec(document.title)?.[0]?.toLowerCase() ?? '';

export const gmail = defineSite({
  id: 'gmail',
  name: 'Gmail',
  matches: ['https://mail.google.com/*'],
  signature: ['.adn .a3s', 'h2.hP'],
  ticketId: (document) => /#[^/]+\/(?:[^/]+\/)*([A-Za-z0-9]{12,})/.exec(document.location?.hash ?? '')?.[1] ?? null,
  select: {
    conversation: ['[role="main"] [role="list"]', '[role="main"]', '.nH'],
    message: ['.adn'],
    body: ['.a3s'],
    sender: ['.gD'],
    time: ['.g3'],
    subject: ['h2.hP'],
    requester: [],
    replyEditor: ['div[aria-label="Message Body"][contenteditable="true"]', 'div[g_editable="true"]', '.Am.Al.editable'],
  },
  authorOf(message, document) {
    const account = accountOf(document);
    const sender = message.querySelector('.gD');
    const email = (sender?.getAttribute('email') ?? readableText(sender)).toLowerCase();
    if (!account || !email) return null;
    return email === account ? 'agent' : 'customer';
  },
});
