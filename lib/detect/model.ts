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
    bias: -0.258,
    w: {
      pos: -1.629,
      problem: 1.265,
      threat: 1.2,
      contrast: 1.123,
      escalate: 1,
      abuse: 1,
      sarcasm: 1,
      neg: 0.885,
      service: 0.6,
      blame: 0.6,
      question: 0.484,
      topic: 0.462,
      mixed: 0.448,
      request: 0.435,
      negation: 0.422,
      emojiNeg: 0.4,
      self: -0.374,
      you: -0.293,
      emojiPos: -0.276,
      persist: 0.258,
      expect: 0.2,
      exclaim: 0.147,
      profanity: 0.067,
    },
  },
  en: {
    bias: -0.835,
    w: {
      pos: -1.468,
      problem: 1.261,
      threat: 1.2,
      service: 1.092,
      escalate: 1,
      abuse: 1,
      sarcasm: 1,
      question: 0.909,
      neg: 0.832,
      butNeg: 0.8,
      blame: 0.6,
      request: 0.567,
      topic: 0.417,
      emojiNeg: 0.4,
      polite: 0.277,
      you: -0.265,
      negation: 0.249,
      wait: 0.228,
      persist: 0.203,
      emojiPos: -0.184,
      qmarks: 0.135,
      profanity: 0.069,
      self: 0.061,
    },
  },
  anger: {
    bias: 1.269,
    w: {
      blame: 0.391,
      length: 0.288,
      polite: -0.251,
      abuse: 0.246,
      exclaim: 0.24,
      emojiPos: -0.187,
      contrast: -0.166,
      wait: 0.161,
      qmarks: 0.152,
      shout: 0.144,
      neg: 0.134,
      profanity: 0.114,
      pos: -0.092,
      you: 0.083,
      negation: 0.079,
      threat: 0.065,
      question: -0.058,
      mixed: -0.055,
      service: 0.053,
      problem: 0.047,
      expect: -0.042,
      topic: -0.042,
      request: 0.036,
      persist: 0.036,
      self: 0.035,
      butNeg: 0.012,
    },
    cuts: [1.695, 2.004],
  },
};
