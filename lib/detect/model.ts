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
    bias: -0.826,
    w: {
      threat: 1.2,
      abuse: 1,
      escalate: 1,
      sarcasm: 1,
      pos: -0.796,
      problem: 0.658,
      contrast: 0.62,
      blame: 0.6,
      service: 0.6,
      neg: 0.58,
      learned: 0.527,
      emojiNeg: 0.4,
      negation: 0.359,
      emojiPos: -0.354,
      mixed: 0.287,
      question: 0.236,
      request: 0.213,
      profanity: 0.106,
      expect: 0.06,
      wait: 0.025,
      persist: 0.019,
    },
  },
  en: {
    bias: -0.758,
    w: {
      threat: 1.2,
      abuse: 1,
      escalate: 1,
      sarcasm: 1,
      butNeg: 0.8,
      pos: -0.736,
      problem: 0.729,
      blame: 0.6,
      service: 0.6,
      learned: 0.579,
      neg: 0.522,
      emojiNeg: 0.4,
      request: 0.387,
      question: 0.333,
      persist: 0.141,
      profanity: 0.133,
      emojiPos: -0.125,
      wait: 0.116,
      negation: 0.065,
      expect: 0.012,
    },
  },
  anger: {
    bias: 1.16,
    w: {
      learnedAnger: 0.454,
      length: 0.408,
      blame: 0.242,
      abuse: 0.225,
      polite: -0.2,
      contrast: -0.111,
      emojiPos: -0.109,
      threat: 0.103,
      exclaim: 0.084,
      question: -0.075,
      escalate: 0.074,
      profanity: 0.063,
      wait: 0.055,
      you: 0.051,
      qmarks: 0.045,
      expect: -0.042,
      service: 0.041,
      neg: 0.035,
      butNeg: 0.025,
      negation: 0.02,
      request: -0.011,
      self: 0.01,
      topic: -0.009,
      sarcasm: 0.007,
    },
    cuts: [1.751, 2.035],
  },
};
