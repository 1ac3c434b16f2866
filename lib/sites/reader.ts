import { threadReader } from '../detect/thread';
import { MAX_MESSAGES } from './dom-text';
import { cleanName, sameName } from './names';
import { parseTime } from './times';
import type { Author, TicketMessage, TicketSnapshot } from './types';

/**
 * The one reader every adapter goes through. An adapter (named: selectors and rules as data; generic:
 * guesses from the page's structure) says what it sees in each message block; this file weighs that
 * evidence the same way for all of them: which way the thread runs, who wrote each message, who the
 * customer is, and whether the reading is sure enough to show. A page read without enough evidence gives
 * no ticket rather than a wrong one.
 */

/** What a message block is, as far as markers on the page tell. */
export type BlockKind = 'customer' | 'agent' | 'note' | 'system' | 'draft';

export interface Block {
  /** The message's own words, its header lines (name, "To: …", time, status) left out. */
  text: string;
  /** The sender's name as the block shows it (avatar initials, e-mail and all: names.ts copes). */
  sender: string;
  /** The time label or attribute, as the page gives it. */
  time: string | null;
  /** What the site's own rules say: decisive. */
  marked: BlockKind | null;
  /** What class names, attributes and labels suggest: weaker than the requester's name. */
  cue: BlockKind | null;
  /** Chat layouts put the agent's own messages on the right. */
  sideIsAgent: boolean;
}

export interface PageParts {
  site: string;
  ticketId: string | null;
  subject: string;
  /** The requester field as shown, or '' when the page has none. */
  requester: string;
  /** Message blocks in DOM order. */
  blocks: ArrayLike<Element>;
  read(block: Element): Block;
  /** Just the time label, to find the thread's order without reading every block. */
  timeOf(block: Element): string | null;
  /** When the site is known to list newest first (or oldest); otherwise timestamps decide. */
  order?: 'oldest-first' | 'newest-first';
  /**
   * Named adapters count a message nothing tells about as the customer's, so a complaint is never missed
   * on a helpdesk whose markup is known. The generic reader knows no markup: there, it counts as nobody's.
   */
  unknownIsCustomer: boolean;
}

/** What decided a message's author, strongest first. */
export type Evidence = 'marked' | 'name' | 'cue' | 'side' | 'default';

export interface Reading {
  snapshot: TicketSnapshot | null;
  /** Why there is no snapshot, when there is none. */
  doubt?: string;
  /** What decided the latest customer message's author; where the customer's name came from; the order. */
  evidence?: { latest: Evidence; requester: 'field' | 'first-message' | 'none'; order: 'site' | 'time' | 'dom' };
}

const none = (doubt: string): Reading => ({ snapshot: null, doubt });

/** Notes, system events and drafts are never the customer's; they are left out of the reading. */
const NOT_A_MESSAGE = new Set<BlockKind>(['note', 'system', 'draft']);

