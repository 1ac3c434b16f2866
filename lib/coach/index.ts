/**
 * The draft coach: which of steps 2-5 a reply draft covers, and what to soften, with kinder alternatives.
 * Pure and synchronous; call it on every keystroke (a 3,000-character draft takes well under 2 ms).
 *
 * Rules, in short (details next to each rule below and in the cue files):
 * - Coverage: built-in vi/en cues (cues.en.ts, cues.vi.ts) and large parts of the packs' step 2-5 phrases.
 * - 'blame', 'deflect', 'argue', 'absolute': cue matches, span = the offending words, suggestion = a
 *   replacement. Cues describe the shape of each problem (who does what to whom), not fixed sentences.
 * - 'no-thanks', 'no-check-back': only for a draft that looks complete — at least 60 characters from the first
 *   to the last word AND at least two sentences (a line break counts). Shorter drafts are being typed.
 * - 'vi-opening', 'honorific': only when the draft is (or, too short to tell, the customer is) Vietnamese.
 * - 'language': the draft is clearly in the other language than the customer's (vi vs en).
 * - Bad input: never throws; a non-string counts as ''. Drafts over COACH_LIMITS.maxChars are analysed as
 *   their first (maxChars - tailChars) and last tailChars characters (`truncated`, `analysedChars`), so the
 *   opening and the closing are still checked and work stays bounded. HTML tags/entities and emoji are skipped.
 */

import { cueIndexes, type CueData } from './cues';
import { findAddresses, type Address, type AddressUse } from './honorific';
import { guessLang } from './lang';
import { message } from './messages';
import { matchPacks } from './packs';
import type { Match } from './patterns';
import { analyse, formsOf, windowsFor, type Analysis, type Token } from './text';
import type {
  CoachContext,
  CoachLang,
  CoachResult,
  CoachWarning,
  CoverageHit,
  CoveredStep,
  Honorific,
  WarningKind,
} from './types';

export * from './types';

export const COACH_LIMITS = {
  /** Longer drafts are analysed partially. */
  maxChars: 10_000,
  /** Of which this many from the end of the draft. */
  tailChars: 2_000,
  /** A draft shorter than this (first to last word) is still being typed: no 'no-thanks' / 'no-check-back'. */
  minCompleteChars: 60,
  /** …and so is a draft of a single sentence. */
  minCompleteSentences: 2,
  maxWarnings: 50,
  /** Coverage evidence kept per step and per source. */
  maxHitsPerStep: 3,
} as const;

const KIND_ORDER: Record<WarningKind, number> = {
  'vi-opening': 0,
  blame: 1,
  deflect: 2,
  argue: 3,
  absolute: 4,
  honorific: 5,
  language: 6,
  'no-check-back': 7,
  'no-thanks': 8,
};

const KEY_DA = formsOf('dạ').key;
const KEY_VANG = formsOf('vâng').key;

/** First words that read naturally after "Dạ " once lowercased ("Em xin lỗi…" → "Dạ em xin lỗi…"). */
const LOWERCASE_AFTER_DA = new Set(
  'em chao xin kinh ben cam anh chi quy toi chung vi hien rat cong hom theo sau neu khi ve don hang minh thay gui than'.split(' '),
);

/** Vietnamese question endings typed without "?": "…được không ạ", "…chưa". */
const VI_QUESTION_END = new Set(['khong', 'chua']);

