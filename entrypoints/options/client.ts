import { browser } from '#imports';
import { originPattern } from '../../lib/packs/url';
import { subscriptionItem } from '../../lib/store/items';
import type { OptionsClient } from '../../lib/store/options-store';
import { settledPolicy } from '../../lib/store/policy';
import { createStoragePacksSource } from '../../lib/store/storage-source';
import { updateStoredPacks, updateStoredSettings } from '../../lib/store/storage-writes';
import { checkTeamPack, createSubscriptionIO } from '../../lib/store/subscription-io';

/** The options page's window onto the browser: storage, host permissions, the pack download. */
export function createBrowserOptionsClient(): OptionsClient {
  // The e2e build's test server is http://localhost; the published build accepts https only.
  const allowLocalHttp = import.meta.env.MODE === 'e2e';
  const source = createStoragePacksSource();
  const io = createSubscriptionIO({ allowLocalHttp });
  return {
    ...source,
    updatePacks: updateStoredPacks,
    updateSettings: updateStoredSettings,
    policy: settledPolicy,
    async requestAccess(url) {
      const origins = [originPattern(new URL(url))];
      try {
        // permissions.request must be the first call of the click; contains() would spend the gesture.
        return await browser.permissions.request({ origins });
      } catch {
        // Not an optional permission of this build (e.g. http://localhost): the fetch decides.
        return false;
      }
    },
    checkSubscription: () => checkTeamPack(io),
    clearSubscription: () => subscriptionItem.removeValue(),
    now: () => new Date(),
    allowLocalHttp,
  };
}
