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
 *   _            any one word.
 *   ~            the rest of the clause: every word up to the next , ; : or dash, or the sentence's end.
 *   @Name        capitalised words that don't start their sentence: a company or brand ("contact DPD",
 *                "take it up with Royal Mail"); all of them, greedily.
 *   !(a|b)       the word before the match is none of these (single words): "!(của|cho) anh" skips "của anh".
 *   ^            the next word starts a sentence or a clause (after , ; : or a spaced dash): an imperative.
 *   [  ]         the reported span starts / ends here (words outside are context that must be present).
 *   <  >         the words a suggestion repeats as {w} ("you <entered> the wrong" → "…when {w}…").
 * A match never crosses a sentence boundary.
 * A group of single words compiles to one item that tests a set, so long word lists cost no extra variants.
 */

import { analyse, type Token } from './text';

interface Lit {
  t: 'lit';
  key: string;
  fold: string;
}
/** One of several single words, by folded form. */
interface WordSet {
  t: 'set';
  words: Map<string, Lit[]>;
  /** May match no word at all (a group with an empty alternative, after the first word). */
  optional?: true;
}
type Marker = 'open' | 'close' | 'capOpen' | 'capClose' | 'clause';
/** Alternatives of several words after the first word: tried in place, longest first, not expanded. */
interface Alt {
  t: 'alt';
  alts: Lit[][];
}
type Item = Lit | WordSet | Alt | { t: 'notAfter'; words: WordSet } | { t: 'gap'; max: number } | { t: 'any' } | { t: 'name' } | { t: 'rest' } | { t: Marker };

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
  /** The <captured> words [capFirst, capEnd), or -1 when the pattern has none. */
  capFirst: number;
  capEnd: number;
}

/** Marker positions recorded while matching. */
interface Marks {
  open: number;
  close: number;
  capOpen: number;
  capClose: number;
}

type Piece = Item[][]; // alternatives, each a sequence of items

function wordsToItems(text: string): Item[] {
  return analyse(text).tokens.map((tok) => ({ t: 'lit', key: tok.key, fold: tok.fold }) as Lit);
}

const MARKERS: Record<string, Item> = {
  '[': { t: 'open' },
  ']': { t: 'close' },
  '<': { t: 'capOpen' },
  '>': { t: 'capClose' },
  '^': { t: 'clause' },
  '~': { t: 'rest' },
  _: { t: 'any' },
};

/** A group whose alternatives are all single words (or empty) becomes one set item (plus "nothing"). */
function groupToPiece(alts: Item[][], wordBefore = false): Piece {
  if (!alts.every((a) => a.length <= 1 && (a.length === 0 || a[0]!.t === 'lit'))) return alts;
  const words = new Map<string, Lit[]>();
  for (const a of alts) {
    const lit = a[0] as Lit | undefined;
    if (!lit) continue;
    const list = words.get(lit.fold) ?? [];
    list.push(lit);
    words.set(lit.fold, list);
  }
  const empty = alts.some((a) => a.length === 0);
  // After the first word an optional set is one item; before it, the index needs both variants.
  if (empty && wordBefore) return [[{ t: 'set', words, optional: true }]];
  const set: Item[] = [{ t: 'set', words }];
  return empty ? [set, []] : [set];
}