export function coachDraft(draft: string, context: CoachContext = {}): CoachResult {
  const text = typeof draft === 'string' ? draft : '';
  const windows = windowsFor(text.length, text, COACH_LIMITS.maxChars, COACH_LIMITS.tailChars);
  const analysedChars = windows.reduce((n, [a, b]) => n + (b - a), 0);
  const truncated = analysedChars < text.length;
  const a = analyse(text, windows);
  const { tokens, sentences } = a;

  const ctxLang = context.lang ?? context.assessment?.lang;
  const customerLang: CoachLang | null = ctxLang === 'vi' || ctxLang === 'en' ? ctxLang : null;
  const guess = guessLang(tokens);
  /** The language the draft is written in, or, while too short to tell, the customer's. */
  const lang = guess.lang ?? customerLang;
  const msgLang: CoachLang = lang ?? 'en';

  const { main, closings, greetings, salutations } = cueIndexes();
  const matches = main.matchAll(tokens);

  // ---- coverage ----------------------------------------------------------------------------------------------
  const coverage: CoverageHit[] = [];
  const cueHitsPerStep = new Map<CoveredStep, number>();
  const stepHitEnd = new Map<CoveredStep, number>();
  const thanksSentences = new Set<number>();
  const exceptions: Array<Match<CueData>> = [];
  const offers: Array<Match<CueData>> = [];
  const textMatches: Array<Match<CueData> & { data: Extract<CueData, { type: 'warn' }> }> = [];
  for (const m of matches) {
    const d = m.data;
    if (d.type === 'step') {
      // Several cues often match the same words ("thấy như vậy đã ổn chưa ạ"): keep one hit per stretch.
      if (m.first < (stepHitEnd.get(d.step) ?? 0)) continue;
      const n = cueHitsPerStep.get(d.step) ?? 0;
      if (n < COACH_LIMITS.maxHitsPerStep) {
        cueHitsPerStep.set(d.step, n + 1);
        stepHitEnd.set(d.step, m.end);
        coverage.push({ step: d.step, start: tokens[m.first]!.start, end: tokens[m.end - 1]!.end, source: 'cue' });
      }
    } else if (d.type === 'thanks') {
      thanksSentences.add(tokens[m.first]!.sentence);
    } else if (d.type === 'exception') {
      exceptions.push(m);
    } else if (d.type === 'offer') {
      offers.push(m);
    } else {
      textMatches.push(m as (typeof textMatches)[number]);
    }
  }
  if (context.packs && context.packs.length > 0) {
    coverage.push(...matchPacks(tokens, context.packs, COACH_LIMITS.maxHitsPerStep));
  }
  coverage.sort((x, y) => x.start - y.start || x.step - y.step);
  const covered = [...new Set(coverage.map((h) => h.step))].sort((x, y) => x - y);

  // ---- Vietnamese address ------------------------------------------------------------------------------------
  const addresses: AddressUse[] = lang === 'vi' ? findAddresses(text, a, guess.accentedShare >= 0.3) : [];
  const h: string = context.honorific ?? dominantHonorific(addresses) ?? 'quý khách';

  const warnings: CoachWarning[] = [];
  const push = (w: Omit<CoachWarning, 'id'>) => warnings.push({ ...w, id: `${w.kind}-${w.start}-${w.end}` });

  // ---- blame / deflect / argue / absolute / honorific: spans that must not overlap -------------------------
  const spanned: Array<Omit<CoachWarning, 'id'>> = [];
  for (const m of textMatches) {
    if (exceptions.some((x) => x.first < m.end && m.first < x.end)) continue; // "it's not your fault"
    const first = tokens[m.spanFirst];
    const last = tokens[m.spanEnd - 1];
    if (!first || !last) continue;
    const d = m.data;
    if (d.unlessOffered && offeredAfter(tokens, m, offers)) continue; // "I can't refund it, but I can…"
    const captured = m.capFirst >= 0 && m.capEnd > m.capFirst ? capturedText(text, tokens, m) : '';
    const original = text.slice(first.start, last.end);
    spanned.push({
      kind: d.kind,
      scope: 'text',
      start: first.start,
      end: last.end,
      lang: d.lang,
      message: message(d.kind, d.lang),
      ...(d.suggestion === undefined
        ? {}
        : { suggestion: matchCase(original, d.suggestion.replace(/\{h\}/g, h).replace(/\{w\}/g, captured)) }),
    });
  }
  for (const use of addresses) {
    const wrong = use.pronoun === 'mày' || (context.honorific !== undefined && use.pronoun !== context.honorific);
    if (!wrong) continue;
    const replacement = context.honorific ?? h;
    spanned.push({
      kind: 'honorific',
      scope: 'text',
      start: use.start,
      end: use.end,
      lang: 'vi',
      message: message('honorific', 'vi', { used: use.pronoun, wanted: replacement }),
      suggestion: matchCase(text.slice(use.start, use.end), replacement),
    });
  }
  // Longest first at each position; drop anything overlapping an earlier kept span.
  spanned.sort((x, y) => x.start - y.start || y.end - x.end || KIND_ORDER[x.kind] - KIND_ORDER[y.kind]);
  let keptEnd = -1;
  for (const w of spanned) {
    if (w.start < keptEnd) continue;
    push(w);
    keptEnd = w.end;
  }

  // ---- Vietnamese opening -------------------------------------------------------------------------------------
  if (lang === 'vi' && tokens.length >= 2) {
    const opening = checkOpening(text, a, {
      greeting: (ti) => greetings.matchAt(tokens, ti) !== null,
      salutation: (ti) => salutations.matchAt(tokens, ti) !== null,
    });
    if (opening) push({ ...opening, kind: 'vi-opening', scope: 'text', lang: 'vi', message: message('vi-opening', 'vi') });
  }

  // ---- whole-draft checks: thanks, check-back ----------------------------------------------------------------
  const firstTok = tokens[0];
  const lastTok = tokens[tokens.length - 1];
  const complete =
    !!firstTok &&
    !!lastTok &&
    sentences.length >= COACH_LIMITS.minCompleteSentences &&
    lastTok.end - firstTok.start >= COACH_LIMITS.minCompleteChars;
  if (complete) {
    const isClosing = (si: number) => {
      const s = sentences[si];
      return !!s && (thanksSentences.has(si) || closings.matchAt(tokens, s.first) !== null);
    };
    const blockStart = closingBlockStart(a, isClosing);
    const insertAt = (sentence: string): { start: number; end: number; suggestion: string } => {
      const s = sentences[blockStart];
      if (s) {
        const before = text.slice(sentences[blockStart - 1]?.end ?? 0, s.start);
        return { start: s.start, end: s.start, suggestion: sentence + (before.includes('\n') ? '\n' : ' ') };
      }
      const trailing = /\s$/.test(text) ? '' : /[.!?…:;,)\]"'”’>]$/.test(text) ? ' ' : '. ';
      return { start: text.length, end: text.length, suggestion: trailing + sentence };
    };
    const H = capitalise(h);

    if (thanksSentences.size === 0) {
      const sentence = msgLang === 'vi' ? `${capitalise(selfPronoun(tokens))} cảm ơn ${h} ạ.` : 'Thank you for your patience.';
      push({ kind: 'no-thanks', scope: 'draft', lang: msgLang, message: message('no-thanks', msgLang), ...insertAt(sentence) });
    }

    if (!covered.includes(5)) {
      let asked = false;
      for (let si = Math.max(0, blockStart - 2); si < sentences.length && !asked; si++) {
        asked = isQuestion(tokens, sentences[si]!);
      }
      if (!asked) {
        const sentence = msgLang === 'vi' ? `${H} thấy như vậy đã ổn chưa ạ?` : 'Does this work for you?';
        push({
          kind: 'no-check-back',
          scope: 'draft',
          lang: msgLang,
          message: message('no-check-back', msgLang),
          ...insertAt(sentence),
        });
      }
    }
  }

  // ---- language -----------------------------------------------------------------------------------------------
  if (customerLang && guess.lang && guess.lang !== customerLang) {
    push({
      kind: 'language',
      scope: 'draft',
      start: 0,
      end: text.length,
      lang: guess.lang,
      message: message('language', guess.lang, { customerLang }),
    });
  }

  warnings.sort((x, y) => x.start - y.start || KIND_ORDER[x.kind] - KIND_ORDER[y.kind]);
  if (warnings.length > COACH_LIMITS.maxWarnings) warnings.length = COACH_LIMITS.maxWarnings;

  return { covered, coverage, warnings, draftLang: guess.lang, analysedChars, truncated };
}