export function assemble(document: Document, parts: PageParts): Reading {
  if (!parts.ticketId) return none('no ticket id');
  const count = parts.blocks.length;
  if (count === 0) return none('no messages');
  const [order, orderFrom] = parts.order ? [parts.order, 'site' as const] : orderByTime(parts);
  const at = (k: number) => (order === 'newest-first' ? k : count - 1 - k); // k = 0 is the newest
  const blocks = new Map<number, Block>();
  const blockAt = (k: number) => {
    let block = blocks.get(k);
    if (!block) blocks.set(k, (block = parts.read(parts.blocks[at(k)]!)));
    return block;
  };
  const seen = Math.min(count, MAX_MESSAGES);

  // The customer: the requester field, else the sender of the oldest message nobody marked as staff's.
  // Compared as shown (an e-mail after the name helps), shown to the agent cleaned.
  let requester = parts.requester;
  let requesterFrom: 'field' | 'first-message' | 'none' = cleanName(requester) ? 'field' : 'none';
  if (requesterFrom === 'none') {
    for (let k = count - 1; k >= Math.max(0, count - MAX_MESSAGES); k--) {
      const block = blockAt(k);
      const kind = block.marked ?? block.cue;
      if (kind && kind !== 'customer') continue;
      if (!block.sender) continue;
      requester = block.sender;
      requesterFrom = 'first-message';
      break;
    }
  }
  // A requester who wrote none of the messages read says nothing about who wrote them (a wrongly read
  // field, or a ticket opened by an agent): then the other evidence decides.
  let nameUsable = false;
  let named = 0;
  let marked = 0;
  for (let k = 0; k < seen; k++) {
    const block = blockAt(k);
    if (block.sender) named++;
    if (block.marked === 'customer' || block.marked === 'agent') marked++;
    if (requester && !nameUsable) nameUsable = sameName(block.sender, requester);
  }
  // The requester field names someone who wrote none of the named messages, and nothing else says who
  // wrote them: the page is between two tickets (an SPA that rendered the new header over the old thread)
  // or shows something else. Not sure whose messages these are, so no reading.
  if (requesterFrom === 'field' && named > 0 && !nameUsable && marked === 0) return none('the requester wrote none of these messages');

  const authorOf = (block: Block): [Author | null, Evidence] => {
    if (block.marked) return [NOT_A_MESSAGE.has(block.marked) ? null : (block.marked as Author), 'marked'];
    if (block.cue && NOT_A_MESSAGE.has(block.cue)) return [null, 'cue'];
    if (nameUsable && block.sender) return [sameName(block.sender, requester) ? 'customer' : 'agent', 'name'];
    if (block.cue) return [block.cue as Author, 'cue'];
    if (block.sideIsAgent) return ['agent', 'side'];
    return [parts.unknownIsCustomer ? 'customer' : null, 'default'];
  };

  const messages: TicketMessage[] = [];
  const reader = threadReader();
  let latest: Evidence | null = null;
  for (let k = 0; k < seen && !reader.done(); k++) {
    const block = blockAt(k);
    const [author, evidence] = authorOf(block);
    if (!author || !block.text) continue;
    const message: TicketMessage = { author, text: block.text, ...(block.time ? { time: block.time } : {}) };
    messages.push(message);
    if (reader.reads(message) && latest === null) latest = evidence;
  }
  if (messages.length === 0) return none('no message with text');
  if (!parts.unknownIsCustomer && latest === null) return none('no message is clearly the customer’s');
  if (requesterFrom === 'first-message' && !messages.some((m) => m.author === 'customer')) requester = '';
  messages.reverse();
  return {
    snapshot: {
      site: parts.site,
      ticketId: parts.ticketId,
      subject: parts.subject,
      requester: { name: cleanName(requester) },
      messages,
      url: document.location?.href ?? '',
      ...(document.documentElement?.lang ? { lang: document.documentElement.lang } : {}),
    },
    evidence: { latest: latest ?? 'default', requester: requesterFrom, order: orderFrom },
  };
}

/**
 * Newest first when the first block that shows a time is later than the last one that does; oldest first
 * when earlier; DOM order (oldest first, the usual) when the page shows fewer than two times to compare.
 * System lines and notes often show none, so the ends are the first timed blocks from each end.
 */
function orderByTime(parts: PageParts): ['oldest-first' | 'newest-first', 'time' | 'dom'] {
  const count = parts.blocks.length;
  const now = Date.now();
  const timeAt = (i: number) => parseTime(parts.timeOf(parts.blocks[i]!), now);
  let top = 0;
  let first: number | null = null;
  for (; top < count && first === null; top++) first = timeAt(top);
  let last: number | null = null;
  for (let i = count - 1; i >= top && last === null; i--) last = timeAt(i);
  if (first === null || last === null || first === last) return ['oldest-first', 'dom'];
  return first > last ? ['newest-first', 'time'] : ['oldest-first', 'time'];
}
