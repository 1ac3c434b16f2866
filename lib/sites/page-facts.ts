import { fieldText, hiddenByMarkup } from './dom-text';

/**
 * The subject and ticket id of a page no adapter knows. The subject is the prominent visible heading near
 * the thread: a heading named "subject"/"summary"/"title", or the highest-level heading, that is on screen
 * (not in a closed menu), not a generic page label ("Tickets", "Notifications", "Phiếu hỗ trợ") and not
 * inside a message. The ticket id is the code the subject shows ("[#ABC-123]"), else the URL's.
 */

const CANDIDATES =
  '[class*="subj" i],[id*="subject" i],[data-testid*="subject" i],[data-test-id*="subject" i],[data-testid*="summary" i],[class*="summary" i],h1,h2,h3,h4,[class*="title" i]';
const NOT_SUBJECT_AREA = 'nav,footer,aside,[role="menu"],[role="navigation"],[role="dialog"],[class*="dropdown" i],[class*="notification" i],[class*="menu" i],[class*="sidebar" i],[class*="modal" i],[data-calmreply-ui],button,a,label,option';
const GENERIC_LABEL =
  /^(tickets?|support tickets?|ticket details?|view ticket|conversations?|inbox|notifications?|dashboard|messages?|activity|details|description|comments?|reply|requests?|my requests|new ticket|phiếu|phiếu hỗ trợ|chi tiết phiếu|chi tiết yêu cầu|yêu cầu|yêu cầu hỗ trợ|hội thoại|thông báo|hộp thư|trả lời|tạo phiếu mới|bình luận|hoạt động)$/i;

/** A ticket code as helpdesks print it in a subject or header: "#1234", "[#AB-0012]", "(#ITSD-4)". */
const CODE = /[[(]?#\s?([A-Za-z0-9][\w-]*\d[\w-]*)[\])]?/;
/** "Ticket 3307:", "#3307 –", "[#AB-12]" before the subject; "[#AB-12]" or "(#12)" after it. */
const LEADING_CODE = /^\s*(?:(?:ticket|phiếu|yêu cầu|case|request)\s*#?\s*[\w-]*\d[\w-]*\s*[:\-–—|]\s*|[[(]?#\s?[\w-]*\d[\w-]*[\])]?\s*[:\-–—|]?\s*)/i;
const TRAILING_CODE = /\s*[[(]\s*#?\s*[\w-]*\d[\w-]*\s*[\])]\s*$|\s+#[\w-]*\d[\w-]*\s*$/;

export function cleanSubject(raw: string): string {
  return raw.replace(LEADING_CODE, '').replace(TRAILING_CODE, '').trim();
}

function onScreen(el: Element): boolean {
  const view = el.ownerDocument.defaultView;
  for (let node: Element | null = el; node && node !== el.ownerDocument.body; node = node.parentElement) {
    if (hiddenByMarkup(node)) return false;
    const style = view?.getComputedStyle?.(node);
    if (style && (style.display === 'none' || style.visibility === 'hidden')) return false;
  }
  return true;
}

function score(el: Element, text: string, thread: Element): number {
  const names = `${el.getAttribute('class') ?? ''} ${el.id} ${el.getAttribute('data-testid') ?? ''} ${el.getAttribute('data-test-id') ?? ''}`;
  let s = 0;
  if (/subj/i.test(names)) s += 4;
  else if (/summary/i.test(names)) s += 3;
  else if (/title|heading/i.test(names)) s += 1;
  s += { H1: 2, H2: 1.5, H3: 1, H4: 0.5 }[el.tagName] ?? 0;
  if (CODE.test(text)) s += 1;
  // Near the thread: before it in the page, and the closer their common ancestor, the better.
  if (thread.compareDocumentPosition(el) & 2 /* el precedes the thread */) s += 1;
  if (text.length < 4) s -= 3;
  return s;
}

export function findSubject(document: Document, thread: Element, messages: readonly Element[]): { text: string; raw: string } {
  const found: { text: string; raw: string; score: number; el: Element }[] = [];
  for (const el of document.querySelectorAll(CANDIDATES)) {
    if (el.closest(NOT_SUBJECT_AREA)) continue;
    if (messages.some((m) => m.contains(el))) continue;
    // A subject field wraps the subject: take the innermost named one, not a container of the whole header.
    if (el.querySelector('h1,h2,h3,h4,p,div,ul,table')) continue;
    const raw = el.tagName === 'INPUT' ? String((el as HTMLInputElement).value) : fieldText(el);
    const text = cleanSubject(raw);
    if (!text || text.length > 300 || GENERIC_LABEL.test(text.replace(/[:.]$/, ''))) continue;
    found.push({ text, raw, score: score(el, raw, thread), el });
  }
  // Best first; only then ask whether it is on screen (style lookups are the expensive part).
  found.sort((a, b) => b.score - a.score);
  const best = found.find((c) => onScreen(c.el));
  return best ? { text: best.text, raw: best.raw } : { text: '', raw: '' };
}

const QUERY_KEYS = ['id', 'ticket_id', 'ticketId', 'ticket', 'tid', 'conversation', 'case', 'issue', 'request'];
const ID_IN_PATH = /\/(?:tickets?|conversations?|cases?|requests?|issues?|threads?|chats?|browse)\/(?:[a-z]+\/)*#?([\w-]*\d[\w-]*)/i;

/** A heading that is only a ticket number: "Ticket #604213", "Phiếu #604213", "#56021". */
const NUMBER_HEADING = /^(?:[\p{L} ]{0,20})#\s?([A-Za-z0-9][\w-]*\d[\w-]*)$/u;
const NUMBER_PLACES = 'h1,h2,h3,[class*="ticket-ref" i],[class*="ticket-number" i],[class*="ticket-id" i],[class*="ticket_number" i]';

/**
 * The number the agent sees: the code the subject shows, else a heading that is only a ticket number
 * (the URL may carry an internal id instead, as osTicket's `tickets.php?id=` does), else an id in the
 * query string, else one in the path.
 */
export function ticketIdOf(document: Document, subjectRaw: string): string | null {
  const shown = CODE.exec(subjectRaw)?.[1];
  if (shown) return shown;
  for (const el of document.querySelectorAll(NUMBER_PLACES)) {
    if (el.closest(NOT_SUBJECT_AREA.replace(',a,', ',')) || !onScreen(el)) continue;
    const number = NUMBER_HEADING.exec(fieldText(el))?.[1];
    if (number) return number;
  }
  const loc = document.location;
  const params = new URLSearchParams(loc?.search ?? '');
  for (const key of QUERY_KEYS) {
    const value = params.get(key);
    if (value && /^[\w-]{1,64}$/.test(value)) return value;
  }
  const path = `${loc?.pathname ?? ''}${loc?.hash ?? ''}`;
  const inPath = ID_IN_PATH.exec(path)?.[1];
  if (inPath) return inPath;
  const segments = path.split(/[/#]/).filter(Boolean);
  for (let i = segments.length - 1; i >= 0; i--) {
    const seg = segments[i]!;
    if (/^[A-Z][A-Z0-9]+-\d+$/.test(seg) || /^\d{2,}$/.test(seg)) return seg;
  }
  return null;
}
