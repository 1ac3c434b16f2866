/**
 * People's names as helpdesks show them differ from one place to the next on the same page: an avatar with
 * initials before the name ("PN Priya Natarajan", or glued: "PNPriya Natarajan"), an e-mail after it, "(you)",
 * a role in brackets, other case or accents. Comparing them raw made one changed character turn every
 * message into the agent's; these functions compare what is left of the name itself.
 */

const EMAIL = /[<([]?\s*(?:mailto:)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*[>)\]]?/g;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
/** Words that decorate a name rather than belong to it. */
const DECORATION = /\(\d+\)|\((?:you|bạn|tôi|me|via [^)]*|[^)]*(?:support|agent|staff|admin|customer|khách hàng|nhân viên)[^)]*)\)|\bvia (?:e-?mail|web|portal|chat)\b/gi;

/** A name's words, lower case, without accents (đ → d), initials avatars, e-mails and decorations. */
export function nameWords(raw: string): string[] {
  const text = raw.replace(INVISIBLE, '').replace(/\u00a0/g, ' ').replace(EMAIL, ' ').replace(DECORATION, ' ');
  let words = text
    .split(/[\s,;:|·•]+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.'-]+$/gu, ''))
    .filter(Boolean);
  words = withoutInitialsAvatar(words);
  return words.map(fold).filter((w) => w.length > 0 && w !== 'you');
}

/** Lower case without diacritics; đ has no decomposition and is mapped by hand. */
export function fold(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/[.']/g, '');
}

/**
 * Drops an avatar's initials before a name: a first word of 1–3 capitals that are the initials of the words
 * after it ("PN Priya Natarajan", "LV Lê Quang Vinh"), or the same glued to the first word ("PNPriya").
 */
function withoutInitialsAvatar(words: string[]): string[] {
  if (words.length < 2) return words;
  const initials = words
    .slice(1)
    .map((w) => fold(w[0] ?? ''))
    .join('');
  const first = words[0]!;
  if (/^\p{Lu}{1,3}$/u.test(first) && isInitialsOf(fold(first), initials)) return words.slice(1);
  const glued = /^(\p{Lu}{1,3})(\p{Lu}\p{Ll}+)$/u.exec(first);
  if (glued) {
    const rest = [glued[2]!, ...words.slice(1)];
    const restInitials = rest.map((w) => fold(w[0] ?? '')).join('');
    if (isInitialsOf(fold(glued[1]!), restInitials)) return rest;
  }
  return words;
}

/** "PN" for Priya Natarajan; also first + last only ("LV" for Lê Quang Vinh) or one letter. */
function isInitialsOf(candidate: string, initials: string): boolean {
  if (candidate === initials) return true;
  if (candidate.length === 1) return candidate === initials[0];
  return candidate.length === 2 && candidate[0] === initials[0] && candidate[1] === initials[initials.length - 1];
}

/** The e-mail address in a name field, lower case, or ''. */
export function emailIn(raw: string): string {
  return (/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/.exec(raw)?.[0] ?? '').toLowerCase();
}

/** The name without avatar initials, e-mail and decorations, as the page spelled it. */
export function cleanName(raw: string): string {
  const text = raw.replace(INVISIBLE, '').replace(/\u00a0/g, ' ').replace(EMAIL, ' ').replace(DECORATION, ' ');
  let words = text.split(/\s+/).filter(Boolean);
  words = withoutInitialsAvatar(words);
  return words
    .join(' ')
    .replace(/^[\s,;:|·•-]+|[\s,;:|·•-]+$/g, '')
    .trim();
}

/**
 * Whether two name fields name the same person: the same e-mail, or the same words after normalising, or
 * one a leading part of the other ("Priya" for "Priya Natarajan"; Vietnamese pages often show only the
 * given name, the last word: "Lan" for "Nguyễn Thị Lan").
 */
export function sameName(a: string, b: string): boolean {
  const [ea, eb] = [emailIn(a), emailIn(b)];
  if (ea && eb) return ea === eb;
  const [x, y] = [nameWords(a), nameWords(b)];
  // Only an address on one side ("added by r.achterberg@x.org" for "Ruth Achterberg"): its local part.
  if (ea && x.length === 0) return addressNames(ea, y);
  if (eb && y.length === 0) return addressNames(eb, x);
  if (x.length === 0 || y.length === 0) return false;
  // An avatar alone ("GH") names the person whose initials it shows.
  if (x.length === 1 && /^\p{Lu}{2,3}$/u.test(a.trim())) return y.length > 1 && isInitialsOf(x[0]!, y.map((w) => w[0]).join(''));
  if (y.length === 1 && /^\p{Lu}{2,3}$/u.test(b.trim())) return x.length > 1 && isInitialsOf(y[0]!, x.map((w) => w[0]).join(''));
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.join(' ') === long.join(' ')) return true;
  if (short.length === long.length) return false;
  const starts = short.every((w, i) => long[i] === w);
  const ends = short.every((w, i) => long[long.length - short.length + i] === w);
  return starts || ends;
}

/** Whether an address's local part spells the name: "r.achterberg" or "ruth.achterberg" for Ruth Achterberg. */
function addressNames(email: string, words: string[]): boolean {
  const parts = email.split('@')[0]!.split(/[._-]+/).filter(Boolean);
  if (words.length === 0 || !parts.some((p) => p.length > 1)) return false;
  return parts.every((p) => (p.length === 1 ? words.some((w) => w[0] === p) : words.includes(p)));
}
