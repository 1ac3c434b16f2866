import { describe, expect, it } from 'vitest';
import { createPacksStore, type PacksSnapshot, type PacksSource } from '../../lib/store/packs-store';
import { EMPTY_SNAPSHOT } from '../../lib/store/packs-store';
import { storedWith, testBuiltin, userPack } from '../fixtures/storage/fake-client';

function source(initial: PacksSnapshot) {
  let snapshot = initial;
  const listeners = new Set<() => void>();
  let fail = false;
  const src: PacksSource = {
    load: async () => {
      if (fail) throw new Error('extension context invalidated');
      return snapshot;
    },
    watch: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return {
    src,
    listeners,
    set(next: Partial<PacksSnapshot>) {
      snapshot = { ...snapshot, ...next };
      listeners.forEach((l) => l());
    },
    breakIt: () => (fail = true),
  };
}
const flush = () => new Promise((r) => setTimeout(r, 0));
const ids = (store: ReturnType<typeof createPacksStore>) => store.getState().packs.map((p) => p.id);

describe('createPacksStore', () => {
  it('starts with the built-in packs, then follows storage: new packs, switched-off packs, settings', async () => {
    const s = source(EMPTY_SNAPSHOT);
    const store = createPacksStore(s.src, { builtin: testBuiltin });
    expect(ids(store)).toEqual(['builtin-en', 'builtin-vi']);
    expect(store.getState().ready).toBe(false);

    s.set({ stored: storedWith({ pack: userPack(), kind: 'personal' }) });
    await flush();
    expect(store.getState().ready).toBe(true);
    expect(ids(store)).toEqual(['team-en', 'builtin-en', 'builtin-vi']);

    s.set({ settings: { ...EMPTY_SNAPSHOT.settings, disabledPackIds: ['builtin:builtin-en'], agentName: 'Minh' } });
    await flush();
    expect(ids(store)).toEqual(['team-en', 'builtin-vi']);
    expect(store.getState().settings.agentName).toBe('Minh');
  });

  it('keeps what it shows when storage can no longer be read', async () => {
    const s = source({ ...EMPTY_SNAPSHOT, stored: storedWith({ pack: userPack() }) });
    const store = createPacksStore(s.src, { builtin: testBuiltin });
    await store.getState().refresh();
    s.breakIt();
    await store.getState().refresh();
    expect(ids(store)).toEqual(['team-en', 'builtin-en', 'builtin-vi']);
  });

  it('stops watching when its signal aborts (content script invalidated)', () => {
    const s = source(EMPTY_SNAPSHOT);
    const controller = new AbortController();
    createPacksStore(s.src, { builtin: testBuiltin, signal: controller.signal });
    expect(s.listeners.size).toBe(1);
    controller.abort();
    expect(s.listeners.size).toBe(0);
  });
});
