import { parseSubscriptionState } from '../packs/subscription';
import {
  managedLockTeamPackItem,
  managedTeamPackUrlItem,
  packsItem,
  settingsItem,
  subscriptionItem,
  usageItem,
} from './items';
import type { UsageSource } from './usage-store';
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

/**
 * Chrome answers the first managed-storage read after a browser start only once its policy service is up
 * (about 3 s here). Pages don't wait for it: they start with "no policy" and re-load when it arrives.
 */
const POLICY_WAIT_MS = 200;
let knownPolicy: Promise<Policy> | null = null;
const policyListeners = new Set<() => void>();

function policyOrDefault(): Promise<Policy> {
  knownPolicy ??= readPolicy();
  const late = new Promise<null>((resolve) => setTimeout(() => resolve(null), POLICY_WAIT_MS));
  return Promise.race([knownPolicy, late]).then((policy) => {
    if (policy) return policy;
    void knownPolicy!.then(() => policyListeners.forEach((listener) => listener()));
    return parsePolicy(null, false);
  });
}

/**
 * The administrator's policy once the browser has it, however long that takes. Actions the policy can forbid
 * (switching off or leaving a locked team pack) check this before they write, not the early "no policy".
 */
export function settledPolicy(): Promise<Policy> {
  knownPolicy ??= readPolicy();
  return knownPolicy;
}

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
      const unwatchers = [packsItem, settingsItem, subscriptionItem, managedTeamPackUrlItem, managedLockTeamPackItem].map(
        (item) => {
          try {
            return item.watch(() => onChange());
          } catch {
            return () => {}; // managed storage may not exist (Firefox without policies)
          }
        },
      );
      const onPolicy = () => onChange();
      policyListeners.add(onPolicy);
      return () => {
        unwatchers.forEach((unwatch) => unwatch());
        policyListeners.delete(onPolicy);
      };
    },
  };
}

/** The agent's phrase usage in extension storage. */
export function createStorageUsageSource(): UsageSource {
  return { load: () => usageItem.getValue(), watch: (onChange) => usageItem.watch(() => onChange()) };
}
