import { parseSubscriptionState, syncSubscription, type SubscriptionIO, type SubscriptionState } from '../packs/subscription';
import { settingsItem, subscriptionItem } from './items';
import { settledPolicy } from './policy';
import { effectiveTeamPackUrl, parseSettings } from './stored';

/** The subscription refresh wired to extension storage and the network. */
export function createSubscriptionIO(options: { allowLocalHttp: boolean }): SubscriptionIO {
  return {
    async readUrl() {
      const [settings, policy] = await Promise.all([settingsItem.getValue(), settledPolicy()]);
      return effectiveTeamPackUrl(parseSettings(settings), policy);
    },
    read: async () => parseSubscriptionState(await subscriptionItem.getValue()),
    write: (state) => subscriptionItem.setValue(state),
    fetch: (url, init) => fetch(url, init),
    now: () => new Date(),
    allowLocalHttp: options.allowLocalHttp,
  };
}

/**
 * Checks the team pack once. The background (alarm, start) and the options page ("Check now") may both
 * do it; a Web Lock shared by the extension's pages and worker keeps two checks from interleaving.
 */
export async function checkTeamPack(io: SubscriptionIO): Promise<SubscriptionState | null> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (!locks) return syncSubscription(io);
  return locks.request('calmreply-team-pack', () => syncSubscription(io));
}
