import { describe, expect, it } from 'vitest';
import { createTicketAssessor } from '../../lib/detect/ticket';
import type { TicketReading } from '../../lib/messaging';

type Ticket = Extract<TicketReading, { kind: 'ticket' }>;

const reading = (messages: { author: 'customer' | 'agent'; text: string }[], subject = 'Order 1182'): Ticket => ({
  kind: 'ticket',
  snapshot: { site: 'zendesk', ticketId: '1182', subject, requester: { name: 'Dana' }, messages, url: 'https://x.zendesk.com/agent/tickets/1182' },
  hasEditor: true,
});

const ANGRY = 'This is the third time the parcel went missing and nobody answers. Refund me now or I file a chargeback!!';

describe('assessTicket: a content script reading becomes a ticket state', () => {
  it('assesses the customer messages of a reading', () => {
    const state = createTicketAssessor()(reading([{ author: 'customer', text: ANGRY }]));
    expect(state.kind === 'ticket' && state.assessment).toMatchObject({ lang: 'en', complaint: true });
    expect(state.kind === 'ticket' && state.assessment!.anger).toBeGreaterThanOrEqual(2);
  });

  it('gives no assessment to a ticket without a customer message, and passes "no ticket" through', () => {
    const assessTicket = createTicketAssessor();
    const state = assessTicket(reading([{ author: 'agent', text: 'Hello, how can I help?' }, { author: 'customer', text: '   ' }]));
    expect(state).toMatchObject({ kind: 'ticket', assessment: null });
    const none = { kind: 'none', reason: 'no-ticket' } as const;
    expect(assessTicket(none)).toEqual(none);
  });

  it('keeps the reading as it came: snapshot, editor and the chosen form of address', () => {
    const input: Ticket = { ...reading([{ author: 'customer', text: ANGRY }]), honorific: 'anh' };
    expect(createTicketAssessor()(input)).toMatchObject({ snapshot: input.snapshot, hasEditor: true, honorific: 'anh' });
  });

  it('reuses the assessment while only agent messages change, and re-assesses when the customer or subject does', () => {
    const assessTicket = createTicketAssessor();
    const first = assessTicket(reading([{ author: 'customer', text: ANGRY }]));
    const withNote = assessTicket(reading([{ author: 'customer', text: ANGRY }, { author: 'agent', text: 'Looking into it.' }]));
    const calmer = assessTicket(reading([{ author: 'customer', text: 'Thanks, that helped a lot.' }]));
    const newSubject = assessTicket(reading([{ author: 'customer', text: ANGRY }], 'Complaint: refund refused'));
    const get = (s: ReturnType<typeof assessTicket>) => (s.kind === 'ticket' ? s.assessment : undefined);
    // agent messages never reach the detector, so the same verdict object is handed out again
    expect(get(withNote)).toBe(get(first));
    expect(get(calmer)).not.toBe(get(first));
    expect(get(calmer)!.anger).toBe(0);
    expect(get(newSubject)).not.toBe(get(first));
  });

  it('remembers the threads of several tabs, so switching between them assesses nothing again', () => {
    const assessTicket = createTicketAssessor();
    const tabs = Array.from({ length: 10 }, (_, i) => reading([{ author: 'customer', text: `${ANGRY} (order ${i})` }]));
    const first = tabs.map((t) => assessTicket(t));
    const again = tabs.map((t) => assessTicket(t));
    again.forEach((s, i) => expect(s.kind === 'ticket' && s.assessment).toBe(first[i]!.kind === 'ticket' && first[i]!.assessment));
  });
});

describe('what a snapshot keeps is enough for the detector', () => {
  it('keeps every customer message the detector weighs, with three agent items after each', async () => {
    const { MAX_MESSAGES, latestMessages } = await import('../../lib/sites/dom-text');
    const { MAX_EARLIER } = await import('../../lib/detect/thread');
    const thread = Array.from({ length: 50 }, (_, i) => ({ author: i % 4 === 0 ? 'customer' : 'agent', text: `item ${i}` }) as const);
    const kept = latestMessages(thread);
    expect(kept.length).toBe(MAX_MESSAGES);
    expect(kept.filter((m) => m.author === 'customer').length).toBeGreaterThanOrEqual(MAX_EARLIER + 1);
  });
});
