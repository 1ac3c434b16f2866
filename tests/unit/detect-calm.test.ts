// Calm support questions must stay calm; real complaints, polite or not, must stay complaints.
// Hand-written examples only (never data-set texts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess, type Assessment } from '../../lib/detect';
import { analyseMessage } from '../../lib/detect/features';
import { MODEL } from '../../lib/detect/model';
import { contributions, langModel, sigmoid } from '../../lib/detect/score';
import type { TicketSnapshot } from '../../lib/sites/types';

const CALM_EN = [
  'Hi there, could you tell me how to change the email address on my account? Thanks a lot!',
  'Hi, how do I reset my password? Thank you.',
  'Hello, can I update the shipping address for my order before it ships?',
  'Could you please send me an invoice for my last purchase? Thanks!',
  'Thank you so much for your help today!',
  "Good morning! I'd like to know if you ship to Canada.",
  'Can you tell me what payment methods you accept?',
  'Hi team, where can I download the receipt for my subscription?',
  'Thanks, got it. Have a great weekend!',
  'Hey, quick question: do you offer gift wrapping?',
  'Could you add my colleague as a user on our company account, please?',
  'Hello, I would like to update my phone number on file. Thank you in advance.',
  'What are your customer service hours on weekends?',
  'Is there a way to export my order history as a PDF?',
  'Hi! Can I pay by bank transfer instead of card?',
  'Could you confirm that you received my documents? Many thanks.',
  'Hello, how long does delivery to Berlin usually take?',
  'Dear support, please change the delivery address on my order to my office. Kind regards.',
  'Can someone help me set up two-factor login on my account?',
  'Hello, I placed an order yesterday. Can you tell me the tracking number? Thanks!',
  'Can I ask a quick question about my invoice?',
  "I'm trying to update my billing address, where do I do that?",
  'I have a request: could you send the invoice to my accountant as well?',
  'Thank you for replacing the charger.',
  'Any idea if the blue version will be back in stock?',
  'Please add my middle name to the invoice. Thank you!',
  'Hi, I forgot my password. How can I get a new one?',
  'Hi there, my company needs an invoice with our VAT number. How do I request one?',
  'Our manager approved the new budget, thanks.',
];

const CALM_VI = [
  'Xin chào, cho mình hỏi cách đổi địa chỉ email được không ạ? Cảm ơn shop!',
  'Shop ơi, mình muốn đổi địa chỉ giao hàng sang quận 3 được không ạ?',
  'Cho em xin hóa đơn VAT cho đơn hàng hôm qua với ạ. Em cảm ơn!',
  'Chào shop, làm sao để đặt lại mật khẩu tài khoản ạ?',
  'Cảm ơn shop nhiều nha, chúc shop buôn may bán đắt!',
  'Shop có giao hàng ra Hà Nội không ạ?',
  'Mình muốn hỏi sản phẩm này có bảo hành không ạ?',
  'Chào bạn, mình có thể thanh toán bằng thẻ tín dụng không?',
  'Em muốn cập nhật số điện thoại trong tài khoản, shop hướng dẫn giúp em với ạ.',
  'Dạ vâng, em nhận được rồi ạ. Cảm ơn anh chị nhiều!',
  'Shop cho mình xin số tài khoản để chuyển khoản nhé.',
  'Cho mình hỏi áo này có size XL không shop?',
  'Chào shop, bộ phận hỗ trợ cuối tuần làm việc đến mấy giờ ạ?',
  'Mình đã chuyển khoản rồi, shop kiểm tra giúp mình nhé. Cảm ơn shop.',
  'Xin chào, tôi muốn đăng ký nhận bản tin qua email.',
  'Chúc shop một ngày tốt lành ạ!',
  'Cho mình hỏi phí vận chuyển ra Đà Nẵng là bao nhiêu ạ?',
  'Bên mình có xuất hóa đơn công ty không ạ?',
  'Mình cần đổi email đăng nhập, bạn hỗ trợ giúp mình được không?',
  'Shop chỉ giúp mình cách dùng mã giảm giá với ạ.',
  'Cảm ơn shop đã hoàn tiền cho mình nhanh như vậy!',
  'Cảm ơn shop đã đổi hàng cho mình.',
  'Shop có bán phụ kiện đi kèm không?',
  'Chào bạn, mình quên mật khẩu, lấy lại thế nào vậy?',
  'Mình cần tư vấn chọn size, mình cao 1m6 nặng 50kg ạ.',
  'cho minh hoi cach doi mat khau voi a, cam on shop',
];

