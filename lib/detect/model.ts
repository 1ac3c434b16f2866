/**
 * Stacked weights: how much each cue feature (features.ts) and the learned layer's score (learned.ts) count.
 * Written by `npm run fit:detect` (scripts/fit-detect.ts); the learned score's weight was fitted on out-of-fold
 * scores. Edit by hand if you like, then re-run `npm run eval`.
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
    bias: -0.81,
    w: {
      threat: 1.2,
      abuse: 1,
      escalate: 1,
      sarcasm: 1,
      pos: -0.837,
      problem: 0.687,
      neg: 0.617,
      blame: 0.6,
      service: 0.6,
      contrast: 0.563,
      learned: 0.495,
      emojiNeg: 0.4,
      emojiPos: -0.37,
      mixed: 0.29,
      negation: 0.283,
      question: 0.207,
      request: 0.198,
      profanity: 0.105,
      expect: 0.056,
    },
  },
  en: {
    bias: -0.898,
    w: {
      threat: 1.2,
      abuse: 1,
      escalate: 1,
      sarcasm: 1,
      butNeg: 0.8,
      pos: -0.774,
      problem: 0.729,
      blame: 0.6,
      service: 0.6,
      learned: 0.576,
      neg: 0.519,
      emojiNeg: 0.4,
      question: 0.363,
      request: 0.333,
      profanity: 0.136,
      emojiPos: -0.118,
      persist: 0.116,
      wait: 0.068,
      negation: 0.03,
    },
  },
  anger: {
    bias: 1.154,
    w: {
      learnedAnger: 0.413,
      length: 0.402,
      blame: 0.239,
      abuse: 0.223,
      polite: -0.2,
      contrast: -0.112,
      emojiPos: -0.107,
      threat: 0.107,
      exclaim: 0.089,
      escalate: 0.08,
      question: -0.073,
      profanity: 0.067,
      wait: 0.054,
      you: 0.053,
      expect: -0.045,
      qmarks: 0.04,
      service: 0.039,
      neg: 0.036,
      butNeg: 0.033,
      negation: 0.025,
      topic: -0.024,
      request: -0.017,
      problem: -0.011,
      self: 0.01,
      sarcasm: 0.009,
    },
    cuts: [1.755, 2.04],
  },
};
