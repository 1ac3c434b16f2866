/**
 * Compiles the lexicons into word tries once at module load and finds the longest cue at each word.
 *
 * - English entries are keyed by light stems, so one entry covers its inflections.
 * - Vietnamese entries are keyed by the folded form (no diacritics) and carry their accented keys; a match is
 *   accepted when the text's words agree with the accented keys, or, in text typed without diacritics, when
 *   they agree once folded. Entries written with a leading ^ never match text without diacritics.
 * - Emoji and emoticons have their own small table used for every language.
 */
import { EN_LEXICON } from './lexicon/en';
import { SHARED_LEXICON } from './lexicon/shared';
import { VI_LEXICON } from './lexicon/vi';
import { VI_TEENCODE } from './lexicon/teencode-vi';
import { parseLexicon, type CueClass, type LexEntry } from './lexicon/format';
import { viKeys } from './keys';
import { Kind, tokenize, type Tok, type WordInfo } from './tokenize';
import type { Category } from './types';

export interface Cue {
  id: number;
  cls: CueClass;
  phrase: string;
  weight: number;
  tags: Category[];
  /** Vietnamese: accented key per word */
  vks: string[];
  /** Vietnamese: diacritics required */
  exact: boolean;
  /** sarcasm lead ("thanks for …"): counts only if a negative cue follows in the sentence */
  lead: boolean;
  /** "class:phrase", the name shown in evidence */
  name: string;
}

interface Node {
  next: Map<string, Node>;
  cues: Cue[];
}

const newNode = (): Node => ({ next: new Map(), cues: [] });

export interface Hit {
  /** first token index */
  i: number;
  /** one past the last token index */
  j: number;
  cue: Cue;
}

let nextId = 0;
const EN_KEYS = new Set<string>();
const VI_KEYS = new Set<string>();
const knownEn = (k: string) => EN_KEYS.has(k);

function phraseTokens(phrase: string): Tok[] {
  return tokenize(phrase, () => false).filter((t) => t.k !== Kind.Weak);
}

function makeCue(e: LexEntry, phrase: string, vks: string[], exact: boolean, lead: boolean): Cue {
  return { id: nextId++, cls: e.cls, phrase, weight: e.weight, tags: e.tags, vks, exact, lead, name: `${e.cls}:${phrase}` };
}

function leadOf(p: string): [string, boolean] {
  return p.endsWith('…') ? [p.slice(0, -1).trim(), true] : [p, false];
}

function buildEn(entries: LexEntry[]): Node {
  const root = newNode();
  for (const e of entries) {
    const [phrase, lead] = leadOf(e.phrase);
    const toks = phraseTokens(phrase);
    if (toks.length === 0) throw new Error(`lexicon: empty phrase "${e.phrase}"`);
    let node = root;
    for (const t of toks) {
      const key = t.k === Kind.Word ? t.w.ek : t.w.low;
      EN_KEYS.add(key);
      let n = node.next.get(key);
      if (!n) node.next.set(key, (n = newNode()));
      node = n;
    }
    node.cues.push(makeCue(e, phrase, [], false, lead));
  }
  return root;
}

function buildVi(entries: LexEntry[]): Node {
  const root = newNode();
  for (const e of entries) {
    const [written, lead] = leadOf(e.phrase);
    const exact = /^\^\p{L}/u.test(written);
    const phrase = exact ? written.slice(1) : written;
    const toks = phraseTokens(phrase);
    if (toks.length === 0) throw new Error(`lexicon: empty phrase "${e.phrase}"`);
    let node = root;
    const vks: string[] = [];
    for (const t of toks) {
      const key = t.k === Kind.Word ? t.w.fk : t.w.low;
      vks.push(t.k === Kind.Word ? t.w.vk : t.w.low);
      if (t.k === Kind.Word && t.w.fk.length > 2) VI_KEYS.add(t.w.fk);
      let n = node.next.get(key);
      if (!n) node.next.set(key, (n = newNode()));
      node = n;
    }
    node.cues.push(makeCue(e, phrase, vks, exact, lead));
  }
  return root;
}

const SHARED = parseLexicon(SHARED_LEXICON, 'shared');
export const EN_ENTRIES = [...parseLexicon(EN_LEXICON, 'en'), ...SHARED];
export const VI_ENTRIES = [...parseLexicon(VI_LEXICON, 'vi'), ...SHARED];
const EN_TRIE = buildEn(EN_ENTRIES);
const VI_TRIE = buildVi(VI_ENTRIES);

