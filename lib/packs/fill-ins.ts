/**
 * Fill-ins: the parts of a phrase the agent completes at insertion time, written in the same braces as
 * variables. `{{cursor}}` is where the caret goes after inserting; `{{input:Order number}}` asks for a
 * value (`{{input:Order number|your order}}` says what to write when it is left empty);
 * `{{choice:a refund|a replacement}}` asks to pick one (the first when nothing is picked).
 */

export type FillIn =
  | { kind: 'input'; key: string; label: string; fallback?: string }
  | { kind: 'choice'; key: string; options: string[] };

export type FillInMark = FillIn | { kind: 'cursor' };

/** Values the agent gave, by FillIn.key. Kept per ticket, so the same field is asked once. */
export type FillInValues = Record<string, string>;

/** Stands for `{{cursor}}` while the rest of the phrase is rendered; a private-use character no pack contains. */
export const CURSOR_MARK = '\uE000';

const INPUT = /^input\s*:\s*/;
const CHOICE = /^choice\s*:\s*/;

/** True when a name inside `{{ }}` is a fill-in rather than a variable. */
export const isFillInName = (name: string) => name === 'cursor' || INPUT.test(name) || CHOICE.test(name);

/**
 * Reads one `{{name|rest}}` as split by VARIABLE_PATTERN. Null: not a fill-in. A broken fill-in (no label,
 * fewer than two options) comes back with its problem, for the schema to report.
 */
export function readFillIn(name: string, rest: string | undefined): { mark: FillInMark } | { problem: 'fillInLabel' | 'fillInOptions' } | null {
  if (name === 'cursor') return { mark: { kind: 'cursor' } };
  if (INPUT.test(name)) {
    const label = name.replace(INPUT, '').trim();
    if (!label) return { problem: 'fillInLabel' };
    const fallback = rest?.trim();
    return { mark: { kind: 'input', key: `input:${label.toLowerCase()}`, label, ...(fallback ? { fallback } : {}) } };
  }
  if (CHOICE.test(name)) {
    const options = [name.replace(CHOICE, ''), ...(rest === undefined ? [] : rest.split('|'))].map((o) => o.trim());
    if (options.length < 2 || options.some((o) => !o)) return { problem: 'fillInOptions' };
    return { mark: { kind: 'choice', key: `choice:${options.join('|').toLowerCase()}`, options } };
  }
  return null;
}

/** The value a fill-in gets: what the agent gave, else its fallback (input) or first option (choice). */
export function fillInValue(fill: FillIn, values: FillInValues | undefined): string {
  const given = values?.[fill.key]?.trim();
  if (fill.kind === 'choice') return given && fill.options.includes(given) ? given : fill.options[0]!;
  return given || fill.fallback || '';
}

/** How a fill-in reads in a list before the agent filled it: the label or the options, in brackets. */
export function fillInPlaceholder(fill: FillIn): string {
  return fill.kind === 'input' ? `[${fill.label}]` : `[${fill.options.join(' / ')}]`;
}

/**
 * The rendered phrase without its cursor mark, and how far the caret goes back from the end of the
 * inserted text to reach it (in UTF-16 units of the text; absent when the phrase has no mark).
 */
export function splitCursor(rendered: string): { text: string; caretBack?: number } {
  const at = rendered.indexOf(CURSOR_MARK);
  const text = rendered.replaceAll(CURSOR_MARK, '');
  if (at === -1) return { text };
  const caretBack = rendered.length - at - 1 - (rendered.slice(at + 1).split(CURSOR_MARK).length - 1);
  return caretBack > 0 ? { text, caretBack } : { text };
}
