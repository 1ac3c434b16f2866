import type { Category } from '../detect/types';
import type { Phrase, Step } from './schema';

export interface PhraseFilter {
  text: string;
  step: Step | null;
  category: Category | null;
  /** Only phrases not used lately (the caller says which, from the agent's usage). */
  unused?: boolean;
}

export const NO_FILTER: PhraseFilter = { text: '', step: null, category: null, unused: false };

/** Lower case, no accents, đ → d: typing "xin loi" finds "Xin lỗi". */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

/** Phrases matching every filter; the text must appear in the title, text, id, tags or shortcut. */
export function filterPhrases(phrases: readonly Phrase[], filter: PhraseFilter, usedLately: (phrase: Phrase) => boolean = () => false): Phrase[] {
  const words = foldText(filter.text).split(/\s+/).filter(Boolean);
  return phrases.filter((phrase) => {
    if (filter.step !== null && phrase.step !== filter.step) return false;
    if (filter.category !== null && !phrase.categories.includes(filter.category)) return false;
    if (filter.unused && usedLately(phrase)) return false;
    if (words.length === 0) return true;
    const haystack = foldText([phrase.title ?? '', phrase.text, phrase.id, ...phrase.tags, phrase.shortcut ?? ''].join(' '));
    return words.every((word) => haystack.includes(word));
  });
}

export function isFiltering(filter: PhraseFilter): boolean {
  return filter.text.trim() !== '' || filter.step !== null || filter.category !== null || filter.unused === true;
}
