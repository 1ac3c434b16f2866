import { parseSubscriptionState } from '../packs/subscription';
import { packsItem, settingsItem, subscriptionItem, usageItem } from './items';
import { onPolicyChange, policyOrDefault } from './policy';
import { asStoredPacks, parseSettings } from './stored';
import type { UsageSource } from './usage-store';
import type { PacksSnapshot, PacksSource } from './packs-store';

/** Packs, settings, subscription and policy straight from extension storage, for every page and script. */
export function createStoragePacksSource(): PacksSource {
  return {
    async load(): Promise<PacksSnapshot> {
      const [stored, settings, subscription, policy] = await Promise.all([
        packsItem.getValue(),
        settingsItem.getValue(),
        subscriptionItem.getValue(),
        policyOrDefault(),
      ]);
      return {
        stored: asStoredPacks(stored),
        settings: parseSettings(settings),
        subscription: parseSubscriptionState(subscription),
        policy,
      };
    },
    watch(onChange) {
      const unwatchers = [packsItem, settingsItem, subscriptionItem].map((item) => item.watch(() => onChange()));
      unwatchers.push(onPolicyChange(() => onChange()));
      return () => unwatchers.forEach((unwatch) => unwatch());
    },
  };
}

/** The agent's phrase usage in extension storage. */
export function createStorageUsageSource(): UsageSource {
  return { load: () => usageItem.getValue(), watch: (onChange) => usageItem.watch(() => onChange()) };
}
