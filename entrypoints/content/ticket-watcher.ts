import type { ContentScriptContext } from '#imports';
import type { TicketReading } from '../../lib/messaging';
import { fitSnapshot } from '../../lib/messaging/fit';
import { pickAdapter, type SiteAdapter } from '../../lib/sites';
import { createTimers } from './timers';

/**
 * Conversation changes come in bursts (rendering, typing indicators); read once they settle. Short enough
 * that the badge follows a new ticket within 100 ms of its DOM settling (measured by `npm run bench:page`).
 */
const SETTLE_MS = 50;
/**
 * On a page that never stops changing (live chat, agents' collision notices), read at most once a second,
 * and at least every 3 s even if the changes never pause. A new route is read at once regardless.
 */
const MIN_INTERVAL_MS = 1000;
const MAX_WAIT_MS = 3000;

// The page keeps its helpdesk while the URL stays: re-checking every adapter's DOM signature on each
// conversation change would be wasted work on a busy page.
let adapterCache: { url: string; adapter: SiteAdapter | null } | null = null;
/** After the user changes which adapter reads a site. */
export function forgetAdapter(): void {
  adapterCache = null;
}

function adapterFor(url: string): SiteAdapter | null {
  if (adapterCache?.url !== url || !adapterCache.adapter) adapterCache = { url, adapter: pickAdapter(url, document) };
  return adapterCache.adapter;
}

/**
 * Reads the ticket as the page shows it. The detector does not run here: the background (badge), the side
 * panel and the palette assess the reading, so a busy helpdesk page never pays for it.
 */
export function readState(): { state: TicketReading; adapter: SiteAdapter | null } {
  try {
    const adapter = adapterFor(location.href);
    const snapshot = adapter?.readTicket(document) ?? null;
    if (!adapter || !snapshot) {
      // The page may still be loading (no signature yet, or only the generic adapter fits): choose again.
      forgetAdapter();
      return { state: { kind: 'none', reason: 'no-ticket' }, adapter };
    }
    // Only the customer messages the detector reads leave the page: the adapter stopped reading the
    // conversation once it had them (readLatest in lib/sites/dom-text.ts); the agents' items in between stay.
    // Every field is cut to what a reading may carry, and marked: an oversized one never loses the ticket.
    const read = fitSnapshot({ ...snapshot, messages: snapshot.messages.filter((m) => m.author === 'customer') });
    return { adapter, state: { kind: 'ticket', snapshot: read, hasEditor: adapter.findReplyEditor(document) !== null } };
  } catch (error) {
    return { state: { kind: 'none', reason: 'error', detail: String(error).slice(0, 500) }, adapter: null };
  }
}

/**
 * Whether two readings show the agent the same thing. Field by field rather than comparing JSON: on a busy
 * page this runs once a second, and serialising the whole thread each time is garbage for the page's GC.
 */
export function sameReading(a: TicketReading, b: TicketReading): boolean {
  if (a.kind === 'none' || b.kind === 'none') {
    return a.kind === 'none' && b.kind === 'none' && a.reason === b.reason && a.detail === b.detail;
  }
  const [x, y] = [a.snapshot, b.snapshot];
  if (a.hasEditor !== b.hasEditor || a.honorific !== b.honorific) return false;
  if (x.site !== y.site || x.ticketId !== y.ticketId || x.subject !== y.subject || x.url !== y.url) return false;
  if (x.requester.name !== y.requester.name || x.messages.length !== y.messages.length) return false;
  return x.messages.every((m, i) => {
    const n = y.messages[i]!;
    return m.author === n.author && m.text === n.text && m.time === n.time && m.truncated === n.truncated;
  });
}

/** Conversation: new, removed and edited messages. Until it renders: only elements coming and going. */
const CONVERSATION: MutationObserverInit = { childList: true, subtree: true, characterData: true };
const LOADING: MutationObserverInit = { childList: true, subtree: true };

/**
 * Keeps the ticket state current: re-reads on SPA navigation and when the conversation changes.
 * The observer watches only the conversation when there is one (not the whole page), and every
 * callback just notes the time, so a busy helpdesk page pays almost nothing. While the throttle holds the
 * next read back anyway, the observer is switched off: the first change is all the watcher needs to
 * know, and every further one would make the page build mutation records and call into this script for
 * nothing. The read switches it on again.
 */
export function watchTicket(ctx: ContentScriptContext, onChange: (state: TicketReading) => void) {
  let current: TicketReading = { kind: 'none', reason: 'no-ticket' };
  const observer = new MutationObserver(() => schedule());
  let target: { node: Element; options: MutationObserverInit } | null = null;
  let connected = false;
  const connect = () => {
    if (connected || !target) return;
    observer.observe(target.node, target.options);
    connected = true;
  };
  const disconnect = () => {
    observer.disconnect();
    connected = false;
  };
  const timers = createTimers(ctx);

  let lastRead = 0;
  let lastChange = 0;
  let pendingSince: number | undefined;
  const update = () => {
    nextRead.cancel();
    pendingSince = undefined;
    lastRead = Date.now();
    const { state, adapter } = readState();
    const root = adapter?.conversationRoot?.(document) ?? null;
    // Observe the conversation when it exists; until then, the body (the ticket is still loading).
    const node = root ?? document.body;
    if (node !== target?.node) {
      disconnect();
      target = { node, options: root ? CONVERSATION : LOADING };
    }
    // On again in the same task as the reading: no change can fall between the two.
    connect();
    if (!sameReading(state, current)) {
      current = state;
      onChange(state);
    }
  };
  // Once changes settle, throttled, but never later than MAX_WAIT_MS after the first unread change. While
  // the observer is off, at the throttle's time: whether the changes settled can't be seen then, and a
  // read in the middle of a burst is followed by another a second later.
  const nextRead = timers.whenDue(
    () =>
      connected
        ? Math.min(pendingSince! + MAX_WAIT_MS, Math.max(lastChange + SETTLE_MS, lastRead + MIN_INTERVAL_MS))
        : lastRead + MIN_INTERVAL_MS,
    update,
  );
  // Called for every burst of mutations: it only notes the time, and switches the observer off when the
  // throttle alone decides when the next read comes.
  const schedule = () => {
    lastChange = Date.now();
    pendingSince ??= lastChange;
    if (lastChange + SETTLE_MS < lastRead + MIN_INTERVAL_MS) disconnect();
    nextRead.poke();
  };

  // A new route is a new ticket: read as soon as it settles, whatever the throttle says.
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    nextRead.cancel();
    lastRead = 0;
    connect();
    schedule();
  });
  ctx.onInvalidated(disconnect);
  update();
  return {
    get: () => current,
    refresh: update,
  };
}
