import type { TicketState } from '../../lib/messaging';

const COLORS = ['#5b8c5a', '#c99a2e', '#d9622b', '#c0392b'] as const;

/** What the toolbar badge shows for a tab: the anger level of its ticket, nothing when calm or no ticket. */
export function badgeFor(state: TicketState): { text: string; color: string; level: number | null } {
  if (state.kind !== 'ticket' || !state.assessment) return { text: '', color: COLORS[0], level: null };
  const { anger, complaint } = state.assessment;
  if (anger === 0 && !complaint) return { text: '', color: COLORS[0], level: 0 };
  return { text: String(anger), color: COLORS[anger] ?? COLORS[3], level: anger };
}
