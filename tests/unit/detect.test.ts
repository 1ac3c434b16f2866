// Hand-written examples only (never data-set texts).
import { describe, expect, it } from 'vitest';
import { assess, CATEGORIES, LEARNED_CUE, type Assessment, type Category } from '../../lib/detect';
import type { TicketSnapshot } from '../../lib/sites/types';

const cats = (a: Assessment) => a.categories.map((c) => c.category);
const cues = (a: Assessment) => a.evidence.map((e) => e.cue);
const spans = (a: Assessment) => a.evidence.map((e) => a.text.slice(e.start, e.end));

function ticket(...msgs: Array<['customer' | 'agent', string]>): TicketSnapshot {
  return {
    site: 'test',
    ticketId: '1',
    subject: '',
    requester: { name: 'Lan' },
    messages: msgs.map(([author, text]) => ({ author, text })),
    url: 'https://example.invalid/t/1',
  };
}

describe('categories, English and Vietnamese', () => {
  const cases: Array<[Category, string, string]> = [
    ['quality', 'The blender arrived broken and the motor is defective.', 'Sản phẩm bị lỗi, dùng được hai ngày đã hỏng.'],
    ['delivery', 'My parcel is delayed again and it never arrived at my door.', 'Giao hàng chậm quá, đặt cả tuần rồi vẫn chưa nhận được hàng.'],
    ['return-cancel', 'I want a full refund, please cancel my subscription.', 'Tôi muốn trả hàng và hoàn tiền ngay.'],
    ['wrong-info', 'Your agent told me it was compatible. The listing is misleading and not as described.', 'Shop tư vấn sai, hàng không giống mô tả.'],
    ['past-experience', 'Same problem as last time, this keeps happening every time and I will never buy again.', 'Lần trước mua cũng bị lỗi, lần nào cũng vậy, không bao giờ mua lại nữa.'],
    ['conflict', 'I will contact my lawyer and report you to the Better Business Bureau.', 'Tôi sẽ bóc phốt shop lên facebook và báo công an.'],
    ['abuse', 'You are a bunch of idiots and morons.', 'Đồ ngu, nhân viên mất dạy.'],
    ['policy', 'Your return policy is unfair, why do I have to pay a restocking fee?', 'Chính sách đổi trả vô lý quá, quy định kiểu gì vậy.'],
    ['manager', 'I want to speak to a manager right now.', 'Cho tôi gặp quản lý ngay.'],
    ['billing', 'I was charged twice on my credit card for one order.', 'Tôi bị trừ tiền 2 lần khi thanh toán.'],
  ];
  for (const [cat, en, vi] of cases) {
    it(`${cat} (en)`, () => {
      const a = assess(en);
      expect(a.lang).toBe('en');
      expect(a.complaint).toBe(true);
      expect(cats(a)).toContain(cat);
      const hit = a.categories.find((c) => c.category === cat)!;
      expect(hit.evidence.length).toBeGreaterThan(0);
    });
    it(`${cat} (vi)`, () => {
      const a = assess(vi);
      expect(a.lang).toBe('vi');
      expect(a.complaint).toBe(true);
      expect(cats(a)).toContain(cat);
    });
  }
  it('uses only the categories of DESIGN.md', () => {
    for (const [, en, vi] of cases) for (const c of [...cats(assess(en)), ...cats(assess(vi))]) expect(CATEGORIES).toContain(c);
  });
});

describe('calm and positive messages', () => {
  it.each([
    'Thanks a lot, the replacement works great!',
    'Hi, could you tell me your opening hours on Sunday?',
    'Sản phẩm đẹp, giao hàng nhanh, đóng gói cẩn thận. Cảm ơn shop!',
    'Shop ơi cho mình hỏi áo này còn size M không ạ?',
  ])('%s', (text) => {
    const a = assess(text);
    expect(a.complaint).toBe(false);
    expect(a.anger).toBe(0);
    expect(a.categories).toEqual([]);
  });
});

describe('negation', () => {
  it('flips a positive word in English', () => {
    expect(assess('The support was helpful and the product is good.').complaint).toBe(false);
    const a = assess('The support was not helpful and the product is not good.');
    expect(a.complaint).toBe(true);
    expect(spans(a).some((s) => /^not\b/.test(s))).toBe(true);
  });
  it('turns "not received" into a delivery problem', () => {
    const a = assess("I still haven't received my order.");
    expect(a.complaint).toBe(true);
    expect(cats(a)).toContain('delivery');
  });
  it('flips a positive word in Vietnamese (không, chẳng, chưa)', () => {
    expect(assess('Sản phẩm tốt, mình rất hài lòng.').complaint).toBe(false);
    expect(assess('Sản phẩm không tốt, mình không hài lòng.').complaint).toBe(true);
    expect(assess('Dịch vụ chẳng ra gì.').complaint).toBe(true);
    expect(assess('Đặt hàng mười ngày rồi mà chưa nhận được.').complaint).toBe(true);
  });
  it('"không bị lỗi" praises rather than complains', () => {
    const a = assess('Máy chạy êm, không bị lỗi gì, rất ưng.');
    expect(a.complaint).toBe(false);
  });
});

