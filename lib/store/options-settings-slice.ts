import { SUBSCRIPTION_KEY } from '../packs/merge';
import { errorText, problem } from '../packs/problems';
import { checkPackUrl } from '../packs/url';
import type { SliceContext } from './options-writes';
import type { Settings } from './stored';
import { canDisable, type OptionsState } from './options-store';

type SettingsSlice = Pick<OptionsState, 'saveSettings' | 'setPackEnabled' | 'subscribe' | 'allowAccess' | 'checkNow' | 'unsubscribe'>;

/**
 * Settings and the team subscription. A settings write names only the fields it changes and is merged into
 * the settings as stored now (client.updateSettings), so two pages saving different fields keep both.
 */
export function createSettingsSlice(ctx: SliceContext): SettingsSlice {
  const { get, set, client, serial, derive } = ctx;

  async function writeSettings(change: (current: Settings) => Partial<Settings>): Promise<boolean> {
    try {
      const settings = await client.updateSettings(change);
      set({ settings, saveError: null });
      return true;
    } catch (error) {
      set({ saveError: problem('couldNotSaveSettings', errorText(error)) });
      return false;
    }
  }

  /** Downloads the pack now; a failure (storage full, a closed port) is shown, never thrown into the page. */
  async function check() {
    try {
      const state = await client.checkSubscription();
      set({ subscription: state, entries: derive({ ...get(), subscription: state }).entries });
    } catch (error) {
      set({ saveError: problem('couldNotCheck', errorText(error)) });
    }
  }

  return {
    saveSettings(patch) {
      return serial(() => {
        const fields: Partial<Settings> = {};
        if (patch.agentName !== undefined) fields.agentName = patch.agentName.trim().slice(0, 100);
        if (patch.companyName !== undefined) fields.companyName = patch.companyName.trim().slice(0, 100);
        if (patch.paletteShortcut !== undefined) fields.paletteShortcut = patch.paletteShortcut.trim().slice(0, 40);
        return writeSettings(() => fields);
      });
    },

    setPackEnabled(key, enabled) {
      return serial(async () => {
        const target = get().entries.find((e) => e.key === key);
        if (!target || (!enabled && !canDisable(target, await client.policy()))) return;
        // Only this key changes; the other switched-off packs are taken as stored now.
        await writeSettings((current) => {
          const disabled = new Set(current.disabledPackIds);
          if (enabled) disabled.delete(key);
          else disabled.add(key);
          return { disabledPackIds: [...disabled] };
        });
      });
    },

    async subscribe(url) {
      if (get().policy.teamPackUrl) return;
      const checked = checkPackUrl(url, { allowLocalHttp: client.allowLocalHttp });
      if (!checked.ok) {
        set({ subscriptionUrlError: checked.error });
        return;
      }
      // First, before any await: the permission prompt needs the click's user gesture.
      const access = client.requestAccess(checked.url.href).catch(() => false);
      set({ subscriptionBusy: true, subscriptionUrlError: null });
      try {
        await access; // refused access is not fatal: a server that allows CORS still answers
        if ((await client.policy()).teamPackUrl) return; // the administrator's pack arrived meanwhile
        if (await writeSettings(() => ({ teamPackUrl: checked.url.href }))) await check();
      } finally {
        set({ subscriptionBusy: false });
      }
    },

    async allowAccess() {
      const url = get().policy.teamPackUrl;
      if (!url) return;
      // First, before any await: the permission prompt needs the click's user gesture.
      const access = client.requestAccess(url).catch(() => false);
      if (await access) await get().checkNow();
    },

    async checkNow() {
      set({ subscriptionBusy: true });
      try {
        await check();
      } finally {
        set({ subscriptionBusy: false });
      }
    },

    async unsubscribe() {
      const policy = await client.policy();
      if (policy.teamPackUrl || policy.lockTeamPack) return;
      if (!(await writeSettings(() => ({ teamPackUrl: '' })))) return;
      try {
        await client.clearSubscription();
      } catch (error) {
        set({ saveError: problem('couldNotSave', errorText(error)) });
        return;
      }
      set({ subscription: null, entries: derive({ ...get(), subscription: null }).entries });
      if (get().selectedKey === SUBSCRIPTION_KEY) set({ selectedKey: get().entries[0]?.key ?? null });
    },
  };
}
