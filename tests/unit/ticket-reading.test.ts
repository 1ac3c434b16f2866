import { describe, expect, it } from 'vitest';
import { sameReading } from '../../entrypoints/content/ticket-watcher';
import type { TicketReading } from '../../lib/messaging';

const ticket = (): Extract<TicketReading, { kind: 'ticket' }> => ({
  kind: 'ticket',
  snapshot: {
    site: 'zendesk',
    ticketId: '77',
    subject: 'Late parcel',
    requester: { name: 'Lan' },
    messages: [
      { author: 'customer', text: 'Where is my parcel?', time: '2026-11-20T10:00:00Z' },
      { author: 'agent', text: 'Checking now.' },
    ],
    url: 'https://x.zendesk.com/agent/tickets/77',
  },
  hasEditor: true,
});

describe('sameReading: when the content script announces a new reading', () => {
  it('treats equal readings as the same, even as separate objects', () => {
    expect(sameReading(ticket(), ticket())).toBe(true);
    expect(sameReading({ kind: 'none', reason: 'no-ticket' }, { kind: 'none', reason: 'no-ticket' })).toBe(true);
  });

  it('sees every change the side panel or the badge would show', () => {
    const changes: Array<(t: ReturnType<typeof ticket>) => void> = [
      (t) => (t.hasEditor = false),
      (t) => (t.honorific = 'chị'),
      (t) => (t.snapshot.ticketId = '78'),
      (t) => (t.snapshot.subject = 'Late parcel (again)'),
      (t) => (t.snapshot.url += '?x'),
      (t) => (t.snapshot.requester.name = 'Lan N.'),
      (t) => t.snapshot.messages.push({ author: 'customer', text: 'Hello?' }),
      (t) => (t.snapshot.messages[0]!.text += '!'),
      (t) => (t.snapshot.messages[1]!.author = 'customer'),
      (t) => (t.snapshot.messages[1]!.time = '2026-11-20T10:05:00Z'),
    ];
    for (const change of changes) {
      const changed = ticket();
      change(changed);
      expect(sameReading(ticket(), changed)).toBe(false);
    }
  });

  it('tells "no ticket" from an error and from a ticket', () => {
    expect(sameReading({ kind: 'none', reason: 'no-ticket' }, { kind: 'none', reason: 'error', detail: 'x' })).toBe(false);
    expect(sameReading({ kind: 'none', reason: 'error', detail: 'a' }, { kind: 'none', reason: 'error', detail: 'b' })).toBe(false);
    expect(sameReading({ kind: 'none', reason: 'no-ticket' }, ticket())).toBe(false);
    expect(sameReading(ticket(), { kind: 'none', reason: 'no-ticket' })).toBe(false);
  });
});
