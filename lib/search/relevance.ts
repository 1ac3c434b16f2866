import type { Category } from '../detect/types';
import type { Pack, Phrase } from '../packs/schema';

/** What the open ticket says about which phrases fit it; every field is optional (no ticket, no assessment). */
export interface TicketContext {
  lang?: 'vi' | 'en';
  categories?: readonly Category[];
  anger?: number;
}

/** From an assessment (or nothing) to the context the ranking uses. */
export function ticketContext(
  assessment: { lang: string; anger: number; categories: readonly { category: Category }[] } | null | undefined,
  fallbackLang?: 'vi' | 'en',
): TicketContext {
  const lang = assessment?.lang === 'vi' || assessment?.lang === 'en' ? assessment.lang : fallbackLang;
  return {
    ...(lang ? { lang } : {}),
    ...(assessment ? { anger: assessment.anger, categories: assessment.categories.map((c) => c.category) } : {}),
  };
}

/**
 * How well a phrase fits the ticket, 0..1: the ticket's language matters most (a Vietnamese customer gets
 * Vietnamese phrases), then its complaint categories, then whether the phrase suits the anger level.
 */
export function relevance(phrase: Phrase, pack: Pack, context: TicketContext): number {
  let score = 0;
  if (context.lang && pack.lang === context.lang) score += 0.5;
  if (context.categories && context.categories.length > 0) {
    if (phrase.categories.some((c) => context.categories!.includes(c))) score += 0.3;
    else if (phrase.categories.length === 0) score += 0.1;
  } else if (phrase.categories.length === 0) score += 0.1;
  if (context.anger !== undefined) {
    if ((phrase.minAnger ?? 0) <= context.anger && context.anger <= (phrase.maxAnger ?? 3)) score += 0.2;
  } else score += 0.1;
  return score;
}
