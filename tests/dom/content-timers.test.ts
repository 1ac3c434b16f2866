import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTimers } from '../../entrypoints/content/timers';

/** The part of WXT's content-script context the timers use, with a count of invalidation listeners. */
function fakeContext() {
  const controller = new AbortController();
  const ctx = {
    listeners: 0,
    validityChecks: 0,
    /** The extension was removed or updated: WXT finds out only when it asks (and then invalidates). */
    removed: false,
    get isValid() {
      ctx.validityChecks++;
      if (ctx.removed && !controller.signal.aborted) controller.abort();
      return !controller.signal.aborted;
    },
    onInvalidated(cb: () => void) {
      ctx.listeners++;
      controller.signal.addEventListener('abort', cb);
      return () => controller.signal.removeEventListener('abort', cb);
    },
    invalidate: () => controller.abort(),
  };
  return ctx;
}

afterEach(() => vi.useRealTimers());

describe('content-script timers', () => {
  it('a busy page scheduling thousands of reads leaves nothing behind', () => {
    vi.useFakeTimers();
    const ctx = fakeContext();
    const timers = createTimers(ctx);
    let runs = 0;
    let timer: number | undefined;
    for (let i = 0; i < 5000; i++) {
      timers.clear(timer);
      timer = timers.set(() => runs++, 50);
      if (i % 100 === 99) vi.advanceTimersByTime(60);
    }
    vi.advanceTimersByTime(60);
    expect(runs).toBe(50);
    // One invalidation listener however many timeouts ran (WXT's ctx.setTimeout adds one per call).
    expect(ctx.listeners).toBe(1);
    expect(timers.size).toBe(0);
  });

  it('pending timeouts never run once the content script is invalidated', () => {
    vi.useFakeTimers();
    const ctx = fakeContext();
    const timers = createTimers(ctx);
    let runs = 0;
    timers.set(() => runs++, 100);
    timers.set(() => runs++, 200);
    ctx.invalidate();
    vi.advanceTimersByTime(500);
    expect(runs).toBe(0);
    expect(timers.size).toBe(0);
  });

  it('whenDue runs once the agent pauses, with one timer however many events poke it', () => {
    vi.useFakeTimers();
    const timers = createTimers(fakeContext());
    let last = 0;
    let runs = 0;
    const save = timers.whenDue(() => last + 300, () => runs++);
    const setTimeoutSpy = vi.spyOn(window, 'setTimeout');
    // 100 keys, 50 ms apart: no pause yet.
    for (let i = 0; i < 100; i++) {
      last = Date.now();
      save.poke();
      expect(timers.size).toBe(1);
      vi.advanceTimersByTime(50);
    }
    expect(runs).toBe(0);
    expect(setTimeoutSpy.mock.calls.length).toBeLessThanOrEqual(20);
    vi.advanceTimersByTime(300);
    expect(runs).toBe(1);
    expect(save.pending).toBe(false);

    last = Date.now();
    save.poke();
    save.cancel();
    vi.advanceTimersByTime(1000);
    expect(runs).toBe(1);
    expect(timers.size).toBe(0);
  });

  it('asks whether the extension is still there at most once a second, and stops once it is gone', () => {
    vi.useFakeTimers();
    const ctx = fakeContext();
    const timers = createTimers(ctx);
    let runs = 0;
    // A busy page: a timer every 50 ms for 3 s.
    for (let i = 0; i < 60; i++) {
      timers.set(() => runs++, 0);
      vi.advanceTimersByTime(50);
    }
    expect(runs).toBe(60);
    expect(ctx.validityChecks).toBeLessThanOrEqual(4);
    // The extension is updated: within a second of timers firing, nothing runs any more.
    ctx.removed = true;
    for (let i = 0; i < 40; i++) {
      timers.set(() => runs++, 0);
      vi.advanceTimersByTime(50);
    }
    expect(runs).toBeLessThanOrEqual(60 + 20);
    const stoppedAt = runs;
    timers.set(() => runs++, 0);
    vi.advanceTimersByTime(2000);
    expect(runs).toBe(stoppedAt);
  });
});
