/**
 * The learned layer's features: word 1–2-grams and character 2–5-grams of the words a message is made of,
 * hashed into 2^HASH_BITS buckets. The same code turns a training text into a vector (scripts/fit-detect.ts)
 * and a customer message into a score (learned.ts), so both always see the same features.
 *
 * Keys per language (from keys.ts, after teencode expansion):
 * - English: the light stem for words and bigrams ("refunded" → "refund"), the lower-case word for characters;
 * - Vietnamese: the folded key ("chậm" → "cham") always, and the accented key when the word carries diacritics,
 *   so a message typed without them still meets most of what the model learned from accented text.
 * Numbers count as one word "#"; emoji and emoticons as themselves, without character n-grams.
 */
import type { WordInfo } from './tokenize';

export const HASH_BITS = 20;
export const BUCKETS = 1 << HASH_BITS;

export type LearnLang = 'vi' | 'en';

/** A word the learned layer reads, with its span in the analysed text. */
export interface LearnWord {
  s: number;
  e: number;
  w: WordInfo;
  /** true when no word directly precedes it (punctuation, a masked word, the start): no bigram across */
  brk: boolean;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function hashString(ns: number, s: string): number {
  let h = Math.imul(FNV_OFFSET ^ ns, FNV_PRIME);
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

/** Murmur3's finaliser: spreads the bits of a combined hash evenly over the buckets. */
function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export const bucketOf = (h: number) => fmix(h) >>> (32 - HASH_BITS);
/** The bucket of the bigram of two words with these key hashes. */
export const pairBucket = (a: number, b: number) => fmix(Math.imul(a, 0x9e3779b1) ^ b) >>> (32 - HASH_BITS);

// namespaces: the same string as a word, as a folded word or as a character n-gram lands in different buckets
const NS_EN = 1;
const NS_VI_ACCENT = 2;
const NS_VI_FOLD = 3;
const NS_CHAR = 4;
const NS_CHAR_FOLD = 5;
const SPACE = 32;

/** Character 2–5-grams of " word " (spaces mark the word's edges). */
function charGrams(ns: number, word: string, out: number[]): void {
  const n = word.length + 2;
  const at = (i: number) => (i === 0 || i === n - 1 ? SPACE : word.charCodeAt(i - 1));
  for (let i = 0; i < n - 1; i++) {
    let h = Math.imul(FNV_OFFSET ^ ns, FNV_PRIME);
    h = Math.imul(h ^ at(i), FNV_PRIME);
    for (let j = i + 1; j < n && j < i + 5; j++) {
      h = Math.imul(h ^ at(j), FNV_PRIME);
      out.push(fmix(h >>> 0) >>> (32 - HASH_BITS));
    }
  }
}

/** What one word contributes on its own: its key hashes (for bigrams) and its unigram and character buckets. */
export interface WordGrams {
  /** key hashes: [accent-or-stem] for English, [folded, accented?] for Vietnamese */
  keys: number[];
  /** whether the word has an accented key different from the folded one */
  accented: boolean;
  buckets: number[];
}

export function wordGrams(w: WordInfo, lang: LearnLang): WordGrams {
  const buckets: number[] = [];
  if (w.kind !== undefined || w.num) {
    const h = hashString(NS_EN, w.num ? '#' : w.low);
    buckets.push(bucketOf(h));
    return { keys: [h], accented: false, buckets };
  }
  if (lang === 'en') {
    const h = hashString(NS_EN, w.ek);
    buckets.push(bucketOf(h));
    charGrams(NS_CHAR, w.low, buckets);
    return { keys: [h], accented: false, buckets };
  }
  const f = hashString(NS_VI_FOLD, w.fk);
  buckets.push(bucketOf(f));
  charGrams(NS_CHAR_FOLD, w.fk, buckets);
  if (!w.marks) return { keys: [f, hashString(NS_VI_ACCENT, w.fk)], accented: false, buckets };
  const v = hashString(NS_VI_ACCENT, w.vk);
  buckets.push(bucketOf(v));
  charGrams(NS_CHAR, w.low, buckets);
  return { keys: [f, v], accented: true, buckets };
}

/** Buckets of the bigram of two adjacent words: the folded pair, plus the accented pair when either has marks. */
export function pairGrams(a: WordGrams, b: WordGrams, out: number[]): void {
  out.push(pairBucket(a.keys[0]!, b.keys[0]!));
  if ((a.accented || b.accented) && a.keys.length > 1 && b.keys.length > 1) out.push(pairBucket(a.keys[1]!, b.keys[1]!));
}

/** Every bucket of a message, as a training vector: bucket → count / sqrt(total), in bucket order. */
export function messageVector(words: readonly LearnWord[], lang: LearnLang): { idx: Int32Array; val: Float32Array } {
  const counts = new Map<number, number>();
  let total = 0;
  const add = (b: number) => {
    counts.set(b, (counts.get(b) ?? 0) + 1);
    total++;
  };
  let prev: WordGrams | null = null;
  const pair: number[] = [];
  for (const lw of words) {
    const g = wordGrams(lw.w, lang);
    for (const b of g.buckets) add(b);
    if (prev && !lw.brk) {
      pair.length = 0;
      pairGrams(prev, g, pair);
      for (const b of pair) add(b);
    }
    prev = g;
  }
  const keys = [...counts.keys()].sort((x, y) => x - y);
  const norm = total ? 1 / Math.sqrt(total) : 0;
  return { idx: Int32Array.from(keys), val: Float32Array.from(keys, (k) => counts.get(k)! * norm) };
}