/** Replace `draft.slice(w.start, w.end)` with the warning's suggestion (unchanged draft when it has none). */
export function applySuggestion(draft: string, warning: Pick<CoachWarning, 'start' | 'end' | 'suggestion'>): string {
  if (warning.suggestion === undefined) return draft;
  const start = Math.max(0, Math.min(warning.start, draft.length));
  const end = Math.max(start, Math.min(warning.end, draft.length));
  return draft.slice(0, start) + warning.suggestion + draft.slice(end);
}

// ---- helpers ------------------------------------------------------------------------------------------------------

/** The <captured> words as typed; a sentence's capital goes when they move inside the suggestion ("Contact Evri…" → "I'll contact Evri…"). */
function capturedText(text: string, tokens: readonly Token[], m: Match<CueData>): string {
  const first = tokens[m.capFirst]!;
  const words = text.slice(first.start, tokens[m.capEnd - 1]!.end);
  const sentenceStart = m.capFirst === 0 || tokens[m.capFirst - 1]!.sentence !== first.sentence;
  return sentenceStart ? words.charAt(0).toLowerCase() + words.slice(1) : words;
}

/** An alternative is offered after the match, in its sentence or the next one. */
function offeredAfter(tokens: readonly Token[], m: Match<CueData>, offers: ReadonlyArray<Match<CueData>>): boolean {
  const sentence = tokens[m.first]!.sentence;
  return offers.some((o) => o.first >= m.end && tokens[o.first]!.sentence <= sentence + 1);
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Capitalise the suggestion when the text it replaces starts with a capital (start of a sentence). */
function matchCase(original: string, suggestion: string): string {
  const c = original.charAt(0);
  return c !== c.toLowerCase() ? capitalise(suggestion) : suggestion;
}

function dominantHonorific(uses: readonly AddressUse[]): Honorific | undefined {
  const count = new Map<Address, number>();
  for (const u of uses) count.set(u.pronoun, (count.get(u.pronoun) ?? 0) + 1);
  let best: Honorific | undefined;
  let bestN = 0;
  for (const p of ['quý khách', 'anh', 'chị'] as const) {
    const n = count.get(p) ?? 0;
    if (n > bestN) {
      best = p;
      bestN = n;
    }
  }
  return best;
}

const KEY_EM = formsOf('em').key;
const KEY_TOI = formsOf('tôi').key;
const KEY_CHUNG = formsOf('chúng').key;

/** How the agent refers to themself: "em" unless the draft mostly says "chúng tôi" or "tôi" (formal letters). */
function selfPronoun(tokens: readonly Token[]): string {
  let em = 0;
  let toi = 0;
  let chungToi = 0;
  for (let i = 0; i < tokens.length; i++) {
    const k = tokens[i]!.key;
    if (k === KEY_EM) em++;
    else if (k === KEY_TOI) {
      if (tokens[i - 1]?.key === KEY_CHUNG) chungToi++;
      else toi++;
    }
  }
  if (chungToi > em && chungToi >= toi) return 'chúng tôi';
  if (toi > em) return 'tôi';
  return 'em';
}

function isDaVang(t: Token | undefined): boolean {
  if (!t || (t.fold !== 'da' && t.fold !== 'vang')) return false;
  return !t.accented || t.key === KEY_DA || t.key === KEY_VANG;
}

/**
 * A Vietnamese reply should open with "Dạ"/"Vâng". Also fine: a greeting first, then "Dạ" within its first
 * 8 words or at the start of the next sentence ("Chào anh Minh,\nDạ em…"), and a letter salutation
 * ("Kính gửi quý khách,"). While the agent is still typing a short greeting line, nothing is reported yet.
 * The fix replaces the first letter ("Em xin lỗi" → "Dạ em xin lỗi") when the first word reads naturally
 * lowercased, otherwise inserts "Dạ, " before the first word (a name or a brand keeps its capital).
 */
function checkOpening(
  text: string,
  a: Analysis,
  at: { greeting: (ti: number) => boolean; salutation: (ti: number) => boolean },
): { start: number; end: number; suggestion: string } | null {
  const { tokens, sentences } = a;
  const s0 = sentences[0];
  const t0 = tokens[0];
  if (!s0 || !t0) return null;
  if (isDaVang(t0) || at.salutation(0)) return null;
  if (at.greeting(0)) {
    for (let i = s0.first; i <= Math.min(s0.last, s0.first + 8); i++) if (isDaVang(tokens[i])) return null;
    const s1 = sentences[1];
    if (s1) {
      for (let i = s1.first; i <= Math.min(s1.last, s1.first + 2); i++) if (isDaVang(tokens[i])) return null;
    } else if (s0.last - s0.first < 6) return null;
  }
  if (LOWERCASE_AFTER_DA.has(t0.fold)) {
    return { start: t0.start, end: t0.start + 1, suggestion: 'Dạ ' + text.charAt(t0.start).toLowerCase() };
  }
  return { start: t0.start, end: t0.start, suggestion: 'Dạ, ' };
}

/**
 * Index of the first sentence of the closing block: trailing sentences that thank, sign off ("Best regards",
 * "Trân trọng") or wish well ("Chúc anh một ngày…"), plus short lines under them (a name, a team). Equals
 * sentences.length when there is none. The first sentence never counts, so a body always remains.
 */
function closingBlockStart(a: Analysis, isClosing: (si: number) => boolean): number {
  const { sentences } = a;
  const short = (si: number) => {
    const s = sentences[si];
    return !!s && s.newLine && s.last - s.first < 4;
  };
  let start = sentences.length;
  for (let si = sentences.length - 1; si >= 1 && si >= sentences.length - 6; si--) {
    if (isClosing(si)) {
      start = si;
      continue;
    }
    // A signature line: short, on its own line, right under a closing line (or under another signature line).
    const underClosing = isClosing(si - 1) || (short(si - 1) && si - 2 >= 1 && isClosing(si - 2));
    if (short(si) && si - 1 >= 1 && underClosing) {
      start = si;
      continue;
    }
    break;
  }
  return start;
}

/** "?" at the end, or a Vietnamese question ending typed without it ("…ổn không ạ", "…được chưa"). */
function isQuestion(tokens: readonly Token[], s: { first: number; last: number; question: boolean }): boolean {
  if (s.question) return true;
  const last = tokens[s.last];
  const before = tokens[s.last - 1];
  if (!last) return false;
  if (VI_QUESTION_END.has(last.fold)) return true;
  return last.fold === 'a' && last.accented && !!before && VI_QUESTION_END.has(before.fold) && s.last > s.first;
}
