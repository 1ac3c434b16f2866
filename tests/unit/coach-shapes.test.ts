import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applySuggestion, coachDraft, type CoachWarning } from '../../lib/coach';

/**
 * The warning patterns describe the SHAPE of blaming, deflecting and arguing, so wordings nobody listed are
 * caught too; the kind replies that share words with them stay quiet. The sentences here were written for
 * these tests, not taken from the scored drafts in tests/data.
 */

type Kind = 'blame' | 'deflect' | 'argue';
const PROBLEM_KINDS = new Set(['blame', 'deflect', 'argue', 'absolute']);
const problems = (draft: string, lang: 'vi' | 'en') =>
  coachDraft(draft, { lang }).warnings.filter((w) => PROBLEM_KINDS.has(w.kind));
const spanOf = (draft: string, w: CoachWarning) => draft.slice(w.start, w.end);

function expectFlagged(kind: Kind, lang: 'vi' | 'en', draft: string, span: string, fixed?: string) {
  const w = problems(draft, lang).find((x) => x.kind === kind);
  expect(w, `${kind}: ${draft}`).toBeDefined();
  expect(spanOf(draft, w!)).toBe(span);
  if (fixed !== undefined) expect(applySuggestion(draft, w!)).toBe(fixed);
}

describe('deflection to a third party', () => {
  it.each([
    ["You'll have to take this up with Royal Mail, as they lost it.", "You'll have to take this up with Royal Mail", "I'll take this up with Royal Mail for you, as they lost it."],
    ['I’d suggest you contact your bank about the pending charge.', 'I’d suggest you contact your bank', "I'll contact your bank for you about the pending charge."],
    ['Please report it to PayPal yourself.', 'Please report it to PayPal yourself', "I'll report it to PayPal for you."],
    ['Contact Evri yourself to make a complaint.', 'Contact Evri yourself', "I'll contact Evri for you to make a complaint."],
    ['Refunds for cancelled flights are the airline’s job.', 'the airline’s job', "Refunds for cancelled flights are something I'll take up with the airline for you."],
    ['That is handled by our billing department, not by me.', 'handled by our billing department, not by me', "That is something I'll take up with our billing department for you."],
    ['Unfortunately that is out of our hands.', 'out of our hands', undefined],
  ] as const)('en: %s', (draft, span, fixed) => expectFlagged('deflect', 'en', draft, span, fixed));

  it.each([
    ['Dạ chị liên hệ bên bưu điện để hỏi giúp em nhé.', 'chị liên hệ bên bưu điện', 'Dạ em sẽ liên hệ bên bưu điện để hỏi giúp em nhé.'],
    ['Chi lien he shipper giup em nha.', 'Chi lien he shipper', 'Em sẽ lien he shipper giup em nha.'],
    ['Dạ bảo hành là trách nhiệm của hãng ạ.', 'là trách nhiệm của hãng', undefined],
    ['Dạ vấn đề trừ tiền là do ngân hàng xử lý ạ.', 'là do ngân hàng xử lý', 'Dạ vấn đề trừ tiền em sẽ làm việc với ngân hàng để xử lý ạ.'],
  ] as const)('vi: %s', (draft, span, fixed) => expectFlagged('deflect', 'vi', draft, span, fixed));

  it('is flagged for any third party and any way of telling the customer to go there (property)', () => {
    const told = fc.constantFrom('Please', 'You will need to', "You'll have to", 'You should', 'I would suggest you', 'Kindly');
    const verb = fc.constantFrom('contact', 'call', 'reach out to', 'get in touch with', 'speak to', 'complain to');
    const third = fc.constantFrom('the courier', 'your bank', 'the manufacturer', 'the seller', 'your card issuer', 'FedEx', 'Royal Mail', 'the airline');
    fc.assert(
      fc.property(told, verb, third, (t, v, p) => {
        const draft = `I'm sorry for the delay. ${t} ${v} ${p} about the missing parcel.`;
        const w = problems(draft, 'en').find((x) => x.kind === 'deflect');
        expect(w, draft).toBeDefined();
        // The suggestion keeps the agent's own verb and third party.
        expect(draft.slice(w!.start, w!.end)).toBe(`${t} ${v} ${p}`);
        expect(w!.suggestion).toBe(`I'll ${v} ${p} for you`);
      }),
      { numRuns: 60 },
    );
  });
});

