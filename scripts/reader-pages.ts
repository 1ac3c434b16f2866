/**
 * Reading a blind helpdesk page and comparing the reading with what its author expected; used by
 * scripts/score-reader-pages.ts and tests/dom/blind-pages.test.ts.
 */
import { JSDOM } from 'jsdom';
import { configureSites, pickAdapter } from '../lib/sites';

export interface Expected {
  url: string;
  isTicket: boolean;
  subject?: string;
  customerName?: string;
  latestCustomerMessage?: string;
  ticketId?: string;
}

export const FIELDS = ['isTicket', 'subject', 'customerName', 'latestCustomerMessage', 'ticketId'] as const;
type Field = (typeof FIELDS)[number];

const norm = (s: unknown) => String(s ?? '').replace(/\s+/g, ' ').trim();

export function readPage(html: string, url: string): Record<Field, string> & { why: string } {
  const dom = new JSDOM(html, { url: new URL(url, 'http://helpdesk.test').href, pretendToBeVisual: true });
  try {
    configureSites({ genericFallback: true, customSites: [] });
    const doc = dom.window.document;
    const adapter = pickAdapter(dom.window.location.href, doc);
    const reading = adapter?.readWithEvidence?.(doc);
    const ticket = adapter?.readTicket(doc) ?? null;
    const latest = ticket?.messages.filter((m) => m.author === 'customer').at(-1)?.text ?? '';
    return {
      isTicket: String(ticket !== null),
      subject: norm(ticket?.subject),
      customerName: norm(ticket?.requester.name),
      latestCustomerMessage: norm(latest),
      ticketId: norm(ticket?.ticketId),
      why: `${adapter?.id ?? 'no adapter'}: ${reading?.doubt ?? JSON.stringify(reading?.evidence ?? null)}`,
    };
  } finally {
    dom.window.close();
  }
}

export function scorePage(html: string, expected: Expected) {
  const got = readPage(html, expected.url);
  const want: Record<Field, string> = {
    isTicket: String(expected.isTicket),
    subject: norm(expected.subject),
    customerName: norm(expected.customerName),
    latestCustomerMessage: norm(expected.latestCustomerMessage),
    ticketId: norm(expected.ticketId),
  };
  const fields = expected.isTicket ? FIELDS : (['isTicket'] as const);
  const wrong = fields.filter((f) => got[f] !== want[f]);
  return { got, want, fields: fields.length, wrong };
}

