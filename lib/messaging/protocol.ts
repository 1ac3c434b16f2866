import { z } from 'zod/mini';
import { count, DraftSchema, HonorificSchema, InsertExtrasSchema, InsertOutcomeSchema, str, TicketReadingSchema } from './schemas';

/**
 * Every message of the extension, in one map. `to` says who answers it:
 * - content: the tab's content script (sent with tabs.sendMessage by the side panel or background)
 * - extension: background and side panel (sent with runtime.sendMessage by a content script)
 */
export const protocol = {
  getTicketState: { to: 'content', request: z.object({}), response: TicketReadingSchema },
  insertPhrase: {
    to: 'content',
    request: z.object({ text: str(20_000).check(z.minLength(1)), extras: z.optional(InsertExtrasSchema) }),
    response: InsertOutcomeSchema,
  },
  ticketStateChanged: { to: 'extension', request: TicketReadingSchema, response: z.null() },
  /** The reply draft, for the draft coach. Asking also makes the tab announce later draft changes. */
  getDraft: { to: 'content', request: z.object({}), response: DraftSchema },
  draftChanged: { to: 'extension', request: DraftSchema, response: z.null() },
  /** Replaces draft.slice(start, end), which must still read `expected`, through the editor's own input. */
  replaceInDraft: {
    to: 'content',
    request: z.object({
      start: count(),
      end: count(),
      expected: str(20_000),
      replacement: str(20_000).check(z.minLength(1)),
    }),
    response: InsertOutcomeSchema,
  },
  /** The agent chose how to address this ticket's customer; the tab remembers it for the palette and the panel. */
  setHonorific: { to: 'content', request: z.object({ honorific: HonorificSchema }), response: z.null() },
  /** The browser's palette shortcut (a manifest command) was pressed in this tab: open or close the search palette. */
  togglePalette: { to: 'content', request: z.object({}), response: z.object({ open: z.boolean() }) },
} as const;

export type Protocol = typeof protocol;
export type MessageType = keyof Protocol;
export type RequestOf<T extends MessageType> = z.infer<Protocol[T]['request']>;
export type ResponseOf<T extends MessageType> = z.infer<Protocol[T]['response']>;

/** The wire format: a tagged envelope so foreign messages are recognised and ignored. */
export interface Envelope<T extends MessageType = MessageType> {
  calmreply: 1;
  type: T;
  payload: RequestOf<T>;
}

export function envelope<T extends MessageType>(type: T, payload: RequestOf<T>): Envelope<T> {
  return { calmreply: 1, type, payload };
}

export type Parsed =
  | { ok: true; message: { [T in MessageType]: { type: T; payload: RequestOf<T> } }[MessageType] }
  | { ok: false; error: string; foreign: boolean };

/** Checks an incoming message against the protocol. Foreign messages (not ours) are marked as such. */
export function parseMessage(raw: unknown): Parsed {
  if (typeof raw !== 'object' || raw === null || (raw as { calmreply?: unknown }).calmreply !== 1) {
    return { ok: false, error: 'not a CalmReply message', foreign: true };
  }
  const { type, payload } = raw as { type?: unknown; payload?: unknown };
  if (typeof type !== 'string' || !Object.hasOwn(protocol, type)) {
    return { ok: false, error: `unknown message type ${String(type)}`, foreign: false };
  }
  const result = protocol[type as MessageType].request.safeParse(payload);
  if (!result.success) return { ok: false, error: z.prettifyError(result.error), foreign: false };
  return { ok: true, message: { type, payload: result.data } as never };
}

export function parseResponse<T extends MessageType>(type: T, raw: unknown): ResponseOf<T> {
  return protocol[type].response.parse(raw) as ResponseOf<T>;
}
