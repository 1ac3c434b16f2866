/**
 * The learned layer: a linear model over hashed word and character n-grams (ngrams.ts), one per language,
 * fitted by scripts/fit-detect.ts on labelled texts and shipped pruned and quantised in learned-weights.json.
 *
 *   score = sum over every n-gram occurrence of weight[bucket] / sqrt(number of occurrences)
 *
 * Each occurrence belongs to one word (a bigram half to each of its two), so the score splits exactly into
 * per-word contributions: the evidence the side panel highlights. A word's own n-grams depend only on its
 * spelling, so their sum is cached per word.
 */
import STORED from './learned-weights.json';
import { BUCKETS, pairGrams, wordGrams, type LearnLang, type LearnWord, type WordGrams } from './ngrams';
import type { WordInfo } from './tokenize';

/** One pruned, quantised model as stored: buckets as base64 varint gaps, weights as base64 int8 × scale. */
export interface StoredModel {
  bias: number;
  scale: number;
  buckets: string;
  weights: string;
}

export interface LearnedModel {
  lang: LearnLang;
  bias: number;
  /** quantised weight per bucket (1 MB); weight = table[bucket] * scale */
  table: Int8Array;
  scale: number;
  cache: WeakMap<WordInfo, { g: WordGrams; sum: number }>;
}

const toBytes = (b64: string) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

export function decodeModel(m: StoredModel, lang: LearnLang): LearnedModel {
  const table = new Int8Array(BUCKETS);
  const gaps = toBytes(m.buckets);
  const ws = new Int8Array(toBytes(m.weights).buffer);
  let at = 0;
  let bucket = 0;
  for (let k = 0; k < ws.length; k++) {
    let gap = 0;
    let shift = 0;
    for (;;) {
      const byte = gaps[at++]!;
      gap |= (byte & 0x7f) << shift;
      if (byte < 0x80) break;
      shift += 7;
    }
    bucket += gap;
    table[bucket] = ws[k]!;
  }
  return { lang, bias: m.bias, table, scale: m.scale, cache: new WeakMap() };
}

/**
 * Keeps the `keep` strongest weights, quantised to int8 (weights that round to 0 are dropped). Deterministic:
 * ties in strength go to the lower bucket.
 */
export function encodeModel(w: Float64Array, bias: number, keep: number): StoredModel {
  const order = Array.from(w.keys())
    .filter((i) => w[i] !== 0)
    .sort((a, b) => Math.abs(w[b]!) - Math.abs(w[a]!) || a - b)
    .slice(0, keep);
  const max = order.length ? Math.abs(w[order[0]!]!) : 1;
  const scale = Number((max / 127).toPrecision(6));
  const kept = order.filter((i) => Math.round(w[i]! / scale) !== 0).sort((a, b) => a - b);
  const gaps: number[] = [];
  const ws = new Int8Array(kept.length);
  let prev = 0;
  kept.forEach((b, k) => {
    let gap = b - prev;
    prev = b;
    while (gap >= 0x80) {
      gaps.push((gap & 0x7f) | 0x80);
      gap >>>= 7;
    }
    gaps.push(gap);
    ws[k] = Math.round(w[b]! / scale);
  });
  return { bias: Number(bias.toFixed(4)), scale, buckets: toBase64(Uint8Array.from(gaps)), weights: toBase64(new Uint8Array(ws.buffer)) };
}

export interface LearnedScore {
  /** the n-gram part of the logit (without the model's bias) */
  sum: number;
  /** per word of `words`: its share of `sum` */
  per: Float64Array;
}

const EMPTY: LearnedScore = { sum: 0, per: new Float64Array(0) };

export function scoreWords(words: readonly LearnWord[], m: LearnedModel): LearnedScore {
  if (words.length === 0) return EMPTY;
  const per = new Float64Array(words.length);
  const { table, cache, lang } = m;
  let total = 0;
  let prev: WordGrams | null = null;
  const pair: number[] = [];
  for (let i = 0; i < words.length; i++) {
    const lw = words[i]!;
    let c = cache.get(lw.w);
    if (!c) {
      const g = wordGrams(lw.w, lang);
      let sum = 0;
      for (const b of g.buckets) sum += table[b]!;
      cache.set(lw.w, (c = { g, sum }));
    }
    per[i] = c.sum;
    total += c.g.buckets.length;
    if (prev && !lw.brk) {
      pair.length = 0;
      pairGrams(prev, c.g, pair);
      for (const b of pair) {
        const half = table[b]! / 2;
        per[i - 1]! += half;
        per[i]! += half;
      }
      total += pair.length;
    }
    prev = c.g;
  }
  const norm = m.scale / Math.sqrt(total);
  let sum = 0;
  for (let i = 0; i < per.length; i++) sum += per[i]! *= norm;
  return { sum, per };
}

interface StoredFile {
  complaint: Record<LearnLang, StoredModel>;
  anger: StoredModel;
}

const file = STORED as StoredFile;
/** The shipped models, decoded once when the detector loads. */
export const LEARNED = {
  vi: decodeModel(file.complaint.vi, 'vi'),
  en: decodeModel(file.complaint.en, 'en'),
  /** English anger intensity (0–3), read for every language (Vietnamese data has no intensity labels) */
  anger: decodeModel(file.anger, 'en'),
};
export type LearnedModels = typeof LEARNED;
