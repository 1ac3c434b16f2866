/**
 * Language of a sentence or message: Vietnamese, English or other. Cheap word-level evidence only:
 * Vietnamese diacritics, Vietnamese and English function words (compared without diacritics, so
 * Vietnamese typed without them is recognised too).
 */
import { Kind, type Tok } from './tokenize';

const VI_WORDS = new Set(
  (
    'khong ko dc duoc cua va nhung minh toi rat nay thi roi chua nen voi mot nhu lam nguoi sao gi vay luon cung ' +
    'nhieu den cho hon thay mua dung biet nua lai oi nha nhe em anh chi giao dep tot qua hay sp nhan truoc moi ' +
    'cai chu bi dang se vi vao len xuong tren duoi trong ngoai cam thoi luc'
  ).split(' '),
);
const EN_WORDS = new Set(
  (
    'the and is are was were to of it its i you your my for this that not with have has had be been on at but me ' +
    'what why how they we our do did does will would should could who which about after from please just am if or ' +
    'all get got any there here when still very really been their them us he she his her can cant dont doesnt ' +
    "can't don't doesn't didn't won't isn't i'm it's ive i've order service customer money account thanks thank " +
    'help received since been again never'
  ).split(' '),
);
/** Words that are also common in the other language once diacritics are dropped. */
const BOTH = new Set(['me', 'do', 'no', 'an', 'in', 'so', 'the', 'can', 'ban', 'con', 'hi', 'to', 'ok']);

export interface LangScore {
  vi: number;
  en: number;
}

export function scoreTokens(toks: Tok[], from: number, to: number): LangScore {
  let vi = 0;
  let en = 0;
  for (let i = from; i < to; i++) {
    const t = toks[i]!;
    if (t.k !== Kind.Word || t.w.num) continue;
    if (t.w.marks) {
      vi += 1;
      continue;
    }
    if (BOTH.has(t.w.fk)) continue;
    if (VI_WORDS.has(t.w.fk)) vi += 1;
    else if (EN_WORDS.has(t.w.low)) en += 1;
  }
  return { vi, en };
}

export type TextLang = 'vi' | 'en' | 'other';

export function decide(s: LangScore, fallback: TextLang): TextLang {
  if (s.vi > s.en && s.vi >= 1) return 'vi';
  if (s.en > s.vi && s.en >= 1) return 'en';
  if (s.vi > 0 && s.vi === s.en) return fallback === 'other' ? 'vi' : fallback;
  return fallback;
}
