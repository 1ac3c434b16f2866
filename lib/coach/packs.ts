/**
 * Pack phrases as coverage evidence.
 *
 * A step 2-5 phrase counts as present when the draft contains a large part of it: at least 60% of the phrase's
 * distinct word pairs (all of them for phrases of one or two pairs), compared diacritics- and case-insensitively,
 * and found close together (within about twice the phrase's length). `{{variables}}` split the phrase, because
 * the draft has the rendered value there ("của {{honorific}} lúc này" → pairs inside "của" | "lúc này").
 * Phrases with fewer than two words outside variables are ignored (too generic).
 *
 * The per-pack index (pair → phrases) is built once per Pack object and kept in a WeakMap, so a new packs
 * array holding the same packs costs nothing and edited packs (new objects) are re-indexed.
 */

import type { Pack } from '../packs/schema';
import { analyse, type Token } from './text';
import type { CoverageHit, CoveredStep } from './types';

interface Entry {
  step: CoveredStep;
  phraseId: string;
  /** Distinct word pairs in the phrase, and how many must be found. */
  pairs: number;
  need: number;
  /** Words in the phrase (outside variables), to bound how spread out a match may be. */
  words: number;
}

interface PackIndex {
  packId: string;
  entries: Entry[];
  postings: Map<string, number[]>;
}

const VARIABLE = /\{\{[^}]*\}\}/g;
const indexes = new WeakMap<Pack, PackIndex>();

function pairsOf(tokens: readonly Token[]): string[] {
  const out: string[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const a = tokens[i - 1]!;
    const b = tokens[i]!;
    if (a.sentence === b.sentence) out.push(a.fold + ' ' + b.fold);
  }
  return out;
}

function buildIndex(pack: Pack): PackIndex {
  const entries: Entry[] = [];
  const postings = new Map<string, number[]>();
  for (const phrase of pack.phrases) {
    if (phrase.step === undefined || phrase.step < 2) continue;
    const pairs = new Set<string>();
    let words = 0;
    for (const segment of phrase.text.split(VARIABLE)) {
      const tokens = analyse(segment).tokens;
      words += tokens.length;
      for (const p of pairsOf(tokens)) pairs.add(p);
    }
    if (words < 2 || pairs.size === 0) continue;
    const n = pairs.size;
    const idx = entries.length;
    entries.push({
      step: phrase.step as CoveredStep,
      phraseId: phrase.id,
      pairs: n,
      need: n <= 2 ? n : Math.ceil(n * 0.6),
      words,
    });
    for (const p of pairs) {
      let list = postings.get(p);
      if (!list) postings.set(p, (list = []));
      list.push(idx);
    }
  }
  return { packId: pack.id, entries, postings };
}

export function packIndex(pack: Pack): PackIndex {
  let index = indexes.get(pack);
  if (!index) {
    index = buildIndex(pack);
    indexes.set(pack, index);
  }
  return index;
}

/** Pack phrases found in the draft; at most `perStep` hits per step, best (most complete) first. */
export function matchPacks(tokens: readonly Token[], packs: readonly Pack[], perStep = 3): CoverageHit[] {
  if (tokens.length < 2 || packs.length === 0) return [];
  // Distinct draft pairs → token index of the first word of their first occurrence.
  const draftPairs = new Map<string, number>();
  for (let i = 1; i < tokens.length; i++) {
    const a = tokens[i - 1]!;
    const b = tokens[i]!;
    if (a.sentence !== b.sentence) continue;
    const p = a.fold + ' ' + b.fold;
    if (!draftPairs.has(p)) draftPairs.set(p, i - 1);
  }

  const found: Array<CoverageHit & { score: number }> = [];
  for (const pack of packs) {
    const index = packIndex(pack);
    if (index.entries.length === 0) continue;
    const count = new Map<number, { n: number; lo: number; hi: number }>();
    for (const [pair, at] of draftPairs) {
      const list = index.postings.get(pair);
      if (!list) continue;
      for (const e of list) {
        const c = count.get(e);
        if (c) {
          c.n++;
          if (at < c.lo) c.lo = at;
          if (at > c.hi) c.hi = at;
        } else count.set(e, { n: 1, lo: at, hi: at });
      }
    }
    for (const [e, c] of count) {
      const entry = index.entries[e]!;
      if (c.n < entry.need) continue;
      if (c.hi - c.lo > entry.words * 2 + 4) continue; // scattered common pairs, not the phrase
      const first = tokens[c.lo]!;
      const last = tokens[c.hi + 1] ?? tokens[c.hi]!;
      found.push({
        step: entry.step,
        start: first.start,
        end: last.end,
        source: 'pack',
        packId: index.packId,
        phraseId: entry.phraseId,
        score: c.n / entry.pairs,
      });
    }
  }
  found.sort((x, y) => y.score - x.score || x.start - y.start);
  const perStepCount = new Map<CoveredStep, number>();
  const out: CoverageHit[] = [];
  for (const { score: _score, ...hit } of found) {
    const n = perStepCount.get(hit.step) ?? 0;
    if (n >= perStep) continue;
    perStepCount.set(hit.step, n + 1);
    out.push(hit);
  }
  return out;
}
