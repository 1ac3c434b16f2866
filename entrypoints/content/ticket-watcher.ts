import type { ContentScriptContext } from '#imports';
import { assess } from '../../lib/detect';
import type { TicketState } from '../../lib/messaging';
import { pickAdapter, type SiteAdapter } from '../../lib/sites';

/**
 * Conversation changes come in bursts (rendering, typing indicators); read once they settle. Short enough
 * that the badge follows a new ticket within 100 ms of its DOM settling (measured by `npm run bench:page`).
 */
const SETTLE_MS = 50;

export function readState(): { state: TicketState; adapter: SiteAdapter | null } {
  try {
    const adapter = pickAdapter(location.href, document);
    const snapshot = adapter?.readTicket(document) ?? null;
    if (!adapter || !snapshot) return { state: { kind: 'none', reason: 'no-ticket' }, adapter };
    const hasCustomerMessage = snapshot.messages.some((m) => m.author === 'customer' && m.text.trim());
    return {
      adapter,
      state: {
        kind: 'ticket',
        snapshot,
        assessment: hasCustomerMessage ? assess(snapshot) : null,
        hasEditor: adapter.findReplyEditor(document) !== null,
      },
    };
  } catch (error) {
    return { state: { kind: 'none', reason: 'error', detail: String(error).slice(0, 500) }, adapter: null };
  }
}

/**
 * Keeps the ticket state current: re-reads on SPA navigation and when the conversation changes.
 * The observer watches only the conversation when there is one (not the whole page), and every
 * callback just schedules one debounced read, so a busy helpdesk page pays almost nothing.
 */
export function watchTicket(ctx: ContentScriptContext, onChange: (state: TicketState) => void) {
  let current: TicketState = { kind: 'none', reason: 'no-ticket' };
  let currentKey = '';
  let observed: Element | null = null;
  let timer: number | undefined;
  const observer = new MutationObserver(() => schedule());

  const update = () => {
    timer = undefined;
    const { state, adapter } = readState();
    const root = adapter?.conversationRoot?.(document) ?? null;
    // Observe the conversation when it exists; until then, the body (the ticket is still loading).
    const target = root ?? document.body;
    if (target !== observed) {
      observer.disconnect();
      observer.observe(target, root ? { childList: true, subtree: true, characterData: true } : { childList: true, subtree: true });
      observed = target;
    }
    const key = JSON.stringify(state);
    if (key !== currentKey) {
      current = state;
      currentKey = key;
      onChange(state);
    }
  };
  const schedule = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = ctx.setTimeout(update, SETTLE_MS);
  };

  ctx.addEventListener(window, 'wxt:locationchange', schedule);
  ctx.onInvalidated(() => observer.disconnect());
  update();
  return {
    get: () => current,
    refresh: update,
  };
}
