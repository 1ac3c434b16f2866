/**
 * Tokeniser: words, emoji, emoticons and punctuation with UTF-16 offsets into the analysed string.
 * One regex pass, linear in the input.
 */
import { stemEn, viKeys } from './keys';

export const enum Kind {
  Word = 0,
  Emoji = 1,
  Emoticon = 2,
  /** . ! ? … : ends a sentence and a negation scope */
  Strong = 3,
  /** , ; : ( ) : ends a negation scope */
  Weak = 4,
  /** a line break: ends a sentence */
  Line = 5,
}

export interface Tok {
  s: number;
  e: number;
  k: Kind;
  /** what the word is, shared by every occurrence of the same spelling */
  w: WordInfo;
  /** number of ! and ? in a punctuation run */
  bang: number;
  q: number;
}

export interface WordInfo {
  /** lower-case surface (’ → ') */
  low: string;
  vk: string;
  fk: string;
  ek: string;
  marks: boolean;
  /** ALL CAPS word of 3+ letters */
  caps: boolean;
  /** letters stretched: "sooo", "quáaaa" */
  elong: boolean;
  num: boolean;
  /** set for emoji and emoticons */
  kind?: Kind;
}

const NO_WORD: WordInfo = { low: '', vk: '', fk: '', ek: '', marks: false, caps: false, elong: false, num: false };

const TOKEN_RE =
  /[\p{L}\p{M}\p{N}_]+(?:['’][\p{L}\p{M}]+)*|(?<![\p{L}\p{N}])(?:>:-?\(|[:;=]['-]?[()[\]DPpOo3/\\|]|<\/?3|-_-|\^\^|\^_\^)(?![\p{L}\p{N}])|\p{Extended_Pictographic}|[.!?…]+|\n|[,;:()]/gu;

const EMOTICON_RE = /^(?:>:-?\(|[:;=]['-]?[()[\]DPpOo3/\\|]|<\/?3|-_-|\^\^|\^_\^)$/;
const NUM_RE = /^\p{N}+$/u;
const STRETCH_RE = /(\p{L})\1{2,}/u;

export type KnownWord = (ek: string) => boolean;

export function tokenize(text: string, knownEn: KnownWord, cache?: Map<string, WordInfo>): Tok[] {
  const out: Tok[] = [];
  const re = TOKEN_RE;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const raw = m[0];
    const s = m.index;
    const e = s + raw.length;
    const c = raw.charCodeAt(0);
    if (c === 10) {
      out.push(punct(s, e, Kind.Line, 0, 0));
      continue;
    }
    if (c === 46 || c === 33 || c === 63 || c === 0x2026) {
      let bang = 0;
      let q = 0;
      for (let i = 0; i < raw.length; i++) {
        const ch = raw.charCodeAt(i);
        if (ch === 33) bang++;
        else if (ch === 63) q++;
      }
      out.push(punct(s, e, Kind.Strong, bang, q));
      continue;
    }
    if (raw.length === 1 && (c === 44 || c === 59 || c === 58 || c === 40 || c === 41)) {
      out.push(punct(s, e, Kind.Weak, 0, 0));
      continue;
    }
    let info = cache ? cache.get(raw) : undefined;
    if (info === undefined) {
      if (EMOTICON_RE.test(raw)) {
        const low = raw === '-_-' ? raw : raw.replace(/^(>?[:;=])['-]/, '$1').toLowerCase();
        info = { low, vk: low, fk: low, ek: low, marks: false, caps: false, elong: false, num: false, kind: Kind.Emoticon };
      } else if (EMOJI_RE.test(raw)) {
        info = { low: raw, vk: raw, fk: raw, ek: raw, marks: false, caps: false, elong: false, num: false, kind: Kind.Emoji };
      } else info = wordInfo(raw, knownEn);
      if (cache) {
        if (cache.size >= 50000) cache.clear();
        cache.set(raw, info);
      }
    }
    out.push({ s, e, k: info.kind ?? Kind.Word, w: info, bang: 0, q: 0 });
  }
  return out;
}

const EMOJI_RE = /^\p{Extended_Pictographic}$/u;

function punct(s: number, e: number, k: Kind, bang: number, q: number): Tok {
  return { s, e, k, w: NO_WORD, bang, q };
}

export function wordInfo(raw: string, knownEn: KnownWord): WordInfo {
  let low = raw.toLowerCase();
  if (low.includes('’')) low = low.replace(/’/g, "'");
  if (/[\u0300-\u036f]/.test(low)) low = low.normalize('NFC');
  let caps = false;
  if (raw.length >= 3 && raw !== low) {
    const letters = raw.replace(/[^\p{L}]/gu, '');
    caps = letters.length >= 3 && letters === letters.toUpperCase();
  }
  let { vk, fk, marks } = viKeys(low);
  let elong = false;
  let ek: string;
  if (fk.length >= 3 && STRETCH_RE.test(fk)) {
    elong = true;
    const origFk = fk;
    ({ vk, fk, marks } = viKeys(despace(low)));
    const two = stemEn(origFk.replace(/(\p{L})\1{2,}/gu, '$1$1'));
    const one = stemEn(origFk.replace(/(\p{L})\1+/gu, '$1'));
    ek = knownEn(two) ? two : knownEn(one) ? one : two;
  } else {
    ek = stemEn(marks ? fk : low);
  }
  const c = raw.charCodeAt(0);
  const num = c >= 48 && c <= 57 && NUM_RE.test(raw);
  return { low, vk, fk, ek, marks, caps, elong, num };
}

/** Drop letters that repeat the previous letter (after folding) 2+ times: "quáaaa" → "quá". */
function despace(low: string): string {
  let out = '';
  let prevFold = '';
  let run = 0;
  for (const ch of low) {
    const f = viKeys(ch).fk;
    if (f === prevFold) {
      run++;
      if (run >= 1) continue;
    } else {
      run = 0;
      prevFold = f;
    }
    out += ch;
  }
  return out;
}
