import { createStore } from 'zustand/vanilla';
import type { Category } from '../detect/types';
import { builtinPacks } from '../packs';
import type { PackDiff } from '../packs/diff';
import { NO_FILTER, type PhraseFilter } from '../packs/filter';
import type { LocatedError } from '../packs/issues';
import { errorText, problem, type Problem } from '../packs/problems';
import { isEnabled, type PackEntry } from '../packs/merge';
import type { Pack, PhraseInput, PlaybookEntry } from '../packs/schema';
import type { SubscriptionState } from '../packs/subscription';
import { createImportSlice } from './options-import-slice';
import { createPacksSlice } from './options-packs-slice';
import { createSettingsSlice } from './options-settings-slice';
import { createUndoSlice } from './options-undo-slice';
import { createContext } from './options-writes';
import { EMPTY_SNAPSHOT, type PacksSnapshot, type PacksSource } from './packs-store';
import type { DamagedRecord, Policy, Settings, StoredPackRecord, StoredPacks, UserPackKind } from './stored';

/** What the options page needs from the browser; the extension passes storage, tests a fake. */
export interface OptionsClient extends PacksSource {
  /**
   * Runs `change` on the packs as stored now and writes what it returns (null: nothing), one page at a time
   * across the whole extension. Resolves with the value stored afterwards.
   */
  updatePacks(change: (current: StoredPacks) => StoredPacks | null): Promise<StoredPacks>;
  /**
   * Merges the fields `change` returns into the settings as stored now, one page at a time; fields it
   * doesn't name are left exactly as stored. Resolves with the settings afterwards.
   */
  updateSettings(change: (current: Settings) => Partial<Settings>): Promise<Settings>;
  /**
   * The administrator's policy, waited for: right after a browser start the page shows "no policy" for a
   * few seconds, so anything a locked team pack forbids asks this before it writes.
   */
  policy(): Promise<Policy>;
  /**
   * Asks the browser for access to the pack's host. Called synchronously from the click that
   * subscribes: browsers only show the permission prompt inside a user gesture.
   */
  requestAccess(url: string): Promise<boolean>;
  /** Downloads the subscribed pack now and stores the outcome. */
  checkSubscription(): Promise<SubscriptionState | null>;
  /** Forgets the subscribed copy (after unsubscribing). */
  clearSubscription(): Promise<void>;
  now(): Date;
  /** End-to-end test build only: http://localhost pack URLs are accepted. */
  allowLocalHttp: boolean;
}

export type UndoKind = 'phraseDeleted' | 'packDeleted' | 'packReplaced' | 'damagedDeleted';

/** How to put one pack back as it was before an edit, if nobody changed it since. */
export interface UndoStep {
  /** The pack's id (a damaged record may have none). */
  id?: string;
  /** Where the record stood in the stored list. */
  index: number;
  /** The record as it was. */
  before: StoredPackRecord;
  /** The revision the edit left; null when the edit deleted the pack. */
  afterRevision: number | null;
}

export interface Undo {
  kind: UndoKind;
  /** The phrase or pack name the toast mentions. */
  label: string;
  step: UndoStep;
}

export type Result<T = void> = { ok: true; value: T } | { ok: false; errors: LocatedError[] };

export interface ImportPlan {
  pack: Pack;
  /** The user pack this would replace, with what would change and the revision the diff was made from. */
  replaces?: { key: string; name: string; version: string; kind: UserPackKind; diff: PackDiff; revision: number };
  /** The id belongs to a read-only pack (built-in, subscribed): the import becomes a copy with this id. */
  renamedFrom?: string;
}

export interface OptionsState extends PacksSnapshot {
  ready: boolean;
  entries: PackEntry[];
  damaged: DamagedRecord[];
  /** Each user pack's stored revision, by entry key: what an editor's save is based on. */
  revisions: Record<string, number>;
  selectedKey: string | null;
  filter: PhraseFilter;
  langFilter: 'vi' | 'en' | null;
  undo: Undo | null;
  /** A write that failed or was refused (storage full, invalid data, changed in another tab); nothing was changed. */
  saveError: Problem | null;
  subscriptionBusy: boolean;
  subscriptionUrlError: Problem | null;

  load(): Promise<void>;
  select(key: string | null): void;
  setFilter(filter: Partial<PhraseFilter>): void;
  setLangFilter(lang: 'vi' | 'en' | null): void;
  dismissSaveError(): void;

