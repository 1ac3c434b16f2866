import { describe, expect, it } from 'vitest';
import { createTicketAssessor } from '../../lib/detect/ticket';
import type { TicketReading } from '../../lib/messaging';

/**
 * The language phrases are offered in (issue #15): a customer who wrote too little to tell gets the page's
 * language, or none (the panel then uses the agent's); never Vietnamese because a name has accents.
 */
const reading = (text: string, lang?: string): TicketReading => ({
  kind: 'ticket',
  hasEditor: true,
  snapshot: {
    site: 'generic',
    ticketId: '1',
    subject: '',
    requester: { name: 'Nguyễn Thị Lan' },
    messages: [{ author: 'customer', text }],
    url: 'https://desk.example/tickets/1',
    ...(lang ? { lang } : {}),
  },
});

const langOf = (text: string, pageLang?: string) => {
  const state = createTicketAssessor()(reading(text, pageLang));
  return state.kind === 'ticket' ? state.assessment?.lang : undefined;
};

describe('the language to answer in', () => {
  it('is not Vietnamese when the only Vietnamese is a name: the page’s language, else undecided', () => {
    expect(langOf('Thanks, Lan Nguyễn', 'en')).toBe('en');
    expect(langOf('Thanks, Lan Nguyễn', 'en-GB')).toBe('en');
    expect(langOf('Thanks, Lan Nguyễn')).toBe('other');
    expect(langOf('Thanks, Lan Nguyễn', 'de')).toBe('other');
  });

  it('is the page’s language when the customer wrote nothing that tells', () => {
    expect(langOf('???', 'vi')).toBe('vi');
    expect(langOf('OK', 'en')).toBe('en');
  });

  it('is the customer’s own when their words tell, whatever the page says', () => {
    expect(langOf('Sao giao hàng chậm vậy shop?', 'en')).toBe('vi');
    expect(langOf('Giao hang cham qua, toi muon huy don', 'en')).toBe('vi');
    expect(langOf('Where is my refund? I have waited two weeks.', 'vi')).toBe('en');
  });
});
