import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchTicket } from '../../entrypoints/content/ticket-watcher';

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

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
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
});
