import { EN } from './cues.en';
import { VI } from './cues.vi';
import { CueIndex } from './patterns';
import type { CoachLang, CoveredStep } from './types';

export interface WarningCue {
  /** Pattern, see patterns.ts. */
  p: string;
  /**
   * Kinder replacement for the matched span, in the cue's language; `{h}` = honorific (Vietnamese),
   * `{w}` = the pattern's <captured> words as the agent typed them.
   */
  s?: string;
  /**
   * Saying what we can't do is fine when an alternative follows ("I can't refund it, but I can…"): such a
   * cue stays quiet when an `offers` cue comes after it in its sentence or the next one.
   */
  unlessOffered?: true;
}

/** One language's cue lists; see cues.en.ts and cues.vi.ts. */
export interface CueSet {
  lang: CoachLang;
  /** Words that show the draft covers a step. */
  steps: Record<CoveredStep, string[]>;
  /** Blaming the customer for the problem. */
  blame: WarningCue[];
  /** Sending the customer to someone else (a courier, their bank, another team) instead of owning it. */
  deflect: WarningCue[];
  /** Contradicting the customer's account instead of checking it. */
  argue: WarningCue[];
  /** Sweeping refusals and tone policing ("absolutely not", "calm down"). */
  absolute: WarningCue[];
  /** An alternative being offered; see WarningCue.unlessOffered. */
  offers: string[];
  /** Kind phrases that contain a warning cue ("not your fault"); warnings overlapping them are dropped. */
  exceptions: string[];
  /** Any of these anywhere means the draft thanks the customer. */
  thanks: string[];
  /** A sentence starting with one of these belongs to the closing block (sign-offs, good wishes). */
  closings: string[];
  /** Vietnamese greetings after which "Dạ"/"Vâng" may still come. */
  greetings?: string[];
  /** Vietnamese letter salutations that replace "Dạ"/"Vâng" altogether. */
  salutations?: string[];
}

export const TEXT_WARNING_KINDS = ['blame', 'deflect', 'argue', 'absolute'] as const;
export type TextWarningKind = (typeof TEXT_WARNING_KINDS)[number];

export type CueData =
  | { type: 'step'; step: CoveredStep; lang: CoachLang }
  | { type: 'warn'; kind: TextWarningKind; lang: CoachLang; suggestion?: string; unlessOffered: boolean }
  | { type: 'offer'; lang: CoachLang }
  | { type: 'thanks'; lang: CoachLang }
  | { type: 'exception'; lang: CoachLang };

export const CUE_SETS: readonly CueSet[] = [EN, VI];

function build() {
  /** Everything matched anywhere in the draft: step cues, warnings, thanks. */
  const main = new CueIndex<CueData>();
  /** Matched only at a sentence's first word. */
  const closings = new CueIndex<CoachLang>();
  const greetings = new CueIndex<CoachLang>();
  const salutations = new CueIndex<CoachLang>();
  for (const set of CUE_SETS) {
    const lang = set.lang;
    for (const step of [2, 3, 4, 5] as const) {
      const data: CueData = { type: 'step', step, lang };
      for (const p of set.steps[step]) main.add(p, data);
    }
    for (const kind of TEXT_WARNING_KINDS) {
      for (const cue of set[kind]) {
        main.add(cue.p, { type: 'warn', kind, lang, suggestion: cue.s, unlessOffered: cue.unlessOffered === true });
      }
    }
    const offer: CueData = { type: 'offer', lang };
    for (const p of set.offers) main.add(p, offer);
    const exception: CueData = { type: 'exception', lang };
    for (const p of set.exceptions) main.add(p, exception);
    const thanks: CueData = { type: 'thanks', lang };
    for (const p of set.thanks) main.add(p, thanks);
    for (const p of set.closings) closings.add(p, lang);
    for (const p of set.greetings ?? []) greetings.add(p, lang);
    for (const p of set.salutations ?? []) salutations.add(p, lang);
  }
  return { main, closings, greetings, salutations };
}

/** Compiled once, at first use. */
let compiled: ReturnType<typeof build> | null = null;
export function cueIndexes(): ReturnType<typeof build> {
  return (compiled ??= build());
}