describe('Vietnamese spelling variants', () => {
  it('matches text typed without diacritics', () => {
    const a = assess('giao hang cham qua, hang khong giong hinh');
    expect(a.lang).toBe('vi');
    expect(a.complaint).toBe(true);
    expect(cats(a)).toEqual(expect.arrayContaining(['delivery', 'wrong-info']));
    expect(spans(a)).toContain('giao hang cham qua');
  });
  it('gives the same reading with and without diacritics', () => {
    const a = assess('Shop giao hàng chậm, sản phẩm bị hỏng');
    const b = assess('Shop giao hang cham, san pham bi hong');
    expect(b.complaint).toBe(a.complaint);
    expect(cats(b).sort()).toEqual(cats(a).sort());
  });
  it('expands teencode and abbreviations, with spans on the original words', () => {
    const a = assess('sp ko dc nhu hinh, shop lam an ntn vay');
    expect(a.complaint).toBe(true);
    expect(a.evidence.length).toBeGreaterThan(0);
    for (const e of a.evidence) expect(a.text.slice(e.start, e.end).trim()).not.toBe('');
    expect(assess('hàng đẹp, giao nhanh, 10 đ').complaint).toBe(false);
  });
  it('treats NFD input like NFC input and keeps offsets in the original string', () => {
    const nfc = 'Giao hàng chậm quá, thất vọng!';
    const nfd = nfc.normalize('NFD');
    const a = assess(nfc);
    const b = assess(nfd);
    expect(b.complaint).toBe(a.complaint);
    expect(cues(b)).toEqual(cues(a));
    for (const e of b.evidence) expect(b.text.slice(e.start, e.end).normalize('NFC')).toBe(nfc.slice(a.evidence[b.evidence.indexOf(e)]!.start, a.evidence[b.evidence.indexOf(e)]!.end));
  });
  it('handles intensifiers before and after the word', () => {
    const plain = assess('Giao hàng chậm.');
    const strong = assess('Giao hàng chậm quá, rất tệ, thật sự thất vọng!!!');
    expect(strong.score).toBeGreaterThan(plain.score);
  });
});

describe('English cues', () => {
  it('reads sarcasm as a complaint', () => {
    for (const t of ['Thanks for nothing.', 'Great, just great. The app crashed again.', 'Thanks for making me wait three weeks for a reply.']) {
      const a = assess(t);
      expect(a.complaint, t).toBe(true);
      expect(cues(a).some((c) => c.startsWith('sarcasm:')), t).toBe(true);
    }
  });
  it('threats and insults are hostile (anger 3)', () => {
    expect(assess('Refund me or I will file a chargeback and call my lawyer.').anger).toBe(3);
    expect(assess('Your staff are useless idiots.').anger).toBe(3);
    expect(assess('Trả tiền ngay không tôi kiện ra tòa.').anger).toBe(3);
  });
  it('shouting and !!! raise the intensity', () => {
    const calm = assess('My order is late.');
    const loud = assess('MY ORDER IS LATE AGAIN!!! This is RIDICULOUS!!!');
    expect(loud.complaint).toBe(true);
    expect(loud.anger).toBeGreaterThanOrEqual(calm.anger);
    expect(loud.intensity!).toBeGreaterThan(calm.intensity!);
  });
  it('politeness lowers anger but not the complaint', () => {
    const rude = assess('Where is my refund?? This is ridiculous, fix it now!!');
    const polite = assess('Hello, could you please check where my refund is? Thank you so much, have a nice day.');
    expect(polite.complaint).toBe(true);
    expect(polite.anger).toBeLessThan(rude.anger);
  });
  it('a manager demand is a complaint, a manager mention is not', () => {
    const a = assess('Let me talk to your supervisor.');
    expect(a.complaint).toBe(true);
    expect(cats(a)).toContain('manager');
    expect(assess('Our manager approved the new budget, thanks.').complaint).toBe(false);
  });
  it('hostile (3) needs blame, insults, swearing, threats or sarcasm', () => {
    const a = assess("I've been waiting on hold for 2 hours!!!");
    expect(a.complaint).toBe(true);
    expect(a.anger).toBeLessThanOrEqual(2);
    expect(assess('You scammed me, you thieves!').anger).toBe(3);
  });
  it('praise with a reported flaw is a complaint', () => {
    expect(assess('I love the phone but the battery dies after an hour.').complaint).toBe(true);
    expect(assess('Áo đẹp nhưng hơi chật, màu hơi khác hình.').complaint).toBe(true);
  });
  it('angry emoji count', () => {
    expect(assess('My package is lost 😡😡').anger).toBeGreaterThanOrEqual(1);
  });
});

