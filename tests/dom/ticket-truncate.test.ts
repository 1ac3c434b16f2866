import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { readState } from '../../entrypoints/content/ticket-watcher';
import { assessTicket } from '../../lib/detect/ticket';
import { MAX_CHARS } from '../../lib/detect/thread';
import { TicketReadingSchema } from '../../lib/messaging';

/** The Zendesk fixture with its subject, requester and latest customer message replaced. */
function openTicket(subject: string, requester: string, latest: string) {
  document.body.innerHTML = readFileSync('tests/fixtures/zendesk/snapshot-workspace.html', 'utf8');
  window.history.replaceState(null, '', '/agent/tickets/981');
  document.querySelector('[data-test-id="omni-header-subject"]')!.textContent = subject;
  document.querySelector('[data-test-id="ticket-system-field-requester-menu"]')!.textContent = requester;
  const items = document.querySelectorAll('article[data-test-id="omni-log-comment-item"]');
  // The requester's name changed, so the customer's items say who wrote them by role instead.
  [0, 2, 3].forEach((i) => items[i]!.setAttribute('data-author-role', 'end-user'));
  items[1]!.setAttribute('data-author-role', 'agent');
  items[2]!.querySelector('[data-test-id="omni-log-message-content"]')!.textContent = latest;
}

afterEach(() => document.body.replaceChildren());

describe('a ticket with oversized fields is cut, marked and still read', () => {
  it('keeps the start of each field and says it was cut', () => {
    const subject = 'Refund ' + 's'.repeat(12_000);
    const requester = 'Priya ' + 'n'.repeat(1_500);
    const latest = 'This is unacceptable. ' + 'x '.repeat(1_200_000);
    openTicket(subject, requester, latest);
    const { state } = readState();
    expect(TicketReadingSchema.safeParse(state).success).toBe(true);
    if (state.kind !== 'ticket') throw new Error(`no ticket: ${JSON.stringify(state).slice(0, 200)}`);
    const { snapshot } = state;
    expect(snapshot.subject).toBe(subject.slice(0, 10_000));
    expect(snapshot.requester.name).toBe(requester.slice(0, 1_000));
    const last = snapshot.messages.at(-1)!;
    expect(last.text).toBe(latest.slice(0, MAX_CHARS));
    expect(last.truncated).toBe(true);
    expect(snapshot.truncated).toBe(true);
    const assessment = assessTicket(state);
    expect(assessment.kind === 'ticket' && assessment.assessment?.truncated).toBe(true);
    expect(assessment.kind === 'ticket' && assessment.assessment?.window).toEqual({ start: 0, end: MAX_CHARS });
  });

  it('any length of subject, requester and message: a reading the schema accepts, never "no ticket"', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30_000 }),
        fc.integer({ min: 1, max: 3_000 }),
        fc.integer({ min: 1, max: 600_000 }),
        (subjectLength, requesterLength, messageLength) => {
          openTicket('S'.repeat(subjectLength), 'R'.repeat(requesterLength), 'M'.repeat(messageLength));
          const { state } = readState();
          expect(state.kind).toBe('ticket');
          expect(TicketReadingSchema.safeParse(state).success).toBe(true);
          if (state.kind !== 'ticket') return;
          expect(state.snapshot.subject).toBe('S'.repeat(Math.min(subjectLength, 10_000)));
          expect(state.snapshot.requester.name).toBe('R'.repeat(Math.min(requesterLength, 1_000)));
          expect(state.snapshot.messages.at(-1)!.text).toBe('M'.repeat(Math.min(messageLength, MAX_CHARS)));
          expect(Boolean(state.snapshot.truncated)).toBe(subjectLength > 10_000 || requesterLength > 1_000 || messageLength > MAX_CHARS);
        },
      ),
      { numRuns: 25 },
    );
  });
});
