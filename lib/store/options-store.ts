import { createStore } from 'zustand/vanilla';
import type { Category } from '../detect/types';
import { builtinPacks } from '../packs';
import { diffPacks, type PackDiff } from '../packs/diff';
import { duplicatePhrase, emptyPack, movePhrase, removePhrase, slugify, touch, uniqueId, upsertPhrase } from '../packs/edit';
import { NO_FILTER, type PhraseFilter } from '../packs/filter';
import { locate, locateIssues, type LocatedError } from '../packs/issues';
import { errorText, problem, type Problem } from '../packs/problems';
import { SUBSCRIPTION_KEY, isEnabled, userKey, type PackEntry } from '../packs/merge';
import { PackSchema, PhraseSchema, type Pack, type PhraseInput, type PlaybookEntry } from '../packs/schema';
import type { SubscriptionState } from '../packs/subscription';
import { checkPackUrl } from '../packs/url';
import { derivePacks, EMPTY_SNAPSHOT, type PacksSnapshot, type PacksSource } from './packs-store';
import {
  addPack,
  checkWrite,
  readStoredPacks,
  removePack,
  replacePack,
  type DamagedRecord,
  type Policy,
  type Settings,
  type StoredPacks,
  type UserPackKind,
} from './stored';

/** What the options page needs from the browser; the extension passes storage, tests a fake. */
export interface OptionsClient extends PacksSource {
  /** Writes the whole packs value in one storage call: it lands completely or not at all. */
  savePacks(next: StoredPacks): Promise<void>;
  saveSettings(next: Settings): Promise<void>;
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

export interface Undo {
  kind: UndoKind;
  /** The phrase or pack name the toast mentions. */
  label: string;
  previous: StoredPacks;
}

export type Result<T = void> = { ok: true; value: T } | { ok: false; errors: LocatedError[] };

export interface ImportPlan {
  pack: Pack;
  /** The user pack this would replace, with what would change. */
  replaces?: { key: string; name: string; version: string; kind: UserPackKind; diff: PackDiff };
  /** The id belongs to a read-only pack (built-in, subscribed): the import becomes a copy with this id. */
  renamedFrom?: string;
}

export interface OptionsState extends PacksSnapshot {
  ready: boolean;
  entries: PackEntry[];
  damaged: DamagedRecord[];
  selectedKey: string | null;
  filter: PhraseFilter;
  langFilter: 'vi' | 'en' | null;
  undo: Undo | null;
  /** A write that failed (storage full, invalid data); nothing was changed. */
  saveError: Problem | null;
  subscriptionBusy: boolean;
  subscriptionUrlError: Problem | null;

  load(): Promise<void>;
  select(key: string | null): void;
  setFilter(filter: Partial<PhraseFilter>): void;
  setLangFilter(lang: 'vi' | 'en' | null): void;
  dismissSaveError(): void;

  savePhrase(packKey: string, input: PhraseInput, originalId: string | null): Promise<Result<string>>;
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

export function createOptionsStore(client: OptionsClient, builtin: readonly Pack[] = builtinPacks) {
  const derive = (snapshot: PacksSnapshot) => ({
    ...snapshot,
    entries: derivePacks(snapshot, builtin).entries,
    damaged: readStoredPacks(snapshot.stored).damaged,
  });

  /**
   * Reads and writes run one after another: each edit starts from the state the previous one left,
   * and a storage read that started before a write can't land after it and undo it on screen
   * (fast Alt+↓ repeats, two quick deletes).
   */
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => {});
    return run;
  };

