/**
 * Complaint categories: which of the ten situations a ticket is about, at most a few, strongest first.
 *
 * Per category c, p(c) = sigmoid(bias + tag × log1p(cue weight tagged c) + learned × n-gram score for c), fitted by
 * scripts/fit-detect.ts on helpdesk-style tickets labelled with their categories (tests/data). The n-gram score
 * reads the same words and n-grams as the complaint model (ngrams.ts), message and subject together. A category
 * is reported when p(c) >= threshold, at most `max` of them; its evidence is the cue spans tagged with it and the
 * learned phrases that pushed it up most.
 */
import type { Inst, MessageAnalysis } from './features';
import STORED from './learned-weights.json';
import { pairGrams, wordGrams, type LearnLang, type LearnWord, type WordGrams } from './ngrams';
import type { WordInfo } from './tokenize';
import { CATEGORIES, LEARNED_CUE, type Category, type CategoryHit, type Evidence } from './types';

const NC = CATEGORIES.length;

export interface CategoryWeights {
  bias: number;
  tag: number;
  learned: number;
}

/** As stored: buckets as base64 varint gaps, then NC int8 weights per bucket (× scale). */
export interface StoredCategories {
  scale: number;
  buckets: string;
  weights: string;
  cats: Record<Category, CategoryWeights>;
  threshold: number;
  max: number;
}

export interface CategoryModel {
  map: Map<number, Int8Array>;
  scale: number;
  cats: Record<Category, CategoryWeights>;
  threshold: number;
  max: number;
  cache: Record<LearnLang, WeakMap<WordInfo, { g: WordGrams; sums: Float64Array }>>;
}

const toBytes = (b64: string) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));

export function decodeCategories(s: StoredCategories): CategoryModel {
  const map = new Map<number, Int8Array>();
  const gaps = toBytes(s.buckets);
  const ws = new Int8Array(toBytes(s.weights).buffer);
  let at = 0;
  let bucket = 0;
  for (let k = 0; k * NC < ws.length; k++) {
    let gap = 0;
    let shift = 0;
    for (;;) {
      const byte = gaps[at++]!;
      gap |= (byte & 0x7f) << shift;
      if (byte < 0x80) break;
      shift += 7;
    }
    bucket += gap;
    map.set(bucket, ws.subarray(k * NC, (k + 1) * NC));
  }
  return { map, scale: s.scale, cats: s.cats, threshold: s.threshold, max: s.max, cache: { vi: new WeakMap(), en: new WeakMap() } };
}

/** N-gram score of every category for these words, and each word's share of it (per[i * NC + c]). */
export function categoryNgrams(words: readonly LearnWord[], lang: LearnLang, m: CategoryModel): { sums: Float64Array; per: Float64Array } {
  const sums = new Float64Array(NC);
  const per = new Float64Array(words.length * NC);
  if (words.length === 0 || m.map.size === 0) return { sums, per };
  const cache = m.cache[lang];
  let total = 0;
  let prev: WordGrams | null = null;
  const pair: number[] = [];
  const addBucket = (b: number, i: number, share: number) => {
    const w = m.map.get(b);
    if (w) for (let c = 0; c < NC; c++) per[i * NC + c]! += w[c]! * share;
  };
  for (let i = 0; i < words.length; i++) {
    const lw = words[i]!;
    let e = cache.get(lw.w);
    if (!e) {
      const g = wordGrams(lw.w, lang);
      const own = new Float64Array(NC);
      for (const b of g.buckets) {
        const w = m.map.get(b);
        if (w) for (let c = 0; c < NC; c++) own[c]! += w[c]!;
      }
      cache.set(lw.w, (e = { g, sums: own }));
    }
    for (let c = 0; c < NC; c++) per[i * NC + c]! += e.sums[c]!;
    total += e.g.buckets.length;
    if (prev && !lw.brk) {
      pair.length = 0;
      pairGrams(prev, e.g, pair);
      for (const b of pair) {
        addBucket(b, i - 1, 0.5);
        addBucket(b, i, 0.5);
      }
      total += pair.length;
    }
    prev = e.g;
  }
  const norm = m.scale / Math.sqrt(total);
  for (let k = 0; k < per.length; k++) {
    per[k]! *= norm;
    sums[k % NC]! += per[k]!;
  }
  return { sums, per };
}

/** The message's and subject's words as one sequence (the subject starts a new phrase). */
export const categoryWords = (a: MessageAnalysis, subject?: MessageAnalysis): LearnWord[] =>
  subject && subject.lw.length ? [...a.lw, { ...subject.lw[0]!, brk: true }, ...subject.lw.slice(1)] : a.lw;

/** Cue weight tagged with each category, the subject counting half. */
export function tagFeatures(a: MessageAnalysis, subject?: MessageAnalysis): Float64Array {
  const x = new Float64Array(NC);
  CATEGORIES.forEach((c, k) => {
    x[k] = Math.log1p((a.tagTotals.get(c) ?? 0) + 0.5 * (subject?.tagTotals.get(c) ?? 0));
  });
  return x;
}

export const categoryLogit = (w: CategoryWeights, tag: number, learned: number) => w.bias + w.tag * tag + w.learned * learned;

const file = STORED as { categories?: StoredCategories };
export const CATEGORY_MODEL: CategoryModel | null = file.categories ? decodeCategories(file.categories) : null;

const SHOWN_PHRASES = 3;
const r2 = (x: number) => Math.round(x * 100) / 100;

/**
 * The categories of a message (with its subject), strongest first. `cueWeight` is what each cue span contributes
 * to the complaint score (score.ts), shown as its weight.
 */
export function rankCategories(
  a: MessageAnalysis,
  subject: MessageAnalysis | undefined,
  cueWeight: (i: Inst) => number,
  m: CategoryModel,
): CategoryHit[] {
  const lang: LearnLang = a.lang === 'vi' ? 'vi' : 'en';
  const words = categoryWords(a, subject);
  const ng = categoryNgrams(words, lang, m);
  const tags = tagFeatures(a, subject);
  const scored = CATEGORIES.map((category, k) => ({ category, k, z: categoryLogit(m.cats[category], tags[k]!, ng.sums[k]!) }))
    .filter((s) => 1 / (1 + Math.exp(-s.z)) >= m.threshold)
    .sort((x, y) => y.z - x.z)
    .slice(0, m.max);
  const inMessage = a.lw.length;
  return scored.map(({ category, k }) => {
    const evidence: Evidence[] = a.insts
      .filter((i) => i.tags.includes(category) && i.cls !== 'learned')
      .map((i) => ({ start: i.s, end: i.e, cue: i.cue, weight: r2(cueWeight(i) || i.w * 0.1) }));
    // the message's learned phrases that pushed this category up most (subject words are not in the message text)
    const w = m.cats[category].learned;
    const phrases: Evidence[] = [];
    let from = 0;
    const share = (j: number) => ng.per[j * NC + k]!;
    for (let i = 1; i <= inMessage; i++) {
      if (i < inMessage && !words[i]!.brk && Math.sign(share(i)) === Math.sign(share(from))) continue;
      let sum = 0;
      for (let j = from; j < i; j++) sum += ng.per[j * NC + k]!;
      if (w * sum > 0) phrases.push({ start: words[from]!.s, end: words[i - 1]!.e, cue: LEARNED_CUE, weight: r2(w * sum) });
      from = i;
    }
    phrases.sort((x, y) => y.weight - x.weight);
    evidence.push(...phrases.slice(0, SHOWN_PHRASES).filter((p) => p.weight > 0));
    return { category, evidence: evidence.sort((x, y) => x.start - y.start) };
  });
}
