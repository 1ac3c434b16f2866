import type { Category } from '../../lib/detect/types';
import { errorsByField, locateIssues, sayEnglish, type SayProblem } from '../../lib/packs/issues';
import { problem } from '../../lib/packs/problems';
import { PhraseSchema, type Phrase, type PhraseInput, type Step } from '../../lib/packs/schema';

/** A phrase as the editor form holds it: every field a string or a list the inputs can show. */
export interface PhraseDraft {
  id: string;
  /** undefined: the phrase belongs to no step (found by search only). */
  step: Step | undefined;
  title: string;
  text: string;
  categories: Category[];
  tone: 'formal' | 'warm' | 'neutral';
  /** '' = no limit. */
  minAnger: string;
  maxAnger: string;
  /** Comma-separated. */
  tags: string;
  shortcut: string;
}

export function draftFrom(phrase: Phrase): PhraseDraft {
  return {
    id: phrase.id,
    step: phrase.step as Step | undefined,
    title: phrase.title ?? '',
    text: phrase.text,
    categories: [...phrase.categories],
    tone: phrase.tone,
    minAnger: phrase.minAnger === undefined ? '' : String(phrase.minAnger),
    maxAnger: phrase.maxAnger === undefined ? '' : String(phrase.maxAnger),
    tags: phrase.tags.join(', '),
    shortcut: phrase.shortcut ?? '',
  };
}

export function emptyDraft(step: Step): PhraseDraft {
  return { id: '', step, title: '', text: '', categories: [], tone: 'neutral', minAnger: '', maxAnger: '', tags: '', shortcut: '' };
}

/** The draft as pack data: empty optional fields left out, tags split and trimmed. */
export function draftToInput(draft: PhraseDraft): PhraseInput {
  const input: PhraseInput = {
    id: draft.id.trim(),
    step: draft.step,
    text: draft.text,
    categories: draft.categories,
    tone: draft.tone,
    tags: draft.tags
      .split(',')
      .map((tag) => tag.trim())
      .filter(Boolean),
  };
  if (draft.title.trim()) input.title = draft.title.trim();
  if (draft.minAnger !== '') input.minAnger = Number(draft.minAnger);
  if (draft.maxAnger !== '') input.maxAnger = Number(draft.maxAnger);
  if (draft.shortcut.trim()) input.shortcut = draft.shortcut.trim();
  return input;
}

/** Field → first error message, as the schema judges the draft (`text`, `tags`, `minAnger` …). */
export function draftErrors(
  draft: PhraseDraft,
  options: { takenIds: readonly string[]; ignoreEmptyId: boolean; say?: SayProblem },
): Record<string, string> {
  const say = options.say ?? sayEnglish;
  const input = draftToInput(draft);
  const checked = options.ignoreEmptyId && !input.id ? { ...input, id: 'pending' } : input;
  const result = PhraseSchema.safeParse(checked);
  const errors = result.success ? {} : errorsByField(locateIssues(result.error, checked), '', say);
  // Lists report per item (`tags[2]`); the form shows them on the list's field.
  const byField: Record<string, string> = {};
  for (const [path, message] of Object.entries(errors)) {
    const field = path.split(/[.[]/)[0] || 'text';
    byField[field] ??= message;
  }
  if (input.id && options.takenIds.includes(input.id)) byField.id ??= say(problem('phraseIdTaken', input.id));
  return byField;
}

export function sameDraft(a: PhraseDraft, b: PhraseDraft): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
