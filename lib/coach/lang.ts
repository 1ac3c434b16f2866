/**
 * Which language is the draft in? A vote over its words:
 * - Vietnamese: any word with diacritics, plus common Vietnamese words typed without them ("khong", "duoc").
 * - English: common English function words (only when typed without diacritics).
 * Words that are common in both when unaccented ("do", "on", "a", "me", "to", "an", "in") don't vote.
 * Decides only with at least 3 votes and a 2:1 majority; otherwise null (too short or mixed).
 */

import type { Token } from './text';
import type { CoachLang } from './types';

const VI_BARE = new Set(
  'em anh chi cua khong duoc va voi cho nhe da vang ban minh xin loi cam se roi nay thi nhung cac hang don tien gui lai chung toi nen vi hay nhu vay gi sao giao doi hoan ho tro kiem tra hoac ngay luon dang bi neu khach quy phan hoi'.split(' '),
);
const EN_WORDS = new Set(
  'the you your and is are we i it for of this that with have has be will please can not sorry thank thanks our my at would could was were if so as there what when how here just know let us'.split(' '),
);

export function guessLang(tokens: readonly Token[]): { lang: CoachLang | null; accentedShare: number } {
  let vi = 0;
  let en = 0;
  let accented = 0;
  for (const t of tokens) {
    if (t.accented) {
      accented++;
      vi++;
    } else if (VI_BARE.has(t.fold)) vi++;
    else if (EN_WORDS.has(t.fold)) en++;
  }
  const accentedShare = vi === 0 ? 0 : accented / vi;
  let lang: CoachLang | null = null;
  if (vi >= 3 && vi >= 2 * en) lang = 'vi';
  else if (en >= 3 && en >= 2 * vi) lang = 'en';
  return { lang, accentedShare };
}
