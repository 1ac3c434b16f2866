/**
 * Features → complaint probability, anger level, categories and evidence.
 */
import { CLASS_FEATURE, FEATURES, NO_CATEGORY, heatOf, type Feature, type Inst, type InstClass, type MessageAnalysis } from './features';
import { MODEL, type AngerModel, type LangModel } from './model';
import type { AngerLevel, CategoryHit, Evidence } from './types';

/** The stacked weights (model.ts): cue features and the learned scores, per language, and anger. */
export type Weights = { vi: LangModel; en: LangModel; anger: AngerModel };

export function langModel(lang: string, model: Weights = MODEL): LangModel {
  return lang === 'vi' ? model.vi : model.en;
}

export function logit(m: LangModel, x: Float64Array): number {
  let z = m.bias;
  for (let i = 0; i < FEATURES.length; i++) z += (m.w[FEATURES[i]!] ?? 0) * x[i]!;
  return z;
}

export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export interface Scored {
  a: MessageAnalysis;
  p: number;
  /** continuous anger intensity, 0 when calm */
  intensity: number;
  anger: AngerLevel;
}

const HOSTILE_MARGIN = 0.5;
const hostileCue = (a: MessageAnalysis) => {
  const s = a.sums;
  return (s.blame ?? 0) + (s.insult ?? 0) + (s.profanity ?? 0) + (s.threat ?? 0) + (s.sarcasm ?? 0) + (s['emoji-neg'] ?? 0) > 0;
};

/** Hostile cues that set anger regardless of the complaint score. */
function hostility(a: MessageAnalysis): AngerLevel {
  const s = a.sums;
  const threat = s.threat ?? 0;
  const abuse = (s.insult ?? 0) + (s.profanity ?? 0);
  const blame = s.blame ?? 0;
  if (threat >= 2.5 || (s.insult ?? 0) >= 2.5 || blame >= 3) return 3;
  if (blame >= 2 || abuse >= 2.5 || (s.sarcasm ?? 0) >= 2 || (s['emoji-neg'] ?? 0) >= 4 || (s.escalate ?? 0) >= 3) return 2;
  if ((s['emoji-neg'] ?? 0) >= 2) return 1;
  return 0;
}

export function scoreMessage(a: MessageAnalysis, model: Weights = MODEL): Scored {
  const p = sigmoid(logit(langModel(a.lang, model), a.x));
  const A = model.anger;
  let raw = A.bias;
  for (let i = 0; i < FEATURES.length; i++) raw += (A.w[FEATURES[i]!] ?? 0) * a.x[i]!;
  const hostile = hostility(a);
  let anger: AngerLevel;
  let intensity: number;
  // anger needs something that went wrong (a negative, problem, service, hostile cue): a complaint made only of
  // requests or questions ("please cancel my subscription") is a complaint, but a calm one
  if (p >= 0.5 && heatOf(a.sums) > 0) {
    anger = raw < A.cuts[0] ? 1 : raw < A.cuts[1] ? 2 : 3;
    // "hostile" needs a hostile cue (blame, insult, swearing, threat, sarcasm) or a much higher intensity
    if (anger === 3 && !hostileCue(a) && raw < A.cuts[1] + HOSTILE_MARGIN) anger = 2;
    intensity = Math.max(1, raw);
  } else {
    anger = 0;
    intensity = Math.min(p, 0.99); // calm, but a higher probability still reads as less calm
  }
  // hostile cues set a floor under the level and the intensity alike (also when the level is already there)
  if (hostile > 0 && hostile >= anger) {
    anger = hostile;
    intensity = Math.max(intensity, hostile);
  }
  return { a, p, intensity: Math.min(4, Math.max(0, intensity)), anger };
}

const NEGATIVE_SIDE = new Set<InstClass>(['neg', 'problem', 'service']);

/**
 * The complaint logit of a message is bias + the sum of what each span contributes: every feature's share
 * (weight × feature value) is spread over the spans that fed it, in proportion to their cue weights. Nothing
 * moves the score without a span, so the evidence explains the whole score. `rest` is what no span carries
 * (0 unless model.ts gives a weight to a feature without spans, or a very long message ran out of spans).
 */
