import type { ContentScriptContext } from '#imports';

export type KeyHandler = (event: KeyboardEvent) => void;

/**
 * One keydown listener on the page's window for everything the content script does per key: the palette
 * shortcut and the draft coach once a panel asks. Every listener of an
 * extension's content script is a call into its own JavaScript world on each key the agent types, all day;
 * one call instead of one per feature. Capture phase on the window: seen before the helpdesk's own
 * handlers, also inside shadow roots.
 */
export function createKeyHub(
  ctx: Pick<ContentScriptContext, 'addEventListener'>,
  /** Keys a page script makes (isTrusted false) must not open the palette or steer anything: only the agent's. */
  accept: (event: KeyboardEvent) => boolean = (event) => event.isTrusted,
) {
  const handlers = new Set<KeyHandler>();
  ctx.addEventListener(
    window,
    'keydown',
    (event: KeyboardEvent) => {
      if (!accept(event)) return;
      for (const handler of handlers) handler(event);
    },
    { capture: true },
  );
  return {
    /** Calls `handler` on every keydown in the page (not in its iframes); returns the way to stop. */
    on(handler: KeyHandler): () => void {
      handlers.add(handler);
      return () => handlers.delete(handler);
    },
  };
}

export type KeyHub = ReturnType<typeof createKeyHub>;
