import type { TicketSnapshot } from '../sites/types';

export type Lang = 'vi' | 'en' | 'other';

/** Complaint situations shared by the detector and the phrase packs (DESIGN.md). */
export const CATEGORIES = [
  'quality',
  'delivery',
  'return-cancel',
  'wrong-info',
  'past-experience',
  'conflict',
  'abuse',
  'policy',
  'manager',
  'billing',
] as const;
export type Category = (typeof CATEGORIES)[number];

export type AngerLevel = 0 | 1 | 2 | 3;

/** The cue name of a phrase whose word and character n-grams moved the learned layer's score. */
export const LEARNED_CUE = 'learned';

/** A span of the analysed customer message that moved the score. */
export interface Evidence {
  /** UTF-16 offsets into `Assessment.text` (the original text of the analysed message). */
  start: number;
  end: number;
  /** The lexicon cue that matched, e.g. "neg:chậm" or "threat:lawyer", or LEARNED_CUE for a learned phrase. */
  cue: string;
  weight: number;
}

export interface CategoryHit {
  category: Category;
  evidence: Evidence[];
}

export type Trend = 'calmer' | 'same' | 'angrier';

export interface Assessment {
  lang: Lang;
  complaint: boolean;
  /** 0..1, how sure the detector is that this is a complaint. */
  score: number;
  anger: AngerLevel;
  categories: CategoryHit[];
  evidence: Evidence[];
  /** The customer message the evidence points into (the latest one), for highlighting. */
  text: string;
  /** Compared with the previous customer message, when there is one. */
  trend?: Trend;
  /** Set when the input was longer than the analysed window. */
  truncated?: boolean;
  /** When truncated: the UTF-16 range of `text` that was analysed. */
  window?: { start: number; end: number };
  /** Anger before rounding to a level (0 calm … about 3 hostile); finer than `anger`, used for the trend. */
  intensity?: number;
}

export type AssessInput = string | TicketSnapshot;
