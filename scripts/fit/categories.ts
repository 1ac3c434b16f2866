/**
 * Fitting the category model (lib/detect/categories.ts) on tickets labelled with their categories.
 * Per category: an n-gram logistic model (scripts/fit/ngram.ts) on message + subject, its out-of-fold scores
 * stacked with the category's cue weight in a three-weight logistic model; then one threshold on p(c) and at most
 * two categories, chosen for the best micro-F1 of the out-of-fold predictions.
 */
import { analyseMessage, type MessageAnalysis } from '../../lib/detect/features';
import { categoryLogit, categoryNgrams, categoryWords, decodeCategories, tagFeatures, type CategoryWeights, type StoredCategories } from '../../lib/detect/categories';
import type { LearnedModels } from '../../lib/detect/learned';
import { messageVector, type LearnLang } from '../../lib/detect/ngrams';
import { readThread } from '../../lib/detect/thread';
import { CATEGORIES, type Category } from '../../lib/detect/types';
import { fitNgram } from './ngram';

export interface CatItem {
  id: string;
  lang: LearnLang;
  a: MessageAnalysis;
  s: MessageAnalysis;
  cats: string[];
  fold: number;
}

const NC = CATEGORIES.length;
const KEEP = 4000;
const MAX = 2;
const OPTS = { loss: 'logistic', lambda: 1e-5, epochs: 30, lr: 0.5, seed: 5 } as const;

export function catItem(r: { id: string; lang: string; text: string; subject?: string; categories: string[] }, fold: number, none: LearnedModels): CatItem {
  const t = readThread(r.text);
  const m = t.messages[t.messages.length - 1];
  return {
    id: r.id,
    lang: r.lang === 'vi' ? 'vi' : 'en',
    a: analyseMessage(m ? m.clean : '', none),
    s: analyseMessage(r.subject ?? '', none),
    cats: r.categories,
    fold,
  };
}

/** n-gram weights of every category, as one sparse table: bucket → NC weights. */
function fitTables(items: readonly CatItem[]): Float64Array[] {
  const docs = items.map((it) => messageVector(categoryWords(it.a, it.s), it.lang));
  return CATEGORIES.map((c) => fitNgram(docs.map((d, i) => ({ ...d, y: +items[i]!.cats.includes(c), sw: 1 })), OPTS).w);
}

function encode(tables: Float64Array[], cats: Record<Category, CategoryWeights>, threshold: number): StoredCategories {
  const strength = new Map<number, number>();
  tables.forEach((w) => w.forEach((v, b) => v !== 0 && strength.set(b, Math.max(strength.get(b) ?? 0, Math.abs(v)))));
  const kept = [...strength]
    .sort((x, y) => y[1] - x[1] || x[0] - y[0])
    .slice(0, KEEP)
    .map(([b]) => b)
    .sort((x, y) => x - y);
  const max = kept.reduce((m, b) => Math.max(m, ...tables.map((w) => Math.abs(w[b]!))), 0) || 1;
  const scale = Number((max / 127).toPrecision(6));
  const gaps: number[] = [];
  const ws = new Int8Array(kept.length * NC);
  let prev = 0;
  kept.forEach((b, k) => {
    let gap = b - prev;
    prev = b;
    while (gap >= 0x80) {
      gaps.push((gap & 0x7f) | 0x80);
      gap >>>= 7;
    }
    gaps.push(gap);
    tables.forEach((w, c) => (ws[k * NC + c] = Math.round(w[b]! / scale)));
  });
  const b64 = (u: Uint8Array) => Buffer.from(u).toString('base64');
  return { scale, buckets: b64(Uint8Array.from(gaps)), weights: b64(new Uint8Array(ws.buffer)), cats, threshold, max: MAX };
}

const EMPTY_CATS = Object.fromEntries(CATEGORIES.map((c) => [c, { bias: 0, tag: 0, learned: 0 }])) as Record<Category, CategoryWeights>;

/** Small logistic fit of [tag, learned] → in category, by gradient descent; both weights kept >= 0. */
function fitStack(x: Array<[number, number]>, y: number[]): CategoryWeights {
  const w = [0, 0, 0];
  for (let it = 0; it < 2000; it++) {
    const g = [0, 0, 0];
    x.forEach(([t, l], i) => {
      const e = 1 / (1 + Math.exp(-(w[0]! + w[1]! * t + w[2]! * l))) - y[i]!;
      g[0]! += e;
      g[1]! += e * t;
      g[2]! += e * l;
    });
    for (let k = 0; k < 3; k++) w[k]! -= (0.5 * g[k]!) / x.length + (k ? 0.001 * w[k]! : 0);
    w[1] = Math.max(0, w[1]!);
    w[2] = Math.max(0, w[2]!);
  }
  const r = (v: number) => Math.round(v * 1000) / 1000;
  return { bias: r(w[0]!), tag: r(w[1]!), learned: r(w[2]!) };
}

export interface CategoryFit {
  stored: StoredCategories;
  /** micro-F1 of the out-of-fold predictions at the chosen threshold */
  oof: { precision: number; recall: number; f1: number };
}

export function fitCategories(items: readonly CatItem[], folds: number): CategoryFit {
  // out-of-fold n-gram scores
  const oofNg = new Map<CatItem, Float64Array>();
  for (let k = 0; k < folds; k++) {
    const tr = items.filter((it) => it.fold !== k);
    const model = decodeCategories(encode(fitTables(tr), EMPTY_CATS, 0.5));
    for (const it of items) if (it.fold === k) oofNg.set(it, categoryNgrams(categoryWords(it.a, it.s), it.lang, model).sums);
  }
  const tags = new Map(items.map((it) => [it, tagFeatures(it.a, it.s)]));
  const cats = Object.fromEntries(
    CATEGORIES.map((c, k) => [c, fitStack(items.map((it) => [tags.get(it)![k]!, oofNg.get(it)![k]!]), items.map((it) => +it.cats.includes(c)))]),
  ) as Record<Category, CategoryWeights>;
  // threshold: best micro-F1 of the out-of-fold predictions, at most MAX per ticket
  let best = { t: 0.5, precision: 0, recall: 0, f1: -1 };
  for (let t = 0.2; t <= 0.8 + 1e-9; t += 0.02) {
    let tp = 0, fp = 0, fn = 0;
    for (const it of items) {
      const got = CATEGORIES.map((c, k) => ({ c, z: categoryLogit(cats[c], tags.get(it)![k]!, oofNg.get(it)![k]!) }))
        .filter((s) => 1 / (1 + Math.exp(-s.z)) >= t)
        .sort((x, y) => y.z - x.z)
        .slice(0, MAX)
        .map((s) => s.c as string);
      for (const c of got) if (it.cats.includes(c)) tp++;
      else fp++;
      for (const c of it.cats) if (!got.includes(c)) fn++;
    }
    const f1 = (2 * tp) / (2 * tp + fp + fn);
    if (f1 > best.f1 + 1e-9) best = { t: Math.round(t * 100) / 100, precision: tp / (tp + fp || 1), recall: tp / (tp + fn || 1), f1 };
  }
  return { stored: encode(fitTables(items), cats, best.t), oof: best };
}
