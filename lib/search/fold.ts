/**
 * Accent folding for search: agents type without accents ("xin loi") and expect "xin lỗi". Both the
 * phrases and the query go through the same fold, so matching is plain string comparison afterwards.
 */

/** Lower case, no combining marks, đ → d: "Dạ, xin lỗi Đức" → "da, xin loi duc". NFC and NFD input fold alike. */
export function fold(text: string): string {
  // Most English text has nothing to strip; skipping normalisation makes indexing twice as fast.
  if (ASCII.test(text)) return text.toLowerCase();
  return (
    text
      .toLowerCase()
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      // đ has no Unicode decomposition, so NFD leaves it alone.
      .replace(/đ/g, 'd')
  );
}

const ASCII = /^[\x00-\x7f]*$/;
const WORD = /[\p{L}\p{N}]+/gu;
const ASCII_WORD = /[a-z0-9]+/g;

/** Words of already-folded text; punctuation and symbols separate words and are dropped. */
export function wordsOf(folded: string): string[] {
  return (ASCII.test(folded) ? folded.match(ASCII_WORD) : folded.match(WORD)) ?? [];
}
