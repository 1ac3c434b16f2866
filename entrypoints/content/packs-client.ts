import type { ContentScriptContext } from '#imports';
import { createPacksStore, type PacksStore } from '../../lib/store/packs-store';
import { createStoragePacksSource } from '../../lib/store/storage-source';

/**
 * The merged, enabled packs for the content script (search palette), the same ones the side panel
 * offers. It stops watching storage when the content script is invalidated (extension reload/update).
 */
export function createContentPacksStore(ctx: ContentScriptContext): PacksStore {
  const store = createPacksStore(createStoragePacksSource(), { signal: ctx.signal });
  void store.getState().refresh();
  return store;
}
