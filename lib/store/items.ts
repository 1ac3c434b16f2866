import { storage } from '#imports';
import type { SubscriptionState } from '../packs/subscription';
import { packsMigrations } from './migrations';
import { DEFAULT_SETTINGS, EMPTY_PACKS, PACKS_VERSION, SETTINGS_VERSION, type Settings, type StoredPacks } from './stored';

/**
 * The extension's storage items. Packs can be large, so they live in storage.local; settings are small
 * and follow the user between browsers in storage.sync (~8 KB per item there). WXT runs the migrations
 * when a stored version is older than the one below; each version has an example in tests/fixtures/storage.
 */

export const packsItem = storage.defineItem<StoredPacks>('local:packs', {
  fallback: EMPTY_PACKS,
  version: PACKS_VERSION,
  migrations: packsMigrations,
});

export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  // Versioned from the start so a later shape change only adds a function here.
  migrations: {},
});

/** The subscribed team pack's last good copy and check status. Written only by the subscription refresh. */
export const subscriptionItem = storage.defineItem<SubscriptionState | null>('local:teamSubscription', {
  fallback: null,
  version: 1,
  migrations: {},
});

/**
 * How often and how recently this agent used each phrase (lib/usage/frecency): ids, counts and times only.
 * The content script records a use after each insertion; panel, palette and options read it.
 */
export const usageItem = storage.defineItem<Record<string, unknown>>('local:usage', { fallback: {}, version: 1, migrations: {} });
