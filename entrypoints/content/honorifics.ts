import type { RequestOf, TicketReading } from '../../lib/messaging';

type Honorific = RequestOf<'setHonorific'>['honorific'];
type Ticket = Extract<TicketReading, { kind: 'ticket' }>;

/** Enough for a long day of tickets in one tab; the oldest choice is forgotten first. */
const MAX_TICKETS = 500;

/**
 * How the agent chose to address each ticket's customer (anh / chị / quý khách), per ticket, for as long as
 * the tab lives. The side panel sets it; the panel and the palette both read it from the ticket state, so a
 * phrase says "anh" in both once the agent picked "anh".
 */
export function rememberHonorifics() {
  const chosen = new Map<string, Honorific>();
  const keyOf = (ticket: Ticket) => `${ticket.snapshot.site}\u0000${ticket.snapshot.ticketId || ticket.snapshot.url}`;
  return {
    /** The state with this ticket's chosen form of address, if the agent chose one. */
    withChoice(state: TicketReading): TicketReading {
      if (state.kind !== 'ticket') return state;
      const honorific = chosen.get(keyOf(state));
      return honorific ? { ...state, honorific } : state;
    },
    /** Remembers the choice for the ticket in `state`; false when there is no ticket to remember it for. */
    choose(state: TicketReading, honorific: Honorific): boolean {
      if (state.kind !== 'ticket') return false;
      const key = keyOf(state);
      chosen.delete(key); // re-inserted last: the map's order is the order of use
      chosen.set(key, honorific);
      if (chosen.size > MAX_TICKETS) chosen.delete(chosen.keys().next().value!);
      return true;
    },
  };
}