/** Expand a pattern into plain item sequences. Throws on malformed patterns (caught by the unit tests). */
export function expand(pattern: string): Item[][] {
  const pieces: Piece[] = [];
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i]!;
    if (ch === ' ') {
      i++;
    } else if (ch === '!' && pattern[i + 1] === '(') {
      const close = pattern.indexOf(')', i);
      if (close < 0) throw new Error(`bad group in cue "${pattern}"`);
      const set = groupToPiece(pattern.slice(i + 2, close).split('|').map((alt) => wordsToItems(alt)))[0]?.[0];
      if (!set || set.t !== 'set' || pieces.length > 0) throw new Error(`cue "${pattern}": !( ) takes single words, before the first word`);
      pieces.push([[{ t: 'notAfter', words: set }]]);
      i = close + 1;
    } else if (ch === '(') {
      const close = pattern.indexOf(')', i);
      if (close < 0 || pattern.slice(i + 1, close).includes('(')) throw new Error(`bad group in cue "${pattern}"`);
      const alts = pattern
        .slice(i + 1, close)
        .split('|')
        .map((alt) => wordsToItems(alt));
      const wordBefore = pieces.some((pc) => pc.every((seq) => seq.some((it) => it.t === 'lit' || (it.t === 'set' && !it.optional))));
      const piece = groupToPiece(alts, wordBefore);
      // Expanding every group multiplies variants; past the first word, a group is matched in place instead.
      if (piece === alts && alts.length > 1 && wordBefore) {
        const sorted = (alts as Lit[][]).slice().sort((x, y) => y.length - x.length);
        pieces.push([[{ t: 'alt', alts: sorted }]]);
      } else {
        pieces.push(piece);
      }
      i = close + 1;
    } else if (ch === '*') {
      const double = pattern[i + 1] === '*';
      pieces.push([[{ t: 'gap', max: double ? 12 : 4 }]]);
      i += double ? 2 : 1;
    } else if (MARKERS[ch] && (ch !== '_' || pattern[i + 1] === undefined || pattern[i + 1] === ' ')) {
      pieces.push([[MARKERS[ch]]]);
      i++;
    } else if (pattern.startsWith('@Name', i)) {
      pieces.push([[{ t: 'name' }]]);
      i += 5;
    } else {
      let j = i;
      while (j < pattern.length && !' ()*[]<>^~'.includes(pattern[j]!)) j++;
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
  const real = (it: Item) =>
    it.t !== 'open' && it.t !== 'close' && it.t !== 'capOpen' && it.t !== 'capClose' && it.t !== 'clause' && it.t !== 'notAfter';
  for (const seq of seqs) {
    const firstReal = seq.find(real);
    if (!firstReal || (firstReal.t !== 'lit' && (firstReal.t !== 'set' || firstReal.optional))) {
      throw new Error(`cue "${pattern}" must start with a word`);
    }
    const last = [...seq].reverse().find(real);
    if (last?.t === 'gap') throw new Error(`cue "${pattern}" must end with a word`);
  }
  return seqs;
}

export function wordEquals(tok: Token, lit: { key: string; fold: string }): boolean {
  return tok.fold === lit.fold && (tok.key === lit.key || !tok.accented);
}

function inSet(tok: Token, set: WordSet): boolean {
  const lits = set.words.get(tok.fold);
  return !!lits && lits.some((lit) => wordEquals(tok, lit));
}

/** The folded forms a sequence can start with. */
function firstFolds(items: readonly Item[]): string[] {
  const first = items.find((it): it is Lit | WordSet => it.t === 'lit' || (it.t === 'set' && !it.optional))!;
  return first.t === 'lit' ? [first.fold] : [...first.words.keys()];
}

export class CueIndex<T> {
  private readonly byFirst = new Map<string, Compiled<T>[]>();
  readonly size: number = 0;

  add(pattern: string, data: T): void {
    for (const items of expand(pattern)) {
      const compiled = { items, data, source: pattern };
      for (const fold of firstFolds(items)) {
        let list = this.byFirst.get(fold);
        if (!list) this.byFirst.set(fold, (list = []));
        list.push(compiled);
      }
      (this as { size: number }).size++;
    }
  }

  /** The longest match starting exactly at token `ti`, or null. */
  matchAt(tokens: readonly Token[], ti: number): Match<T> | null {
    const tok = tokens[ti];
    const cands = tok && this.byFirst.get(tok.fold);
    if (!tok || !cands) return null;
    let best: Match<T> | null = null;
    const marks: Marks = { open: ti, close: -1, capOpen: -1, capClose: -1 };
    for (const c of cands) {
      const m = tryAt(c, ti, tokens, marks);
      if (m && (!best || m.end > best.end)) best = m;
    }
    return best;
  }

  /**
   * All matches in the tokens. At each start word only the longest match per distinct `data` is kept.
   * Bounded: at most `maxMatches` results.
   */
  matchAll(tokens: readonly Token[], maxMatches = 2000): Match<T>[] {
    const out: Match<T>[] = [];
    const marks: Marks = { open: 0, close: -1, capOpen: -1, capClose: -1 };
    for (let ti = 0; ti < tokens.length && out.length < maxMatches; ti++) {
      const cands = this.byFirst.get(tokens[ti]!.fold);
      if (!cands) continue;
      const best = new Map<T, Match<T>>();
      for (const c of cands) {
        const m = tryAt(c, ti, tokens, marks);
        if (!m) continue;
        const prev = best.get(c.data);
        if (!prev || m.end > prev.end) best.set(c.data, m);
      }
      for (const m of best.values()) out.push(m);
    }
    return out;
  }
}