/** Teencode and abbreviations: surface → the words it stands for. */
const TEEN = new Map<string, Tok[]>();
for (const line of VI_TEENCODE.split('\n')) {
  const l = line.replace(/#.*$/, '').trim();
  if (!l) continue;
  const [from, to] = l.split(/\s*=\s*/);
  if (!from || !to) throw new Error(`teencode: bad line "${l}"`);
  const toks = phraseTokens(to);
  for (const f of from.split(/\s*\/\s*/)) TEEN.set(f.toLowerCase().normalize('NFC'), toks);
}

/** Word analyses are cached across calls (bounded): most words of a ticket have been seen before. */
const WORD_CACHE = new Map<string, WordInfo>();

export function tokenizeText(text: string): Tok[] {
  return tokenize(text, knownEn, WORD_CACHE);
}

/** Replace teencode words by their expansion (virtual tokens sharing the original span). */
export function expandTeencode(toks: Tok[], from: number, to: number, out: Tok[]): void {
  for (let i = from; i < to; i++) {
    const t = toks[i]!;
    if (t.k === Kind.Word) {
      const exp = TEEN.get(t.w.low);
      // "30 k" is thirty thousand, not "không"
      const prev = i > 0 ? toks[i - 1] : undefined;
      if (exp && !(t.w.low === 'k' && prev && prev.w.num)) {
        for (const x of exp) out.push({ s: t.s, e: t.e, k: x.k, w: x.w, bang: 0, q: 0 });
        continue;
      }
    }
    out.push(t);
  }
}

/**
 * Longest cues in toks[from, to). `folded`: the text is typed without diacritics, so unaccented words may
 * match accented entries.
 */
export function matchRange(toks: Tok[], from: number, to: number, lang: 'en' | 'vi', folded: boolean, hits: Hit[]): void {
  const root = lang === 'vi' ? VI_TRIE : EN_TRIE;
  let i = from;
  while (i < to) {
    const t = toks[i]!;
    if (t.k !== Kind.Word && t.k !== Kind.Emoji && t.k !== Kind.Emoticon) {
      i++;
      continue;
    }
    let node: Node | undefined = root;
    let best: Hit | null = null;
    let k = i;
    let words = 0;
    while (k < to && node) {
      const u = toks[k]!;
      if (u.k === Kind.Weak && words > 0) {
        k++;
        continue;
      }
      if (u.k === Kind.Strong || u.k === Kind.Line || u.k === Kind.Weak) break;
      const key = u.k !== Kind.Word ? u.w.low : lang === 'vi' ? u.w.fk : u.w.ek;
      node = node.next.get(key);
      if (!node) break;
      words++;
      k++;
      if (node.cues.length) {
        const cue = lang === 'vi' ? pickVi(node.cues, toks, i, k, folded) : node.cues[0]!;
        if (cue) best = { i, j: k, cue };
      }
    }
    if (best) {
      hits.push(best);
      i = best.j;
    } else i++;
  }
}

function pickVi(cues: Cue[], toks: Tok[], from: number, to: number, folded: boolean): Cue | null {
  // prefer an entry whose accented form matches word for word
  for (const c of cues) if (agrees(c, toks, from, to, false)) return c;
  if (!folded) return null;
  for (const c of cues) if (agrees(c, toks, from, to, true)) return c;
  return null;
}

/** Do the words toks[from, to) (weak punctuation skipped) spell cue c, exactly or once folded? */
function agrees(c: Cue, toks: Tok[], from: number, to: number, folded: boolean): boolean {
  let n = 0;
  for (let i = from; i < to; i++) {
    const t = toks[i]!;
    if (t.k === Kind.Weak) continue;
    const want = c.vks[n++];
    if (t.k !== Kind.Word) continue;
    if (!folded || t.w.marks) {
      if (t.w.vk !== want) return false;
    } else if (c.exact && viKeys(want!).fk !== want) return false;
  }
  return true;
}

/** The word is (part of) an English cue. */
export const isEnWord = (ek: string) => EN_KEYS.has(ek);
/** The folded word is (part of) a Vietnamese cue. */
export const isViWord = (fk: string) => VI_KEYS.has(fk);
