import type { ExtensionBrowser } from './browser';

// Functions passed to worker.evaluate run in the extension's service worker, where `chrome` exists.
declare const chrome: { storage: { local: { set(items: object): Promise<void> } } };

/**
 * Stores `pack` as the agent's personal pack, the way the options page keeps it (lib/store/items: the
 * `packs` item at version 2). Every open panel and palette follows storage, so no reload is needed.
 */
export async function storePersonalPack(browser: ExtensionBrowser, pack: object): Promise<void> {
  await browser.worker.evaluate(
    (value) => chrome.storage.local.set({ packs: { packs: [{ kind: 'personal', createdAt: '2026-12-01T00:00:00Z', pack: value }] }, packs$: { v: 2 } }),
    pack,
  );
}
