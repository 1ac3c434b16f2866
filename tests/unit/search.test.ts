import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtinPacks } from '../../lib/packs';
import type { Pack, PhraseInput } from '../../lib/packs/schema';
import { PackSchema } from '../../lib/packs/schema';
import {
  MAX_QUERY_CHARS,
  buildSearchIndex,
  fold,
  parseQuery,
  relevance,
  searchIndexFor,
  searchPhrases,
  ticketContext,
  type SearchOutcome,
} from '../../lib/search';

function pack(id: string, lang: 'vi' | 'en', phrases: Partial<PhraseInput>[]): Pack {
  return PackSchema.parse({
    id,
    name: `Pack ${id}`,
    lang,
    version: '1.0.0',
    updatedAt: '2026-11-22T00:00:00Z',
    phrases: phrases.map((p, i) => ({ id: `${id}-${i}`, step: 2, text: `phrase ${i}`, ...p })),
  });
}

const VI = pack('vi', 'vi', [
  { text: 'Dạ, em thành thật xin lỗi {{honorific}} vì đơn hàng đến trễ.', title: 'Xin lỗi giao trễ', shortcut: 'xl-tre', categories: ['delivery'] },
  { text: 'Em cảm ơn {{honorific}} đã kiên nhẫn chờ đợi.', title: 'Cảm ơn chờ đợi', step: 5 },
  { text: 'Bên em sẽ hoàn tiền trong ba ngày làm việc.', title: 'Hoàn tiền', step: 4, categories: ['billing'], tags: ['tiền', 'refund'] },
  { text: 'Đội kỹ thuật đang kiểm tra lỗi đăng nhập.', title: 'Đang kiểm tra', step: 3 },
  { text: 'Loi chuc mung nam moi.', title: 'Chúc mừng' },
]);
const EN = pack('en', 'en', [
  { text: 'I am so sorry your parcel is late.', title: 'Sorry, parcel late', shortcut: 'late', categories: ['delivery'] },
  { text: 'We will refund the full amount today.', title: 'Refund today', shortcut: 'refund', step: 4, categories: ['billing'] },
  { text: 'Thank you for your patience with this.', title: 'Thanks for patience', step: 5 },
  { text: 'Your refund request is approved; the money arrives within five days.', title: 'Approved', step: 4 },
  { text: 'Dad jokes aside, we are on it.', title: 'On it' },
]);
const PACKS = [VI, EN];
const INDEX = buildSearchIndex(PACKS);

const hits = (outcome: SearchOutcome) => (outcome.status === 'results' ? outcome.hits : []);
const ids = (query: string, options?: Parameters<typeof searchPhrases>[2]) =>
  hits(searchPhrases(INDEX, query, options)).map((h) => h.phrase.id);

describe('fold', () => {
  it('drops accents, lowers case and maps đ/Đ to d', () => {
    expect(fold('Dạ, xin lỗi Đức')).toBe('da, xin loi duc');
    expect(fold('ĐƠN HÀNG')).toBe('don hang');
  });

  it('folds precomposed (NFC) and decomposed (NFD) text alike', () => {
    const nfc = 'Cảm ơn quý khách';
    expect(fold(nfc.normalize('NFD'))).toBe(fold(nfc));
    expect(fold(nfc)).toBe('cam on quy khach');
  });
});

describe('parseQuery', () => {
  it('tells empty, blank, symbol-only and too-long queries apart', () => {
    expect(parseQuery('')).toEqual({ kind: 'empty' });
    expect(parseQuery('    ')).toEqual({ kind: 'none', reason: 'blank' });
    expect(parseQuery('?!… —#@')).toEqual({ kind: 'none', reason: 'symbols' });
    expect(parseQuery('a'.repeat(1000))).toEqual({ kind: 'none', reason: 'too-long' });
    expect(parseQuery('a'.repeat(MAX_QUERY_CHARS)).kind).toBe('words');
  });

  it('folds, splits on symbols and drops repeated words', () => {
    expect(parseQuery('  Xin  LỖI, xin-lỗi! ')).toEqual({ kind: 'words', words: ['xin', 'loi'], text: 'xin loi', compact: 'xin-loi' });
  });
});

