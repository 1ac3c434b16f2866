import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchTicket } from '../../entrypoints/content/ticket-watcher';
import type { TicketReading } from '../../lib/messaging';

/** The part of WXT's content-script context the watcher uses. */
function fakeContext() {
  const controller = new AbortController();
  return {
    get isValid() {
      return !controller.signal.aborted;
    },
    onInvalidated(cb: () => void) {
      controller.signal.addEventListener('abort', cb);
      return () => controller.signal.removeEventListener('abort', cb);
    },
    addEventListener(target: EventTarget, type: string, handler: EventListener) {
      target.addEventListener(type, handler, { signal: controller.signal });
    },
    stop: () => controller.abort(),
  };
}

/** Counts how often the page calls into the watcher's observer callback. */
function countObserverCalls() {
  const calls = { n: 0 };
  const Native = globalThis.MutationObserver;
  vi.stubGlobal(
    'MutationObserver',
    class extends Native {
      constructor(callback: MutationCallback) {
        super((records, observer) => {
          calls.n++;
          callback(records, observer);
        });
      }
    },
  );
  return calls;
}

/** A Zendesk Agent Workspace ticket, as the adapter's own fixture has it. */
function openTicket() {
  document.body.innerHTML = readFileSync('tests/fixtures/zendesk/snapshot-workspace.html', 'utf8');
  window.history.replaceState(null, '', '/agent/tickets/981');
}

function addCustomerMessage(text: string) {
  const item = document.createElement('article');
  item.dataset.testId = 'omni-log-comment-item';
  const sender = document.createElement('span');
  sender.dataset.testId = 'omni-log-item-sender';
  sender.textContent = 'Priya Natarajan';
  const content = document.createElement('div');
  content.dataset.testId = 'omni-log-message-content';
  content.textContent = text;
  item.append(sender, content);
  document.querySelector('[data-test-id="omni-log-container"]')!.append(item);
}

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

describe('the ticket watcher on a page that never stops changing', () => {
  it('reads about once a second, with one pending timer rather than one per change', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const ctx = fakeContext();
    const watcher = watchTicket(ctx as never, () => {});
    // Every read asks the helpdesk adapters whether they recognise the page: count what one read asks.
    const asks = vi.spyOn(document, 'querySelector');
    watcher.refresh();
    const perRead = asks.mock.calls.length;
    expect(perRead).toBeGreaterThan(0);
    asks.mockClear();
    const timeouts = vi.spyOn(globalThis, 'setTimeout');
    // 3 s of a live conversation: a burst of 5 changes every 200 ms (rendering, typing indicators), then quiet.
    for (let i = 0; i < 15; i++) {
      for (let k = 0; k < 5; k++) {
        document.body.append(document.createElement('p'));
        await vi.advanceTimersByTimeAsync(2); // the observer's callback, then time passes
      }
      await vi.advanceTimersByTimeAsync(190);
    }
    await vi.advanceTimersByTimeAsync(2000);
    const reads = asks.mock.calls.length / perRead;
    // About one read a second while it changes, and one once it stops: never one per change (75).
    expect(reads).toBeGreaterThanOrEqual(3);
    expect(reads).toBeLessThanOrEqual(4);
    // One timer per read (and a re-check now and then), not one per change.
    expect(timeouts.mock.calls.length).toBeLessThanOrEqual(2 * reads + 2);
    ctx.stop();
  });

  it('stops listening while the throttle holds the next read back: a few calls into the script, not one per change', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const calls = countObserverCalls();
    openTicket();
    const ctx = fakeContext();
    watchTicket(ctx as never, () => {});
    for (let i = 0; i < 15; i++) {
      for (let k = 0; k < 5; k++) {
        addCustomerMessage(`change ${i}.${k}`);
        await vi.advanceTimersByTimeAsync(2);
      }
      await vi.advanceTimersByTimeAsync(190);
    }
    await vi.advanceTimersByTimeAsync(2000);
    // 75 changes in 3 s: about one call to notice a change and one or two while it waits for them to settle,
    // per read; on every change before.
    expect(calls.n).toBeLessThanOrEqual(12);
    ctx.stop();
  });

  it('still reads a change made while it was not listening, and changes after the read', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    openTicket();
    const ctx = fakeContext();
    const seen: string[] = [];
    const lastText = (state: TicketReading) => (state.kind === 'ticket' ? state.snapshot.messages.at(-1)?.text : undefined);
    const watcher = watchTicket(ctx as never, (state) => seen.push(lastText(state) ?? ''));
    const lastCustomerText = () => lastText(watcher.get());
    expect(lastCustomerText()).toBe('Nobody has replied. This is unacceptable.');
    addCustomerMessage('First follow-up.');
    // Read a second after the first read (the throttle)... and right after it, a change the throttle holds back.
    await vi.advanceTimersByTimeAsync(1100);
    expect(lastCustomerText()).toBe('First follow-up.');
    addCustomerMessage('Second follow-up.');
    await vi.advanceTimersByTimeAsync(10);
    // Made while the observer is off: nothing else changes after it, and it must still be read.
    addCustomerMessage('Third follow-up, while nobody listens.');
    await vi.advanceTimersByTimeAsync(1500);
    expect(lastCustomerText()).toBe('Third follow-up, while nobody listens.');
    // And the watcher listens again after that read.
    addCustomerMessage('Fourth follow-up.');
    await vi.advanceTimersByTimeAsync(1500);
    expect(lastCustomerText()).toBe('Fourth follow-up.');
    expect(seen).toEqual(['Nobody has replied. This is unacceptable.', 'First follow-up.', 'Third follow-up, while nobody listens.', 'Fourth follow-up.']);
    ctx.stop();
  });
});
