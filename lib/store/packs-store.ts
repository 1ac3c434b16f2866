import { createStore } from 'zustand/vanilla';
import { builtinPacks } from '../packs';
import { listPacks, mergePacks, type PackEntry } from '../packs/merge';
import type { Pack } from '../packs/schema';
import type { SubscriptionState } from '../packs/subscription';
import { DEFAULT_SETTINGS, EMPTY_PACKS, readStoredPacks, type Policy, type Settings, type StoredPacks } from './stored';

/** Everything stored that decides which phrases are offered. */
export interface PacksSnapshot {
  stored: StoredPacks;
  settings: Settings;
  subscription: SubscriptionState | null;
  policy: Policy;
}

/** Where packs come from: extension storage in the extension, a fake in tests. */
export interface PacksSource {
  load(): Promise<PacksSnapshot>;
  /** Calls back whenever any part of the snapshot may have changed. */
  watch(onChange: () => void): () => void;
}

export const EMPTY_SNAPSHOT: PacksSnapshot = {
  stored: EMPTY_PACKS,
  settings: DEFAULT_SETTINGS,
  subscription: null,
  policy: { lockTeamPack: false },
};

/** Every pack in merge order, and the merged list of enabled ones that suggestions and search use. */
export function derivePacks(snapshot: PacksSnapshot, builtin: readonly Pack[] = builtinPacks) {
  const { user } = readStoredPacks(snapshot.stored);
  const entries: PackEntry[] = listPacks({ builtin, user, subscription: snapshot.subscription?.pack ?? null });
  const packs = mergePacks(entries, {
    disabled: snapshot.settings.disabledPackIds,
    lockTeamPack: snapshot.policy.lockTeamPack,
  });
  return { entries, packs };
}

export interface PacksState {
  /** False until storage was read once; until then `packs` are the built-in ones. */
  ready: boolean;
  packs: readonly Pack[];
  settings: Settings;
  refresh(): Promise<void>;
}

/**
 * The merged, enabled packs and the user's settings, kept live as storage changes. The side panel and
 * the search palette both read phrases through this store, so they always offer the same ones.
 */
export function createPacksStore(
  source: PacksSource,
  options: { builtin?: readonly Pack[]; /** Stops watching storage (a content script passes ctx.signal). */ signal?: AbortSignal } = {},
) {
  const builtin = options.builtin ?? builtinPacks;
  let generation = 0;
  const store = createStore<PacksState>()((set) => ({
    ready: false,
    packs: derivePacks(EMPTY_SNAPSHOT, builtin).packs,
    settings: DEFAULT_SETTINGS,
    async refresh() {
      // Two quick changes may resolve out of order; only the newest read may land.
      const mine = ++generation;
      try {
        const snapshot = await source.load();
        if (mine !== generation) return;
        set({ ready: true, packs: derivePacks(snapshot, builtin).packs, settings: snapshot.settings });
      } catch {
        // Storage unreadable (extension reloading): keep what is shown rather than emptying the list.
        if (mine === generation) set({ ready: true });
      }
    },
  }));
  if (!options.signal?.aborted) {
    const unwatch = source.watch(() => void store.getState().refresh());
    options.signal?.addEventListener('abort', unwatch, { once: true });
  }
  return store;
}

export type PacksStore = ReturnType<typeof createPacksStore>;
