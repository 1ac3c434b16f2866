import { describe, expect, it } from 'vitest';
import { angryFollowUp, nextStep } from '../../components/next-step';

describe('the step the panel opens', () => {
  it('is planning on a first reply before the agent writes, then the first step the draft lacks', () => {
    expect(nextStep({ covered: [], drafting: false, restart: false })).toBe(1);
    expect(nextStep({ covered: [], drafting: true, restart: false })).toBe(2);
    expect(nextStep({ covered: [2], drafting: true, restart: false })).toBe(3);
    expect(nextStep({ covered: [2, 4], drafting: true, restart: false })).toBe(3);
    expect(nextStep({ covered: [2, 3, 4], drafting: true, restart: false })).toBe(5);
    expect(nextStep({ covered: [2, 3, 4, 5], drafting: true, restart: false })).toBe(null);
  });

  it('starts again at step 2 after a new angry customer message', () => {
    expect(nextStep({ covered: [], drafting: false, restart: true })).toBe(2);
    const thread = [{ author: 'customer' as const }, { author: 'agent' as const }, { author: 'customer' as const }];
    expect(angryFollowUp(thread, 2)).toBe(true);
    expect(angryFollowUp(thread, 0)).toBe(false);
    expect(angryFollowUp([{ author: 'customer' }], 3)).toBe(false);
    expect(angryFollowUp([{ author: 'customer' }, { author: 'agent' }], 3)).toBe(false);
    expect(angryFollowUp([{ author: 'customer' }, { author: 'customer' }], 1)).toBe(true);
  });
});
