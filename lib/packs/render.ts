import { CURSOR_MARK, fillInPlaceholder, fillInValue, isFillInName, readFillIn, splitCursor, type FillIn, type FillInValues } from './fill-ins';
import { VARIABLE_PATTERN, type VariableName } from './schema';

export type Honorific = 'anh' | 'chị' | 'quý khách';
export const HONORIFICS: readonly Honorific[] = ['quý khách', 'anh', 'chị'];

/** Values for the variables of a phrase; anything missing falls back to the phrase's own `|fallback`. */
export type Variables = Partial<Record<VariableName, string>>;

export interface VariableSource {
  lang: 'vi' | 'en';
  customerName?: string;
  honorific?: Honorific;
  agentName?: string;
  ticketId?: string;
  companyName?: string;
}

/**
 * Vietnamese names are written family name first and people are addressed by the last word
 * ("Nguyễn Thị Lan" → "Lan"); English names by the first word.
 */
export function firstNameOf(name: string, lang: 'vi' | 'en'): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '';
  return (lang === 'vi' ? words[words.length - 1] : words[0]) ?? '';
}

export function variablesFor(source: VariableSource): Variables {
  const name = source.customerName?.trim() ?? '';
  const vars: Variables = {
    // English phrases don't use honorifics; Vietnamese defaults to the always-polite "quý khách".
    honorific: source.lang === 'vi' ? (source.honorific ?? 'quý khách') : '',
  };
  if (name) {
    vars['customer.name'] = name;
    vars['customer.firstName'] = firstNameOf(name, source.lang);
  }
  if (source.agentName?.trim()) vars['agent.name'] = source.agentName.trim();
  if (source.ticketId?.trim()) vars['ticket.id'] = source.ticketId.trim();
  if (source.companyName?.trim()) vars['company.name'] = source.companyName.trim();
  return vars;
}

/** How fill-ins are written: with the agent's values (inserting), or as `[label]` where none is given yet (lists). */
export interface FillInRendering {
  values?: FillInValues;
  placeholders?: boolean;
}

/**
 * Fills `{{name}}` and `{{name|fallback}}`. A variable without a value uses its fallback, else nothing.
 * Fill-ins get their value (lib/packs/fill-ins); `{{cursor}}` becomes CURSOR_MARK.
 * The result is plain text: callers insert or render it as text, never as HTML.
 */
/** The customer's name used as an address, with what sets it off: ", {{customer.firstName|there}}" mid-sentence. */
const NAME = String.raw`\{\{\s*(customer\.(?:firstName|name))\s*(?:\|[^}]*)?\}\}`;
const ADDRESS_AFTER_COMMA = new RegExp(String.raw`,[ \t]*${NAME}`, 'g');
/** "{{customer.firstName}}, …" opening a sentence. */
const ADDRESS_OPENING = new RegExp(String.raw`(^|[.!?][ \t]+|\n)${NAME}[ \t]*,[ \t]*`, 'g');

/**
 * Without a customer name, a name used as an address goes away with its comma: "Thank you for writing to
 * us, there." reads wrong in any language, so a fallback like "there" is kept only where it reads well on
 * its own, after a greeting ("Hi there,"), which has no comma before the name.
 */
function dropMissingAddress(text: string, vars: Variables): string {
  const missing = (name: string) => !vars[name as VariableName];
  return text
    .replace(ADDRESS_AFTER_COMMA, (match, name: string) => (missing(name) ? '' : match))
    .replace(ADDRESS_OPENING, (match, lead: string, name: string) => (missing(name) ? lead : match));
}

export function renderText(text: string, vars: Variables, fills: FillInRendering = {}): string {
  const rendered = dropMissingAddress(text, vars).replace(VARIABLE_PATTERN, (match, name: string, fallback: string | undefined) => {
    if (isFillInName(name)) {
      const read = readFillIn(name, fallback);
      if (!read || !('mark' in read)) return match;
      if (read.mark.kind === 'cursor') return CURSOR_MARK;
      if (fills.placeholders && !fills.values?.[read.mark.key]) return fillInPlaceholder(read.mark);
      return fillInValue(read.mark, fills.values);
    }
    const value = vars[name as VariableName];
    return value !== undefined && value !== '' ? value : (fallback ?? '');
  });
  // An empty variable (English honorific, missing name without fallback) must not leave double spaces
  // or a space before punctuation.
  return rendered.replace(/[ \t]{2,}/g, ' ').replace(/ +([,.!?;:])/g, '$1').replace(/^ +| +$/gm, '');
}

/** Capitalises the first letter of a sentence-initial variable value ("quý khách" → "Quý khách"); keeps CURSOR_MARK. */
function renderMarked(text: string, vars: Variables, fills: FillInRendering): string {
  const rendered = renderText(text, vars, fills);
  return rendered.replace(/(^|[.!?]\s+|\n)(\p{Ll})/gu, (_m, lead: string, letter: string) => lead + letter.toUpperCase());
}

/** The phrase as lists show it: variables filled, fill-ins as their values or `[label]`, no cursor mark. */
export function renderPhrase(text: string, vars: Variables, values?: FillInValues): string {
  return splitCursor(renderMarked(text, vars, { values, placeholders: true })).text;
}

/** The phrase as it is inserted, and how far back from its end the caret goes (`{{cursor}}`). */
export function renderInsertion(text: string, vars: Variables, values?: FillInValues): { text: string; caretBack?: number } {
  return splitCursor(renderMarked(text, vars, { values }));
}

/** The fields a phrase asks for before inserting, in order, each once. */
export function fillInsOf(text: string): FillIn[] {
  const seen = new Map<string, FillIn>();
  for (const match of text.matchAll(VARIABLE_PATTERN)) {
    const name = match[1] ?? '';
    if (!isFillInName(name)) continue;
    const read = readFillIn(name, match[2]);
    if (read && 'mark' in read && read.mark.kind !== 'cursor' && !seen.has(read.mark.key)) seen.set(read.mark.key, read.mark);
  }
  return [...seen.values()];
}
