import type { Assessment, Category } from '../detect/types';
import type { Pack, Phrase, Step } from '../packs/schema';
import { STEPS } from '../packs/schema';
import { frecency, usageKey, type Usage } from '../usage/frecency';

export interface Suggestion {
  phrase: Phrase;
  pack: Pack;
  /** How well the phrase fits the ticket: 2 its category, 1 general, 0 another category, -1 outside its anger range. */
  fit: number;
  /** The agent's decaying use count (lib/usage/frecency). */
  used: number;
  score: number;
}

export type SuggestionsByStep = Record<Step, Suggestion[]>;

export interface SuggestOptions {
  /** Language to use when the ticket's language is unknown ('other'), usually the UI language. */
  fallbackLang: 'vi' | 'en';
  /** Phrases shown per step. */
  limit?: number;
  /** The agent's phrase usage: among phrases that fit the ticket equally, the more used come first. */
  usage?: Usage;
  /** For the usage's decay; Date.now() unless told. */
  now?: number;
}

/**
 * Ranks the phrases of each step for a ticket: the ticket's language only; phrases for its categories
 * first, then general ones; phrases whose anger range excludes the ticket's level sink to the bottom.
 * Within each of those, what the agent uses most lately comes first, then the finer fit (tone, order).
 */
export function suggest(assessment: Assessment | null, packs: readonly Pack[], options: SuggestOptions): SuggestionsByStep {
  const lang = assessment && assessment.lang !== 'other' ? assessment.lang : options.fallbackLang;
  const anger = assessment?.anger ?? 0;
  const categories = new Set<Category>(assessment?.categories.map((c) => c.category) ?? []);
  const byStep = Object.fromEntries(STEPS.map((s) => [s, [] as Suggestion[]])) as SuggestionsByStep;
  const now = options.now ?? Date.now();

  for (const pack of packs) {
    if (pack.lang !== lang) continue;
    pack.phrases.forEach((phrase, index) => {
      let score = 0;
      const matching = phrase.categories.filter((c) => categories.has(c)).length;
      if (matching > 0) score += 10 + matching;
      else if (phrase.categories.length === 0) score += 5;
      const inRange = (phrase.minAnger ?? 0) <= anger && anger <= (phrase.maxAnger ?? 3);
      score += inRange ? 3 : -20;
      if (anger >= 2 && phrase.tone === 'formal') score += 1;
      // Keep the pack's own order among equals.
      score -= index / 100_000;
      const fit = !inRange ? -1 : matching > 0 ? 2 : phrase.categories.length === 0 ? 1 : 0;
      const used = frecency(options.usage?.[usageKey(pack.id, phrase.id)], now);
      // A phrase of no step (information, a policy text) is found by search only.
      if (phrase.step !== undefined) byStep[phrase.step as Step].push({ phrase, pack, fit, used, score });
    });
  }
  for (const step of STEPS) {
    byStep[step].sort((a, b) => b.fit - a.fit || b.used - a.used || b.score - a.score);
    if (options.limit) byStep[step] = byStep[step].slice(0, options.limit);
  }
  return byStep;
}