/**
 * Status questions (decision): a plain "when will it arrive?" asks and is calm; a chaser ("where is my order?",
 * "any update?", "bao giờ mới…", a delay, "still", "mấy ngày rồi") is a complaint.
 */
const STATUS_CALM = [
  'When will my order arrive? Just checking, thanks.',
  'Could you tell me the status of my order? I would like to know when to expect it.',
  'Dạ cho mình hỏi đơn hàng của mình bao giờ giao ạ?',
  'Khi nào đơn của em được giao vậy shop?',
  'Đơn của mình giao chưa ạ?',
  'cho minh hoi khi nao shop giao hang a, cam on shop',
];
const STATUS_CHASER = [
  'When will my order arrive? I ordered three weeks ago and it still has not shipped.',
  'Where is my order?',
  'Any update on my order? Nobody has replied for days.',
  'Bao giờ mới giao hàng vậy shop? Mình đợi cả tuần rồi.',
  'Đơn hàng đặt 10 ngày rồi vẫn chưa giao, bao giờ giao vậy shop?',
];

const COMPLAINT_EN = [
  'My order arrived broken and nobody answers my emails.',
  'This is the third time the app crashed and deleted my notes. Unacceptable.',
  'I was charged twice for the same subscription. Fix this now.',
  'Still waiting for my refund after three weeks. Terrible service.',
  "You sent me the wrong size and the return label doesn't work.",
  "Worst customer support ever, I've been on hold for two hours.",
  'The package was marked delivered but I never received it.',
  "Your website keeps logging me out and I can't check out. So frustrating!",
  'This is a scam, you took my money and never shipped anything.',
  "I'm really disappointed, the headphones stopped working after a week.",
  "I will report you to my bank and file a chargeback if this isn't sorted today.",
  'Why is my order still not here? It has been two weeks and nobody replies.',
];

const COMPLAINT_VI = [
  'Giao hàng chậm quá, đặt cả tuần rồi vẫn chưa nhận được.',
  'Áo bị rách một lỗ to, chất lượng quá tệ.',
  'Tôi bị trừ tiền hai lần mà shop không hoàn lại.',
  'Gọi tổng đài mãi không ai nghe máy, thái độ phục vụ kém.',
  'Shop giao sai màu, tôi muốn đổi hàng ngay.',
  'Ứng dụng cứ bị văng ra, không đăng nhập được, bực mình thật sự.',
  'Hàng không giống hình, thất vọng với shop.',
  'Lừa đảo, nhận tiền rồi không giao hàng.',
  'Điện thoại mới mua hai ngày đã hỏng, tôi yêu cầu hoàn tiền.',
  'Đóng gói cẩu thả, hộp móp méo, sản phẩm bị vỡ.',
  'Nhắn tin ba ngày nay không ai trả lời, làm ăn kiểu gì vậy?',
];

const POLITE_ANGRY = [
  'Thank you, but this is the third time my order is late and I want a refund.',
  'Please, I have been waiting two weeks for my parcel and nobody replies. Thank you.',
  'Dear team, I appreciate your help, but the charger is still not working after the repair.',
  'Hello, my refund still has not arrived after a month. Could you please check? Thank you so much, have a nice day.',
  'Cảm ơn shop, nhưng đây là lần thứ ba đơn của mình bị giao trễ, mình muốn hoàn tiền.',
  'Dạ em chào shop, đơn hàng em đặt mười ngày rồi vẫn chưa nhận được, shop kiểm tra giúp em với ạ.',
  'Mình cảm ơn, nhưng sản phẩm đổi lại vẫn bị lỗi y như cũ ạ.',
];

