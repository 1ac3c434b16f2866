/**
 * Scoring the draft coach on drafts with marked problems: shared by scripts/eval-coach.ts and the unit test
 * that holds the coach to its thresholds (tests/unit/coach-drafts.test.ts).
 *
 * Record: {id, lang, customer, draft, problems: [{kind: 'blame'|'deflect'|'argue', text, occurrence?}],
 * steps: [2..5 covered]}. `text` is an exact substring of `draft`; `occurrence` picks which one when it repeats.
 */
import { readFileSync } from 'node:fs';
import { coachDraft, type CoachWarning, type CoveredStep, type WarningKind } from '../lib/coach';

export const PROBLEM_KINDS = ['blame', 'deflect', 'argue'] as const;
export type ProblemKind = (typeof PROBLEM_KINDS)[number];

export interface DraftRecord {
  id: string;
  lang: 'vi' | 'en';
  customer: string;
  draft: string;
  problems: Array<{ kind: ProblemKind; text: string; occurrence?: number }>;
  steps: CoveredStep[];
}

/** Which marked problem a warning answers. 'absolute' (sweeping wording) is a way of arguing. */
export const PROBLEM_OF: Partial<Record<WarningKind, ProblemKind>> = {
  blame: 'blame',
  deflect: 'deflect',
  argue: 'argue',
  absolute: 'argue',
};

export function readDrafts(path: string): DraftRecord[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as DraftRecord);
}

export interface Span {
  start: number;
  end: number;
}

/**
 * Where a marked problem sits in its draft. `occurrence` counts from 1 unless the file uses 0 somewhere
 * (then from 0); without it, the first. Null when the text is not in the draft (a broken record).
 */
export function locate(draft: string, text: string, occurrence: number | undefined, zeroBased: boolean): Span | null {
  const nth = occurrence === undefined ? 0 : zeroBased ? occurrence : Math.max(0, occurrence - 1);
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = draft.indexOf(text, at + 1);
    if (at < 0) return null;
  }
  return { start: at, end: at + text.length };
}

export interface DraftOutcome {
  record: DraftRecord;
  warnings: CoachWarning[];
  covered: CoveredStep[];
  /** Per marked problem: its span and whether a warning of its kind overlaps it. */
  problems: Array<{ kind: ProblemKind; span: Span | null; found: boolean }>;
  /** Kinds not marked in this draft that the coach raised anyway. */
  falseKinds: ProblemKind[];
}

export interface Score {
  drafts: number;
  problems: number;
  found: number;
  recall: number;
  /** Checks that must stay quiet: each draft × each problem kind not marked in it. */
  quietChecks: number;
  falseWarnings: number;
  falseRate: number;
  stepTp: number;
  stepFp: number;
  stepFn: number;
  stepF1: number;
  /** Of the characters the problem warnings underline, the share inside a marked span of the same kind. */
  spanPrecision: number;
  /** Of the characters of the marked spans that were found, the share a warning underlines. */
  spanCoverage: number;
  /** Records whose marked text is not in the draft (counted as missed). */
  unlocated: number;
}

const overlap = (a: Span, b: Span) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

export function scoreDraft(record: DraftRecord, zeroBased: boolean): DraftOutcome {
  const result = coachDraft(record.draft, { lang: record.lang });
  const warnings = result.warnings.filter((w) => w.scope === 'text' && PROBLEM_OF[w.kind] !== undefined);
  const problems = record.problems.map((p) => {
    const span = locate(record.draft, p.text, p.occurrence, zeroBased);
    const found = !!span && warnings.some((w) => PROBLEM_OF[w.kind] === p.kind && overlap(w, span) > 0);
    return { kind: p.kind, span, found };
  });
  const marked = new Set(record.problems.map((p) => p.kind));
  const raised = new Set(warnings.map((w) => PROBLEM_OF[w.kind]!));
  const falseKinds = PROBLEM_KINDS.filter((k) => !marked.has(k) && raised.has(k));
  return { record, warnings, covered: result.covered, problems, falseKinds };
}

export function scoreDrafts(records: readonly DraftRecord[]): { score: Score; outcomes: DraftOutcome[] } {
  const zeroBased = records.some((r) => r.problems.some((p) => p.occurrence === 0));
  const outcomes = records.map((r) => scoreDraft(r, zeroBased));
  let problems = 0;
  let found = 0;
  let unlocated = 0;
  let quietChecks = 0;
  let falseWarnings = 0;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let flaggedChars = 0;
  let flaggedInside = 0;
  let markedFoundChars = 0;
  let markedCovered = 0;
  for (const o of outcomes) {
    problems += o.problems.length;
    found += o.problems.filter((p) => p.found).length;
    unlocated += o.problems.filter((p) => !p.span).length;
    quietChecks += PROBLEM_KINDS.length - new Set(o.record.problems.map((p) => p.kind)).size;
    falseWarnings += o.falseKinds.length;
    const gold = new Set(o.record.steps);
    for (const s of [2, 3, 4, 5] as const) {
      const got = o.covered.includes(s);
      if (got && gold.has(s)) tp++;
      else if (got) fp++;
      else if (gold.has(s)) fn++;
    }
    for (const w of o.warnings) {
      flaggedChars += w.end - w.start;
      flaggedInside += insideChars(w, o.problems.filter((p) => p.kind === PROBLEM_OF[w.kind]).map((p) => p.span));
    }
    for (const p of o.problems) {
      if (!p.found || !p.span) continue;
      markedFoundChars += p.span.end - p.span.start;
      markedCovered += insideChars(p.span, o.warnings.filter((w) => PROBLEM_OF[w.kind] === p.kind));
    }
  }
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  const score: Score = {
    drafts: records.length,
    problems,
    found,
    recall: ratio(found, problems),
    quietChecks,
    falseWarnings,
    falseRate: quietChecks === 0 ? 0 : falseWarnings / quietChecks,
    stepTp: tp,
    stepFp: fp,
    stepFn: fn,
    stepF1: ratio(2 * tp, 2 * tp + fp + fn),
    spanPrecision: ratio(flaggedInside, flaggedChars),
    spanCoverage: ratio(markedCovered, markedFoundChars),
    unlocated,
  };
  return { score, outcomes };
}

/** Characters of `span` covered by the union of `others`. */
function insideChars(span: Span, others: ReadonlyArray<Span | null>): number {
  let n = 0;
  for (let i = span.start; i < span.end; i++) if (others.some((o) => o && o.start <= i && i < o.end)) n++;
  return n;
}

export const THRESHOLDS = { recall: 0.85, falseRate: 0.05, stepF1: 0.85 } as const;
