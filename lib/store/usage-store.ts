import { createStore } from 'zustand/vanilla';
import { readUsage, type Usage } from '../usage/frecency';

/** Where usage comes from: extension storage in the extension, a fake in tests. */
export interface UsageSource {
  load(): Promise<unknown>;
  watch(onChange: () => void): () => void;
}

export interface UsageState {
  usage: Usage;
  refresh(): Promise<void>;
}

/** The agent's phrase usage, live. Kept apart from the packs store: a use must not re-derive every pack. */
export function createUsageStore(source: UsageSource, options: { signal?: AbortSignal } = {}) {
  const store = createStore<UsageState>()((set) => ({
    usage: {},
    async refresh() {
      try {
        set({ usage: readUsage(await source.load()) });
      } catch {
        // Storage unreadable (extension reloading): keep the last ranking.
      }
    },
  }));
  if (!options.signal?.aborted) {
    const unwatch = source.watch(() => void store.getState().refresh());
    options.signal?.addEventListener('abort', unwatch, { once: true });
  }
  void store.getState().refresh();
  return store;
}

export type UsageStore = ReturnType<typeof createUsageStore>;
