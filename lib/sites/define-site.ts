import type { ReplyBoxHint, SiteAdapter, TicketSnapshot } from './types';
import { fieldText, queryAllFirst, queryFirst, readableText } from './dom-text';
import { assemble, type Block, type BlockKind, type Reading } from './reader';
import { findRequester } from './requester-field';
import { findSubject } from './page-facts';

/** Selector lists are tried in order: the current layout first, older or alternative layouts after. */
export interface SiteSelectors {
  conversation: readonly string[];
  /** Searched inside the conversation. */
  message: readonly string[];
  /** Searched inside a message; the message itself when none matches. */
  body: readonly string[];
  /** Inside the body but not the message's words: header lines, quoted-reply toggles, attachment lists. */
  notBody?: readonly string[];
  sender?: readonly string[];
  time?: readonly string[];
  subject: readonly string[];
  requester: readonly string[];
  /** A contenteditable, a textarea, or an iframe whose body is the editor. */
  replyEditor: readonly string[];
  /** The reply box is there but closed until the agent opens it (e.g. clicks Reply). */
  replyBoxClosed?: readonly string[];
  /** A message is the agent's / the customer's when it matches or contains one of these. */
  agentMessage?: readonly string[];
  customerMessage?: readonly string[];
  /** Internal notes, system events (status changes, assignments) and unsent drafts: never the customer's. */
  note?: readonly string[];
  system?: readonly string[];
  draft?: readonly string[];
  /** On the page only when it is not a ticket: a new-ticket form, a ticket list. */
  notTicket?: readonly string[];
  /**
   * A page of one ticket that shows no conversation, only the reply box (Request Tracker's Update.html):
   * read as that ticket with no customer messages, so the agent still gets the steps and phrases where the
   * reply is written.
   */
  replyPage?: readonly string[];
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
  /** The site lists its thread newest first (or oldest first) whatever the timestamps say. */
  order?: 'oldest-first' | 'newest-first';
  /**
   * A site-specific rule tried before the selector cues (Gmail compares the sender with the account;
   * Request Tracker the author's user id with the requesters'). Null when it can't tell.
   */
  authorOf?(message: Element, document: Document): BlockKind | null;
  /** The subject as the agent would say it, from the subject element's text ("#7: Leaking" → "Leaking"). */
  subjectText?(raw: string): string;
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
  const skipInBody = select.notBody ? (el: Element) => select.notBody!.some((s) => el.matches(s)) : undefined;

  const kindOf = (message: Element, document: Document): BlockKind | null => {
    if (hasAny(message, select.draft)) return 'draft';
    if (hasAny(message, select.note)) return 'note';
    if (hasAny(message, select.system)) return 'system';
    const own = site.authorOf?.(message, document);
    if (own) return own;
    if (hasAny(message, select.agentMessage)) return 'agent';
    if (hasAny(message, select.customerMessage)) return 'customer';
    return null;
  };

  const timeOf = (message: Element): string | null => {
    const time = select.time ? queryFirst(message, select.time) : null;
    if (!time) return null;
    return time.getAttribute('datetime') ?? time.getAttribute('title') ?? (readableText(time) || null);
  };

  const read = (document: Document): Reading => {
    if (select.notTicket?.some((s) => document.querySelector(s))) return { snapshot: null, doubt: 'not a ticket page' };
    const ticketId = site.ticketId(document);
    const root = queryFirst(document, select.conversation);
    if (ticketId && !root && select.replyPage?.some((s) => document.querySelector(s))) return replyPageReading(document, ticketId);
    if (!ticketId || !root) return { snapshot: null, doubt: 'no ticket id or conversation' };
    const blocks = queryAllFirst(root, select.message);
    const named = fieldText(queryFirst(document, select.subject));
    // No subject element where the site was expected to have one: the prominent heading near the thread.
    const subject = named ? (site.subjectText ? site.subjectText(named) : named) : findSubject(document, root, Array.from(blocks)).text;
    return assemble(document, {
      site: site.id,
      ticketId,
      subject,
      // No requester element where the site was expected to have one: a labelled field ("Requester: …").
      requester: fieldText(queryFirst(document, select.requester)) || findRequester(document, root),
      blocks,
      order: site.order,
      unknownIsCustomer: true,
      timeOf,
      read: (message): Block => ({
        text: readableText(queryFirst(message, select.body) ?? message, skipInBody),
        sender: select.sender ? fieldText(queryFirst(message, select.sender)) : '',
        time: timeOf(message),
        marked: kindOf(message, document),
        cue: null,
        sideIsAgent: false,
      }),
    });
  };

  /** The ticket a reply page belongs to: its id, subject and requester, and no messages to assess. */
  const replyPageReading = (document: Document, ticketId: string): Reading => {
    const named = fieldText(queryFirst(document, select.subject));
    const lang = document.documentElement.lang;
    return {
      snapshot: {
        site: site.id,
        ticketId,
        subject: named && site.subjectText ? site.subjectText(named) : named,
        requester: { name: fieldText(queryFirst(document, select.requester)) },
        messages: [],
        url: document.location?.href ?? '',
        ...(lang ? { lang } : {}),
      },
    };
  };

  const closedBox = (document: Document) => select.replyBoxClosed?.map((s) => document.querySelector(s)).find(Boolean) ?? null;

  return {
    id: site.id,
    name: site.name,
    matches: site.matches,
    signature: (document) => site.signature.some((s) => document.querySelector(s) !== null),
    readTicket: (document): TicketSnapshot | null => read(document).snapshot,
    readWithEvidence: read,
    findReplyEditor: (document) => {
      const editor = editorIn(document, select.replyEditor);
      const closed = closedBox(document);
      return editor && closed?.contains(editor) ? null : editor;
    },
    replyBoxHint: (document): ReplyBoxHint => (closedBox(document) ? 'hidden' : 'missing'),
    conversationRoot: (document) => queryFirst(document, select.conversation),
  };
}

/** The first capture of `pattern` in the location's path + hash, or null. */
export function idFromLocation(document: Document, pattern: RegExp): string | null {
  const loc = document.location;
  return pattern.exec(`${loc?.pathname ?? ''}${loc?.hash ?? ''}`)?.[1] ?? null;
}
