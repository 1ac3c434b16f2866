import { LEARNED_CUE, type Evidence } from '../lib/detect/types';

interface Props {
  text: string;
  evidence: readonly Evidence[];
  /** tooltip of a span only the learned layer marked (the lexicon cues show their own name) */
  learnedTitle?: string;
}

/**
 * Customer text with the evidence spans marked. Everything is rendered as React text nodes, so markup in
 * a customer's message shows as the characters they typed and never as HTML.
 */
export function HighlightedText({ text, evidence, learnedTitle = LEARNED_CUE }: Props) {
  const spans = mergeSpans(evidence, text.length);
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const span of spans) {
    if (span.start > at) parts.push(text.slice(at, span.start));
    // a span only the learned layer marked is drawn differently, so the agent can tell a listed cue from a pattern
    const onlyLearned = span.cues.every((c) => c === LEARNED_CUE);
    parts.push(
      <mark
        key={span.start}
        className={onlyLearned ? 'learned' : undefined}
        title={span.cues.map((c) => (c === LEARNED_CUE ? learnedTitle : c)).join(', ')}
      >
        {text.slice(span.start, span.end)}
      </mark>,
    );
    at = span.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}

interface Span {
  start: number;
  end: number;
  cues: string[];
}

/** Sorts, clamps and merges overlapping spans so each character is marked at most once. */
export function mergeSpans(evidence: readonly Evidence[], length: number): Span[] {
  const sorted = evidence
    .map((e) => ({ start: Math.max(0, Math.min(e.start, length)), end: Math.max(0, Math.min(e.end, length)), cue: e.cue }))
    .filter((e) => e.end > e.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Span[] = [];
  for (const e of sorted) {
    const last = merged[merged.length - 1];
    if (last && e.start <= last.end) {
      last.end = Math.max(last.end, e.end);
      if (!last.cues.includes(e.cue)) last.cues.push(e.cue);
    } else merged.push({ start: e.start, end: e.end, cues: [e.cue] });
  }
  return merged;
}
