import { browser } from '#imports';
import { assessTicket } from '../../lib/detect/ticket';
import { createRequester, parseMessage, type RequestOf } from '../../lib/messaging';
import type { PanelClient } from '../../lib/store/panel-store';

/**
 * The side panel's window onto the browser. It follows the active tab of its window; opened as a
 * normal page with `?tabId=N` (tests, or a detached panel) it follows that tab instead.
 */
export function createBrowserPanelClient(): PanelClient {
  const pinnedTabId = Number(new URLSearchParams(location.search).get('tabId')) || undefined;

  const activeTabId = async (): Promise<number | undefined> => {
    if (pinnedTabId !== undefined) return pinnedTabId;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id;
  };
  const requestTab = async <T>(fn: (request: ReturnType<typeof createRequester>) => Promise<T>): Promise<T> => {
    const tabId = await activeTabId();
    if (tabId === undefined) throw new Error('no active tab');
    return fn(createRequester((message) => browser.tabs.sendMessage(tabId, message)));
  };

  /** Listens for a content-script announcement, from the followed tab only. */
  const onTabMessage = <T extends 'ticketStateChanged' | 'draftChanged'>(type: T, listener: (payload: RequestOf<T>) => void) => {
    const onMessage = (raw: unknown, sender: { tab?: { id?: number } }) => {
      const parsed = parseMessage(raw);
      if (!parsed.ok || parsed.message.type !== type) return;
      const payload = parsed.message.payload as RequestOf<T>;
      void activeTabId().then((tabId) => {
        if (sender.tab?.id === tabId) listener(payload);
      });
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  };

  return {
    async getTicketState() {
      // No content script in the tab (not a helpdesk page): sendMessage rejects, which means "no ticket".
      const reading = await requestTab((request) => request('getTicketState', {})).catch(() => null);
      // The tab sends what it read; the panel assesses it (the same thread gives the badge's assessment).
      return reading && assessTicket(reading);
    },
    insertPhrase: (text, extras) => requestTab((request) => request('insertPhrase', extras ? { text, extras } : { text })),
    getDraft: () => requestTab((request) => request('getDraft', {})).catch(() => null),
    replaceInDraft: (edit) => requestTab((request) => request('replaceInDraft', edit)),
    subscribeDraft: (listener) => onTabMessage('draftChanged', listener),
    setHonorific: (honorific) => requestTab((request) => request('setHonorific', { honorific })).then(() => {}),
    async copyToClipboard(text) {
      try {
        await navigator.clipboard.writeText(text);
        return true;
      } catch {
        // The async clipboard needs document focus; the legacy copy command works from a click anyway.
        const area = document.createElement('textarea');
        area.value = text;
        document.body.append(area);
        area.select();
        const ok = document.execCommand('copy');
        area.remove();
        return ok;
      }
    },
    subscribe(listener) {
      const refetch = () => void this.getTicketState().then(listener);
      // Only the followed tab finishing a load matters; other tabs loading is none of the panel's business.
      const onUpdated = (tabId: number, info: { status?: string }) => {
        if (info.status !== 'complete') return;
        void activeTabId().then((followed) => followed === tabId && refetch());
      };
      const unlisten = onTabMessage('ticketStateChanged', (reading) => listener(assessTicket(reading)));
      if (pinnedTabId === undefined) browser.tabs.onActivated.addListener(refetch);
      browser.tabs.onUpdated.addListener(onUpdated);
      return () => {
        unlisten();
        browser.tabs.onActivated.removeListener(refetch);
        browser.tabs.onUpdated.removeListener(onUpdated);
      };
    },
  };
}
