/**
 * A tiny word-pattern language for the cue lists, compiled once into an index keyed by first word, so
 * matching a draft costs one Map lookup per word plus a few comparisons.
 *
 * Syntax (words separated by spaces):
 *   word         one word; matched whole, case-insensitively. A pattern word with diacritics ("đổi") matches the
 *                same word with the same diacritics, or the bare word when the agent typed it without any
 *                ("doi"), but never a word with other diacritics ("đợi"). Apostrophes split words like in
 *                drafts: write "that's", it matches "that's", "that’s" and "that s".
 *   (a|b c|)     alternatives; each may be several words; an empty alternative makes the group optional.
 *                Groups don't nest.
 *   *  **        skip 0-4 / 0-12 words.
 *   [  ]         the reported span starts / ends here (words outside are context that must be present).
 * A match never crosses a sentence boundary.
 */

import { analyse, type Token } from './text';

interface Lit {
  t: 'lit';
  key: string;
  fold: string;
}
type Item = Lit | { t: 'gap'; max: number } | { t: 'open' } | { t: 'close' };

export interface Compiled<T> {
  items: Item[];
  data: T;
  /** The source pattern, for error messages and tests. */
  source: string;
}

export interface Match<T> {
  data: T;
  /** Token indices: the whole match [first, end) and the reported span [spanFirst, spanEnd). */
  first: number;
  end: number;
  spanFirst: number;
  spanEnd: number;
}

type Piece = Item[][]; // alternatives, each a sequence of items

function wordsToItems(text: string): Item[] {
  return analyse(text).tokens.map((tok) => ({ t: 'lit', key: tok.key, fold: tok.fold }) as Lit);
}

/** Expand a pattern into plain item sequences. Throws on malformed patterns (caught by the unit tests). */
export function expand(pattern: string): Item[][] {
  const pieces: Piece[] = [];
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i]!;
    if (ch === ' ') {
      i++;
    } else if (ch === '(') {
      const close = pattern.indexOf(')', i);
      if (close < 0 || pattern.slice(i + 1, close).includes('(')) throw new Error(`bad group in cue "${pattern}"`);
      const alts = pattern
        .slice(i + 1, close)
        .split('|')
        .map((alt) => wordsToItems(alt));
      pieces.push(alts);
      i = close + 1;
    } else if (ch === '*') {
      const double = pattern[i + 1] === '*';
      pieces.push([[{ t: 'gap', max: double ? 12 : 4 }]]);
      i += double ? 2 : 1;
    } else if (ch === '[' || ch === ']') {
      pieces.push([[{ t: ch === '[' ? 'open' : 'close' }]]);
      i++;
    } else {
      let j = i;
      while (j < pattern.length && !' ()*[]'.includes(pattern[j]!)) j++;
      pieces.push([wordsToItems(pattern.slice(i, j))]);
      i = j;
    }
  }
  let seqs: Item[][] = [[]];
  for (const alts of pieces) {
    const next: Item[][] = [];
    for (const seq of seqs) for (const alt of alts) next.push([...seq, ...alt]);
    seqs = next;
    if (seqs.length > 2000) throw new Error(`cue "${pattern}" expands to too many variants`);
  }
  for (const seq of seqs) {
    const firstReal = seq.find((it) => it.t === 'lit' || it.t === 'gap');
    if (!firstReal || firstReal.t !== 'lit') throw new Error(`cue "${pattern}" must start with a word`);
    const last = [...seq].reverse().find((it) => it.t === 'lit' || it.t === 'gap');
    if (last?.t === 'gap') throw new Error(`cue "${pattern}" must end with a word`);
  }
  return seqs;
}

export function wordEquals(tok: Token, lit: { key: string; fold: string }): boolean {
  return tok.fold === lit.fold && (tok.key === lit.key || !tok.accented);
}

export class CueIndex<T> {
  private readonly byFirst = new Map<string, Compiled<T>[]>();
  readonly size: number = 0;

  add(pattern: string, data: T): void {
    for (const items of expand(pattern)) {
      const first = items.find((it): it is Lit => it.t === 'lit')!;
      let list = this.byFirst.get(first.fold);
      if (!list) this.byFirst.set(first.fold, (list = []));
      list.push({ items, data, source: pattern });
      (this as { size: number }).size++;
    }
  }

  /** The longest match starting exactly at token `ti`, or null. */
  matchAt(tokens: readonly Token[], ti: number): Match<T> | null {
    const tok = tokens[ti];
    const cands = tok && this.byFirst.get(tok.fold);
    if (!tok || !cands) return null;
    let best: Match<T> | null = null;
    const span = { open: ti, close: -1 };
    for (const c of cands) {
      span.open = ti;
      span.close = -1;
      const end = matchFrom(c.items, 0, ti, tok.sentence, tokens, span);
      if (end >= 0 && (!best || end > best.end)) {
        best = { data: c.data, first: ti, end, spanFirst: span.open, spanEnd: span.close < 0 ? end : span.close };
      }
    }
    return best;
  }

  /**
   * All matches in the tokens. At each start word only the longest match per distinct `data` is kept.
   * Bounded: at most `maxMatches` results.
   */
  matchAll(tokens: readonly Token[], maxMatches = 2000): Match<T>[] {
    const out: Match<T>[] = [];
    const span = { open: 0, close: 0 };
    for (let ti = 0; ti < tokens.length && out.length < maxMatches; ti++) {
      const cands = this.byFirst.get(tokens[ti]!.fold);
      if (!cands) continue;
      const best = new Map<T, Match<T>>();
      for (const c of cands) {
        span.open = ti;
        span.close = -1;
        const end = matchFrom(c.items, 0, ti, tokens[ti]!.sentence, tokens, span);
        if (end < 0) continue;
        const m: Match<T> = { data: c.data, first: ti, end, spanFirst: span.open, spanEnd: span.close < 0 ? end : span.close };
        const prev = best.get(c.data);
        if (!prev || m.end > prev.end) best.set(c.data, m);
      }
      for (const m of best.values()) out.push(m);
    }
    return out;
  }
}

/** Returns the token index after the match, or -1. Records the [ ] markers in `span`. */
function matchFrom(
  items: readonly Item[],
  k: number,
  ti: number,
  sentence: number,
  tokens: readonly Token[],
  span: { open: number; close: number },
): number {
  if (k === items.length) return ti;
  const it = items[k]!;
  switch (it.t) {
    case 'open':
      span.open = ti;
      return matchFrom(items, k + 1, ti, sentence, tokens, span);
    case 'close':
      span.close = ti;
      return matchFrom(items, k + 1, ti, sentence, tokens, span);
    case 'gap':
      for (let g = 0; g <= it.max; g++) {
        if (g > 0) {
          const skipped = tokens[ti + g - 1];
          if (!skipped || skipped.sentence !== sentence) return -1;
        }
        const r = matchFrom(items, k + 1, ti + g, sentence, tokens, span);
        if (r >= 0) return r;
      }
      return -1;
    case 'lit': {
      const tok = tokens[ti];
      if (!tok || tok.sentence !== sentence || !wordEquals(tok, it)) return -1;
      return matchFrom(items, k + 1, ti + 1, sentence, tokens, span);
    }
  }
}
