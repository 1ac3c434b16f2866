import { describe, expect, it } from 'vitest';
import { assess } from '../../lib/detect';
import { MAX_EARLIER } from '../../lib/detect/thread';
import { MAX_MESSAGES, readLatest } from '../../lib/sites/dom-text';

type Message = { author: 'customer' | 'agent'; text: string };

/** Customer messages of every kind the thread reader treats differently: plain, empty, only a link, only a quote. */
const CUSTOMER = [
  'My parcel still has not arrived after two weeks.',
  'Thanks, that fixed it!',
  'Đơn hàng của tôi giao chậm quá, shop trả lời đi.',
  'WHY IS NOBODY ANSWERING???',
  '   ',
  '',
  '😡😡',
  '...',
  'https://example.com/orders/55',
  '> You wrote earlier: the refund is on its way\n> regards',
  'On Monday, Support wrote:\n> We are sorry for the delay.',
  'I will file a chargeback if this is not solved today.',
  'ok',
];
const AGENT = ['Hello, how can I help?', 'Sorry for the wait, I have escalated this.', '', 'Internal note: called the courier.'];

/**
 * What a content script sends of a conversation: the adapter reads it with readLatest (stopping once it
 * has the messages the detector reads), then the reading keeps the customer's messages.
 */
const messagesRead = (messages: Message[]) => readLatest(messages, (m) => m).filter((m) => m.author === 'customer');

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number) {
  return () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 2 ** 32;
  };
}

function thread(next: () => number): Message[] {
  const length = Math.floor(next() * 24);
  return Array.from({ length }, () =>
    next() < 0.6
      ? { author: 'customer' as const, text: CUSTOMER[Math.floor(next() * CUSTOMER.length)]! }
      : { author: 'agent' as const, text: AGENT[Math.floor(next() * AGENT.length)]! },
  );
}

describe('what a content script sends of a thread', () => {
  it('gives the same assessment as the latest MAX_MESSAGES items of the thread, on 400 generated threads', () => {
    const next = random(20261122);
    for (let i = 0; i < 400; i++) {
      const messages = thread(next);
      const subject = next() < 0.5 ? 'Refund still missing' : '';
      // A reading looks at the latest MAX_MESSAGES items at most (some threads here are longer).
      const whole = assess({ subject, messages: messages.slice(-MAX_MESSAGES) } as never);
      const sent = assess({ subject, messages: messagesRead(messages) } as never);
      expect(sent, JSON.stringify(messages)).toEqual(whole);
    }
  });

  it('keeps only customer messages, at most the latest one with content and the few before it', () => {
    const messages: Message[] = [
      ...Array.from({ length: 10 }, (_, i) => ({ author: 'customer' as const, text: `Message ${i}: still waiting.` })),
      { author: 'agent', text: 'We are on it.' },
      { author: 'customer', text: '   ' },
    ];
    const kept = messagesRead(messages);
    expect(kept.every((m) => m.author === 'customer')).toBe(true);
    expect(kept.map((m) => m.text)).toEqual(['Message 6: still waiting.', 'Message 7: still waiting.', 'Message 8: still waiting.', 'Message 9: still waiting.', '   ']);
    expect(kept.filter((m) => m.text.trim()).length).toBe(MAX_EARLIER + 1);
  });

  it('passes an empty thread through', () => {
    expect(messagesRead([])).toEqual([]);
  });
});
