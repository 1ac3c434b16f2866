/**
 * How a Vietnamese draft addresses the customer.
 *
 * The agent calls themself "em" (never flagged); the customer is "anh", "chị" or "quý khách". We look for those
 * words and for "bạn" (too casual for support) and "mày" (rude), and report each use that addresses the
 * customer. Precision matters more than recall here, so a use is skipped when it probably is NOT the customer:
 * - word-level compounds and third persons: "tiếng Anh", "nước Anh", "anh ấy", "chị ta", "anh em", "chị em",
 *   "bạn bè", "bạn của anh", plurals "các anh", "những bạn";
 * - staff and roles: "anh shipper", "chị quản lý", "anh bên kỹ thuật", "anh giao hàng";
 * - a capitalised name right after the pronoun ("chị Lan bên kho sẽ gọi lại") — it could be a colleague or the
 *   customer; we can't tell, so we stay quiet — and "Anh"/"Chị" as part of a name ("Ngọc Anh");
 * - "anh" in a draft typed without diacritics: there it may be "ảnh" (photo) or "ánh" ("phản ánh"). "chị", "bạn",
 *   "mày" and "quý" carry diacritics, so we only accept them spelled exactly (the bare "chi", "ban", "may" are
 *   other common words: "chi phí", "ban quản lý", "máy").
 * "anh/chị", "anh chị" (a template leftover when an honorific is chosen) are reported as one generic use.
 * Known limits: "ông/bà/cô/chú" are not checked; an honorific used for a colleague without any of the cues above
 * ("em đã nhờ chị kiểm tra") is still reported.
 */

import { formsOf, type Analysis, type Token } from './text';

export type Address = 'anh' | 'chị' | 'quý khách' | 'bạn' | 'mày' | 'anh/chị';

export interface AddressUse {
  pronoun: Address;
  start: number;
  end: number;
}

const key = (w: string) => formsOf(w).key;
const keys = (words: string) => new Set(words.split(' ').map(key));

const K = {
  anh: key('anh'),
  chi: key('chị'),
  ban: key('bạn'),
  may: key('mày'),
  quy: key('quý'),
  khach: key('khách'),
  em: key('em'),
};

/** Words before the pronoun that make it something else (a compound, a plural). */
const BEFORE = keys('tiếng nước người các những mấy hai ba vị lông');
/** Words after the pronoun that make it a third person, a relative or a role. */
const AFTER = keys(
  'ấy ta kia đó này em họ quốc ngữ văn trai gái cả rể dâu tôi bè thân đồng học bên ở phòng giao shipper tài bảo quản trưởng kỹ kĩ nhân phụ tư kế thu lái',
);
/** Capitalised words before "Anh"/"Chị" that are not part of a name: "Dạ Anh…", "Kính gửi Chị…". */
const NOT_NAME = keys('dạ vâng chào gửi thưa em xin cảm ơn cám hi hello');
/** Extra words that follow "bạn" in "bạn của anh" (a friend of yours) or "bạn cùng phòng". */
const AFTER_BAN = keys('của cùng');

export function findAddresses(text: string, a: Analysis, draftAccented: boolean): AddressUse[] {
  const out: AddressUse[] = [];
  const { tokens } = a;
  const sameSentence = (x: Token | undefined, y: Token) => x !== undefined && x.sentence === y.sentence;
  /** Neighbours count only when separated by spaces: "chào bạn, em…" is not the compound "bạn em". */
  const adjacent = (x: Token | undefined, y: Token) => {
    if (!x || x.sentence !== y.sentence) return false;
    const gap = x.start < y.start ? text.slice(x.end, y.start) : text.slice(y.end, x.start);
    return /^\s*$/.test(gap);
  };
  const capitalised = (t: Token | undefined) => {
    if (!t) return false;
    const ch = text.charAt(t.start);
    return ch !== ch.toLowerCase();
  };
  const isName = capitalised;

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = adjacent(tokens[i - 1], t) ? tokens[i - 1] : undefined;
    const next = adjacent(tokens[i + 1], t) ? tokens[i + 1] : undefined;
    const k = t.key;

    if (k === K.quy) {
      if (next && next.key === K.khach && !(prev && BEFORE.has(prev.key))) {
        out.push({ pronoun: 'quý khách', start: t.start, end: next.end });
        i++;
      }
      continue;
    }
    if (k === K.anh || k === K.chi) {
      const other = k === K.anh ? K.chi : K.anh;
      const following = tokens[i + 1];
      if (following && sameSentence(following, t) && following.key === other && /^\s*\/?\s*$/.test(text.slice(t.end, following.start))) {
        // "anh/chị", "anh chị", "chị/anh" — unless "anh chị em" (everyone) or "các anh chị" (plural).
        const after = adjacent(tokens[i + 2], following) ? tokens[i + 2] : undefined;
        if (!(after && after.key === K.em) && !(prev && BEFORE.has(prev.key))) {
          out.push({ pronoun: 'anh/chị', start: t.start, end: following.end });
        }
        i++;
        continue;
      }
      if (k === K.anh && !draftAccented) continue;
      if (prev && BEFORE.has(prev.key)) continue;
      // Part of a name, e.g. the signature "Ngọc Anh": a capitalised word right before a capitalised pronoun.
      if (prev && capitalised(prev) && capitalised(t) && !NOT_NAME.has(prev.key)) continue;
      if (next && (AFTER.has(next.key) || isName(next))) continue;
      out.push({ pronoun: k === K.anh ? 'anh' : 'chị', start: t.start, end: t.end });
      continue;
    }
    if (k === K.ban) {
      if (prev && BEFORE.has(prev.key)) continue;
      if (next && (AFTER.has(next.key) || AFTER_BAN.has(next.key) || isName(next))) continue;
      out.push({ pronoun: 'bạn', start: t.start, end: t.end });
      continue;
    }
    if (k === K.may) {
      if (prev && BEFORE.has(prev.key)) continue; // "lông mày" (eyebrow)
      out.push({ pronoun: 'mày', start: t.start, end: t.end });
    }
  }
  return out;
}
