import { browser } from '#imports';
import { readUsage, recordUse } from '../../lib/usage/frecency';

/** lib/store/items' usageItem, written as a raw key: importing the item would bring WXT's storage layer into this script. */
const USAGE_KEY = 'usage';

let queue: Promise<void> = Promise.resolve();

/**
 * Counts one use of a phrase (pack id/phrase id) in local storage, after it went into the reply. Uses are
 * written one after another, so two quick insertions both count. A failure loses one count, never the page.
 */
export function recordPhraseUse(key: string): void {
  queue = queue
    .then(async () => {
      const stored = await browser.storage.local.get(USAGE_KEY);
      await browser.storage.local.set({ [USAGE_KEY]: recordUse(readUsage(stored[USAGE_KEY]), key, Date.now()) });
    })
    .catch(() => {});
}
