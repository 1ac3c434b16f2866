import type { TicketReading } from '../../lib/messaging';
import type { FillInValues } from '../../lib/messaging/schemas';

type Ticket = Extract<TicketReading, { kind: 'ticket' }>;

/** Enough for a long day of tickets in one tab; the least recently used ticket is forgotten first. */
const MAX_TICKETS = 200;

/**
 * What the agent typed or picked in phrases' fill-ins, per ticket, for as long as the tab lives: the order
 * number asked once is offered again by the next phrase that asks for it, in the panel and the palette.
 */
export function rememberFillIns() {
  const byTicket = new Map<string, FillInValues>();
  const keyOf = (ticket: Ticket) => `${ticket.snapshot.site}\u0000${ticket.snapshot.ticketId || ticket.snapshot.url}`;
  return {
    withValues(state: TicketReading): TicketReading {
      if (state.kind !== 'ticket') return state;
      const fillIns = byTicket.get(keyOf(state));
      return fillIns ? { ...state, fillIns } : state;
    },
    remember(state: TicketReading, values: FillInValues | undefined): void {
      if (state.kind !== 'ticket' || !values || Object.keys(values).length === 0) return;
      const key = keyOf(state);
      const merged = { ...byTicket.get(key), ...values };
      byTicket.delete(key);
      byTicket.set(key, merged);
      if (byTicket.size > MAX_TICKETS) byTicket.delete(byTicket.keys().next().value!);
    },
  };
}