  /**
   * Saves a phrase into the pack as stored now. `base` is the pack's revision when the editor opened:
   * refused (code packChangedElsewhere) when the pack moved on since; 'latest' saves over it ("keep mine").
   */
  savePhrase(packKey: string, input: PhraseInput, originalId: string | null, base?: number | 'latest'): Promise<Result<string>>;
  deletePhrase(packKey: string, id: string): Promise<boolean>;
  duplicatePhrase(packKey: string, id: string): Promise<string | null>;
  movePhrase(packKey: string, id: string, targetId: string): Promise<boolean>;
  copyPhrase(fromKey: string, phraseId: string, to: { key: string } | { newPackName: string }): Promise<{ key: string; phraseId: string; existed: boolean } | null>;

  createPack(input: { name: string; lang: 'vi' | 'en'; kind: UserPackKind }): Promise<Result<string>>;
  updatePackDetails(key: string, details: Pick<Pack, 'name' | 'lang' | 'version'> & { author?: string; description?: string }): Promise<Result>;
  updatePlaybook(key: string, category: Category, entry: PlaybookEntry | null): Promise<Result>;
  duplicatePack(key: string, name: string): Promise<string | null>;
  deletePack(key: string): Promise<boolean>;
  deleteDamaged(index: number): Promise<boolean>;
  setPackEnabled(key: string, enabled: boolean): Promise<void>;

  planImport(pack: Pack): ImportPlan;
  applyImport(plan: ImportPlan, kind: UserPackKind): Promise<string | null>;

  undoLast(): Promise<void>;
  dismissUndo(): void;

  saveSettings(patch: Partial<Pick<Settings, 'agentName' | 'companyName' | 'paletteShortcut'>>): Promise<boolean>;
  subscribe(url: string): Promise<void>;
  /** For the administrator's URL: asks for access to its site (inside the click), then checks. */
  allowAccess(): Promise<void>;
  checkNow(): Promise<void>;
  unsubscribe(): Promise<void>;
}

export const isEditable = (entry: PackEntry | undefined) => entry?.origin === 'team' || entry?.origin === 'personal';

/** May the user switch this pack off? Not a team pack the administrator locked. */
export const canDisable = (entry: PackEntry, policy: { lockTeamPack: boolean }) =>
  !(entry.origin === 'subscription' && policy.lockTeamPack);

/**
 * The options page's store, in slices that each own one kind of write: packs (phrases and pack edits),
 * import, undo, settings (with the subscription). All pack writes go through one path (options-writes.ts).
 */
export function createOptionsStore(client: OptionsClient, builtin: readonly Pack[] = builtinPacks) {
  const store = createStore<OptionsState>()((set, get) => {
    const ctx = createContext(client, builtin, { getState: get, setState: set });
    return {
      ...ctx.derive(EMPTY_SNAPSHOT),
      ready: false,
      selectedKey: null,
      filter: NO_FILTER,
      langFilter: null,
      saveError: null,
      subscriptionBusy: false,
      subscriptionUrlError: null,

      load() {
        return ctx.serial(async () => {
          try {
            const next = ctx.derive(await client.load());
            const selected = get().selectedKey;
            set({
              ...next,
              ready: true,
              selectedKey: selected && next.entries.some((e) => e.key === selected) ? selected : (next.entries[0]?.key ?? null),
            });
          } catch (error) {
            set({ ready: true, saveError: problem('couldNotReadPacks', errorText(error)) });
          }
        });
      },
      select: (key) => set({ selectedKey: key }),
      setFilter: (filter) => set({ filter: { ...get().filter, ...filter } }),
      setLangFilter: (langFilter) => set({ langFilter }),
      dismissSaveError: () => set({ saveError: null }),

      ...createPacksSlice(ctx),
      ...createImportSlice(ctx),
      ...createUndoSlice(ctx),
      ...createSettingsSlice(ctx),
    };
  });

  // Open pages follow storage: what another tab (or the background) wrote shows here at once.
  client.watch(() => void store.getState().load());
  return store;
}

export type OptionsStore = ReturnType<typeof createOptionsStore>;

/** Whether a pack takes part in suggestions, as the merge decides it. */
export function entryEnabled(state: Pick<OptionsState, 'settings' | 'policy'>, entry: PackEntry): boolean {
  return isEnabled(entry, { disabled: state.settings.disabledPackIds, lockTeamPack: state.policy.lockTeamPack });
}
