/**
 * Per-word lookup keys. Three keys are derived from every word so one lexicon entry matches its spelling
 * variants:
 *
 * - `vk` (Vietnamese key): lower case, tone mark moved to the end as a digit, vowel quality marks kept
 *   ("chậm" → "châm5", "hoà" and "hòa" → "hoa2"). Independent of NFC/NFD input and of old/new tone placement.
 * - `fk` (folded key): every mark removed and đ → d ("chậm" → "cham"), for text typed without diacritics.
 * - `ek` (English key): a light stem of the lower-case word ("refunded" → "refund", "charges" → "charg").
 *
 * All tables are built once at module load.
 */

const TONES: Record<string, number> = { '\u0301': 1, '\u0300': 2, '\u0309': 3, '\u0303': 4, '\u0323': 5 };

interface CharInfo {
  /** The letter without its tone mark, quality marks kept (â, ă, ê, ô, ơ, ư, đ). */
  base: string;
  /** The letter with every mark removed. */
  fold: string;
  tone: number;
  /** Carries a mark that is typical of Vietnamese (tone, quality mark or đ). */
  vn: boolean;
}

const CHARS = new Map<string, CharInfo>();
(function buildCharTable() {
  const ranges: Array<[number, number]> = [
    [0x00c0, 0x024f],
    [0x1e00, 0x1eff],
  ];
  for (const [lo, hi] of ranges) {
    for (let cp = lo; cp <= hi; cp++) {
      const ch = String.fromCodePoint(cp).toLowerCase();
      if (CHARS.has(ch)) continue;
      const d = ch.normalize('NFD');
      let tone = 0;
      let base = '';
      for (const c of d) {
        const t = TONES[c];
        if (t !== undefined && tone === 0) tone = t;
        else base += c;
      }
      base = base.normalize('NFC');
      let fold = d.replace(/[\u0300-\u036f]/g, '');
      if (ch === 'đ') {
        fold = 'd';
        base = 'đ';
      }
      if (fold.length !== 1) continue; // ligatures and the like: leave as they are
      const vn = tone !== 0 || base !== fold;
      CHARS.set(ch, { base, fold, tone, vn });
    }
  }
})();

/** Vietnamese-only letters (breve, horn, đ, dot below, hook above): a strong sign of Vietnamese. */
export const VI_ONLY_RE = /[ăắằẳẵặđơớờởỡợưứừửữựạảấầẩẫậẹẻẽếềểễệỉịọỏốồổỗộụủỳỵỷỹĩũ]/i;

export interface WordKeys {
  vk: string;
  fk: string;
  /** The word carries Vietnamese diacritics. */
  marks: boolean;
}

/** Keys of a lower-case word. Handles NFD input (combining marks) by composing first. */
export function viKeys(lower: string): WordKeys {
  let w = lower;
  if (/[\u0300-\u036f]/.test(w)) w = w.normalize('NFC');
  let base = '';
  let fold = '';
  let tones = '';
  let marks = false;
  for (let i = 0; i < w.length; i++) {
    const c = w[i]!;
    const code = c.charCodeAt(0);
    if (code < 0xc0) {
      base += c;
      fold += c;
      continue;
    }
    const info = CHARS.get(c);
    if (info === undefined) {
      if (code >= 0x300 && code <= 0x36f) continue; // stray combining mark
      base += c;
      fold += c;
      continue;
    }
    base += info.base;
    fold += info.fold;
    if (info.tone) tones += info.tone;
    if (info.vn) marks = true;
  }
  return { vk: base + tones, fk: fold, marks };
}

/** Fold a whole string (no diacritics, lower case); used by language detection and tests. */
export function foldText(s: string): string {
  let out = '';
  for (const c of s.toLowerCase()) {
    const info = CHARS.get(c);
    out += info ? info.fold : c;
  }
  return out;
}

const NO_STEM = new Set([
  'please', 'missing', 'this', 'is', 'was', 'has', 'his', 'its', 'us', 'yes', 'does', 'less', 'unless', 'bus', 'plus', 'thus', 'news',
  'always', 'sometimes', 'pls', 'plz', 'thanks', 'thx', 'ridiculous', 'useless', 'worthless', 'hopeless', 'careless',
  'clueless', 'pointless', 'helpless', 'nonsense', 'business', 'process', 'access', 'address', 'express', 'mess',
  'bbb', 'ceo', 'during', 'nothing', 'something', 'anything', 'everything', 'bring', 'thing', 'king', 'ring',
  'sing', 'spring', 'string', 'wing', 'ceiling', 'evening', 'morning', 'ping', 'bed', 'red', 'need', 'feed',
  'speed', 'indeed', 'seed', 'shed', 'led', 'fled', 'bled', 'wed', 'ted', 'hundred',
]);

/** A deliberately light English stemmer: plural -s/-es/-ies, -ed, -ing, with undoubling. */
export function stemEn(w: string): string {
  if (w.length <= 3 || NO_STEM.has(w)) return w;
  if (w.endsWith("'s")) return w.slice(0, -2);
  if (w.includes("'")) return w;
  let s = w;
  if (s.endsWith('ies') && s.length > 4) s = s.slice(0, -3) + 'y';
  else if (s.endsWith('sses')) s = s.slice(0, -2);
  else if (s.endsWith('s') && !s.endsWith('ss') && !s.endsWith('us') && !s.endsWith('is')) s = s.slice(0, -1);
  if (s.endsWith('ied') && s.length > 4) s = s.slice(0, -3) + 'y';
  else if (s.endsWith('eed')) {
    /* agreed, proceed */
  } else if (s.endsWith('ed') && s.length > 4) s = undouble(s.slice(0, -2));
  else if (s.endsWith('ing') && s.length > 5) s = undouble(s.slice(0, -3));
  // drop a final silent e so "charge", "charged" and "charging" meet
  if (s.endsWith('e') && s.length > 4 && !s.endsWith('ee')) s = s.slice(0, -1);
  return s;
}

function undouble(s: string): string {
  const n = s.length;
  if (n >= 3 && s[n - 1] === s[n - 2] && !'lsz'.includes(s[n - 1]!)) return s.slice(0, -1);
  return s;
}

/** Collapse letters repeated 3+ times ("sooo" → "so", "quáaaa" → "quáa"). */
export function squeeze(w: string, keep: 1 | 2): string {
  return w.replace(/(\p{L})\1{2,}/gu, keep === 1 ? '$1' : '$1$1');
}
