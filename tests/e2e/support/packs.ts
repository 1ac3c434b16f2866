import { expect } from 'vitest';
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

/** A pack file the options page must refuse whole, in either browser: a step out of range, an unknown variable. */
export const BROKEN_PACK = {
  file: 'night-shift.json',
  pack: {
    id: 'night-shift',
    name: 'Night shift',
    lang: 'en',
    version: '1.0.0',
    updatedAt: '2026-05-01T10:00:00Z',
    phrases: [
      { id: 'a', step: 2, text: 'Thank you for telling us.' },
      { id: 'b', step: 9, text: 'Hello {{customer.nickname}}' },
    ],
  },
  /** The import dialog's alert: its heading, then one list item per problem. */
  heading: "night-shift.json: This pack can't be imported. Nothing was changed.",
  problems: ['phrases[1].step: expected 1-5', expect.stringMatching(/^phrases\[1\]\.text: unknown variable \{\{customer\.nickname\}\}/)],
  /** Where the pack would show in the options page's list had it been imported. */
  listed: '[data-pack-key="user:night-shift"]',
} as const;
