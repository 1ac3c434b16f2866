/**
 * The stacked model (lib/detect/model.ts): one logistic model per language over the cue features and the learned
 * layer's out-of-fold score, and a linear anger-intensity model, both with sign constraints and product floors.
 *
 * Complaint: negative cues can only push towards "complaint", positive ones away; politeness, support topics,
 * pronouns, punctuation and length are left out (OFF), so a greeting, "my account" or "?" never makes a complaint.
 * The learned score can only count for a complaint (its sign is the model's own). The F1-optimal threshold on
 * the fitting data is folded into the bias, so the detector keeps using p >= 0.5; a message without any cue or
 * n-gram keeps a logit at or below -NO_CUE_MARGIN.
 * Anger: constrained least squares of the human intensity (1..3) over complaints; politeness has to lower it.
 * Two cut points spread predicted complaints over levels 1/2/3 like the human labels.
 */
import { FEATURES, NF, heatOf, type Feature } from '../../lib/detect/features';
import type { CueClass } from '../../lib/detect/lexicon/format';
import type { AngerModel, LangModel } from '../../lib/detect/model';

export interface StackRow {
  x: Float64Array;
  sums: Partial<Record<CueClass, number>>;
  y: number;
  anger: number | null;
  complaint: boolean;
  sw: number;
}

/** Sign of each complaint weight: +1 only positive, -1 only negative, 0 free. */
const SIGN: Record<Feature, -1 | 0 | 1> = {
  neg: 1, problem: 1, service: 1, request: 1, question: 1, threat: 1, blame: 1, abuse: 0, sarcasm: 1, pos: -1,
  polite: 0, negation: 1, contrast: 1, persist: 1, wait: 1, expect: 1, topic: 1, exclaim: 1, qmarks: 1, shout: 1,
  emojiNeg: 1, emojiPos: -1, length: 0, self: 0, you: 0, profanity: 1, mixed: 1, escalate: 1, butNeg: 1,
  learned: 1, learnedAnger: 0,
};
/** Sign of each anger weight (politeness and positive words calm, hostility heats). */
const ANGER_SIGN: Record<Feature, -1 | 0 | 1> = {
  neg: 1, problem: 0, service: 0, request: 0, question: 0, threat: 1, blame: 1, abuse: 1, sarcasm: 1, pos: -1,
  polite: -1, negation: 0, contrast: -1, persist: 1, wait: 0, expect: 0, topic: 0, exclaim: 1, qmarks: 1, shout: 1,
  emojiNeg: 1, emojiPos: -1, length: 0, self: 0, you: 0, profanity: 1, mixed: -1, escalate: 1, butNeg: 0,
  learned: 1, learnedAnger: 1,
};

/**
 * Product priors: cues that are rare in the data but matter in support tickets keep at least this weight
 * (threats, blame, sarcasm and angry emoji always push towards "complaint").
 */
export const FLOOR: Partial<Record<Feature, number>> = { threat: 1.2, blame: 0.6, sarcasm: 1, emojiNeg: 0.4, abuse: 1, service: 0.6, escalate: 1, butNeg: 0.8 };
/** Vietnamese reviews already mark reservations with the contrast word itself (a strong learned weight). */
export const FLOOR_VI: Partial<Record<Feature, number>> = { ...FLOOR, butNeg: 0 };
const OFF_VI: Feature[] = ['butNeg'];
/** Logit of a message without any cue stays at or below -NO_CUE_MARGIN (p <= 0.45); DETECT_MARGIN overrides it. */
const NO_CUE_MARGIN = Number(process.env.DETECT_MARGIN ?? 0.2);
/**
 * Features left out of the complaint model (kept for anger). Politeness must not count for or against a
 * complaint; support topics and pronouns say what a message is about, not that something went wrong; "!", "??"
 * and capitals are intensity, not content; length says more about the data set than about the customer.
 */
const OFF: Feature[] = (process.env.DETECT_OFF ?? 'length,polite,topic,self,you,exclaim,qmarks,shout,learnedAnger').split(',').filter(Boolean) as Feature[];
/** Anger weights at most this high: politeness always lowers anger. */
const ANGER_CEIL: Partial<Record<Feature, number>> = { polite: -0.2 };

/**
 * Gradient descent with one step size needs features of similar size: the learned scores run far beyond the
 * cue features' 0..3, so each feature is divided by its root mean square (when above 1) while fitting and the
 * weights are scaled back afterwards. Scaling by a positive number keeps every sign constraint.
 */
function rescaled(data: readonly StackRow[]): { rows: StackRow[]; scale: Float64Array } {
  const scale = new Float64Array(NF).fill(1);
  for (let i = 0; i < NF; i++) {
    const ms = data.reduce((s, d) => s + d.x[i]! * d.x[i]!, 0) / Math.max(1, data.length);
    if (ms > 1) scale[i] = Math.sqrt(ms);
  }
  return { rows: data.map((d) => ({ ...d, x: d.x.map((v, i) => v / scale[i]!) })), scale };
}

function dot(w: Float64Array, x: Float64Array): number {
  let z = w[NF]!;
  for (let i = 0; i < NF; i++) z += w[i]! * x[i]!;
  return z;
}