function tryAt<T>(c: Compiled<T>, ti: number, tokens: readonly Token[], marks: Marks): Match<T> | null {
  marks.open = ti;
  marks.close = -1;
  marks.capOpen = -1;
  marks.capClose = -1;
  const end = matchFrom(c.items, 0, ti, tokens[ti]!.sentence, tokens, marks);
  if (end < 0) return null;
  return {
    data: c.data,
    first: ti,
    end,
    spanFirst: marks.open,
    spanEnd: marks.close < 0 ? end : marks.close,
    capFirst: marks.capOpen,
    capEnd: marks.capOpen < 0 ? -1 : marks.capClose < 0 ? end : marks.capClose,
  };
}

/** Returns the token index after the match, or -1. Records the markers' positions in `marks`. */
function matchFrom(
  items: readonly Item[],
  k: number,
  ti: number,
  sentence: number,
  tokens: readonly Token[],
  marks: Marks,
): number {
  if (k === items.length) return ti;
  const it = items[k]!;
  switch (it.t) {
    case 'open':
    case 'close':
    case 'capOpen':
    case 'capClose':
      marks[it.t] = ti;
      return matchFrom(items, k + 1, ti, sentence, tokens, marks);
    case 'notAfter': {
      const prev = tokens[ti - 1];
      if (prev && prev.sentence === sentence && inSet(prev, it.words)) return -1;
      return matchFrom(items, k + 1, ti, sentence, tokens, marks);
    }
    case 'clause': {
      const tok = tokens[ti];
      if (!tok || !(tok.clauseStart || afterConnector(tokens, ti))) return -1;
      return matchFrom(items, k + 1, ti, sentence, tokens, marks);
    }
    case 'alt':
      for (const alt of it.alts) {
        let j = ti;
        while (j - ti < alt.length) {
          const tok = tokens[j];
          if (!tok || tok.sentence !== sentence || !wordEquals(tok, alt[j - ti]!)) break;
          j++;
        }
        if (j - ti < alt.length) continue;
        const r = matchFrom(items, k + 1, j, sentence, tokens, marks);
        if (r >= 0) return r;
      }
      return -1;
    case 'rest': {
      let j = ti;
      while (tokens[j] && tokens[j]!.sentence === sentence && (j === ti || !tokens[j]!.clauseStart)) j++;
      return matchFrom(items, k + 1, j, sentence, tokens, marks);
    }
    case 'gap':
      for (let g = 0; g <= it.max; g++) {
        if (g > 0) {
          const skipped = tokens[ti + g - 1];
          if (!skipped || skipped.sentence !== sentence) return -1;
        }
        const r = matchFrom(items, k + 1, ti + g, sentence, tokens, marks);
        if (r >= 0) return r;
      }
      return -1;
    case 'set':
      if (it.optional) {
        const tok = tokens[ti];
        if (tok && tok.sentence === sentence && inSet(tok, it)) {
          const r = matchFrom(items, k + 1, ti + 1, sentence, tokens, marks);
          if (r >= 0) return r;
        }
        return matchFrom(items, k + 1, ti, sentence, tokens, marks);
      }
    // falls through
    case 'name': {
      let j = ti;
      while (tokens[j] && tokens[j]!.sentence === sentence && wordMatches(tokens[j]!, it, tokens[j - 1])) j++;
      if (j === ti) return -1;
      return matchFrom(items, k + 1, j, sentence, tokens, marks);
    }
    case 'lit':
    case 'any': {
      const tok = tokens[ti];
      if (!tok || tok.sentence !== sentence || !wordMatches(tok, it, tokens[ti - 1])) return -1;
      return matchFrom(items, k + 1, ti + 1, sentence, tokens, marks);
    }
  }
}

/** "…, so call your bank", "and then ask them": a clause opened by a connector word. */
const CONNECTORS = new Set(['so', 'then', 'and', 'just', 'otherwise', 'but', 'or']);
function afterConnector(tokens: readonly Token[], ti: number): boolean {
  for (let j = ti - 1; j >= Math.max(0, ti - 2); j--) {
    const t = tokens[j]!;
    if (t.sentence !== tokens[ti]!.sentence || !CONNECTORS.has(t.fold)) return false;
    if (t.clauseStart) return true;
  }
  return false;
}

function wordMatches(tok: Token, it: Lit | WordSet | { t: 'any' } | { t: 'name' }, prev: Token | undefined): boolean {
  switch (it.t) {
    case 'lit':
      return wordEquals(tok, it);
    case 'set':
      return inSet(tok, it);
    case 'any':
      return true;
    case 'name':
      // A capital inside a sentence, not "I" and not after a sentence start.
      return tok.capital && tok.fold !== 'i' && !!prev && prev.sentence === tok.sentence;
  }
}
