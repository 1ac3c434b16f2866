// The learned layer: deterministic fitting and storage, evidence that maps back to the customer's words, and
// the same reading of Vietnamese with and without diacritics. Hand-written texts only (never data-set texts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess, LEARNED_CUE } from '../../lib/detect';
import { analyseMessage } from '../../lib/detect/features';
import { decodeModel, encodeModel, LEARNED, scoreWords } from '../../lib/detect/learned';
import { BUCKETS, messageVector } from '../../lib/detect/ngrams';
import { fitNgram } from '../../scripts/fit/ngram';

const TEXTS: Array<[string, number]> = [
  ['my parcel arrived broken and nobody answers', 1],
  ['the screen cracked after one day, I want my money back', 1],
  ['still waiting for the refund, this is the worst service', 1],
  ['love the colour, fits perfectly', 0],
  ['great quality and fast shipping', 0],
  ['works fine, very happy with it', 0],
];

function fitSmall() {
  const docs = TEXTS.map(([t, y]) => ({ ...messageVector(analyseMessage(t).lw, 'en'), y, sw: 1 }));
  const { w, bias } = fitNgram(docs, { loss: 'logistic', lambda: 1e-4, epochs: 8, lr: 0.3, seed: 3 });
  return encodeModel(w, bias, 500);
}

describe('fitting and storing the learned layer', () => {
  it('gives byte-identical weights for the same data', () => {
    expect(JSON.stringify(fitSmall())).toBe(JSON.stringify(fitSmall()));
  });

  it('keeps at most the asked number of weights, quantised, and decodes them back', () => {
    const w = new Float64Array(BUCKETS);
    w[3] = 0.5;
    w[70000] = -1.27;
    w[BUCKETS - 1] = 0.01;
    w[9] = 0.0001; // rounds to 0 at this scale: dropped
    const stored = encodeModel(w, -0.25, 3);
    const m = decodeModel(stored, 'en');
    expect(m.bias).toBe(-0.25);
    expect(m.table[3]! * m.scale).toBeCloseTo(0.5, 2);
    expect(m.table[70000]! * m.scale).toBeCloseTo(-1.27, 2);
    expect(m.table[BUCKETS - 1]! * m.scale).toBeCloseTo(0.01, 2);
    expect(m.table[9]).toBe(0);
    expect(encodeModel(w, -0.25, 1).weights).toBe(Buffer.from([0x81]).toString('base64')); // only -1.27 = -127 × 0.01
  });

  it('splits a message score exactly into per-word shares', () => {
    const a = analyseMessage('The charger stopped working after two days and support never replied.');
    const s = scoreWords(a.lw, LEARNED.en);
    expect(s.per.length).toBe(a.lw.length);
    expect(s.per.reduce((t, x) => t + x, 0)).toBeCloseTo(s.sum, 9);
  });
});

describe('learned evidence', () => {
  it('marks whole words of the original text, teencode included', () => {
    const text = 'sp ko giống hình, giao hàng chậm quá, thất vọng';
    const a = assess(text);
    const learned = a.evidence.filter((e) => e.cue === LEARNED_CUE);
    expect(learned.length).toBeGreaterThan(0);
    for (const e of learned) {
      // each span starts and ends at a word edge
      expect(/[\p{L}\p{N}]/u.test(text[e.start]!)).toBe(true);
      expect(/[\p{L}\p{N}]/u.test(text[e.end - 1]!)).toBe(true);
      expect(e.start === 0 || !/[\p{L}\p{N}]/u.test(text[e.start - 1]!)).toBe(true);
      expect(e.end === text.length || !/[\p{L}\p{N}]/u.test(text[e.end]!)).toBe(true);
    }
  });

  it('gives valid UTF-16 spans on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (t) => {
        const a = assess(t);
        for (const e of a.evidence) {
          expect(e.start).toBeGreaterThanOrEqual(0);
          expect(e.end).toBeGreaterThan(e.start);
          expect(e.end).toBeLessThanOrEqual(a.text.length);
          // never between the two halves of a surrogate pair
          const low = (i: number) => i > 0 && i < a.text.length && /[\uDC00-\uDFFF]/.test(a.text[i]!) && /[\uD800-\uDBFF]/.test(a.text[i - 1]!);
          expect(low(e.start) || low(e.end)).toBe(false);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('Vietnamese with and without diacritics', () => {
  it.each([
    ['Giao hàng chậm, sản phẩm bị lỗi, rất thất vọng', 'Giao hang cham, san pham bi loi, rat that vong'],
    ['Áo mặc rất đẹp, vải mát, sẽ ủng hộ shop tiếp', 'Ao mac rat dep, vai mat, se ung ho shop tiep'],
  ])('reads "%s" and its plain form the same way', (accented, plain) => {
    const x = (t: string) => scoreWords(analyseMessage(t).lw, LEARNED.vi).sum + LEARNED.vi.bias;
    expect(Math.sign(x(plain))).toBe(Math.sign(x(accented)));
    expect(assess(plain).complaint).toBe(assess(accented).complaint);
  });
});
