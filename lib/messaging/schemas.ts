// zod/mini, not classic zod: these schemas run in the content script on every helpdesk page, where the
// classic build alone would cost about 90 KB; mini tree-shakes to the checks actually used.
import { z } from 'zod/mini';
import { CATEGORIES } from '../detect/types';

// Payload schemas: everything crossing a process boundary is parsed on arrival, never trusted.
const str = (max: number) => z.string().check(z.maxLength(max));
const count = () => z.int().check(z.gte(0));
const text = str(2_000_000);

export const TicketSnapshotSchema = z.object({
  site: str(100),
  ticketId: str(200),
  subject: str(10_000),
  requester: z.object({ name: str(1000) }),
  messages: z
    .array(z.object({ author: z.enum(['customer', 'agent']), text, time: z.optional(str(200)) }))
    .check(z.maxLength(5000)),
  url: str(10_000),
});

const EvidenceSchema = z.object({ start: count(), end: count(), cue: str(500), weight: z.number() });

export const AssessmentSchema = z.object({
  lang: z.enum(['vi', 'en', 'other']),
  complaint: z.boolean(),
  score: z.number().check(z.gte(0), z.lte(1)),
  anger: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]),
  categories: z.array(z.object({ category: z.enum(CATEGORIES), evidence: z.array(EvidenceSchema) })),
  evidence: z.array(EvidenceSchema),
  text,
  trend: z.optional(z.enum(['calmer', 'same', 'angrier'])),
  truncated: z.optional(z.boolean()),
});

export const HonorificSchema = z.enum(['quý khách', 'anh', 'chị']);

export const TicketStateSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('ticket'),
    snapshot: TicketSnapshotSchema,
    /** Null when the ticket has no customer message to assess. */
    assessment: z.nullable(AssessmentSchema),
    hasEditor: z.boolean(),
    /** How the agent chose to address this customer in Vietnamese (side panel), shared with the palette. */
    honorific: z.optional(HonorificSchema),
  }),
  z.object({ kind: z.literal('none'), reason: z.enum(['no-ticket', 'error']), detail: z.optional(str(2000)) }),
]);
export type TicketState = z.infer<typeof TicketStateSchema>;

export const InsertOutcomeSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('inserted'), strategy: str(100) }),
  z.object({ status: z.literal('no-editor') }),
  z.object({ status: z.literal('failed'), reason: str(2000) }),
]);
export type InsertOutcome = z.infer<typeof InsertOutcomeSchema>;

/** The reply editor's text; `hasEditor` is false when the page has no reply box. */
export const DraftSchema = z.object({ text: str(200_000), hasEditor: z.boolean() });
export type Draft = z.infer<typeof DraftSchema>;

export { count, str };
