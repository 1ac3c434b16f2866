import { describe, expect, it } from 'vitest';
import { applySuggestion, coachDraft, type WarningKind } from '../../lib/coach';

type Ctx = Parameters<typeof coachDraft>[1];
const only = (draft: string, kind: WarningKind, ctx?: Ctx) => coachDraft(draft, ctx).warnings.filter((w) => w.kind === kind);
const kinds = (draft: string, ctx?: Ctx) => coachDraft(draft, ctx).warnings.map((w) => w.kind);

describe('coachDraft — coverage in Vietnamese', () => {
  it.each([
    ['Dạ em rất tiếc vì đơn hàng của chị bị giao trễ ạ.', 2],
    ['Dạ em hiểu cảm giác của anh khi chờ lâu như vậy.', 2],
    ['Dạ em cảm ơn chị đã phản hồi cho bên em.', 2],
    ['Dạ anh cho em xin mã đơn hàng để em kiểm tra nhé.', 3],
    ['Dạ có phải máy không lên nguồn sau khi sạc không ạ?', 3],
    ['Dạ bên em sẽ đổi sản phẩm mới cho anh trong hôm nay.', 4],
    ['Dạ em đã tạo yêu cầu hoàn tiền cho chị rồi ạ.', 4],
    ['Dạ anh thấy như vậy đã ổn chưa ạ?', 5],
    ['Dạ phương án này có phù hợp với chị không ạ?', 5],
  ] as const)('%s → step %i', (draft, step) => {
    expect(coachDraft(draft).covered).toContain(step);
  });

  it('matches drafts typed without diacritics', () => {
    const r = coachDraft('da em xin loi anh, ben em se hoan tien trong hom nay a');
    expect(r.covered).toEqual(expect.arrayContaining([2, 4]));
    expect(r.draftLang).toBe('vi');
    expect(coachDraft('em doi hang moi cho anh nhe').covered).toContain(4);
  });

  it('does not confuse words that differ only by diacritics', () => {
    // "đợi" (wait) is not "đổi" (exchange).
    expect(coachDraft('Dạ anh vui lòng đợi hàng thêm một chút.').covered).not.toContain(4);
  });

  it('handles NFD input and both tone placements, with offsets into the original string', () => {
    const draft = 'Dạ em xin lỗi chị, bên em sẽ hoàn tiền ạ.'.normalize('NFD');
    const r = coachDraft(draft);
    expect(r.covered).toEqual(expect.arrayContaining([2, 4]));
    const hit = r.coverage.find((h) => h.step === 2)!;
    expect(draft.slice(hit.start, hit.end)).toBe('xin lỗi'.normalize('NFD'));
    // "hoá đơn" (old placement) matches the cue written "hóa đơn".
    expect(coachDraft('Dạ chị gửi giúp em số hoá đơn nhé').covered).toContain(3);
  });
});

