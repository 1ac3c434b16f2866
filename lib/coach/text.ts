/**
 * Draft text → words and sentences, with offsets into the ORIGINAL string.
 *
 * Every word carries two comparison forms, computed once per distinct spelling (cached):
 * - `fold`: lowercase, no diacritics, "đ" → "d". "Xin LỖI", "xin lỗi" and "xin loi" all fold to "xin loi".
 * - `key`: lowercase with diacritics, canonical: NFD with the Vietnamese tone mark moved to the end, so the old
 *   and new tone placements ("hoà"/"hòa", "thuý"/"thúy") and NFC/NFD input compare equal, while "đổi" and
 *   "đợi" stay different.
 * `accented` is true when the word carries any diacritic (key !== fold).
 *
 * Words are runs of letters, digits and combining marks; digits keep inner "." and "," ("1.500.000đ").
 * Apostrophes separate words ("that's" → "that" "s"), and patterns are tokenised the same way.
 * HTML tags and entities are skipped (block tags such as <p>, <br>, <li> end a sentence), emoji and other
 * symbols are separators. Sentences end at . ! ? … (and full-width forms) and at line breaks.
 */

export interface Token {
  start: number;
  end: number;
  key: string;
  fold: string;
  accented: boolean;
  /** Index into `Analysis.sentences`. */
  sentence: number;
  /** Starts with a capital letter (a name, when not the first word of its sentence). */
  capital: boolean;
  /** First word of its sentence, or right after , ; : or a dash: where an imperative clause can start. */
  clauseStart: boolean;
}

export interface Sentence {
  /** Original offsets: first word start .. last word end (or end of the terminating punctuation). */
  start: number;
  end: number;
  /** Token indices, inclusive. */
  first: number;
  last: number;
  /** The sentence ends with "?" (or "？"). */
  question: boolean;
  /** Begins the draft or follows a line break / block tag. */
  newLine: boolean;
}

export interface Analysis {
  tokens: Token[];
  sentences: Sentence[];
}

export interface Forms {
  key: string;
  fold: string;
  accented: boolean;
}

/** Combining tone marks: grave, acute, tilde, hook above, dot below (Vietnamese tones). */
const TONE_MARKS = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);
const MARK = /\p{M}/gu;

const formsCache = new Map<string, Forms>();
const FORMS_CACHE_MAX = 50_000;

export function formsOf(raw: string): Forms {
  const cached = formsCache.get(raw);
  if (cached) return cached;
  const lower = raw.toLowerCase();
  let forms: Forms;
  if (/^[a-z0-9.,]*$/.test(lower)) {
    forms = { key: lower, fold: lower, accented: false };
  } else {
    const nfd = lower.normalize('NFD');
    let base = '';
    let tones = '';
    for (const ch of nfd) {
      if (TONE_MARKS.has(ch)) tones += ch;
      else base += ch;
    }
    const key = base + tones;
    const fold = base.replace(MARK, '').replace(/đ/g, 'd');
    forms = { key, fold, accented: key !== fold };
  }
  if (formsCache.size >= FORMS_CACHE_MAX) formsCache.clear();
  formsCache.set(raw, forms);
  return forms;
}

// ---- character classes -------------------------------------------------------------------------------------

/** 0 = unknown, 1 = word (letter, digit, combining mark), 2 = other. Lazily filled for the BMP. */
const bmpClass = new Uint8Array(0x10000);
const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;

function isWordCode(code: number): boolean {
  if (code < 0x80) {
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  }
  let c = bmpClass[code];
  if (c === 0) {
    c = WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
    bmpClass[code] = c;
  }
  return c === 1;
}

function isDigit(code: number | undefined): boolean {
  return code !== undefined && code >= 48 && code <= 57;
}

const TERMINATORS = new Set([0x2e /* . */, 0x21 /* ! */, 0x3f /* ? */, 0x2026 /* … */, 0x3002, 0xff01, 0xff1f]);
/** , ; : ( and dashes: a new clause may start after them. */
const CLAUSE_MARKS = new Set([0x2c, 0x3b, 0x3a, 0x28, 0x2d, 0x2013, 0x2014]);
const BLOCK_TAGS = new Set([
  'p', 'div', 'br', 'li', 'ul', 'ol', 'tr', 'td', 'table', 'blockquote', 'hr', 'section', 'article',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre',
]);

/** If an HTML tag or comment starts at `i`, its end offset and whether it breaks the line. */
function readTag(s: string, i: number, limit: number): { end: number; block: boolean } | null {
  const next = s.charCodeAt(i + 1);
  const letter = (next >= 65 && next <= 90) || (next >= 97 && next <= 122);
  if (!letter && next !== 0x2f /* / */ && next !== 0x21 /* ! */) return null;
  const max = Math.min(limit, i + 500);
  for (let j = i + 1; j < max; j++) {
    const c = s.charCodeAt(j);
    if (c === 0x3c /* < */) return null;
    if (c === 0x3e /* > */) {
      const name = /^<\/?([a-z0-9]+)/i.exec(s.slice(i, Math.min(j + 1, i + 20)));
      return { end: j + 1, block: !!name && BLOCK_TAGS.has((name[1] ?? '').toLowerCase()) };
    }
  }
  return null;
}

