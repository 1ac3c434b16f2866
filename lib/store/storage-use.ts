import { utf8Length } from '../packs/import';
import { SUBSCRIPTION_KEY, userKey } from '../packs/merge';
import type { SubscriptionState } from '../packs/subscription';
import { packIdOf, type StoredPacks } from './stored';

/**
 * chrome.storage.local holds 10 MB without the `unlimitedStorage` permission, which CalmReply doesn't ask
 * for (README, permissions): a pack is at most 2 MB, and real team packs are a few hundred KB.
 */
export const LOCAL_QUOTA_BYTES = 10 * 1024 * 1024;
/** From here on the options page warns that storage is getting full. */
export const NEARLY_FULL = 0.8;

export interface StorageUse {
  /** Bytes the packs and the subscribed copy take, as the browser counts them (JSON, UTF-8). */
  used: number;
  quota: number;
  /** Largest first. `key` is the pack's entry key; `id` the pack id as stored (a damaged record may have none). */
  packs: { key: string; id: string; bytes: number }[];
}

const sizeOf = (key: string, value: unknown) => utf8Length(key) + utf8Length(JSON.stringify(value) ?? '');

/** What the user's packs and the subscribed copy cost in storage.local. */
export function storageUse(stored: StoredPacks, subscription: SubscriptionState | null): StorageUse {
  const packs = stored.packs.map((record, index) => {
    const id = packIdOf(record) ?? `#${index + 1}`;
    return { key: userKey(id), id, bytes: utf8Length(JSON.stringify(record)) };
  });
  if (subscription?.pack) packs.push({ key: SUBSCRIPTION_KEY, id: subscription.pack.id, bytes: utf8Length(JSON.stringify(subscription)) });
  const used = sizeOf('packs', stored) + (subscription ? sizeOf('teamSubscription', subscription) : 0);
  return { used, quota: LOCAL_QUOTA_BYTES, packs: packs.sort((a, b) => b.bytes - a.bytes) };
}
