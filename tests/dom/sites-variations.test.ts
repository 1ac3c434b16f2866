import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { adapterById, configureSites, generic } from '../../lib/sites';
import type { SiteAdapter } from '../../lib/sites/types';
import { SITE_PAGES, type SitePage } from './support/site-pages';
import { expected, tickets, variants, type Ticket, type Variant } from './support/ticket-pages';

/**
 * Every adapter against generated variants of its page (issue #15): whatever the avatar, e-mail, wrappers,
 * invisible characters, labels, thread order, attachment-only messages, notes and system events, the
 * reading gives exactly the customer's latest message, the customer's name and the subject.
 */

function show(page: SitePage, t: Ticket, v: Variant) {
  const { html, url, title } = page.render(t, v);
  document.title = title ?? 'Helpdesk';
  document.body.innerHTML = html;
  window.history.replaceState(null, '', url);
}

function reading(adapter: SiteAdapter) {
  const ticket = adapter.readTicket(document);
  if (!ticket) return null;
  const latest = ticket.messages.filter((m) => m.author === 'customer').at(-1)?.text ?? null;
  return { subject: ticket.subject, requester: ticket.requester.name, latest };
}

afterEach(() => configureSites({ genericFallback: false, customSites: [] }));

describe.each(SITE_PAGES.map((p) => [p.site, p] as const))('%s, generated variants', (site, page) => {
  const adapter = site === 'generic' ? generic : adapterById(site)!;

  it('reads the customer’s latest message, name and subject exactly', () => {
    fc.assert(
      fc.property(tickets(), variants(page.orders), (t, v) => {
        show(page, t, v);
        expect(reading(adapter)).toEqual(expected(t));
      }),
      // The generic reader looks up styles, which jsdom computes slowly: fewer runs there.
      { numRuns: site === 'generic' ? 30 : 60 },
    );
  }, 120_000);

  it('reads the same once older messages are added later (lazy history)', () => {
    fc.assert(
      fc.property(tickets(), variants(page.orders), fc.integer({ min: 1, max: 3 }), (t, v, shown) => {
        const recent: Ticket = { ...t, messages: t.messages.slice(-shown) };
        // Only what is on the page can be read: the latest customer message among the recent ones.
        const hasCustomer = recent.messages.some((m) => m.kind === 'customer' && m.paragraphs.length > 0);
        show(page, recent, v);
        const first = reading(adapter);
        if (hasCustomer && first) expect(first).toEqual(expected(recent));
        show(page, t, v);
        expect(reading(adapter)).toEqual(expected(t));
      }),
      { numRuns: site === 'generic' ? 20 : 25 },
    );
  }, 120_000);
});

describe('an SPA route change mid-load', () => {
  it('never mixes two tickets: each reading is the old ticket, the new one, or none', () => {
    const page = SITE_PAGES.find((p) => p.site === 'zendesk')!;
    const adapter = adapterById('zendesk')!;
    fc.assert(
      fc.property(tickets(['customer', 'agent']), tickets(['customer', 'agent']), variants(), (a, b, v) => {
        fc.pre(a.id !== b.id && a.customer.name !== b.customer.name && a.subject !== b.subject);
        show(page, a, v);
        const old = page.render(a, v);
        const next = page.render(b, v);
        // The route changes, then the header renders, then the thread, as an SPA does.
        window.history.pushState(null, '', next.url);
        const doc = new DOMParser().parseFromString(next.html, 'text/html');
        document.querySelector('header')!.replaceWith(doc.querySelector('header')!);
        const mid = reading(adapter);
        expect([null, expected(b)]).toContainEqual(mid);
        document.body.innerHTML = next.html;
        expect(reading(adapter)).toEqual(expected(b));
        expect(old.url).not.toBe(next.url);
      }),
      { numRuns: 40 },
    );
  }, 60_000);
});