const why = (a: Assessment) => `score ${a.score}, anger ${a.anger}: ${a.evidence.map((e) => `${e.cue} ${e.weight}`).join(', ')}`;

function expectCalm(text: string, lang: 'en' | 'vi') {
  const a = assess(text);
  expect(a.lang).toBe(lang);
  expect(a.complaint, why(a)).toBe(false);
  expect(a.anger, why(a)).toBe(0);
  expect(a.categories).toEqual([]);
  // nothing on the complaint side to highlight
  expect(a.evidence.filter((e) => e.weight > 0).reduce((s, e) => s + e.weight, 0), why(a)).toBeLessThan(0.5);
}

function expectComplaint(text: string) {
  const a = assess(text);
  expect(a.complaint, why(a)).toBe(true);
  expect(a.anger, why(a)).toBeGreaterThanOrEqual(1);
  expect(a.evidence.some((e) => e.weight > 0)).toBe(true);
}

describe('calm support questions and requests are not complaints (anger 0)', () => {
  it('has enough examples', () => {
    expect(CALM_EN.length).toBeGreaterThanOrEqual(15);
    expect(CALM_VI.length).toBeGreaterThanOrEqual(15);
    expect(COMPLAINT_EN.length).toBeGreaterThanOrEqual(10);
    expect(COMPLAINT_VI.length).toBeGreaterThanOrEqual(10);
  });
  it.each(CALM_EN)('en: %s', (t) => expectCalm(t, 'en'));
  it.each(CALM_VI)('vi: %s', (t) => expectCalm(t, 'vi'));
});

describe('status questions', () => {
  it.each(STATUS_CALM)('a plain status question is calm: %s', (t) => {
    const a = assess(t);
    expect(a.complaint, why(a)).toBe(false);
    expect(a.anger).toBe(0);
  });
  it.each(STATUS_CHASER)('a chaser is a complaint: %s', (t) => expectComplaint(t));
});

describe('clear complaints stay complaints (anger >= 1)', () => {
  it.each(COMPLAINT_EN)('en: %s', (t) => expectComplaint(t));
  it.each(COMPLAINT_VI)('vi: %s', (t) => expectComplaint(t));
  it.each(POLITE_ANGRY)('polite but angry: %s', (t) => expectComplaint(t));
});

describe('politeness counts against anger, never for or against a complaint', () => {
  const wrap = (t: string, vi: boolean) =>
    vi ? `Dạ chào shop ạ. ${t} Cảm ơn shop nhiều, chúc shop một ngày vui vẻ ạ.` : `Hello, ${t} Thank you so much, have a nice day.`;
  it.each([...COMPLAINT_EN, ...COMPLAINT_VI])('%s', (t) => {
    const plain = assess(t);
    const polite = assess(wrap(t, plain.lang === 'vi'));
    expect(polite.score).toBeCloseTo(plain.score, 3);
    expect(polite.complaint).toBe(true);
    expect(polite.anger).toBeLessThanOrEqual(plain.anger);
    expect(polite.intensity!).toBeLessThanOrEqual(plain.intensity! + 1e-9);
  });
  it('the model gives politeness no complaint weight and a negative anger weight', () => {
    expect(MODEL.en.w.polite ?? 0).toBe(0);
    expect(MODEL.vi.w.polite ?? 0).toBe(0);
    expect(MODEL.anger.w.polite!).toBeLessThan(0);
  });
  it('a question mark alone does not move the score', () => {
    for (const t of [...CALM_EN, ...CALM_VI, ...COMPLAINT_EN, ...COMPLAINT_VI]) {
      expect(assess(t.replace(/\?/g, '.')).score, t).toBeCloseTo(assess(t).score, 3);
    }
  });
});

describe('a request for a remedy without anything wrong', () => {
  it.each(['I want a full refund, please cancel my subscription.', 'Tôi muốn trả hàng và hoàn tiền ngay.'])(
    'is a (return-cancel) complaint, but a calm one: %s',
    (t) => {
      const a = assess(t);
      expect(a.complaint).toBe(true);
      expect(a.anger).toBe(0);
      expect(a.categories.map((c) => c.category)).toContain('return-cancel');
    },
  );
});

