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
  type Item = { author: 'customer' | 'agent'; text: string };
  /** The messages the detector itself picks out of a thread, by its own reader. */
  const messagesRead = async (messages: Item[]) => {
    const { readThread } = await import('../../lib/detect/thread');
    return readThread({ messages }).messages.map((m) => m.text);
  };
  const readAll = async (items: Item[]) => {
    const { readLatest } = await import('../../lib/sites/dom-text');
    let looked = 0;
    const messages = readLatest(items, (item) => {
      looked++;
      return item.text ? item : null;
    });
    return { messages, looked };
  };

  it('keeps every customer message the detector reads, with agent items in between', async () => {
    const thread: Item[] = Array.from({ length: 50 }, (_, i) => ({ author: i % 4 === 0 ? 'customer' : 'agent', text: `item ${i}` }));
    const { messages } = await readAll(thread);
    expect(await messagesRead(messages)).toEqual(await messagesRead(thread));
    expect((await messagesRead(messages)).length).toBe(4);
  });

  it('stops reading a long thread once it has them: a handful of items, not all 200', async () => {
    const thread: Item[] = Array.from({ length: 200 }, (_, i) => ({ author: 'customer', text: `Still waiting, day ${i}.` }));
    const { messages, looked } = await readAll(thread);
    expect(looked).toBe(4);
    expect(messages.map((m) => m.text)).toEqual(['Still waiting, day 196.', 'Still waiting, day 197.', 'Still waiting, day 198.', 'Still waiting, day 199.']);
  });

  it('looks at no more than the latest MAX_MESSAGES items when agents wrote them all', async () => {
    const { MAX_MESSAGES } = await import('../../lib/sites/dom-text');
    const thread: Item[] = Array.from({ length: 60 }, (_, i) => ({ author: i === 0 ? 'customer' : 'agent', text: `note ${i}` }));
    const { messages, looked } = await readAll(thread);
    expect(looked).toBe(MAX_MESSAGES);
    expect(messages.every((m) => m.author === 'agent')).toBe(true);
  });

  it('skips items without text and reads past an empty latest message', async () => {
    const thread: Item[] = [
      ...Array.from({ length: 8 }, (_, i) => ({ author: 'customer' as const, text: `Message ${i}` })),
      { author: 'customer', text: '' },
      { author: 'customer', text: 'https://example.com/a' },
    ];
    const { messages } = await readAll(thread);
    // An item without text is no message at all; a link alone is one the detector reads past.
    expect(await messagesRead(messages)).toEqual(await messagesRead(thread.filter((m) => m.text)));
    expect((await messagesRead(messages)).filter((text) => text.startsWith('Message')).length).toBe(4);
  });
});
