/**
 * Model weights: how much each feature (features.ts) counts. Written by `scripts/fit-detect.ts --write`, which
 * fits a small logistic model (complaint, per language) and a linear intensity model (anger) on the
 * interpretable cue features, with sign constraints; edit by hand if you like, then re-run `npm run eval`.
 * Complaint: p = sigmoid(bias + sum(w[f] * x[f])), complaint when p >= 0.5.
 * Anger (for complaints): intensity = bias + sum(w[f] * x[f]); level 1 below cuts[0], 2 below cuts[1], else 3.
 */
import type { Feature } from './features';

export interface LangModel {
  bias: number;
  w: Partial<Record<Feature, number>>;
}

export interface AngerModel {
  bias: number;
  w: Partial<Record<Feature, number>>;
  /** intensity at which anger becomes 2 and 3 */
  cuts: [number, number];
}

export const MODEL: { vi: LangModel; en: LangModel; anger: AngerModel } = {
  vi: {
    bias: -0.205,
    w: {
      pos: -1.624,
      problem: 1.247,
      threat: 1.2,
      contrast: 1.125,
      escalate: 1,
      abuse: 1,
      sarcasm: 1,
      neg: 0.924,
      service: 0.6,
      blame: 0.6,
      question: 0.504,
      request: 0.495,
      mixed: 0.46,
      negation: 0.418,
      emojiNeg: 0.4,
      emojiPos: -0.283,
      persist: 0.232,
      expect: 0.205,
      profanity: 0.086,
    },
  },
  en: {
    bias: -0.382,
    w: {
      pos: -1.453,
      problem: 1.316,
      threat: 1.2,
      escalate: 1,
      abuse: 1,
      sarcasm: 1,
      service: 0.958,
      neg: 0.843,
      butNeg: 0.8,
      question: 0.776,
      request: 0.63,
      blame: 0.6,
      emojiNeg: 0.4,
      negation: 0.304,
      wait: 0.285,
      persist: 0.266,
      emojiPos: -0.2,
      profanity: 0.074,
    },
  },
  anger: {
    bias: 1.253,
    w: {
      blame: 0.395,
      length: 0.285,
      abuse: 0.25,
      polite: -0.24,
      exclaim: 0.239,
      emojiPos: -0.178,
      contrast: -0.167,
      wait: 0.155,
      shout: 0.147,
      neg: 0.143,
      qmarks: 0.138,
      profanity: 0.109,
      mixed: -0.097,
      negation: 0.085,
      you: 0.078,
      service: 0.071,
      threat: 0.059,
      pos: -0.055,
      problem: 0.054,
      topic: -0.047,
      self: 0.043,
      persist: 0.041,
      request: 0.03,
      question: -0.014,
      expect: -0.012,
      butNeg: 0.006,
    },
    cuts: [1.702, 2.004],
  },
};
