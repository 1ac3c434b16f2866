import { z } from 'zod';
import { CATEGORIES } from '../detect/types';
import { isFillInName, readFillIn } from './fill-ins';
import { problem, type ProblemArg, type ProblemCode } from './problems';

/** Hard limits: a pack beyond them is refused before anything is stored. */
export const LIMITS = {
  packBytes: 2 * 1024 * 1024,
  phrases: 5000,
  stringChars: 4000,
} as const;

/**
 * Variables a phrase may use: `{{name}}` or `{{name|fallback}}`. The same braces hold fill-ins
 * (`{{cursor}}`, `{{input:Label}}`, `{{choice:a|b}}`, lib/packs/fill-ins), which are not variables.
 */
export const KNOWN_VARIABLES = [
  'customer.name',
  'customer.firstName',
  'honorific',
  'agent.name',
  'ticket.id',
  'company.name',
] as const;
export type VariableName = (typeof KNOWN_VARIABLES)[number];

export const VARIABLE_PATTERN = /\{\{\s*([^}|]*?)\s*(?:\|([^}]*))?\}\}/g;

/**
 * The schema's own checks name their problem in `params`; lib/packs/issues words every issue from its code
 * and these params, in the options page's language. `message` is zod's English fallback only.
 */
const own = (code: ProblemCode, ...args: ProblemArg[]) => ({ message: problem(code, ...args).message, params: { problem: code, args } });

const text = (max: number = LIMITS.stringChars) => z.string().max(max);

const nonEmptyText = (max: number = LIMITS.stringChars) => text(max).refine((s) => s.trim().length > 0, own('empty'));

/** Text whose `{{variables}}` are all known and whose fill-ins are complete, with at most one `{{cursor}}`. */
const phraseText = nonEmptyText().superRefine((value, ctx) => {
  let cursors = 0;
  for (const match of value.matchAll(VARIABLE_PATTERN)) {
    const name = match[1] ?? '';
    if (isFillInName(name)) {
      const read = readFillIn(name, match[2]);
      if (read && 'problem' in read) ctx.addIssue({ code: 'custom', ...own(read.problem, match[0]) });
      else if (read?.mark.kind === 'cursor' && ++cursors === 2) ctx.addIssue({ code: 'custom', ...own('fillInCursorTwice') });
      continue;
    }
    if (!(KNOWN_VARIABLES as readonly string[]).includes(name)) {
      ctx.addIssue({ code: 'custom', ...own('unknownVariable', name, KNOWN_VARIABLES.join(', ')) });
    }
  }
});

/** Its problems are worded by field name (`step`) in lib/packs/issues. */
export const StepSchema = z.number().int().min(1).max(5);
export type Step = 1 | 2 | 3 | 4 | 5;
export const STEPS: readonly Step[] = [1, 2, 3, 4, 5];

export const CategorySchema = z.enum(CATEGORIES);
export const ToneSchema = z.enum(['formal', 'warm', 'neutral']);
export const PackLangSchema = z.enum(['vi', 'en']);
const anger = z.number().int().min(0).max(3);

const idSchema = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/);

export const PhraseSchema = z
  .object({
    id: idSchema,
    /** Absent: a reply that is none of the steps (information, a policy text); found by search, in no step list. */
    step: StepSchema.optional(),
    text: phraseText,
    title: text(200).optional(),
    categories: z.array(CategorySchema).max(10).default([]),
    tone: ToneSchema.default('neutral'),
    minAnger: anger.optional(),
    maxAnger: anger.optional(),
    tags: z.array(text(60)).max(30).default([]),
    shortcut: z
      .string()
      .max(40)
      .regex(/^[a-z0-9][a-z0-9-]*$/)
      .optional(),
  })
  .strict()
  .refine((p) => p.minAnger === undefined || p.maxAnger === undefined || p.minAnger <= p.maxAnger, {
    ...own('angerOrder'),
    path: ['minAnger'],
  });
export type Phrase = z.output<typeof PhraseSchema>;
export type PhraseInput = z.input<typeof PhraseSchema>;

export const PlaybookEntrySchema = z
  .object({
    goal: nonEmptyText(1000),
    canOffer: z.array(nonEmptyText(500)).max(30).default([]),
    cannotOffer: z.array(nonEmptyText(500)).max(30).default([]),
    knownFixes: z.array(nonEmptyText(500)).max(30).default([]),
  })
  .strict();
export type PlaybookEntry = z.output<typeof PlaybookEntrySchema>;

export const PlaybookSchema = z.partialRecord(CategorySchema, PlaybookEntrySchema);
export type Playbook = z.output<typeof PlaybookSchema>;

export const PackSchema = z
  .object({
    id: idSchema,
    name: nonEmptyText(120),
    lang: PackLangSchema,
    version: z.string().regex(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/),
    updatedAt: z.iso.datetime({ offset: true }),
    author: text(200).optional(),
    description: text(2000).optional(),
    phrases: z.array(PhraseSchema).max(LIMITS.phrases),
    playbook: PlaybookSchema.optional(),
  })
  .strict()
  .superRefine((pack, ctx) => {
    const seen = new Map<string, number>();
    pack.phrases.forEach((phrase, index) => {
      const first = seen.get(phrase.id);
      if (first !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['phrases', index, 'id'], ...own('duplicateId', phrase.id, first) });
      } else seen.set(phrase.id, index);
    });
  });
export type Pack = z.output<typeof PackSchema>;
export type PackInput = z.input<typeof PackSchema>;
