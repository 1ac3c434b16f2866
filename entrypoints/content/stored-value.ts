import { browser, type ContentScriptContext } from '#imports';

/**
 * Reads one storage key and follows its changes with the bare browser API. WXT's storage module would
 * add about 8 KB to the one script that runs in every helpdesk page; here only reading is needed.
 */
export function watchStoredValue(
  ctx: ContentScriptContext,
  area: 'local' | 'sync',
  key: string,
  onValue: (value: unknown) => void,
): void {
  browser.storage[area].get(key).then((items) => onValue(items[key]), () => {});
  const listener = (changes: Record<string, { newValue?: unknown }>, areaName: string) => {
    if (areaName === area && key in changes) onValue(changes[key]?.newValue);
  };
  browser.storage.onChanged.addListener(listener);
  ctx.onInvalidated(() => browser.storage.onChanged.removeListener(listener));
}