describe('the evidence explains the whole score', () => {
  const all = [...CALM_EN, ...CALM_VI, ...STATUS_CALM, ...STATUS_CHASER, ...COMPLAINT_EN, ...COMPLAINT_VI, ...POLITE_ANGRY];
  it.each(all)('%s', (t) => {
    const a = assess(t);
    const m = langModel(a.lang);
    // nothing contributes without a span
    expect(contributions(analyseMessage(t), m).rest).toBe(0);
    // bias + the evidence weights give the score (up to the rounding of each weight to 0.01)
    const z = m.bias + a.evidence.reduce((s, e) => s + e.weight, 0);
    expect(Math.abs(sigmoid(z) - a.score)).toBeLessThanOrEqual(0.0013 * a.evidence.length + 0.001);
    if (a.evidence.length === 0) expect(a.score).toBeLessThan(0.5);
  });
});

describe('calm tickets', () => {
  const ticket = (subject: string, ...msgs: string[]): TicketSnapshot => ({
    site: 'test',
    ticketId: '1',
    subject,
    requester: { name: 'Sam' },
    messages: msgs.map((text) => ({ author: 'customer' as const, text })),
    url: 'https://example.invalid/t/1',
  });
  it('a calm subject and a calm message do not add up to a complaint', () => {
    for (const t of [
      ticket('Change my email', 'Hi there, could you tell me how to change the email address on my account? Thanks a lot!'),
      ticket('Đổi email', 'Xin chào, cho mình hỏi cách đổi địa chỉ email được không ạ? Cảm ơn shop!'),
      ticket('Hỏi về đơn hàng', 'Shop ơi cho mình hỏi đơn hàng bao giờ giao ạ?', 'Dạ mình cảm ơn shop nha.'),
    ]) {
      const a = assess(t);
      expect(a.complaint, why(a)).toBe(false);
      expect(a.anger).toBe(0);
    }
  });
  it('an earlier complaint still carries over', () => {
    const a = assess(ticket('', 'My parcel is two weeks late and nobody answers. This is unacceptable!', 'Hello? Any news?'));
    expect(a.complaint).toBe(true);
  });
});

describe('on random word salad built from cue words', () => {
  const words = ['not', 'no', 'very', 'refund', 'broken', 'thanks', 'please', 'why', 'how do I', 'email', 'my order', 'but', 'still', '3 days', 'scam', 'great', 'không', 'chưa', 'quá', 'lỗi', 'cảm ơn', 'ạ', 'shop', 'nhưng', 'giao hàng', 'bao giờ', 'đơn hàng', '?', '!!!', ',', '.', '😡', ':)'];
  const salad = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 30 }).map((ws) => ws.join(' '));
  it('the evidence explains the score', () => {
    fc.assert(
      fc.property(salad, (t) => {
        const an = analyseMessage(t);
        if (an.words === 0 && an.insts.length === 0) return; // nothing to read: the calm shortcut, score 0
        const a = assess(t);
        const m = langModel(a.lang);
        expect(contributions(an, m).rest).toBe(0);
        const z = m.bias + a.evidence.reduce((s, e) => s + e.weight, 0);
        expect(Math.abs(sigmoid(z) - a.score)).toBeLessThanOrEqual(0.0013 * a.evidence.length + 0.001);
      }),
      { numRuns: 300 },
    );
  });
  it('a closing thank-you never changes the score and never raises anger', () => {
    fc.assert(
      fc.property(salad, (t) => {
        const a = assess(t);
        const b = assess(`${t}\n${a.lang === 'vi' ? 'Cảm ơn shop nhiều ạ.' : 'Thank you so much.'}`);
        if (b.lang !== a.lang) return;
        expect(b.score).toBeCloseTo(a.score, 3);
        expect(b.anger).toBeLessThanOrEqual(a.anger);
      }),
      { numRuns: 300 },
    );
  });
});
