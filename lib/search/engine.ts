import Fuse from 'fuse.js/basic';
import type { Pack, Phrase } from '../packs/schema';
import { fold, wordsOf } from './fold';
import { parseQuery, type ParsedQuery } from './query';
import { relevance, type TicketContext } from './relevance';

/**
 * Phrase search for the palette. Fuse's fuzzy matcher reads every character of every phrase on each
 * keystroke (about 100 ms over 10,000 phrases), so it runs over the vocabulary instead: each query word
 * is looked up among the distinct words of all phrases (as a prefix, by binary search; when it is no
 * word and starts almost none, as a typo: Fuse scores the words that share most of its letter pairs),
 * and an inverted index turns the matching words into phrases.
 * A phrase must contain every query word. Ranking: exact shortcut, then prefix matches (shortcut,
 * title, tag, start of the text), then match quality, with the ticket's fit breaking near-ties.
 */

export interface SearchEntry {
  phrase: Phrase;
  pack: Pack;
}

export type MatchTier = 'shortcut' | 'prefix' | 'words';

export interface SearchHit extends SearchEntry {
  tier: MatchTier;
  /** Lower is better; only comparable within one search. */
  score: number;
}

export type SearchOutcome =
  | { status: 'empty' }
  | { status: 'none'; reason: 'blank' | 'symbols' | 'too-long' }
  | { status: 'results'; hits: SearchHit[] };

export interface SearchOptions {
  context?: TicketContext;
  /** Most hits returned; 50 unless told. */
  limit?: number;
}

/** Where a word was found; a match in the shortcut or title says more than one deep in the text. */
const Field = { Shortcut: 0, Title: 1, Tags: 2, Text: 3 } as const;
type Field = (typeof Field)[keyof typeof Field];
const FIELD_COST = [0, 0.02, 0.04, 0.08];
/** A word that only completes to a longer one, or is found inside one or with a typo, scores worse. */
const PREFIX_COST = 0.02;
const FUZZY_COST = 0.2;
const FUZZY_THRESHOLD = 0.4;
const FUZZY_MIN_CHARS = 3;
/** A word that is in the vocabulary, or completes to this many words, is taken as typed correctly. */
const FUZZY_UNLESS_PREFIXES = 3;
const FUZZY_TERMS = 60;
/** How far the ticket's fit can lift a phrase over a slightly better text match. */
const RELEVANCE_WEIGHT = 0.15;
/** Words of the text kept for the "starts with" check. */
const HEAD_WORDS = 12;
const TERM_CACHE = 500;

interface TermMatch {
  token: string;
  score: number;
}

export interface SearchIndex {
  readonly entries: readonly SearchEntry[];
  /** Distinct folded words over all phrases. */
  readonly vocabularySize: number;
  /** @internal */
  readonly data: IndexData;
}

interface IndexData {
  shortcut: string[];
  titleWords: string[][];
  title: string[];
  tagWords: string[][][];
  textHead: string[][];
  text: string[];
  /** Sorted, for prefix lookups by binary search. */
  vocab: string[];
  /** word → doc * 4 + field, each pair once. */
  postings: Map<string, number[]>;
  /** Only the first word of each field: what a query of one letter is matched against ("starts with"). */
  firstPostings: Map<string, number[]>;
  /** Letter pair → vocabulary positions, to find the few words a typo could stand for. */
  pairs: Map<string, number[]>;
  terms: Map<string, TermMatch[]>;
  /** Reused between searches so typing does not churn the garbage collector. */
  scratch: { best: Float32Array; matched: Uint8Array; shared: Uint8Array };
}

