import type { Category } from '../detect/types';
import type { TicketState } from '../messaging/schemas';
import type { FillIn, FillInValues } from '../packs/fill-ins';
import { fillInsOf, renderInsertion, renderPhrase, variablesFor, type Honorific, type Variables } from '../packs/render';
import { STEPS, type Pack, type Phrase, type Step } from '../packs/schema';
import { suggest } from '../suggest';
import type { Usage } from '../usage/frecency';
import { searchIndexFor, searchPhrases } from './engine';
import { MAX_QUERY_CHARS } from './query';
import { ticketContext } from './relevance';

/** One row of the palette: what it shows and, already rendered for the ticket, what it inserts. */
export interface PaletteItem {
  /** Unique in the list: pack id and phrase id. */
  key: string;
  /** Absent for a phrase of no step. */
  step?: Step;
  /** The phrase's category that fits the ticket best, if it has any. */
  category?: Category;
  packName: string;
  title?: string;
  /** The phrase's own shortcut ("xin-loi"): typing it finds the phrase first. */
  shortcut?: string;
  /** Rendered with the ticket's variables and fill-ins given so far; shown as plain text, never as markup. */
  text: string;
  /** What the phrase asks before it goes in (lib/packs/fill-ins). */
  fields: readonly FillIn[];
  /** The text to insert with these fill-in values (over those given earlier on the ticket), and where the caret goes. */
  insertion(values?: FillInValues): { text: string; caretBack?: number };
}

export type PaletteView =
  /**
   * Nothing typed: first what the agent uses most (that fits the ticket), then the phrases suggested for
   * this ticket per step, without those already listed first.
   */
  | { kind: 'suggestions'; used: PaletteItem[]; sections: { step: Step; items: PaletteItem[] }[] }
  | { kind: 'results'; items: PaletteItem[] }
  | { kind: 'none'; reason: 'blank' | 'symbols' | 'too-long' | 'no-match'; maxChars: number };

export interface PaletteSource {
  packs: readonly Pack[];
  ticket: TicketState | null;
  uiLang: 'vi' | 'en';
  agentName?: string;
  companyName?: string;
  honorific?: Honorific;
  /** Fill-in values the agent gave earlier on this ticket. */
  fillIns?: FillInValues;
  /** Results shown for a query; 50 unless told. */
  limit?: number;
  /** Suggestions shown per step for an empty query; 3 unless told. */
  perStep?: number;
  /** The agent's phrase usage (lib/usage/frecency). */
  usage?: Usage;
  now?: number;
}

/** Phrases listed first when nothing is typed: at most this many… */
const MOST_USED = 3;
/** …each used about twice lately (a score that decays: one use a day ago is just under 1). */
const MOST_USED_MIN_SCORE = 1.5;

/**
 * The palette's model: a function from what the agent typed to what the palette lists. The search
 * index is shared by every finder over the same packs; variables are filled once per language.
 */
export function createPaletteFinder(source: PaletteSource): (query: string) => PaletteView {
  const index = searchIndexFor(source.packs);
  const ticket = source.ticket?.kind === 'ticket' ? source.ticket : null;
  const assessment = ticket?.assessment ?? null;
  const context = ticketContext(assessment, source.uiLang);
  const ticketCategories = new Set(context.categories ?? []);

  const vars = new Map<'vi' | 'en', Variables>();
  const varsFor = (lang: 'vi' | 'en') => {
    let v = vars.get(lang);
    if (!v) {
      v = variablesFor({
        lang,
        customerName: ticket?.snapshot.requester.name,
        ticketId: ticket?.snapshot.ticketId,
        agentName: source.agentName,
        companyName: source.companyName,
        honorific: source.honorific,
      });
      vars.set(lang, v);
    }
    return v;
  };
  const item = (phrase: Phrase, pack: Pack): PaletteItem => {
    const category = phrase.categories.find((c) => ticketCategories.has(c)) ?? phrase.categories[0];
    return {
      key: `${pack.id}/${phrase.id}`,
      ...(phrase.step !== undefined ? { step: phrase.step as Step } : {}),
      ...(category ? { category } : {}),
      packName: pack.name,
      ...(phrase.title ? { title: phrase.title } : {}),
      ...(phrase.shortcut ? { shortcut: phrase.shortcut } : {}),
      text: renderPhrase(phrase.text, varsFor(pack.lang), source.fillIns),
      fields: fillInsOf(phrase.text),
      insertion: (values) => renderInsertion(phrase.text, varsFor(pack.lang), { ...source.fillIns, ...values }),
    };
  };

  let suggestions: PaletteView | null = null;
  return (query) => {
    const outcome = searchPhrases(index, query, { context, limit: source.limit ?? 50 });
    if (outcome.status === 'empty') {
      if (!suggestions) {
        const ranked = suggest(assessment, source.packs, { fallbackLang: source.uiLang, usage: source.usage, now: source.now });
        const used = STEPS.flatMap((step) => ranked[step])
          .filter((s) => s.fit >= 0 && s.used >= MOST_USED_MIN_SCORE)
          .sort((a, b) => b.used - a.used)
          .slice(0, MOST_USED);
        const shownFirst = new Set(used);
        const perStep = source.perStep ?? 3;
        suggestions = {
          kind: 'suggestions',
          used: used.map((s) => item(s.phrase, s.pack)),
          sections: STEPS.map((step) => ({
            step,
            items: ranked[step]
              .filter((s) => !shownFirst.has(s))
              .slice(0, perStep)
              .map((s) => item(s.phrase, s.pack)),
          })).filter((section) => section.items.length > 0),
        };
      }
      return suggestions;
    }
    if (outcome.status === 'none') return { kind: 'none', reason: outcome.reason, maxChars: MAX_QUERY_CHARS };
    if (outcome.hits.length === 0) return { kind: 'none', reason: 'no-match', maxChars: MAX_QUERY_CHARS };
    return { kind: 'results', items: outcome.hits.map((hit) => item(hit.phrase, hit.pack)) };
  };
}
