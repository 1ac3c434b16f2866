import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applySuggestion, COACH_LIMITS, coachDraft } from '../../lib/coach';
import { packIndex } from '../../lib/coach/packs';
import type { Pack } from '../../lib/packs/schema';

function pack(id: string, lang: 'vi' | 'en', phrases: Array<[string, 1 | 2 | 3 | 4 | 5, string]>): Pack {
  return {
    id,
    name: id,
    lang,
    version: '1.0.0',
    updatedAt: '2026-01-31T09:00:00Z',
    phrases: phrases.map(([pid, step, text]) => ({ id: pid, step, text, categories: [], tone: 'neutral', tags: [] })),
  };
}

describe('coachDraft — bad input degrades gracefully', () => {
  it('handles an empty or blank draft', () => {
    for (const draft of ['', '   \n\t ']) {
      expect(coachDraft(draft)).toEqual({
        covered: [],
        coverage: [],
        warnings: [],
        draftLang: null,
        analysedChars: draft.length,
        truncated: false,
      });
    }
  });

  it('never throws on a non-string from untyped callers', () => {
    for (const bad of [undefined, null, 42, {}]) {
      expect(coachDraft(bad as unknown as string).warnings).toEqual([]);
    }
  });

  // Its speed is measured by `npm run bench` (scripts/bench-coach.ts), not asserted here: a shared CI machine's clock is no target.
  it('analyses a 100,000-character draft partially, head and tail', () => {
    const filler = 'We checked the warehouse records for the parcel again today. ';
    const tail = ' You should have checked the spam folder. Does this work for you?';
    const draft = 'Sorry for the wait. ' + filler.repeat(Math.ceil(100_000 / filler.length)) + tail;
    const r = coachDraft(draft, { lang: 'en' });
    expect(r.truncated).toBe(true);
    expect(r.analysedChars).toBe(COACH_LIMITS.maxChars);
    // The head (step 2) and the tail (step 5, blame) are both seen, with offsets into the full draft.
    expect(r.covered).toEqual(expect.arrayContaining([2, 5]));
    const blame = r.warnings.find((w) => w.kind === 'blame')!;
    expect(draft.slice(blame.start, blame.end)).toBe('You should have');
    expect(r.warnings.map((w) => w.kind)).not.toContain('no-check-back');
  });

  it('reads through HTML and ignores words inside tags', () => {
    const draft =
      '<div class="thanks sorry"><p>As I <b>already</b> said,&nbsp;the voucher&nbsp;expired.</p><br><p>I will send a new one today and it arrives tomorrow.</p></div>';
    const r = coachDraft(draft, { lang: 'en' });
    const blame = r.warnings.find((w) => w.kind === 'blame')!;
    expect(draft.slice(blame.start, blame.end)).toBe('As I <b>already</b> said');
    expect(r.covered).toEqual([4]); // "sorry" in the class attribute doesn't count
    expect(r.warnings.map((w) => w.kind)).toContain('no-thanks'); // nor does "thanks"
  });

  it('treats emoji as separators', () => {
    expect(coachDraft('😡😡😡🔥🔥'.repeat(200)).warnings).toEqual([]);
    const draft = 'Dạ em xin lỗi 🙏🙏 chị nhiều ạ, bên em sẽ 👉 đổi hàng mới cho chị ❤️';
    const r = coachDraft(draft);
    expect(r.covered).toEqual([2, 4]);
    for (const h of r.coverage) expect(draft.slice(h.start, h.end)).not.toMatch(/^\s|\s$/);
  });

  it('keeps every span inside the draft and never throws (property)', () => {
    const words = fc.constantFrom(
      'xin lỗi', 'xin loi', 'như em đã nói', 'anh/chị', 'bạn', 'Dạ', 'sorry', "that's impossible", 'you should have',
      'not my department', 'không phải việc của em', '?', '.', '\n', '<p>', '</p>', '&nbsp;', '😀', '\u0301', 'đ', ' ',
    );
    const draft = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 300 }),
      fc.array(fc.oneof(words, fc.string({ maxLength: 6 })), { maxLength: 80 }).map((parts) => parts.join(' ')),
    );
    const ctx = fc.record(
      {
        lang: fc.constantFrom('vi', 'en', 'other'),
        honorific: fc.constantFrom('anh', 'chị', 'quý khách'),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(draft, ctx, (d, c) => {
        const r = coachDraft(d, c as Parameters<typeof coachDraft>[1]);
        for (const x of [...r.warnings, ...r.coverage]) {
          expect(x.start).toBeGreaterThanOrEqual(0);
          expect(x.end).toBeGreaterThanOrEqual(x.start);
          expect(x.end).toBeLessThanOrEqual(d.length);
        }
        for (const w of r.warnings) expect(typeof applySuggestion(d, w)).toBe('string');
        expect(new Set(r.covered).size).toBe(r.covered.length);
      }),
      { numRuns: 300 },
    );
  });
});

describe('coachDraft — pack phrases count as coverage', () => {
  const en = pack('team-en', 'en', [
    ['sat-slot', 5, 'Would a Saturday delivery slot make things easier for you, {{customer.firstName}}?'],
    ['plan-note', 1, 'Check the courier portal before promising a date.'],
    ['tiny', 4, 'Sure!'],
  ]);
  const vi = pack('team-vi', 'vi', [
    ['mo-ta', 3, '{{honorific}} mô tả giúp em tình trạng máy lúc bật nguồn với ạ'],
  ]);

  it('recognises a large part of a phrase, diacritics- and case-insensitively', () => {
    const d1 = 'Hi Jo, the courier is fully booked on weekdays. Would a Saturday delivery slot make things easier?';
    expect(coachDraft(d1).covered).not.toContain(5);
    const r1 = coachDraft(d1, { packs: [en, vi] });
    expect(r1.covered).toContain(5);
    const hit = r1.coverage.find((h) => h.source === 'pack')!;
    expect(hit).toMatchObject({ step: 5, packId: 'team-en', phraseId: 'sat-slot' });
    expect(d1.slice(hit.start, hit.end)).toMatch(/^Would a Saturday/);

    const d2 = 'Da chi MO TA giup em tinh trang may luc bat nguon nhe';
    expect(coachDraft(d2).covered).not.toContain(3);
    expect(coachDraft(d2, { packs: [vi] }).covered).toContain(3);
  });

  it('ignores scattered common words, step-1 notes and one-word phrases', () => {
    const d = 'Would you like a receipt? On Saturday the shop is closed. It makes things easier to call us.';
    expect(coachDraft(d, { packs: [en] }).coverage.filter((h) => h.source === 'pack')).toEqual([]);
    expect(coachDraft('Check the courier portal before promising a date.', { packs: [en] }).covered).toEqual([]);
    expect(coachDraft('Sure! Sure!', { packs: [en] }).covered).toEqual([]);
  });

  it('indexes each pack once', () => {
    expect(packIndex(en)).toBe(packIndex(en));
    expect(packIndex(en).entries.map((e) => e.phraseId)).toEqual(['sat-slot']);
  });
});
