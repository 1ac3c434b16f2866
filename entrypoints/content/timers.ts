import type { ContentScriptContext } from '#imports';

/**
 * Timeouts that end with the content script, like WXT's `ctx.setTimeout`, but without its leak: that one
 * registers an abort listener per call and never removes it, so a busy helpdesk page (a timer per
 * conversation change and per typing pause) piled up thousands of dead closures an hour. Here one
 * listener clears whatever is still pending.
 */
export function createTimers(ctx: Pick<ContentScriptContext, 'onInvalidated' | 'isValid'>) {
  const pending = new Set<number>();
  ctx.onInvalidated(() => {
    for (const id of pending) clearTimeout(id);
    pending.clear();
  });
  return {
    set(handler: () => void, ms: number): number {
      const id = window.setTimeout(() => {
        pending.delete(id);
        if (ctx.isValid) handler();
      }, ms);
      pending.add(id);
      return id;
    },
    clear(id: number | undefined): void {
      if (id === undefined) return;
      clearTimeout(id);
      pending.delete(id);
    },
    /** Timeouts still to run (for tests). */
    get size() {
      return pending.size;
    },
  };
}
