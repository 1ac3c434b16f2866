import type { TicketMessage, TicketSnapshot } from '../sites/types';
import { TICKET_LIMITS as L } from './schemas';

/** Cuts `text` to `max` UTF-16 units without splitting a surrogate pair. */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\ud800-\udbff]/.test(text.charAt(max - 1)) ? max - 1 : max;
  return text.slice(0, end);
}

/**
 * A snapshot the message schema accepts, whatever the page showed: every field is cut to its limit and the
 * cut is marked (`truncated`), never dropped. A ticket with a 12,000-character subject is still a ticket.
 */
export function fitSnapshot(snapshot: TicketSnapshot): TicketSnapshot {
  let truncated = false;
  const fit = (text: string, max: number) => {
    const out = cut(text, max);
    if (out !== text) truncated = true;
    return out;
  };
  const messages = snapshot.messages.slice(-L.messages).map((m): TicketMessage => {
    const text = fit(m.text, L.message);
    const out: TicketMessage = { author: m.author, text };
    if (m.time !== undefined) out.time = fit(m.time, L.time);
    if (text !== m.text || m.truncated) out.truncated = true;
    return out;
  });
  const fitted: TicketSnapshot = {
    site: fit(snapshot.site, L.site),
    ticketId: fit(snapshot.ticketId, L.ticketId),
    subject: fit(snapshot.subject, L.subject),
    requester: { name: fit(snapshot.requester.name, L.requester) },
    messages,
    url: fit(snapshot.url, L.url),
  };
  if (truncated || messages.some((m) => m.truncated) || snapshot.truncated) fitted.truncated = true;
  return fitted;
}
