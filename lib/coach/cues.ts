import { EN } from './cues.en';
import { VI } from './cues.vi';
import { CueIndex } from './patterns';
import type { CoachLang, CoveredStep } from './types';

export interface WarningCue {
  /** Pattern, see patterns.ts. */
  p: string;
  /** Kinder replacement for the matched span, in the cue's language; `{h}` = honorific (Vietnamese). */
  s?: string;
}

/** One language's cue lists; see cues.en.ts and cues.vi.ts. */
export interface CueSet {
  lang: CoachLang;
  /** Words that show the draft covers a step. */
  steps: Record<CoveredStep, string[]>;
  blame: WarningCue[];
  deflect: WarningCue[];
  absolute: WarningCue[];
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

export type TextWarningKind = 'blame' | 'deflect' | 'absolute';

export type CueData =
  | { type: 'step'; step: CoveredStep; lang: CoachLang }
  | { type: 'warn'; kind: TextWarningKind; lang: CoachLang; suggestion?: string }
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
    for (const kind of ['blame', 'deflect', 'absolute'] as const) {
      for (const cue of set[kind]) main.add(cue.p, { type: 'warn', kind, lang, suggestion: cue.s });
    }
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