describe('blame', () => {
  it.each([
    ['Unfortunately, as you entered the wrong postcode at checkout, the parcel came back.', 'you entered the wrong', 'Unfortunately, as there was a mix-up with the postcode at checkout, the parcel came back.'],
    ['You typed your email address incorrectly, so the receipt bounced.', 'You typed your email address incorrectly', 'Your email address came through incorrectly, so the receipt bounced.'],
    ['So the mistake was on your end.', 'the mistake was on your end', 'So we need to correct this.'],
    ['Damage like this is caused by the user.', 'caused by the user', 'Damage like this is a sign of wear or handling.'],
    ['The machine broke because you overfilled it.', 'because you overfilled it', "The machine broke and we'd like to find out exactly why."],
  ] as const)('en: %s', (draft, span, fixed) => expectFlagged('blame', 'en', draft, span, fixed));

  it.each([
    ['Dạ do chị chọn nhầm size lúc đặt hàng nên bên em giao đúng theo đơn ạ.', 'chị chọn nhầm', 'Dạ do có chút nhầm lẫn khi chọn size lúc đặt hàng nên bên em giao đúng theo đơn ạ.'],
    ['Da don bi huy la do ban nhap sai so dien thoai a.', 'ban nhap sai', 'Da don bi huy la do có chút nhầm lẫn khi nhap so dien thoai a.'],
    ['Dạ lỗi là do quý khách ghi thiếu số hẻm ạ.', 'lỗi là do', 'Dạ có lẽ đã có chút nhầm lẫn khi quý khách ghi thiếu số hẻm ạ.'],
    ['Chắc là chị dùng sai cách nên máy mới không nóng.', 'chị dùng sai cách', undefined],
  ] as const)('vi: %s', (draft, span, fixed) => expectFlagged('blame', 'vi', draft, span, fixed));
});

describe('arguing with the customer', () => {
  it.each([
    ["That's not correct, our records show the plan was active.", "That's not correct", undefined],
    ['Our blenders are tested, so it can’t have arrived faulty.', 'can’t have arrived', 'Our blenders are tested, so it shouldn\'t have arrived faulty.'],
    ["We double-check every order, so there's no way a box was missing.", "there's no way", "We double-check every order, so I'd like to check whether a box was missing."],
    ['That simply isn’t true, the parcel was delivered on Monday.', 'That simply isn’t true', undefined],
    ['Our drivers never leave parcels outside.', 'Our drivers never leave parcels outside', undefined],
  ] as const)('en: %s', (draft, span, fixed) => expectFlagged('argue', 'en', draft, span, fixed));

  it.each([
    ['Dạ không thể có chuyện đó ạ, hệ thống đã dừng trừ tiền.', 'không thể có chuyện đó ạ'],
    ['Hang ben em khong bao gio giao thieu dau a.', 'khong bao gio giao thieu dau a'],
    ['Dạ anh nói vậy là không đúng ạ, tai nghe được kiểm tra kỹ.', 'anh nói vậy là không đúng ạ'],
  ] as const)('vi: %s', (draft, span) => expectFlagged('argue', 'vi', draft, span));
});

describe('kind replies that share words with a problem stay quiet', () => {
  it.each([
    // Our own mistake.
    ['en', 'Our team entered the wrong address on the label, that is completely on us.'],
    ['en', 'We made an error on the invoice and I have corrected it.'],
    ['vi', 'Dạ lỗi là do bên em nhập sai địa chỉ, em xin lỗi chị ạ.'],
    ['vi', 'Da em xin loi chi, ben em da ghi nham dia chi, em gui lai ngay a.'],
    // Offering to contact the third party for the customer.
    ['en', "I'll contact the courier for you and get back to you by tomorrow."],
    ['en', "You don't need to contact them yourself; I've reported the unit to the manufacturer."],
    ['en', 'Don’t worry about contacting the seller, I’ll handle that.'],
    ['vi', 'Dạ em sẽ liên hệ bên vận chuyển giúp anh và báo lại trong hôm nay ạ.'],
    ['vi', 'Chị yên tâm, chị không cần liên hệ ai cả, em sẽ theo dõi đơn giúp chị ạ.'],
    ['vi', 'Dạ em đã chuyển hồ sơ của anh lên bộ phận giải quyết khiếu nại ạ.'],
    // Explaining a policy kindly, with an alternative.
    ['en', "I can't reopen a refund, but I'm happy to offer store credit for the full amount."],
    ['en', "Import duties are set by customs, so I can't remove the fee, but I can refund £30 as a goodwill gesture."],
    ['vi', 'Theo chính sách em không thể hoàn tiền được, nhưng em có thể đổi sản phẩm khác cho anh ạ.'],
    ['vi', 'Dạ bên em không can thiệp được phí này, tuy vậy em vẫn có thể tặng chị mã miễn phí vận chuyển ạ.'],
    // Quoting or restating the customer.
    ['en', 'You mentioned the courier told you to contact us, and that is right: we will handle it.'],
    ['vi', 'Chị có nói là shipper bảo chị liên hệ shop, em sẽ xử lý ngay ạ.'],
    // Reassurance and promises.
    ['en', "You will never be charged for a declined attempt, so don't worry about that."],
    ['en', "It can't have been easy waiting all week."],
    ['en', 'If you entered the wrong postcode, don’t worry, I can fix it for you.'],
    ['vi', 'Dạ chị sẽ không bao giờ bị trừ tiền hai lần ạ.'],
    ['vi', 'Em cam kết chuyện này sẽ không bao giờ lặp lại ạ.'],
    ['vi', 'Nếu anh nhập sai mật khẩu thì em có thể đặt lại giúp anh ạ.'],
  ] as const)('%s: %s', (lang, draft) => {
    expect(problems(draft, lang).map((w) => `${w.kind}: ${spanOf(draft, w)}`)).toEqual([]);
  });
});
