import type { Assessment, Lang } from '../detect/types';
import type { Pack } from '../packs/schema';
import type { Honorific } from '../packs/render';

export type { Honorific };

/** The steps a draft can cover (step 1, Plan, is for the agent and never appears in a reply). */
export type CoveredStep = 2 | 3 | 4 | 5;

export const WARNING_KINDS = [
  'blame',
  'deflect',
  'argue',
  'absolute',
  'no-check-back',
  'no-thanks',
  'vi-opening',
  'honorific',
  'language',
] as const;
export type WarningKind = (typeof WARNING_KINDS)[number];

/** Languages the coach writes messages and suggestions in. */
export type CoachLang = 'vi' | 'en';

export interface CoachContext {
  /** The detector's view of the customer's message; only `lang` is read. */
  assessment?: Pick<Assessment, 'lang'>;
  /** The customer's language; wins over `assessment.lang`. */
  lang?: Lang;
  /** Phrase packs whose step 2-5 phrases also count as coverage. Indexed once per Pack object. */
  packs?: readonly Pack[];
  /** How the agent chose to address this (Vietnamese) customer. */
  honorific?: Honorific;
}

/**
 * One problem in the draft.
 *
 * Offsets are UTF-16 indices into the ORIGINAL draft string, `start <= end`.
 * - `scope: 'text'`: `start < end` covers the offending words; `suggestion` (when present) replaces exactly
 *   `draft.slice(start, end)`. 'vi-opening' is also `text`-scoped but may be an insertion point
 *   (`start === end`, before the first word) or cover just the first letter (so "Em" becomes "Dạ em").
 * - `scope: 'draft'`: a property of the whole draft, best shown as a note rather than an underline.
 *   'no-thanks' and 'no-check-back' carry an insertion point (`start === end`): the end of the draft, or the
 *   start of a closing block (thanks / sign-off lines) so the inserted sentence lands before "Best regards".
 *   Their `suggestion` is the text to insert there, spacing included. 'language' spans the whole draft
 *   (0..draft.length) and has no suggestion.
 * `applySuggestion(draft, warning)` performs the replacement.
 */
export interface CoachWarning {
  /** Stable within one result, unique, usable as a React key. */
  id: string;
  kind: WarningKind;
  scope: 'text' | 'draft';
  start: number;
  end: number;
  /** Language of `message` and `suggestion` (the language the flagged text is written in). */
  lang: CoachLang;
  /** One short sentence for the agent, in `lang`. */
  message: string;
  /** A kinder replacement for draft.slice(start, end), in `lang`. */
  suggestion?: string;
}

/** Why a step counts as covered: the words that showed it. */
export interface CoverageHit {
  step: CoveredStep;
  start: number;
  end: number;
  /** 'cue': the built-in vi/en cue lists; 'pack': a large part of a pack phrase of that step. */
  source: 'cue' | 'pack';
  packId?: string;
  phraseId?: string;
}

export interface CoachResult {
  /** Steps 2-5 the draft covers, ascending, no duplicates. */
  covered: CoveredStep[];
  /** Evidence for `covered`, ordered by start; at most a few hits per step. */
  coverage: CoverageHit[];
  /**
   * Ordered by start, then kind. The 'blame' / 'deflect' / 'argue' / 'absolute' / 'honorific' spans never overlap each
   * other (the longest wins). At most COACH_LIMITS.maxWarnings. After applying one suggestion, run the coach
   * again rather than shifting the other offsets.
   */
  warnings: CoachWarning[];
  /** The language the draft is written in, or null when it is too short or mixed to tell. */
  draftLang: CoachLang | null;
  /** How many characters of the draft were analysed (the whole draft unless `truncated`). */
  analysedChars: number;
  /** True when the draft was longer than COACH_LIMITS.maxChars: only its start and its end were analysed. */
  truncated: boolean;
}
