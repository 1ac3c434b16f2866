import { fold, wordsOf } from './fold';

/** Longer queries are refused rather than cut: the search box never lets more through. */
export const MAX_QUERY_CHARS = 200;
/** Words beyond this add nothing but time; the first ones decide. */
export const MAX_QUERY_WORDS = 10;

export type ParsedQuery =
  /** Nothing typed: the palette shows the ticket's suggestions instead. */
  | { kind: 'empty' }
  /** Typed, but nothing that can match: answer with no results. */
  | { kind: 'none'; reason: 'blank' | 'symbols' | 'too-long' }
  | {
      kind: 'words';
      /** Folded words, in the order typed, without repeats. */
      words: string[];
      /** The words joined by single spaces, for phrase and prefix checks. */
      text: string;
      /** The words joined by dashes, for matching a shortcut such as `xin-loi`. */
      compact: string;
    };

/** Cleans a raw query: trim, length cap, accent fold, symbols dropped. Never throws. */
export function parseQuery(raw: unknown): ParsedQuery {
  if (typeof raw !== 'string' || raw === '') return { kind: 'empty' };
  const trimmed = raw.normalize('NFC').trim();
  if (trimmed === '') return { kind: 'none', reason: 'blank' };
  if (trimmed.length > MAX_QUERY_CHARS) return { kind: 'none', reason: 'too-long' };
  const words = [...new Set(wordsOf(fold(trimmed)))].slice(0, MAX_QUERY_WORDS);
  if (words.length === 0) return { kind: 'none', reason: 'symbols' };
  return { kind: 'words', words, text: words.join(' '), compact: words.join('-') };
}
