/**
 * Features → complaint probability, anger level, categories and evidence.
 */
import { CLASS_FEATURE, FEATURES, NO_CATEGORY, type Inst, type MessageAnalysis } from './features';
import type { CueClass } from './lexicon/format';
import { MODEL, type LangModel } from './model';
import type { AngerLevel, CategoryHit, Evidence } from './types';

export function langModel(lang: string): LangModel {
  return lang === 'vi' ? MODEL.vi : MODEL.en;
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

export function scoreMessage(a: MessageAnalysis): Scored {
  const p = sigmoid(logit(langModel(a.lang), a.x));
  const A = MODEL.anger;
  let raw = A.bias;
  for (let i = 0; i < FEATURES.length; i++) raw += (A.w[FEATURES[i]!] ?? 0) * a.x[i]!;
  const hostile = hostility(a);
  let anger: AngerLevel;
  let intensity: number;
  if (p >= 0.5) {
    anger = raw < A.cuts[0] ? 1 : raw < A.cuts[1] ? 2 : 3;
    // "hostile" needs a hostile cue (blame, insult, swearing, threat, sarcasm) or a much higher intensity
    if (anger === 3 && !hostileCue(a) && raw < A.cuts[1] + HOSTILE_MARGIN) anger = 2;
    intensity = Math.max(1, raw);
  } else {
    anger = 0;
    intensity = p; // below 0.5: calm, but a higher probability still reads as less calm
  }
  if (hostile > anger) {
    anger = hostile;
    intensity = Math.max(intensity, hostile);
  }
  return { a, p, intensity: Math.min(4, Math.max(0, intensity)), anger };
}

const NOT_EVIDENCE = new Set<CueClass>(['topic', 'self', 'addressee']);

export function evidenceOf(insts: Inst[], m: LangModel): Evidence[] {
  const out: Evidence[] = [];
  for (const i of insts) {
    if (NOT_EVIDENCE.has(i.cls)) continue;
    const f = CLASS_FEATURE[i.cls];
    const coef = f ? (m.w[f] ?? 0) : 0;
    const weight = Math.round(i.w * coef * 100) / 100;
    if (weight === 0) continue;
    out.push({ start: i.s, end: i.e, cue: i.cue, weight });
  }
  return out.sort((x, y) => x.start - y.start || y.end - x.end);
}

/** Categories whose cues add up to at least 1, strongest first, each with its evidence spans. */
export function categoriesOf(a: MessageAnalysis, m: LangModel): CategoryHit[] {
  const out: Array<CategoryHit & { total: number }> = [];
  for (const [category, total] of a.tagTotals) {
    if (total < 1) continue;
    const evidence = a.insts
      .filter((i) => i.tags.includes(category) && !NO_CATEGORY.has(i.cls))
      .map((i) => {
        const f = CLASS_FEATURE[i.cls];
        const coef = f ? (m.w[f] ?? 0) : 0;
        return { start: i.s, end: i.e, cue: i.cue, weight: Math.round(i.w * (coef || 0.1) * 100) / 100 };
      })
      .sort((x, y) => x.start - y.start);
    out.push({ category, evidence, total });
  }
  out.sort((x, y) => y.total - x.total);
  return out.map(({ category, evidence }) => ({ category, evidence }));
}