export function contributions(a: MessageAnalysis, m: LangModel): { per: Map<Inst, number>; rest: number } {
  const per = new Map<Inst, number>();
  const x = (f: Feature) => a.x[FEATURES.indexOf(f)]!;
  // min(praise, criticism): the smaller side is what the "mixed" feature measures
  const mixedPos = x('pos') <= Math.log1p((a.sums.neg ?? 0) + (a.sums.problem ?? 0) + (a.sums.service ?? 0));
  // the spans behind each feature, with their shares, in one pass
  const src = new Map<Feature, Array<[Inst, number]>>();
  const add = (f: Feature, i: Inst, w: number) => {
    if (!m.w[f]) return;
    let l = src.get(f);
    if (!l) src.set(f, (l = []));
    l.push([i, w]);
  };
  let learned = 0;
  for (const i of a.insts) {
    // a learned phrase's weight is already its signed share of the learned score
    if (i.cls === 'learned') {
      const share = (m.w.learned ?? 0) * i.w;
      if (share !== 0) per.set(i, share);
      learned += share;
      continue;
    }
    const f = CLASS_FEATURE[i.cls];
    if (f) add(f, i, Math.abs(i.w));
    if (i.but) add('butNeg', i, 1);
    if (mixedPos ? i.cls === 'pos' : NEGATIVE_SIDE.has(i.cls)) add('mixed', i, Math.abs(i.w));
  }
  let rest = 0;
  for (let k = 0; k < FEATURES.length; k++) {
    const f: Feature = FEATURES[k]!;
    const total = (m.w[f] ?? 0) * a.x[k]!;
    if (f === 'learned') {
      // the phrases add up to the learned score, up to floating-point rounding
      if (Math.abs(total - learned) > 1e-9) rest += total - learned;
      continue;
    }
    if (total === 0) continue;
    const l = src.get(f) ?? [];
    const sum = l.reduce((t, [, w]) => t + w, 0);
    if (!(sum > 0)) {
      rest += total;
      continue;
    }
    for (const [i, w] of l) per.set(i, (per.get(i) ?? 0) + (total * w) / sum);
  }
  return { per, rest };
}

const r2 = (x: number) => Math.round(x * 100) / 100;
const r3 = (x: number) => Math.round(x * 1000) / 1000;

export function evidenceOf(a: MessageAnalysis, m: LangModel): Evidence[] {
  const { per } = contributions(a, m);
  const out: Evidence[] = [];
  for (const i of a.insts) {
    // learned phrases are many and small: finer rounding keeps bias + the evidence equal to the logit
    const weight = i.cls === 'learned' ? r3(per.get(i) ?? 0) : r2(per.get(i) ?? 0);
    if (weight === 0) continue;
    out.push({ start: i.s, end: i.e, cue: i.cue, weight });
  }
  return out.sort((x, y) => x.start - y.start || y.end - x.end);
}

/**
 * Categories whose cues add up to at least 0.75, strongest first, each with its evidence spans. A single
 * negated action ("vẫn chưa nhận được", "still not delivered", 0.8) is enough to name the category.
 */
export function categoriesOf(a: MessageAnalysis, m: LangModel): CategoryHit[] {
  const { per } = contributions(a, m);
  const out: Array<CategoryHit & { total: number }> = [];
  for (const [category, total] of a.tagTotals) {
    if (total < 0.75) continue;
    const evidence = a.insts
      .filter((i) => i.tags.includes(category) && !NO_CATEGORY.has(i.cls))
      // support topics ("order", "refund") name the category without moving the score: a small weight marks them
      .map((i) => ({ start: i.s, end: i.e, cue: i.cue, weight: r2(per.get(i) || i.w * 0.1) }))
      .sort((x, y) => x.start - y.start);
    out.push({ category, evidence, total });
  }
  out.sort((x, y) => y.total - x.total);
  return out.map(({ category, evidence }) => ({ category, evidence }));
}