const ENTITY = /&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,9});/iy;

/**
 * Tokenise `s` within the given [start, end) windows (ascending, non-overlapping). A sentence never spans two
 * windows. Cost is linear in the window length.
 */
export function analyse(s: string, windows: ReadonlyArray<readonly [number, number]> = [[0, s.length]]): Analysis {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let cur: Sentence | null = null;
  let breakPending = true;
  let newLinePending = true;
  let clausePending = true;

  const emit = (start: number, end: number) => {
    const forms = formsOf(s.slice(start, end));
    if (forms.fold.length === 0) return; // stray combining marks, variation selectors
    if (breakPending || !cur) {
      cur = { start, end, first: tokens.length, last: tokens.length, question: false, newLine: newLinePending };
      sentences.push(cur);
      breakPending = false;
      newLinePending = false;
    }
    cur.last = tokens.length;
    cur.end = end;
    const c0 = s.charCodeAt(start);
    tokens.push({
      start,
      end,
      key: forms.key,
      fold: forms.fold,
      accented: forms.accented,
      sentence: sentences.length - 1,
      // ASCII A-Z, or a non-ASCII letter that has a lower case ("Đ", "Á").
      capital: c0 < 128 ? c0 >= 65 && c0 <= 90 : forms.fold.length > 0 && s.charAt(start) !== s.charAt(start).toLowerCase(),
      clauseStart: clausePending || cur.first === tokens.length,
    });
    clausePending = false;
  };

  for (const [from, to] of windows) {
    breakPending = true;
    newLinePending = true;
    let tokStart = -1;
    let lastTerminatorEnd = -1;
    let i = from;
    while (i < to) {
      const code = s.charCodeAt(i);
      // Surrogate pairs: letters outside the BMP are rare; treat a pair as one unit and test it as a whole.
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < to) {
        const pair = s.slice(i, i + 2);
        if (WORD_CHAR.test(pair)) {
          if (tokStart < 0) tokStart = i;
        } else if (tokStart >= 0) {
          emit(tokStart, i);
          tokStart = -1;
        }
        i += 2;
        continue;
      }
      if (isWordCode(code)) {
        if (tokStart < 0) tokStart = i;
        i++;
        continue;
      }
      // "1.5" and "1,500": keep separators between digits inside the number.
      if ((code === 0x2e || code === 0x2c) && tokStart >= 0 && isDigit(s.charCodeAt(i - 1)) && isDigit(s.charCodeAt(i + 1))) {
        i++;
        continue;
      }
      if (tokStart >= 0) {
        emit(tokStart, i);
        tokStart = -1;
      }
      if (code === 0x3c /* < */) {
        const tag = readTag(s, i, to);
        if (tag) {
          if (tag.block) {
            breakPending = true;
            newLinePending = true;
          }
          i = tag.end;
          continue;
        }
      } else if (code === 0x26 /* & */) {
        ENTITY.lastIndex = i;
        const m = ENTITY.exec(s);
        if (m && i + m[0].length <= to) {
          i += m[0].length;
          continue;
        }
      } else if (TERMINATORS.has(code)) {
        const open = cur as Sentence | null;
        // Runs such as "?!" or "..." belong to the sentence they close.
        if (open && (!breakPending || lastTerminatorEnd === i)) {
          open.end = i + 1;
          if (code === 0x3f || code === 0xff1f) open.question = true;
          lastTerminatorEnd = i + 1;
        }
        breakPending = true;
      } else if (code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029) {
        breakPending = true;
        newLinePending = true;
      } else if (CLAUSE_MARKS.has(code) && (code !== 0x2d || s.charCodeAt(i - 1) === 0x20)) {
        // A hyphen joins words ("re-delivery"); only a spaced one (" - ") separates clauses.
        clausePending = true;
      }
      i++;
    }
    if (tokStart >= 0) emit(tokStart, to);
  }
  return { tokens, sentences };
}

/** Windows to analyse: the whole draft, or its head and tail when it is too long. Never splits a pair. */
export function windowsFor(length: number, s: string, maxChars: number, tailChars: number): Array<[number, number]> {
  if (length <= maxChars) return [[0, length]];
  let headEnd = maxChars - tailChars;
  let tailStart = length - tailChars;
  const hc = s.charCodeAt(headEnd - 1);
  if (hc >= 0xd800 && hc <= 0xdbff) headEnd--;
  const tc = s.charCodeAt(tailStart);
  if (tc >= 0xdc00 && tc <= 0xdfff) tailStart++;
  return [
    [0, headEnd],
    [tailStart, length],
  ];
}