describe('coachDraft — Vietnamese warnings', () => {
  it('flags blame, deflection and arguing, with suggestions using the honorific', () => {
    const d1 = 'Dạ như em đã nói, phí đổi size là 30.000đ ạ.';
    const w1 = only(d1, 'blame')[0]!;
    expect(d1.slice(w1.start, w1.end)).toBe('như em đã nói');
    expect(applySuggestion(d1, w1)).toBe('Dạ em xin phép nhắc lại, phí đổi size là 30.000đ ạ.');
    expect(w1.lang).toBe('vi');

    const d2 = 'Dạ lẽ ra chị phải kiểm tra hàng khi nhận ạ.';
    const w2 = only(d2, 'blame', { honorific: 'chị' })[0]!;
    expect(applySuggestion(d2, w2)).toBe('Dạ lần sau chị có thể kiểm tra hàng khi nhận ạ.');

    const d3 = 'Dạ việc giao hàng không phải việc của em ạ.';
    const w3 = only(d3, 'deflect', { honorific: 'anh' })[0]!;
    expect(applySuggestion(d3, w3)).toBe('Dạ việc giao hàng để em kết nối anh với đồng nghiệp phụ trách ạ.');

    const d4 = 'Dạ anh phải tự liên hệ hãng vận chuyển ạ.';
    const w4 = only(d4, 'deflect', { honorific: 'anh' })[0]!;
    expect(d4.slice(w4.start, w4.end)).toBe('anh phải tự');
    expect(applySuggestion(d4, w4)).toBe('Dạ em sẽ liên hệ hãng vận chuyển ạ.');

    const d5 = 'Không thể nào có chuyện đó được, kho đã kiểm tra rồi.';
    const w5 = only(d5, 'argue')[0]!;
    expect(d5.slice(w5.start, w5.end)).toBe('Không thể nào có chuyện đó được');
    expect(w5.suggestion).toMatch(/^Chuyện này khá bất thường/);
  });

  it('does not call reassurance or neutral "do anh chưa…" blame', () => {
    expect(kinds('Dạ đây hoàn toàn không phải lỗi của anh đâu ạ.')).not.toContain('blame');
    expect(kinds('Dạ em hiểu chuyện này thật vô lý với chị ạ.')).not.toContain('argue');
    expect(kinds('Dạ yêu cầu của anh là vô lý ạ.')).toContain('argue');
    expect(kinds('Dạ do anh chưa nhận được hàng nên em sẽ gửi lại ngay ạ.')).not.toContain('blame');
    expect(kinds('Dạ do anh chưa đọc được email nên em gửi lại ạ.')).toContain('blame');
  });

  it('wants a Vietnamese reply to open with Dạ or Vâng', () => {
    const d1 = 'Em xin lỗi chị về sự cố này ạ.';
    const w1 = only(d1, 'vi-opening')[0]!;
    expect(applySuggestion(d1, w1)).toBe('Dạ em xin lỗi chị về sự cố này ạ.');
    // A brand stays capitalised: insert "Dạ, ".
    const d2 = 'Shopia xin lỗi chị về sự cố này ạ.';
    const w2 = only(d2, 'vi-opening')[0]!;
    expect([w2.start, w2.end]).toEqual([0, 0]);
    expect(applySuggestion(d2, w2)).toBe('Dạ, Shopia xin lỗi chị về sự cố này ạ.');
    // Leading HTML and whitespace are skipped.
    const d3 = '  <p>Em xin lỗi chị về sự cố này ạ.</p>';
    expect(applySuggestion(d3, only(d3, 'vi-opening')[0]!)).toBe('  <p>Dạ em xin lỗi chị về sự cố này ạ.</p>');

    expect(kinds('Vâng, em đã nhận được phản hồi của anh.')).not.toContain('vi-opening');
    expect(kinds('Chào chị Hoa,\nDạ em đã kiểm tra đơn hàng của chị.')).not.toContain('vi-opening');
    expect(kinds('Chào chị Hoa, dạ em đã kiểm tra đơn hàng.')).not.toContain('vi-opening');
    // Not while the first word is being typed, and never for English drafts.
    expect(kinds('Em', { lang: 'vi' })).toEqual([]);
    expect(kinds('Hello, we are on it and will write back soon.', { lang: 'en' })).not.toContain('vi-opening');
  });

  it('flags pronouns other than the chosen honorific', () => {
    const draft = 'Dạ em chào bạn, em đã gửi lại mã cho anh rồi ạ.';
    const ws = only(draft, 'honorific', { honorific: 'chị' });
    expect(ws.map((w) => draft.slice(w.start, w.end))).toEqual(['bạn', 'anh']);
    expect(ws.every((w) => w.suggestion === 'chị')).toBe(true);
    expect(ws[0]!.message).toContain('chị');

    const d2 = 'Dạ Quý khách vui lòng chờ em một chút ạ.';
    const w2 = only(d2, 'honorific', { honorific: 'anh' })[0]!;
    expect(d2.slice(w2.start, w2.end)).toBe('Quý khách');
    expect(w2.suggestion).toBe('Anh');

    // A template leftover "anh/chị" is one use.
    const d3 = 'Dạ em gửi anh/chị mã giảm giá ạ.';
    const w3 = only(d3, 'honorific', { honorific: 'anh' })[0]!;
    expect(d3.slice(w3.start, w3.end)).toBe('anh/chị');
    expect(applySuggestion(d3, w3)).toBe('Dạ em gửi anh mã giảm giá ạ.');
  });

  it('keeps honorific false positives low', () => {
    const ctx = { honorific: 'chị' as const };
    for (const draft of [
      'Dạ em sẽ gửi hướng dẫn bằng tiếng Anh cho chị ạ.',
      'Dạ anh shipper sẽ gọi cho chị trước khi giao ạ.',
      'Dạ anh ấy bên kho đã xác nhận với em rồi chị ạ.',
      'Dạ chị có thể nhờ bạn bè nhận hàng giúp ạ.',
      'Dạ em đã nhờ anh Tuấn bên kỹ thuật gọi cho chị ạ.',
      'Dạ em cảm ơn chị đã phản ánh, em gửi ảnh minh họa cho chị ạ.',
      'Dạ ưu đãi này áp dụng cho cả anh chị em trong gia đình ạ.',
      'Dạ em cảm ơn chị ạ.\nTrân trọng,\nNgọc Anh',
    ]) {
      expect(only(draft, 'honorific', ctx), draft).toEqual([]);
    }
    expect(only('Dạ Anh vui lòng chờ em một chút ạ.', 'honorific', ctx).length).toBe(1);
    // Without a chosen honorific nothing is flagged, except the rude "mày".
    expect(only('Dạ em gửi bạn mã đơn ạ.', 'honorific')).toEqual([]);
    expect(only('Mày chờ đi.', 'honorific', { lang: 'vi' }).length).toBe(1);
  });

  it('asks for thanks and check-back in Vietnamese, with the honorific', () => {
    const draft = 'Dạ em chào anh.\nEm đã kiểm tra và bên em sẽ gửi lại sản phẩm mới cho anh trong ngày mai.';
    const r = coachDraft(draft, { lang: 'vi', honorific: 'anh' });
    const check = r.warnings.find((w) => w.kind === 'no-check-back')!;
    const thanks = r.warnings.find((w) => w.kind === 'no-thanks')!;
    expect(applySuggestion(draft, check)).toBe(draft + ' Anh thấy như vậy đã ổn chưa ạ?');
    expect(applySuggestion(draft, thanks)).toBe(draft + ' Em cảm ơn anh ạ.');
    expect(check.message).toMatch(/câu hỏi/);
  });

  it('accepts a Vietnamese question without a question mark and thanks in the closing', () => {
    const draft =
      'Dạ em chào chị.\nBên em sẽ hoàn tiền cho chị trong hai ngày làm việc, chị xem giúp em như vậy được không ạ.\nEm cảm ơn chị nhiều ạ.';
    expect(kinds(draft, { honorific: 'chị' })).toEqual([]);
  });

  it('flags a Vietnamese reply to an English-speaking customer', () => {
    const draft = 'Dạ em xin lỗi anh, bên em sẽ gửi lại hàng ngay ạ.';
    const w = only(draft, 'language', { lang: 'en' })[0]!;
    expect(w.lang).toBe('vi');
    expect(w.message).toContain('tiếng Anh');
  });
});