/** Builds the index over every phrase of the given packs, in pack order. */
export function buildSearchIndex(packs: readonly Pack[]): SearchIndex {
  const entries: SearchEntry[] = [];
  for (const pack of packs) for (const phrase of pack.phrases) entries.push({ phrase, pack });

  const data: Omit<IndexData, 'vocab' | 'pairs'> = {
    shortcut: [],
    titleWords: [],
    title: [],
    tagWords: [],
    textHead: [],
    text: [],
    postings: new Map(),
    firstPostings: new Map(),
    terms: new Map(),
    scratch: { best: new Float32Array(0), matched: new Uint8Array(0), shared: new Uint8Array(0) },
  };
  const post = (words: readonly string[], doc: number, field: Field, to = data.postings) => {
    const code = doc * 4 + field;
    for (const word of words) {
      const list = to.get(word);
      if (!list) to.set(word, [code]);
      // Codes arrive in order, so a repeated word in the same field is always the last one pushed.
      else if (list[list.length - 1] !== code) list.push(code);
    }
  };

  entries.forEach(({ phrase }, doc) => {
    const shortcut = phrase.shortcut ? fold(phrase.shortcut) : '';
    const title = phrase.title ? fold(phrase.title) : '';
    const titleWords = wordsOf(title);
    const tags = phrase.tags.map(fold);
    const text = fold(phrase.text);
    const textWords = wordsOf(text);
    data.shortcut.push(shortcut);
    data.title.push(title);
    data.titleWords.push(titleWords);
    data.tagWords.push(tags.map(wordsOf));
    data.text.push(text);
    const head = textWords.slice(0, HEAD_WORDS);
    data.textHead.push(head);
    post(wordsOf(shortcut), doc, Field.Shortcut);
    post(titleWords, doc, Field.Title);
    post(tags.flatMap(wordsOf), doc, Field.Tags);
    post(textWords, doc, Field.Text);
    post(wordsOf(shortcut).slice(0, 1), doc, Field.Shortcut, data.firstPostings);
    post(titleWords.slice(0, 1), doc, Field.Title, data.firstPostings);
    post(tags.map((tag) => wordsOf(tag)[0] ?? ''), doc, Field.Tags, data.firstPostings);
    post(head.slice(0, 1), doc, Field.Text, data.firstPostings);
  });

  const vocab = [...data.postings.keys()].sort();
  const pairs = new Map<string, number[]>();
  vocab.forEach((word, position) => {
    for (const pair of new Set(pairsOf(word))) {
      const list = pairs.get(pair);
      if (list) list.push(position);
      else pairs.set(pair, [position]);
    }
  });
  return { entries, vocabularySize: vocab.length, data: { ...data, vocab, pairs, scratch: { ...data.scratch, shared: new Uint8Array(vocab.length) } } };
}

const memoByIdentity = new WeakMap<readonly Pack[], SearchIndex>();
let memoByContent: { key: string; index: SearchIndex } | null = null;

/**
 * The index for these packs, built once: the same array (or the same content in a new array, as a
 * storage refresh gives) reuses the previous index.
 */
export function searchIndexFor(packs: readonly Pack[]): SearchIndex {
  const known = memoByIdentity.get(packs);
  if (known) return known;
  const key = fingerprint(packs);
  const index = memoByContent?.key === key ? memoByContent.index : buildSearchIndex(packs);
  memoByContent = { key, index };
  memoByIdentity.set(packs, index);
  return index;
}

/** A cheap content hash (FNV-1a over ids and texts), so an unchanged pack list is recognised. */
function fingerprint(packs: readonly Pack[]): string {
  let hash = 0x811c9dc5;
  const mix = (s: string) => {
    for (let i = 0; i < s.length; i++) {
      hash ^= s.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193);
    }
    hash ^= 0x1f;
  };
  let count = 0;
  for (const pack of packs) {
    mix(pack.id);
    mix(pack.name);
    mix(pack.lang);
    for (const p of pack.phrases) {
      count++;
      mix(p.id);
      mix(p.text);
      mix(p.title ?? '');
      mix(p.shortcut ?? '');
      mix(p.tags.join('\u0001'));
      mix(p.categories.join(','));
      mix(`${p.step}${p.tone}${p.minAnger ?? ''}${p.maxAnger ?? ''}`);
    }
  }
  return `${packs.length}:${count}:${(hash >>> 0).toString(36)}`;
}