function projectComplaint(w: Float64Array, floor: Partial<Record<Feature, number>>, scale: Float64Array) {
  for (let i = 0; i < NF; i++) {
    const f = FEATURES[i]!;
    const s = SIGN[f];
    if ((s > 0 && w[i]! < 0) || (s < 0 && w[i]! > 0)) w[i] = 0;
    const min = floor[f];
    if (min !== undefined && w[i]! < min * scale[i]!) w[i] = min * scale[i]!;
    if (OFF.includes(f) || (floor === FLOOR_VI && OFF_VI.includes(f))) w[i] = 0;
  }
}

function projectAnger(w: Float64Array, scale: Float64Array) {
  for (let i = 0; i < NF; i++) {
    const f = FEATURES[i]!;
    const s = ANGER_SIGN[f];
    if ((s > 0 && w[i]! < 0) || (s < 0 && w[i]! > 0)) w[i] = 0;
    const max = ANGER_CEIL[f];
    if (max !== undefined && w[i]! > max * scale[i]!) w[i] = max * scale[i]!;
  }
}

/** L2-regularised, weighted logistic regression by projected gradient descent (features are small, ~0..3). */
export function fitComplaint(all: readonly StackRow[], floor: Partial<Record<Feature, number>>, lambda: number): Float64Array {
  const { rows: data, scale } = rescaled(all);
  const w = new Float64Array(NF + 1);
  const m = data.reduce((s, d) => s + d.sw, 0);
  const lr = 0.5;
  for (let it = 0; it < 3000; it++) {
    const g = new Float64Array(NF + 1);
    for (const d of data) {
      const e = (1 / (1 + Math.exp(-dot(w, d.x))) - d.y) * d.sw;
      for (let i = 0; i < NF; i++) g[i]! += e * d.x[i]!;
      g[NF]! += e;
    }
    for (let i = 0; i < NF; i++) w[i]! -= lr * (g[i]! / m + lambda * w[i]!);
    w[NF]! -= lr * (g[NF]! / m);
    projectComplaint(w, floor, scale);
  }
  for (let i = 0; i < NF; i++) w[i]! /= scale[i]!;
  // move the threshold to the weighted-F1 optimum on the fitting data; many messages share a score, so take the
  // middle of the best plateau rather than its edge, which keeps the choice stable under rounding
  const zs = all.map((d) => dot(w, d.x));
  const f1At = (t: number) => {
    let tp = 0, fp = 0, fn = 0;
    data.forEach((d, i) => {
      const yes = zs[i]! >= t;
      if (yes && d.y) tp += d.sw;
      else if (yes) fp += d.sw;
      else if (d.y) fn += d.sw;
    });
    return (2 * tp) / (2 * tp + fp + fn);
  };
  const grid: number[] = [];
  for (let t = -1.5; t <= 1.5 + 1e-9; t += 0.01) if (w[NF]! - t <= -NO_CUE_MARGIN) grid.push(t);
  const f1s = grid.map(f1At);
  const top = Math.max(...f1s);
  let best = 0;
  let bestLen = -1;
  for (let i = 0; i < grid.length; ) {
    if (f1s[i]! < top - 1e-9) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < grid.length && f1s[j + 1]! >= top - 1e-9) j++;
    if (j - i > bestLen) [bestLen, best] = [j - i, (grid[i]! + grid[j]!) / 2];
    i = j + 1;
  }
  w[NF]! -= best;
  return w;
}

/** Constrained least squares for anger intensity over rows that are complaints with an anger label. */
export function fitAnger(data: readonly StackRow[], wc: Float64Array, lambda: number): AngerModel {
  const { rows: train, scale } = rescaled(data.filter((d) => d.complaint && d.anger !== null && d.anger > 0));
  const w = new Float64Array(NF + 1);
  w[NF] = 1.5;
  const lr = 0.2;
  for (let it = 0; it < 3000; it++) {
    const g = new Float64Array(NF + 1);
    for (const d of train) {
      const e = dot(w, d.x) - d.anger!;
      for (let i = 0; i < NF; i++) g[i]! += e * d.x[i]!;
      g[NF]! += e;
    }
    for (let i = 0; i < NF; i++) w[i]! -= lr * (g[i]! / train.length + lambda * w[i]!);
    w[NF]! -= lr * (g[NF]! / train.length);
    projectAnger(w, scale);
  }
  for (let i = 0; i < NF; i++) w[i]! /= scale[i]!;
  // cut points: calibrated, so that predicted complaints spread over levels 1/2/3 like the human labels of the
  // fitting complaints (a Spearman-optimal cut would call far too many messages "hostile")
  const share = [1, 2, 3].map((l) => train.filter((d) => d.anger === l).length / train.length);
  const raw = data
    .filter((d) => dot(wc, d.x) >= 0 && heatOf(d.sums) > 0)
    .map((d) => dot(w, d.x))
    .sort((a, b) => a - b);
  const q = (p: number) => raw[Math.min(raw.length - 1, Math.floor(p * raw.length))] ?? 2;
  return { bias: round3(w[NF]!), w: weights(w), cuts: [round3(q(share[0]!)), round3(q(share[0]! + share[1]!))] };
}

export const round3 = (x: number) => Math.round(x * 1000) / 1000;
function weights(w: Float64Array): Partial<Record<Feature, number>> {
  const out: Partial<Record<Feature, number>> = {};
  for (let i = 0; i < NF; i++) if (Math.abs(w[i]!) >= 0.005) out[FEATURES[i]!] = round3(w[i]!);
  return out;
}
export const toModel = (w: Float64Array): LangModel => ({ bias: round3(w[NF]!), w: weights(w) });
