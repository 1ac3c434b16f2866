// zod/mini, not classic zod: these schemas run in the content script on every helpdesk page, where the
// classic build alone would cost about 90 KB; mini tree-shakes to the checks actually used.
import { z } from 'zod/mini';
import { MAX_CHARS } from '../detect/thread';
import type { Assessment } from '../detect/types';
import { INSERT_FAILURES } from '../insert/failures';

// Payload schemas: everything crossing a process boundary is parsed on arrival, never trusted.
const str = (max: number) => z.string().check(z.maxLength(max));
const count = () => z.int().check(z.gte(0));

/**
 * The longest each field of a ticket reading may be. The content script cuts to these before it sends
 * (fitSnapshot, lib/messaging/fit.ts) and marks what it cut, so an oversized subject or message never
 * makes the whole reading fail here. A message keeps the detector's window (lib/detect/thread.ts).
 */
export const TICKET_LIMITS = {
  site: 100,
  ticketId: 200,
  subject: 10_000,
  requester: 1_000,
  message: MAX_CHARS,
  time: 200,
  url: 10_000,
  messages: 5_000,
} as const;
const L = TICKET_LIMITS;

export const TicketSnapshotSchema = z.object({
  site: str(L.site),
  ticketId: str(L.ticketId),
  subject: str(L.subject),
  requester: z.object({ name: str(L.requester) }),
  messages: z
    .array(
      z.object({
        author: z.enum(['customer', 'agent']),
        text: str(L.message),
        time: z.optional(str(L.time)),
        /** The text is the start of a longer message. */
        truncated: z.optional(z.boolean()),
      }),
    )
    .check(z.maxLength(L.messages)),
  url: str(L.url),
  /** Some field was cut to its limit. */
  truncated: z.optional(z.boolean()),
  /** The page's language (`<html lang>`), for when the customer wrote too little to tell theirs. */
  lang: z.optional(str(35)),
});

export const HonorificSchema = z.enum(['quý khách', 'anh', 'chị']);

export const FillInValuesSchema = z.record(str(300), str(1000)).check(z.refine((r) => Object.keys(r).length <= 200));
export type FillInValues = z.infer<typeof FillInValuesSchema>;

/** What a phrase carries besides its text: where the caret goes, and the fill-in values to remember. */
export const InsertExtrasSchema = z.object({
  caretBack: z.optional(count()),
  fillIns: z.optional(FillInValuesSchema),
  /** Pack id/phrase id, so the use is counted for ranking (lib/usage/frecency). */
  phraseKey: z.optional(str(300)),
});
export type InsertExtras = z.infer<typeof InsertExtrasSchema>;

/**
 * What the content script reads from its tab: the ticket as the page shows it. It does not assess it:
 * the detector runs where its cost doesn't fall on the helpdesk page (background for the badge, side panel,
 * palette), each through `assessTicket` (lib/detect/ticket.ts), which makes a TicketState of it.
 */
export const TicketReadingSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('ticket'),
    snapshot: TicketSnapshotSchema,
    hasEditor: z.boolean(),
    /** How the agent chose to address this customer in Vietnamese (side panel), shared with the palette. */
    honorific: z.optional(HonorificSchema),
    /** What the agent filled into phrases' fill-ins on this ticket (lib/packs/fill-ins), offered again next time. */
    fillIns: z.optional(FillInValuesSchema),
  }),
  z.object({ kind: z.literal('none'), reason: z.enum(['no-ticket', 'error']), detail: z.optional(str(2000)) }),
]);
export type TicketReading = z.infer<typeof TicketReadingSchema>;

/** A reading with the detector's verdict; `assessment` is null when the ticket has no customer message. */
export type TicketState =
  | Extract<TicketReading, { kind: 'none' }>
  | (Extract<TicketReading, { kind: 'ticket' }> & { assessment: Assessment | null });

export const InsertOutcomeSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('inserted'), strategy: str(100) }),
  z.object({ status: z.literal('no-editor') }),
  // `why` is optional: a content script from before an update may still answer without it.
  z.object({ status: z.literal('failed'), why: z.optional(z.enum(INSERT_FAILURES)), reason: str(2000), detail: z.optional(str(2000)) }),
]);
export type InsertOutcome = z.infer<typeof InsertOutcomeSchema>;

/** The reply editor's text; `hasEditor` is false when the page has no reply box. */
export const DraftSchema = z.object({ text: str(200_000), hasEditor: z.boolean() });
export type Draft = z.infer<typeof DraftSchema>;

export { count, str };
