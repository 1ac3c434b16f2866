import type { TicketReading, TicketState } from '../messaging/schemas';
import { assess } from './index';
import { scoreTokens } from './lang';
import { tokenizeText } from './matcher';
import type { Assessment, Lang } from './types';

/**
 * Enough for the tickets open in an agent's tabs: the background assesses every tab's announcements, and
 * switching between two tabs must not re-run the detector on threads it has just read.
 */
const MAX_CACHED = 16;

/**
 * Makes a TicketState of what a content script read: the same thread always gets the same assessment
 * (the detector is a pure function), so the badge, the side panel and the palette agree without sending
 * the assessment between them. Only the customer's messages decide: agents' notes, typing indicators and
 * an editor appearing change the reading far more often than the customer writes.
 */
export function createTicketAssessor() {
  const cache = new Map<string, Assessment>();
  const assessOnce = (ticket: Extract<TicketReading, { kind: 'ticket' }>): Assessment => {
    const { snapshot } = ticket;
    // the detector reads the subject and the customer's messages, nothing else (lib/detect/thread.ts)
    const customer = snapshot.messages.filter((m) => m.author === 'customer').map((m) => m.text);
    const key = `${snapshot.lang ?? ''}\u0003${snapshot.subject}\u0002${customer.join('\u0001')}`;
    let assessment = cache.get(key);
    if (assessment) cache.delete(key); // re-inserted last: the map's order is the order of use
    else assessment = withReplyLang(assess(snapshot), snapshot.lang);
    cache.set(key, assessment);
    if (cache.size > MAX_CACHED) cache.delete(cache.keys().next().value!);
    return assessment;
  };
  return (reading: TicketReading): TicketState => {
    if (reading.kind !== 'ticket') return reading;
    const hasCustomerMessage = reading.snapshot.messages.some((m) => m.author === 'customer' && m.text.trim());
    return { ...reading, assessment: hasCustomerMessage ? assessOnce(reading) : null };
  };
}

/** Words that tell Vietnamese (function words, diacritics) before a message counts as Vietnamese. */
const MIN_VI_EVIDENCE = 2;

/**
 * The language to answer in. The detector labels even a two-word message; when the customer's latest
 * message gives little Vietnamese evidence (a lone accented word: often a name, a signature, a product),
 * Vietnamese phrases could go to a customer who wrote English. Then the page's language decides (the
 * helpdesk's `<html lang>`), or nobody does ('other': the panel falls back to the agent's own language).
 * English needs no such guard: its evidence is function words and the English lexicon, never a name.
 */
export function withReplyLang(assessment: Assessment, pageLang: string | undefined): Assessment {
  if (assessment.lang === 'en') return assessment;
  if (assessment.lang === 'vi') {
    const toks = tokenizeText(assessment.text);
    const evidence = scoreTokens(toks, 0, toks.length);
    if (evidence.vi >= MIN_VI_EVIDENCE) return assessment;
  }
  const page = /^(vi|en)\b/i.exec(pageLang ?? '')?.[1]?.toLowerCase() as Lang | undefined;
  return page === assessment.lang ? assessment : { ...assessment, lang: page ?? 'other' };
}

/** One shared assessor per JavaScript context (background, side panel, palette). */
export const assessTicket = createTicketAssessor();