  const store = createStore<OptionsState>()((set, get) => {
    const entry = (key: string) => get().entries.find((e) => e.key === key);
    const allIds = () => new Set(get().entries.map((e) => e.pack.id));

    /** The single write path: validate everything, write once, then show it. */
    async function commit(next: StoredPacks, undo?: Omit<Undo, 'previous'>, alsoKnown: StoredPacks[] = []): Promise<boolean> {
      const previous = get().stored;
      const known = { packs: [...previous.packs, ...alsoKnown.flatMap((s) => s.packs)] };
      const check = checkWrite(next, known);
      if (!check.ok) {
        set({ saveError: check.error });
        return false;
      }
      try {
        await client.savePacks(next);
      } catch (error) {
        set({ saveError: problem('couldNotSave', errorText(error)) });
        return false;
      }
      set({ ...derive({ ...get(), stored: next }), saveError: null, ...(undo ? { undo: { ...undo, previous } } : {}) });
      return true;
    }

    /** Applies `change` to an editable pack, stamps it, validates it and commits it. */
    function editPack(key: string, change: (pack: Pack) => Pack, undo?: Omit<Undo, 'previous'>): Promise<Result<Pack>> {
      return serial(async () => {
        const target = entry(key);
        if (!target || !isEditable(target)) return { ok: false, errors: [locate('', problem('readOnly'))] };
        const changed = touch(change(target.pack), client.now());
        const parsed = PackSchema.safeParse(changed);
        if (!parsed.success) return { ok: false, errors: locateIssues(parsed.error, changed) };
        const ok = await commit(replacePack(get().stored, target.pack.id, parsed.data), undo);
        return ok ? { ok: true, value: parsed.data } : { ok: false, errors: [locate('', get().saveError ?? problem('notSaved'))] };
      });
    }

    async function saveSettingsValue(next: Settings): Promise<boolean> {
      try {
        await client.saveSettings(next);
        set({ settings: next, saveError: null });
        return true;
      } catch (error) {
        set({ saveError: problem('couldNotSaveSettings', errorText(error)) });
        return false;
      }
    }

    return {
      ...derive(EMPTY_SNAPSHOT),
      ready: false,
      selectedKey: null,
      filter: NO_FILTER,
      langFilter: null,
      undo: null,
      saveError: null,
      subscriptionBusy: false,
      subscriptionUrlError: null,

      load() {
        return serial(async () => {
          try {
            const snapshot = await client.load();
            const next = derive(snapshot);
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

      async savePhrase(packKey, input, originalId) {
        const target = entry(packKey);
        if (!target || !isEditable(target)) return { ok: false, errors: [locate('', problem('readOnly'))] };
        const parsed = PhraseSchema.safeParse(input);
        const errors = parsed.success ? [] : locateIssues(parsed.error, input);
        const id = input.id;
        if (typeof id === 'string' && id !== originalId && target.pack.phrases.some((p) => p.id === id)) {
          errors.push(locate('id', problem('phraseIdTaken', id)));
        }
        if (!parsed.success || errors.length) return { ok: false, errors };
        const saved = await editPack(packKey, (pack) => upsertPhrase(pack, parsed.data, originalId));
        return saved.ok ? { ok: true, value: parsed.data.id } : saved;
      },

      async deletePhrase(packKey, id) {
        const phrase = entry(packKey)?.pack.phrases.find((p) => p.id === id);
        if (!phrase) return false;
        const label = phrase.title || phrase.text.slice(0, 60);
        return (await editPack(packKey, (pack) => removePhrase(pack, id), { kind: 'phraseDeleted', label })).ok;
      },

      async duplicatePhrase(packKey, id) {
        let copyId: string | null = null;
        const saved = await editPack(packKey, (pack) => {
          const result = duplicatePhrase(pack, id);
          copyId = result.id;
          return result.pack;
        });
        return saved.ok ? copyId : null;
      },

      async movePhrase(packKey, id, targetId) {
        return (await editPack(packKey, (pack) => movePhrase(pack, id, targetId))).ok;
      },

      async copyPhrase(fromKey, phraseId, to) {
        const phrase = entry(fromKey)?.pack.phrases.find((p) => p.id === phraseId);
        const source = entry(fromKey)?.pack;
        if (!phrase || !source) return null;
        let key: string;
        if ('key' in to) key = to.key;
        else {
          const created = await get().createPack({ name: to.newPackName, lang: source.lang, kind: 'personal' });
          if (!created.ok) return null;
          key = created.value;
        }
        const target = entry(key);
        if (!target || !isEditable(target)) return null;
        // The copy keeps its id: in merged suggestions it replaces the original (README-packs.md).
        if (target.pack.phrases.some((p) => p.id === phraseId)) return { key, phraseId, existed: true };
        const copy = { ...phrase, categories: [...phrase.categories], tags: [...phrase.tags] };
        const saved = await editPack(key, (pack) => upsertPhrase(pack, copy));
        return saved.ok ? { key, phraseId, existed: false } : null;
      },

      createPack({ name, lang, kind }) {
        return serial(async () => {
          const id = uniqueId(slugify(name) || 'pack', allIds());
          const pack = emptyPack({ id, name: name.trim(), lang, author: get().settings.agentName || undefined, now: client.now() });
          const parsed = PackSchema.safeParse(pack);
          if (!parsed.success) return { ok: false, errors: locateIssues(parsed.error, pack) };
          if (!(await commit(addPack(get().stored, parsed.data, kind, client.now())))) {
            return { ok: false, errors: [locate('', get().saveError ?? problem('notSaved'))] };
          }
          set({ selectedKey: userKey(id) });
          return { ok: true, value: userKey(id) };
        });
      },

      async updatePackDetails(key, details) {
        const saved = await editPack(key, (pack) => {
          const next: Pack = { ...pack, name: details.name, lang: details.lang, version: details.version };
          if (details.author?.trim()) next.author = details.author;
          else delete next.author;
          if (details.description?.trim()) next.description = details.description;
          else delete next.description;
          return next;
        });
        return saved.ok ? { ok: true, value: undefined } : saved;
      },

      async updatePlaybook(key, category, playbookEntry) {
        const saved = await editPack(key, (pack) => {
          const playbook = { ...pack.playbook };
          if (playbookEntry) playbook[category] = playbookEntry;
          else delete playbook[category];
          const next: Pack = { ...pack, playbook };
          if (Object.keys(playbook).length === 0) delete next.playbook;
          return next;
        });
        return saved.ok ? { ok: true, value: undefined } : saved;
      },

      duplicatePack(key, name) {
        return serial(async () => {
          const source = entry(key);
          if (!source) return null;
          const id = uniqueId(slugify(name) || `${source.pack.id}-copy`, allIds());
          const copy = touch({ ...structuredClone(source.pack), id, name }, client.now());
          const kind: UserPackKind = source.origin === 'team' || source.origin === 'subscription' ? 'team' : 'personal';
          if (!(await commit(addPack(get().stored, copy, kind, client.now())))) return null;
          set({ selectedKey: userKey(id) });
          return userKey(id);
        });
      },

      deletePack(key) {
        return serial(async () => {
          const target = entry(key);
          if (!target || !isEditable(target)) return false;
          const ok = await commit(removePack(get().stored, target.pack.id), { kind: 'packDeleted', label: target.pack.name });
          if (ok && get().selectedKey === key) set({ selectedKey: get().entries[0]?.key ?? null });
          return ok;
        });
      },

      deleteDamaged(index) {
        return serial(async () => {
          const stored = get().stored;
          if (!stored.packs[index]) return false;
          const next = { packs: stored.packs.filter((_, i) => i !== index) };
          const id = (stored.packs[index]!.pack as { id?: unknown } | null)?.id;
          return commit(next, { kind: 'damagedDeleted', label: typeof id === 'string' ? id : `#${index + 1}` });
        });
      },

      setPackEnabled(key, enabled) {
        return serial(async () => {
          const target = entry(key);
          if (!target || (!enabled && !canDisable(target, await client.policy()))) return;
          const { settings } = get();
          const disabled = new Set(settings.disabledPackIds);
          if (enabled) disabled.delete(key);
          else disabled.add(key);
          await saveSettingsValue({ ...settings, disabledPackIds: [...disabled] });
        });
      },

      planImport(pack) {
        const existing = get().entries.find((e) => e.pack.id === pack.id);
        if (existing && isEditable(existing)) {
          return {
            pack,
            replaces: {
              key: existing.key,
              name: existing.pack.name,
              version: existing.pack.version,
              kind: existing.origin as UserPackKind,
              diff: diffPacks(existing.pack, pack),
            },
          };
        }
        if (existing) {
          // Built-in and subscribed packs are read-only: the import is kept beside them under a new id.
          return { pack: { ...pack, id: uniqueId(`${pack.id}-copy`, allIds()) }, renamedFrom: pack.id };
        }
        return { pack };
      },

      applyImport(plan, kind) {
        return serial(async () => {
          const stored = get().stored;
          const ok = plan.replaces
            ? await commit(replacePack(stored, plan.pack.id, plan.pack), { kind: 'packReplaced', label: plan.replaces.name })
            : await commit(addPack(stored, plan.pack, kind, client.now()));
          if (!ok) return null;
          set({ selectedKey: userKey(plan.pack.id) });
          return userKey(plan.pack.id);
        });
      },

      undoLast() {
        return serial(async () => {
          const undo = get().undo;
          if (!undo) return;
          const current = get().stored;
          if (await commit(undo.previous, undefined, [undo.previous, current])) set({ undo: null });
        });
      },
      dismissUndo: () => set({ undo: null }),

      saveSettings(patch) {
        return serial(async () => {
          const next = { ...get().settings };
          if (patch.agentName !== undefined) next.agentName = patch.agentName.trim().slice(0, 100);
          if (patch.companyName !== undefined) next.companyName = patch.companyName.trim().slice(0, 100);
          if (patch.paletteShortcut !== undefined) next.paletteShortcut = patch.paletteShortcut.trim().slice(0, 40);
          return saveSettingsValue(next);
        });
      },

      async subscribe(url) {
        const { policy, settings } = get();
        if (policy.teamPackUrl) return;
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
          if (await saveSettingsValue({ ...settings, teamPackUrl: checked.url.href })) {
            const state = await client.checkSubscription();
            set({ subscription: state, entries: derive({ ...get(), subscription: state }).entries });
          }
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
          const state = await client.checkSubscription();
          set({ subscription: state, entries: derive({ ...get(), subscription: state }).entries });
        } catch (error) {
          set({ saveError: problem('couldNotCheck', errorText(error)) });
        } finally {
          set({ subscriptionBusy: false });
        }
      },

      async unsubscribe() {
        const policy = await client.policy();
        if (policy.teamPackUrl || policy.lockTeamPack) return;
        if (await saveSettingsValue({ ...get().settings, teamPackUrl: '' })) {
          await client.clearSubscription();
          set({ subscription: null, entries: derive({ ...get(), subscription: null }).entries });
          if (get().selectedKey === SUBSCRIPTION_KEY) set({ selectedKey: get().entries[0]?.key ?? null });
        }
      },
    };
  });

  client.watch(() => void store.getState().load());
  return store;
}

export type OptionsStore = ReturnType<typeof createOptionsStore>;

/** Whether a pack takes part in suggestions, as the merge decides it. */
export function entryEnabled(state: Pick<OptionsState, 'settings' | 'policy'>, entry: PackEntry): boolean {
  return isEnabled(entry, { disabled: state.settings.disabledPackIds, lockTeamPack: state.policy.lockTeamPack });
}