function lowerBound(sorted: readonly string[], value: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The vocabulary words a query word stands for, with how well each matches (0 = the same word).
 * `prefix`: the word may still be being typed, so longer words that start with it count too.
 */
function expand(data: IndexData, word: string, prefix: boolean): TermMatch[] {
  const cacheKey = prefix ? `${word}*` : word;
  const cached = data.terms.get(cacheKey);
  if (cached) return cached;
  const out: TermMatch[] = [];
  const seen = new Set<string>();
  for (let i = lowerBound(data.vocab, word); i < data.vocab.length; i++) {
    const token = data.vocab[i]!;
    if (!token.startsWith(word) || (!prefix && token !== word)) break;
    seen.add(token);
    out.push({ token, score: token === word ? 0 : PREFIX_COST + 0.1 * (1 - word.length / token.length) });
  }
  if (word.length >= FUZZY_MIN_CHARS && out.length < FUZZY_UNLESS_PREFIXES && out[0]?.score !== 0) {
    const candidates = typoCandidates(data, word).filter((token) => !seen.has(token));
    if (candidates.length > 0) {
      const fuse = new Fuse(candidates, {
        threshold: FUZZY_THRESHOLD,
        ignoreLocation: true,
        includeScore: true,
        // Everything is folded to lower case already.
        isCaseSensitive: true,
      });
      for (const result of fuse.search(word, { limit: FUZZY_TERMS })) {
        out.push({ token: result.item, score: FUZZY_COST + (result.score ?? FUZZY_THRESHOLD) });
      }
    }
  }
  if (data.terms.size >= TERM_CACHE) data.terms.clear();
  data.terms.set(cacheKey, out);
  return out;
}

/** Letter pairs of a word with its edges marked, so the first and last letters count too. */
function pairsOf(word: string): string[] {
  const marked = `^${word}$`;
  const out: string[] = [];
  for (let i = 0; i + 1 < marked.length; i++) out.push(marked.slice(i, i + 2));
  return out;
}

/**
 * Vocabulary words a typo of `word` could stand for: about its length and sharing most of its letter
 * pairs (a swapped, missing or extra letter breaks three pairs at most). Best first, at most 200.
 */
function typoCandidates(data: IndexData, word: string): string[] {
  const pairs = [...new Set(pairsOf(word))];
  const need = Math.max(1, pairs.length - 3);
  const shared = data.scratch.shared;
  const touched: number[] = [];
  for (const pair of pairs) {
    for (const position of data.pairs.get(pair) ?? []) {
      if (shared[position] === 0) touched.push(position);
      shared[position]!++;
    }
  }
  const found: { token: string; shared: number }[] = [];
  for (const position of touched) {
    const token = data.vocab[position]!;
    if (shared[position]! >= need && Math.abs(token.length - word.length) <= 2) found.push({ token, shared: shared[position]! });
    shared[position] = 0;
  }
  return found
    .sort((a, b) => b.shared - a.shared)
    .slice(0, 200)
    .map((f) => f.token);
}

/** `words` are the first words of `query`, the last one possibly still being typed. */
function startsWithWords(words: readonly string[], query: readonly string[]): boolean {
  if (query.length > words.length) return false;
  const last = query.length - 1;
  for (let i = 0; i < last; i++) if (words[i] !== query[i]) return false;
  return words[last]!.startsWith(query[last]!);
}

type WordsQuery = Extract<ParsedQuery, { kind: 'words' }>;

/** 0: the exact shortcut; 1 to 1.3: the shortcut, title, a tag or the text starts with the query; 2: elsewhere. */
function rankOf(data: IndexData, doc: number, q: WordsQuery): number {
  const shortcut = data.shortcut[doc]!;
  if (shortcut && shortcut === q.compact) return 0;
  if (shortcut && shortcut.startsWith(q.compact)) return 1;
  if (startsWithWords(data.titleWords[doc]!, q.words)) return 1.1;
  if (data.tagWords[doc]!.some((words) => startsWithWords(words, q.words))) return 1.2;
  if (startsWithWords(data.textHead[doc]!, q.words)) return 1.3;
  return 2;
}

/**
 * Sort key: the rank in tens, then the match score and the ticket's fit (together within ±1).
 * So the tier can be read back from the key.
 */
const keyOf = (rank: number, score: number) => rank * 10 + score;
const tierOfKey = (key: number): MatchTier => (key < 5 ? 'shortcut' : key < 15 ? 'prefix' : 'words');

/** Searches the index. Bad input (too long, blank, only symbols) gives no results, never an error. */
export function searchPhrases(index: SearchIndex, raw: string, options: SearchOptions = {}): SearchOutcome {
  const query = parseQuery(raw);
  if (query.kind === 'empty') return { status: 'empty' };
  if (query.kind === 'none') return { status: 'none', reason: query.reason };
  const { data, entries } = index;
  const limit = Math.max(1, options.limit ?? 50);
  const context = options.context ?? {};
  const n = entries.length;
  const w = query.words.length;

  // best[doc * w + i]: how well query word i matches the phrase (1 = not at all).
  if (data.scratch.best.length < n * w) data.scratch.best = new Float32Array(n * w);
  if (data.scratch.matched.length < n) data.scratch.matched = new Uint8Array(n);
  const best = data.scratch.best.fill(1, 0, n * w);
  const matched = data.scratch.matched.fill(0, 0, n);
  const touched: number[] = [];
  query.words.forEach((word, i) => {
    // Only the last word may be unfinished; a short word followed by a space is a whole word ("có thể").
    const prefix = i === w - 1 || word.length >= 3;
    // One letter after other words only narrows what they found ("giao h"); it finds nothing new.
    const narrowOnly = word.length === 1 && i > 0;
    // A query of one letter means "starts with": matching every word deep in every text says nothing.
    const postings = w === 1 && word.length === 1 ? data.firstPostings : data.postings;
    for (const term of expand(data, word, prefix)) {
      const list = postings.get(term.token);
      if (!list) continue;
      for (const code of list) {
        const doc = code >> 2;
        if (narrowOnly && matched[doc]! < i) continue;
        const score = term.score + FIELD_COST[code & 3]!;
        const slot = doc * w + i;
        const was = best[slot]!;
        if (score >= was) continue;
        if (was === 1) {
          if (matched[doc] === 0) touched.push(doc);
          matched[doc]!++;
        }
        best[slot] = score;
      }
    }
  });

  // Every word must match; when no phrase has them all, accept one missing (a typo too far off).
  let need = w;
  if (!touched.some((doc) => matched[doc] === w)) need = w > 2 ? w - 1 : w;

  const top = new TopK(limit);
  for (const doc of touched) {
    if (matched[doc]! < need) continue;
    let sum = 0;
    for (let i = 0; i < w; i++) sum += best[doc * w + i]!;
    let score = sum / w;
    // The words side by side, as typed ("xin loi"), beat the same words apart.
    if (w > 1 && (data.title[doc]!.includes(query.text) || data.text[doc]!.includes(query.text))) score *= 0.5;
    const rank = rankOf(data, doc, query);
    const entry = entries[doc]!;
    top.offer(doc, keyOf(rank, score - RELEVANCE_WEIGHT * relevance(entry.phrase, entry.pack, context)));
  }
  return {
    status: 'results',
    hits: top.sorted().map(({ doc, key }) => ({ ...entries[doc]!, tier: tierOfKey(key), score: key })),
  };
}

/** Keeps the `k` smallest keys seen (ties: the earlier phrase) without sorting everything or allocating per offer. */
class TopK {
  private readonly docs: Int32Array;
  private readonly keys: Float64Array;
  private size = 0;
  constructor(private readonly k: number) {
    this.docs = new Int32Array(k);
    this.keys = new Float64Array(k);
  }

  /** Whether slot a holds a worse item than (key, doc). */
  private worse(a: number, key: number, doc: number) {
    const ka = this.keys[a]!;
    return ka > key || (ka === key && this.docs[a]! > doc);
  }

  offer(doc: number, key: number) {
    if (this.size < this.k) {
      this.docs[this.size] = doc;
      this.keys[this.size] = key;
      this.up(this.size++);
    } else if (this.worse(0, key, doc)) {
      this.docs[0] = doc;
      this.keys[0] = key;
      this.down(0);
    }
  }

  sorted(): { doc: number; key: number }[] {
    const out: { doc: number; key: number }[] = [];
    for (let i = 0; i < this.size; i++) out.push({ doc: this.docs[i]!, key: this.keys[i]! });
    return out.sort((a, b) => a.key - b.key || a.doc - b.doc);
  }

  private swap(i: number, j: number) {
    const d = this.docs[i]!;
    this.docs[i] = this.docs[j]!;
    this.docs[j] = d;
    const k = this.keys[i]!;
    this.keys[i] = this.keys[j]!;
    this.keys[j] = k;
  }

  // A max-heap on (key, doc): the root is the worst item kept.
  private up(i: number) {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.worse(i, this.keys[parent]!, this.docs[parent]!)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  private down(i: number) {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let top = i;
      if (l < this.size && this.worse(l, this.keys[top]!, this.docs[top]!)) top = l;
      if (r < this.size && this.worse(r, this.keys[top]!, this.docs[top]!)) top = r;
      if (top === i) return;
      this.swap(i, top);
      i = top;
    }
  }
}
