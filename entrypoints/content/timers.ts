import type { ContentScriptContext } from '#imports';

/** How often a firing timer asks whether the extension is still there. */
const VALIDITY_CHECK_MS = 1000;

/**
 * Timeouts that end with the content script, like WXT's `ctx.setTimeout`, but without its leak: that one
 * registers an abort listener per call and never removes it, so a busy helpdesk page (a timer per
 * conversation change and per typing pause) piled up thousands of dead closures an hour. Here one
 * listener clears whatever is still pending.
 */
export function createTimers(ctx: Pick<ContentScriptContext, 'onInvalidated' | 'isValid'>) {
  const pending = new Set<number>();
  let invalidated = false;
  ctx.onInvalidated(() => {
    invalidated = true;
    for (const id of pending) clearTimeout(id);
    pending.clear();
  });
  // WXT's isValid asks the browser whether the extension is still installed (runtime.id), a call out of
  // the page's thread into the extension bindings on every timer: ask at most once a second. Being told
  // (a newer copy of this script starting, an earlier check) stops everything at once regardless.
  let checkedAt = -Infinity;
  const valid = (): boolean => {
    if (invalidated) return false;
    const now = Date.now();
    if (now - checkedAt < VALIDITY_CHECK_MS) return true;
    checkedAt = now;
    return ctx.isValid;
  };
  const set = (handler: () => void, ms: number): number => {
    const id = window.setTimeout(() => {
      pending.delete(id);
      if (valid()) handler();
    }, ms);
    pending.add(id);
    return id;
  };
  const clear = (id: number | undefined): void => {
    if (id === undefined) return;
    clearTimeout(id);
    pending.delete(id);
  };
  return {
    set,
    clear,
    /**
     * Runs `run` once the time `dueAt()` gives has come, however often `poke()` says something changed
     * meanwhile. A poke only starts a timer when none is pending; the timer asks `dueAt()` again when it
     * fires and waits the rest. On a busy page (every mutation, every key) that is one timer per run
     * instead of a clearTimeout and a setTimeout per event.
     */
    whenDue(dueAt: () => number, run: () => void) {
      let timer: number | undefined;
      const fire = () => {
        timer = undefined;
        const wait = dueAt() - Date.now();
        if (wait > 0) timer = set(fire, wait);
        else run();
      };
      return {
        poke(): void {
          timer ??= set(fire, Math.max(0, dueAt() - Date.now()));
        },
        cancel(): void {
          clear(timer);
          timer = undefined;
        },
        get pending(): boolean {
          return timer !== undefined;
        },
      };
    },
    /** Timeouts still to run (for tests). */
    get size() {
      return pending.size;
    },
  };
}
