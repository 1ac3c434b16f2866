import type { Step } from '../lib/packs/schema';

export interface NextStepInput {
  /** Steps the draft covers (the coach's `covered`). */
  covered: readonly number[];
  /** Whether the agent has written anything yet. */
  drafting: boolean;
  /** The customer wrote again, angrily, after an agent's reply: the method starts again at step 2. */
  restart: boolean;
}

/**
 * The step the panel opens: the first the draft doesn't cover yet. Planning (step 1) comes first only on a
 * first reply before the agent writes; null when the draft covers every step from there on.
 */
export function nextStep({ covered, drafting, restart }: NextStepInput): Step | null {
  const from = restart || drafting ? 2 : 1;
  for (let step = from; step <= 5; step++) if (!covered.includes(step)) return step as Step;
  return null;
}

/**
 * The customer's latest message is an angry follow-up: they wrote before (the reading keeps the customer's
 * latest messages, oldest first, and agents' replies only where a site gives them).
 */
export function angryFollowUp(messages: readonly { author: 'customer' | 'agent' }[], anger: number): boolean {
  const authors = messages.map((m) => m.author);
  const lastCustomer = authors.lastIndexOf('customer');
  return anger >= 1 && lastCustomer > 0;
}