describe('searchPhrases', () => {
  it('finds accented phrases from accent-less queries', () => {
    expect(ids('xin loi')[0]).toBe('vi-0');
    expect(ids('cam on')).toContain('vi-1');
    expect(ids('hoan tien')[0]).toBe('vi-2');
  });

  it('finds "Dạ" with "da" and "đ" words with "d"', () => {
    expect(ids('da')).toContain('vi-0');
    // "d" matches the start of "đơn", "Đội", "đang", "Dạ" (and the English "Dad").
    const d = ids('d');
    expect(d).toEqual(expect.arrayContaining(['vi-0', 'vi-3', 'en-4']));
    expect(ids('doi ky thuat')).toEqual(['vi-3']);
  });

  it('takes the last word as unfinished, wherever the words are in the text', () => {
    const long = pack('long', 'vi', [
      { text: 'Dạ, em đã kiểm tra lại toàn bộ thông tin của đơn này và thấy bên vận chuyển ghi nhận giao hàng thất bại hôm qua.' },
      { text: 'Dạ, bên em sẽ giao lại vào ngày mai.' },
    ]);
    const index = buildSearchIndex([long]);
    const found = (q: string) => hits(searchPhrases(index, q)).map((h) => h.phrase.id);
    expect(found('giao h')).toEqual(['long-0']);
    expect(found('giao ha')).toEqual(['long-0']);
    expect(found('giao').sort()).toEqual(['long-0', 'long-1']);
  });

  it('answers accented and decomposed queries the same as plain ones', () => {
    expect(ids('xin lỗi')).toEqual(ids('xin loi'));
    expect(ids('xin lỗi'.normalize('NFD'))).toEqual(ids('xin loi'));
  });

  it('requires every word: "xin loi" does not return phrases that only have "loi"', () => {
    expect(ids('xin loi')).toEqual(['vi-0']);
    expect(ids('loi')).toEqual(expect.arrayContaining(['vi-0', 'vi-3', 'vi-4']));
  });

  it('puts an exact shortcut first, then prefix matches, then other matches', () => {
    const result = hits(searchPhrases(INDEX, 'refund'));
    expect(result[0]?.phrase.id).toBe('en-1');
    expect(result[0]?.tier).toBe('shortcut');
    // "Refund today" (title) starts with the word; the tag "refund" of vi-2 too; en-3 only has it inside.
    expect(result.map((h) => h.phrase.id)).toEqual(['en-1', 'vi-2', 'en-3']);
    expect(result.map((h) => h.tier)).toEqual(['shortcut', 'prefix', 'words']);
  });

  it('matches a shortcut typed with spaces or a half-typed one', () => {
    expect(ids('xl tre')[0]).toBe('vi-0');
    expect(hits(searchPhrases(INDEX, 'xl'))[0]).toMatchObject({ tier: 'prefix' });
  });

  it('tolerates a typo', () => {
    expect(ids('refnud')).toEqual(expect.arrayContaining(['en-1', 'en-3']));
    expect(ids('patiense')).toContain('en-2');
  });

  it('lets the ticket decide between equal matches: language first, then categories', () => {
    const late = pack('late', 'en', [
      { text: 'Sorry for the trouble with the bill.', title: 'Sorry', categories: ['billing'] },
      { text: 'Sorry for the trouble with the parcel.', title: 'Sorry', categories: ['delivery'] },
    ]);
    const index = buildSearchIndex([late]);
    const order = (categories: ('billing' | 'delivery')[]) =>
      hits(searchPhrases(index, 'sorry', { context: { lang: 'en', categories } })).map((h) => h.phrase.id);
    expect(order(['delivery'])).toEqual(['late-1', 'late-0']);
    expect(order(['billing'])).toEqual(['late-0', 'late-1']);

    const both = buildSearchIndex([pack('a', 'en', [{ text: 'Cam on' }]), pack('b', 'vi', [{ text: 'Cảm ơn' }])]);
    const first = (lang: 'vi' | 'en') => hits(searchPhrases(both, 'cam on', { context: { lang } }))[0]?.phrase.id;
    expect(first('vi')).toBe('b-0');
    expect(first('en')).toBe('a-0');
  });

  it('answers bad input with no results and no error', () => {
    expect(searchPhrases(INDEX, 'x'.repeat(1000))).toEqual({ status: 'none', reason: 'too-long' });
    expect(searchPhrases(INDEX, '     ')).toEqual({ status: 'none', reason: 'blank' });
    expect(searchPhrases(INDEX, '%%% ??? !!!')).toEqual({ status: 'none', reason: 'symbols' });
    expect(searchPhrases(INDEX, '')).toEqual({ status: 'empty' });
    expect(searchPhrases(INDEX, 'zzzqqq')).toEqual({ status: 'results', hits: [] });
  });

  it('never throws and never returns more than the limit, whatever is typed', () => {
    const index = searchIndexFor(builtinPacks);
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.integer({ min: 1, max: 20 }), (query, limit) => {
        const outcome = searchPhrases(index, query, { limit });
        if (outcome.status === 'results') expect(outcome.hits.length).toBeLessThanOrEqual(limit);
      }),
      { numRuns: 300 },
    );
  });

  it('searches the built-in packs without accents', () => {
    const index = searchIndexFor(builtinPacks);
    const found = hits(searchPhrases(index, 'xin loi', { context: { lang: 'vi' } }));
    expect(found.length).toBeGreaterThan(0);
    expect(fold(found[0]!.phrase.text + ' ' + (found[0]!.phrase.title ?? ''))).toContain('xin loi');
    expect(found[0]!.pack.lang).toBe('vi');
  });
});

describe('searchIndexFor', () => {
  it('builds once per pack list, and again only when the packs change', () => {
    const a = searchIndexFor(PACKS);
    expect(searchIndexFor(PACKS)).toBe(a);
    // A storage refresh gives a new array with the same packs: same index.
    expect(searchIndexFor([...PACKS.map((p) => structuredClone(p))])).toBe(a);
    const edited = structuredClone(EN);
    edited.phrases[0]!.text = 'I am so sorry your parcel is lost.';
    const b = searchIndexFor([VI, edited]);
    expect(b).not.toBe(a);
    expect(hits(searchPhrases(b, 'lost')).map((h) => h.phrase.id)).toEqual(['en-0']);
  });
});

describe('relevance', () => {
  it('scores language, categories and anger range', () => {
    const phrase = VI.phrases[0]!;
    const full = relevance(phrase, VI, { lang: 'vi', categories: ['delivery'], anger: 2 });
    expect(full).toBeCloseTo(1);
    expect(relevance(phrase, VI, { lang: 'en', categories: ['delivery'], anger: 2 })).toBeCloseTo(0.5);
    expect(relevance(phrase, VI, { lang: 'vi', categories: ['billing'], anger: 2 })).toBeCloseTo(0.7);
  });

  it('reads the context from an assessment, falling back to the UI language', () => {
    expect(ticketContext(null, 'en')).toEqual({ lang: 'en' });
    expect(ticketContext({ lang: 'other', anger: 1, categories: [{ category: 'billing' }] }, 'vi')).toEqual({
      lang: 'vi',
      anger: 1,
      categories: ['billing'],
    });
  });
});
