import { parseSubscriptionState } from '../packs/subscription';
import {
  managedLockTeamPackItem,
  managedTeamPackUrlItem,
  packsItem,
  settingsItem,
  subscriptionItem,
} from './items';
import { asStoredPacks, parsePolicy, parseSettings, type Policy } from './stored';
import type { PacksSnapshot, PacksSource } from './packs-store';

/** Reads a managed value; Firefox without a policy file (or a browser without managed storage) rejects. */
async function readManaged<T>(read: () => Promise<T>, fallback: T): Promise<T> {
  try {
    return await read();
  } catch {
    return fallback;
  }
}

export async function readPolicy(): Promise<Policy> {
  const [url, lock] = await Promise.all([
    readManaged(() => managedTeamPackUrlItem.getValue(), null),
    readManaged(() => managedLockTeamPackItem.getValue(), false),
  ]);
  return parsePolicy(url, lock);
}

/** Packs, settings, subscription and policy straight from extension storage, for every page and script. */
export function createStoragePacksSource(): PacksSource {
  return {
    async load(): Promise<PacksSnapshot> {
      const [stored, settings, subscription, policy] = await Promise.all([
        packsItem.getValue(),
        settingsItem.getValue(),
        subscriptionItem.getValue(),
        readPolicy(),
      ]);
      return {
        stored: asStoredPacks(stored),
        settings: parseSettings(settings),
        subscription: parseSubscriptionState(subscription),
        policy,
      };
    },
    watch(onChange) {
      const unwatchers = [packsItem, settingsItem, subscriptionItem, managedTeamPackUrlItem, managedLockTeamPackItem].map(
        (item) => {
          try {
            return item.watch(() => onChange());
          } catch {
            return () => {}; // managed storage may not exist (Firefox without policies)
          }
        },
      );
      return () => unwatchers.forEach((unwatch) => unwatch());
    },
  };
}
