import type { Reading } from './reader';

/** Who wrote a message in the ticket thread. */
export type Author = 'customer' | 'agent';

export interface TicketMessage {
  author: Author;
  /** Plain text of the message body as the helpdesk shows it (no HTML). */
  text: string;
  /** ISO timestamp or the helpdesk's own time label, when the page shows one. */
  time?: string;
  /** `text` is the start of a longer message (cut to the detector's window before it leaves the page). */
  truncated?: boolean;
}

/** Everything downstream of the adapter works from this plain object, never from the page. */
export interface TicketSnapshot {
  site: string;
  ticketId: string;
  subject: string;
  requester: { name: string };
  /** Oldest first; read with readLatest (lib/sites/dom-text.ts): up to the messages the detector reads. */
  messages: TicketMessage[];
  url: string;
  /** A field was longer than a reading may carry and was cut (lib/messaging/fit.ts). */
  truncated?: boolean;
  /** The page's language (`<html lang>`), for when the customer wrote too little to tell theirs. */
  lang?: string;
}

/**
 * Why there is no reply editor to insert into: 'hidden' when the helpdesk shows its reply box only after
 * the agent opens it (clicks Reply), so the agent can be told to open it; 'missing' when the page has none.
 */
export type ReplyBoxHint = 'hidden' | 'missing';

/** A place text can be inserted into: a contenteditable root or a text control. */
export type ReplyEditor = HTMLElement;

export interface SiteAdapter {
  id: string;
  /** Human name for the options page and README. */
  name: string;
  /** Match patterns (Chrome extension syntax) of the hosts this helpdesk lives on. */
  matches: string[];
  /** True when the document looks like this helpdesk, whatever its host (custom domains, test builds). */
  signature(document: Document): boolean;
  /** Null when the page shows no ticket the adapter understands. Never throws. */
  readTicket(document: Document): TicketSnapshot | null;
  /** The reply box of the open ticket, or null (also while the helpdesk keeps it closed: see replyBoxHint). */
  findReplyEditor(document: Document): ReplyEditor | null;
  /** Only meaningful when findReplyEditor gave null: whether the agent must open the reply box first. */
  replyBoxHint?(document: Document): ReplyBoxHint;
  /** readTicket with the reasons: what decided the reading, or why there is none (tests, diagnostics). */
  readWithEvidence?(document: Document): Reading;
  /** The element whose subtree holds the conversation; the content script observes only this. */
  conversationRoot?(document: Document): Element | null;
}