describe('threads', () => {
  it('analyses the latest customer message and ignores agent messages', () => {
    const t = ticket(
      ['customer', 'Hello, I have a question about my invoice.'],
      ['agent', 'We are terribly sorry for the horrible experience, this is unacceptable on our side.'],
      ['customer', 'Still no answer after five days. This is ridiculous!'],
    );
    const a = assess(t);
    expect(a.text).toBe('Still no answer after five days. This is ridiculous!');
    expect(a.complaint).toBe(true);
    for (const e of a.evidence) expect(e.end).toBeLessThanOrEqual(a.text.length);
    expect(spans(a).join(' ')).not.toMatch(/terribly|horrible|unacceptable/);
  });
  it('reports the trend against the previous customer message', () => {
    const up = assess(ticket(['customer', 'Hi, when will my order ship?'], ['agent', 'Soon!'], ['customer', 'It has been two weeks, this is unacceptable! I want a refund NOW or I will dispute the charge!!']));
    expect(up.trend).toBe('angrier');
    const down = assess(ticket(['customer', 'This is a scam, you idiots stole my money!!!'], ['agent', 'I have refunded you.'], ['customer', 'Thank you, I got it. Have a nice day.']));
    expect(down.trend).toBe('calmer');
    expect(assess(ticket(['customer', 'Hello there.'])).trend).toBeUndefined();
  });
  it('ignores quoted earlier replies and signatures', () => {
    const text = [
      'Thanks, all sorted now!',
      '',
      'Best regards,',
      'Jane Doe',
      'Acme Ltd',
      '',
      'On Mon, 3 Jun 2024 at 10:00, Support <help@example.com> wrote:',
      '> We are sorry your order arrived broken and late.',
      '> Terrible experience, we know.',
    ].join('\n');
    const a = assess(text);
    expect(a.complaint).toBe(false);
    for (const e of a.evidence) expect(e.start).toBeLessThan(text.indexOf('On Mon'));
    const notAHeader = assess('On Monday my order was late and nobody wrote\nNow the box is broken too.');
    expect(spans(notAHeader)).toContain('broken');
    const quotedOnly = assess('> this is a terrible broken product\nOk, understood, thanks.');
    expect(quotedOnly.complaint).toBe(false);
    const sig = assess('Where is my order? It is late.\n--\nJohn | Terrible Widgets Inc.');
    expect(spans(sig).join(' ')).not.toMatch(/Terrible/);
  });
  it('ignores HTML remnants and keeps offsets into the original text', () => {
    const html = '<p>The item is <b>broken</b>&nbsp;and the box was damaged.</p><br>';
    const a = assess(html);
    expect(a.complaint).toBe(true);
    expect(spans(a)).toContain('broken');
    expect(spans(a).join(' ')).not.toMatch(/[<>]/);
  });
  it('handles mixed-language tickets', () => {
    const a = assess('Hi team. Đơn hàng của tôi giao chậm quá, đã một tuần rồi. This is unacceptable!');
    expect(a.complaint).toBe(true);
    expect(spans(a).some((s) => /chậm/.test(s))).toBe(true);
    expect(spans(a)).toContain('unacceptable');
    expect(cats(a)).toContain('delivery');
  });
});

describe('bad and extreme input never throws', () => {
  it.each([[''], ['   \n\t  '], ['\u0000\u0007\u001b']])('blank %j is calm', (text) => {
    const a = assess(text);
    expect(a).toMatchObject({ complaint: false, anger: 0, score: 0, categories: [], evidence: [] });
  });
  it('emoji-only input', () => {
    expect(assess('👍👍').complaint).toBe(false);
    const a = assess('😡😡😡');
    expect(a.anger).toBeGreaterThanOrEqual(1);
    expect(a.lang).toBe('other');
  });
  it('non-strings and malformed snapshots', () => {
    for (const x of [undefined, null, 42, {}, [], { messages: 'x' }, { messages: [null, 3, { author: 'customer', text: 5 }] }, () => 1]) {
      const a = assess(x as never);
      expect(a.complaint).toBe(false);
      expect(a.anger).toBe(0);
      expect(typeof a.text).toBe('string');
    }
  });
  it('lone surrogates and control characters', () => {
    const t = '\ud800 this is \udc00 terrible\u0000 and broken \ud83d';
    const a = assess(t);
    expect(a.complaint).toBe(true);
    // the lexicon cues mark exactly these words; learned phrases mark whole words and never a blanked character
    for (const e of a.evidence) {
      if (e.cue === LEARNED_CUE) expect(t.slice(e.start, e.end)).toMatch(/^[\p{L} ]+$/u);
      else expect(t.slice(e.start, e.end)).toMatch(/terrible|broken/);
    }
  });
  it('1 MB input is analysed in a bounded window and flagged', () => {
    const unit = 'The parcel is late and the box was damaged. Giao hàng chậm quá. ';
    const big = unit.repeat(Math.ceil((1024 * 1024) / unit.length));
    const t0 = performance.now();
    const a = assess(big);
    const ms = performance.now() - t0;
    expect(a.truncated).toBe(true);
    expect(a.window!.end).toBeLessThan(big.length);
    expect(a.complaint).toBe(true);
    expect(ms).toBeLessThan(3000);
    for (const e of a.evidence) expect(e.end).toBeLessThanOrEqual(a.window!.end);
  });
});
