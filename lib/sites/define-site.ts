import type { Author, SiteAdapter, TicketMessage, TicketSnapshot } from './types';
import { queryAllFirst, queryFirst, readableText, readLatest } from './dom-text';

/** Selector lists are tried in order: the current layout first, older or alternative layouts after. */
export interface SiteSelectors {
  conversation: readonly string[];
  /** Searched inside the conversation. */
  message: readonly string[];
  /** Searched inside a message; the message itself when none matches. */
  body: readonly string[];
  sender?: readonly string[];
  time?: readonly string[];
  subject: readonly string[];
  requester: readonly string[];
  /** A contenteditable, a textarea, or an iframe whose body is the editor. */
  replyEditor: readonly string[];
  /** A message is the agent's / the customer's when it matches or contains one of these. */
  agentMessage?: readonly string[];
  customerMessage?: readonly string[];
}

export interface SiteDefinition {
  id: string;
  name: string;
  matches: string[];
  /** Present on this helpdesk's ticket pages, whatever the host. */
  signature: readonly string[];
  /** The ticket (or thread) id from the URL or the page; null when the page shows no ticket. */
  ticketId(document: Document): string | null;
  select: SiteSelectors;
  /** A site-specific author rule tried before the selector cues (e.g. Gmail compares with the account). */
  authorOf?(message: Element, document: Document): Author | null;
}

const hasAny = (el: Element, selectors: readonly string[] | undefined) =>
  !!selectors?.some((s) => el.matches(s) || el.querySelector(s) !== null);

/** An editor element, or the editable body of an editor iframe (same-origin only). */
export function editorIn(document: Document, selectors: readonly string[]): HTMLElement | null {
  for (const selector of selectors) {
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      if (el.tagName !== 'IFRAME') return el;
      try {
        const body = (el as HTMLIFrameElement).contentDocument?.body;
        if (body && (body.isContentEditable || body.getAttribute('contenteditable') === 'true')) return body;
      } catch {
        // Cross-origin editor frame: nothing we may touch.
      }
    }
  }
  return null;
}

/** Builds an adapter from named selectors, so each site file holds only what is specific to that site. */
export function defineSite(site: SiteDefinition): SiteAdapter {
  const { select } = site;

  const authorOf = (message: Element, document: Document, requester: string): Author => {
    const own = site.authorOf?.(message, document);
    if (own) return own;
    if (hasAny(message, select.agentMessage)) return 'agent';
    if (hasAny(message, select.customerMessage)) return 'customer';
    const sender = select.sender ? readableText(queryFirst(message, select.sender)) : '';
    if (sender && requester && sender !== requester) return 'agent';
    // When nothing tells, the message counts as the customer's so that a complaint is never missed.
    return 'customer';
  };

  const readTicket = (document: Document): TicketSnapshot | null => {
    const ticketId = site.ticketId(document);
    const root = queryFirst(document, select.conversation);
    if (!ticketId || !root) return null;
    const subjectEl = queryFirst(document, select.subject);
    const subject = subjectEl && 'value' in subjectEl && subjectEl.tagName === 'INPUT' ? String(subjectEl.value) : readableText(subjectEl);
    const requester = readableText(queryFirst(document, select.requester));
    const messages = readLatest(queryAllFirst(root, select.message), (message): TicketMessage | null => {
      const text = readableText(queryFirst(message, select.body) ?? message);
      if (!text) return null;
      const time = select.time ? queryFirst(message, select.time) : null;
      return {
        author: authorOf(message, document, requester),
        text,
        ...(time ? { time: time.getAttribute('datetime') ?? time.getAttribute('title') ?? readableText(time) } : {}),
      };
    });
    if (messages.length === 0) return null;
    // No requester field on the page: the sender of the first customer message.
    let requesterName = requester;
    if (!requesterName && select.sender) {
      const items = queryAllFirst(root, select.message);
      for (let i = 0; i < items.length; i++) {
        if (authorOf(items[i]!, document, requester) !== 'customer') continue;
        requesterName = readableText(queryFirst(items[i]!, select.sender));
        break;
      }
    }
    return { site: site.id, ticketId, subject, requester: { name: requesterName }, messages, url: document.location?.href ?? '' };
  };

  return {
    id: site.id,
    name: site.name,
    matches: site.matches,
    signature: (document) => site.signature.some((s) => document.querySelector(s) !== null),
    readTicket,
    findReplyEditor: (document) => editorIn(document, select.replyEditor),
    conversationRoot: (document) => queryFirst(document, select.conversation),
  };
}

/** The first capture of `pattern` in the location's path + hash, or null. */
export function idFromLocation(document: Document, pattern: RegExp): string | null {
  const loc = document.location;
  return pattern.exec(`${loc?.pathname ?? ''}${loc?.hash ?? ''}`)?.[1] ?? null;
}
