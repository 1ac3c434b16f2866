// Invariants of the detector and of its lexicon files (hand-written inputs and random strings).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess } from '../../lib/detect';
import { foldText, stemEn, viKeys } from '../../lib/detect/keys';
import { EN_ENTRIES, VI_ENTRIES } from '../../lib/detect/matcher';
import { parseLexicon } from '../../lib/detect/lexicon/format';
import { clean } from '../../lib/detect/thread';

describe('keys', () => {
  it('folds Vietnamese and keeps tone placement variants together', () => {
    expect(foldText('Đơn hàng giao CHẬM')).toBe('don hang giao cham');
    expect(viKeys('hoà').vk).toBe(viKeys('hòa').vk);
    expect(viKeys('thuỷ').vk).toBe(viKeys('thủy').vk);
    expect(viKeys('chậm'.normalize('NFD')).vk).toBe(viKeys('chậm').vk);
    expect(viKeys('chậm').fk).toBe('cham');
    expect(viKeys('chăm').vk).not.toBe(viKeys('chậm').vk);
  });
  it('stems English inflections together', () => {
    expect(stemEn('refunded')).toBe(stemEn('refund'));
    expect(stemEn('charges')).toBe(stemEn('charged'));
    expect(stemEn('please')).not.toBe(stemEn('pleased'));
  });
});

describe('lexicon files', () => {
  it('compile, with weights and known categories', () => {
    expect(EN_ENTRIES.length).toBeGreaterThan(500);
    expect(VI_ENTRIES.length).toBeGreaterThan(500);
    for (const e of [...EN_ENTRIES, ...VI_ENTRIES]) {
      expect(Number.isFinite(e.weight)).toBe(true);
      expect(e.phrase.trim()).toBe(e.phrase);
    }
  });
  it('reject malformed lines with a line number', () => {
    expect(() => parseLexicon('[nope]\nx = 1', 't')).toThrow(/t:1/);
    expect(() => parseLexicon('[neg]\nbad = heavy', 't')).toThrow(/t:2: bad weight/);
    expect(() => parseLexicon('[neg]\nbad = 1 shipping', 't')).toThrow(/unknown category/);
    expect(parseLexicon('# c\n[neg]\nawful / dire = 2 quality\nmeh', 't')).toEqual([
      { cls: 'neg', phrase: 'awful', weight: 2, tags: ['quality'] },
      { cls: 'neg', phrase: 'dire', weight: 2, tags: ['quality'] },
      { cls: 'neg', phrase: 'meh', weight: 1, tags: [] },
    ]);
  });
});

describe('cleaning keeps offsets', () => {
  it('has the same length as its input', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (s) => clean(s).length === s.length));
  });
});

describe('assess on random input', () => {
  const valid = (text: string) => {
    const a = assess(text);
    expect(['vi', 'en', 'other']).toContain(a.lang);
    expect(a.score).toBeGreaterThanOrEqual(0);
    expect(a.score).toBeLessThanOrEqual(1);
    expect([0, 1, 2, 3]).toContain(a.anger);
    expect(a.complaint).toBe(a.score >= 0.5);
    expect(a.text).toBe(text);
    for (const e of [...a.evidence, ...a.categories.flatMap((c) => c.evidence)]) {
      expect(e.start).toBeGreaterThanOrEqual(0);
      expect(e.end).toBeGreaterThan(e.start);
      expect(e.end).toBeLessThanOrEqual(text.length);
      expect(Number.isFinite(e.weight)).toBe(true);
    }
  };
  it('never throws and keeps its invariants (any unicode)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => valid(s)), { numRuns: 300 });
  });
  it('never throws on word salad built from cue words', () => {
    const words = ['not', 'no', 'too', 'very', 'refund', 'broken', 'thanks for', 'không', 'chưa', 'hơi', 'quá', 'lỗi', 'ko', 'dc', 'k', '30', 'days', 'ngày', '!!!', '???', ',', '\n', '😡', ':)', 'BAD', 'giao hang', 'cham', 'nhưng', 'but'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 40 }), (ws) => valid(ws.join(' '))),
      { numRuns: 300 },
    );
  });
});
