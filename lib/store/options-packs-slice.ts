import type { Category } from '../detect/types';
import { duplicatePhrase, emptyPack, movePhrase, removePhrase, slugify, touch, uniqueId, upsertPhrase } from '../packs/edit';
import { locate, locateIssues } from '../packs/issues';
import { userKey } from '../packs/merge';
import { problem } from '../packs/problems';
import { PackSchema, PhraseSchema, type Pack, type PlaybookEntry } from '../packs/schema';
import { changedElsewhere, type SliceContext } from './options-writes';
import { addPack, findRecord, packIdOf, removePack, replacePack, revisionOf, type StoredPacks, type UserPackKind } from './stored';
import { isEditable, type OptionsState, type Result, type Undo } from './options-store';

type PacksSlice = Pick<
  OptionsState,
  | 'savePhrase'
  | 'deletePhrase'
  | 'duplicatePhrase'
  | 'movePhrase'
  | 'copyPhrase'
  | 'createPack'
  | 'updatePackDetails'
  | 'updatePlaybook'
  | 'duplicatePack'
  | 'deletePack'
  | 'deleteDamaged'
>;

/** Every id a new pack must not take: built-in, subscribed and the user's packs as stored now. */
export function takenPackIds(ctx: SliceContext, current: StoredPacks): Set<string> {
  const ids = new Set(ctx.builtin.map((p) => p.id));
  const subscribed = ctx.get().subscription?.pack?.id;
  if (subscribed) ids.add(subscribed);
  for (const record of current.packs) {
    const id = packIdOf(record);
    if (id) ids.add(id);
  }
  return ids;
}

/**
 * Edits of phrases and packs. Each one is applied to the pack as stored now, never to this page's copy.
 * Forms (the phrase editor, pack details, plan notes) also name the revision they were filled from (`base`):
 * a pack that moved on since is not overwritten, the page shows its new version, and the form or the banner
 * says so. One-click edits (delete, move, duplicate, copy a phrase) change only their phrase and apply to
 * the latest version, so two pages clicking at once both get their way.
 */
export function createPacksSlice(ctx: SliceContext): PacksSlice {
  const { get, set, client, serial, writePacks } = ctx;
  const entry = (key: string) => get().entries.find((e) => e.key === key);

  /** Applies `change` to an editable pack as stored now, stamps it, validates it and writes it. */
  function editPack(
    key: string,
    change: (pack: Pack) => Pack,
    options: { base: number | 'latest'; /** A form shows the conflict itself, with its own choices. */ formShowsConflict?: boolean; undo?: Omit<Undo, 'step'> },
  ): Promise<Result<Pack>> {
    return serial(async () => {
      const target = entry(key);
      if (!target || !isEditable(target)) return { ok: false, errors: [locate('', problem('readOnly'))] };
      const id = target.pack.id;
      const { base } = options;
      let saved: Pack | null = null;
      const outcome = await writePacks(
        (current) => {
          const record = findRecord(current, id);
          if (!record || (base !== 'latest' && revisionOf(record) !== base)) return changedElsewhere();
          const stored = PackSchema.safeParse(record.pack);
          if (!stored.success) return changedElsewhere();
          const changed = touch(change(stored.data), client.now());
          const parsed = PackSchema.safeParse(changed);
          if (!parsed.success) return { refused: locateIssues(parsed.error, changed) };
          saved = parsed.data;
          const index = current.packs.indexOf(record);
          const next = replacePack(current, id, parsed.data);
          const undo = options.undo && { ...options.undo, step: { id, index, before: record, afterRevision: revisionOf(record) + 1 } };
          return { next, ...(undo ? { undo } : {}) };
        },
        { bannerOnRefusal: !options.formShowsConflict },
      );
      return outcome.ok && saved ? { ok: true, value: saved } : { ok: false, errors: outcome.ok ? [locate('', problem('notSaved'))] : outcome.errors };
    });
  }

  return {
    async savePhrase(packKey, input, originalId, base) {
      const target = entry(packKey);
      if (!target || !isEditable(target)) return { ok: false, errors: [locate('', problem('readOnly'))] };
      const parsed = PhraseSchema.safeParse(input);
      const errors = parsed.success ? [] : locateIssues(parsed.error, input);
      const id = input.id;
      if (typeof id === 'string' && id !== originalId && target.pack.phrases.some((p) => p.id === id)) {
        errors.push(locate('id', problem('phraseIdTaken', id)));
      }
      if (!parsed.success || errors.length) return { ok: false, errors };
      const saved = await editPack(packKey, (pack) => upsertPhrase(pack, parsed.data, originalId), {
        base: base ?? get().revisions[packKey] ?? 0,
        formShowsConflict: true,
      });
      return saved.ok ? { ok: true, value: parsed.data.id } : saved;
    },

    async deletePhrase(packKey, id) {
      const phrase = entry(packKey)?.pack.phrases.find((p) => p.id === id);
      if (!phrase) return false;
      const label = phrase.title || phrase.text.slice(0, 60);
      return (await editPack(packKey, (pack) => removePhrase(pack, id), { base: 'latest', undo: { kind: 'phraseDeleted', label } })).ok;
    },

    async duplicatePhrase(packKey, id) {
      let copyId: string | null = null;
      const saved = await editPack(packKey, (pack) => {
        const result = duplicatePhrase(pack, id);
        copyId = result.id;
        return result.pack;
      }, { base: 'latest' });
      return saved.ok ? copyId : null;
    },

    async movePhrase(packKey, id, targetId) {
      return (await editPack(packKey, (pack) => movePhrase(pack, id, targetId), { base: 'latest' })).ok;
    },

    async copyPhrase(fromKey, phraseId, to) {
      const source = entry(fromKey)?.pack;
      const phrase = source?.phrases.find((p) => p.id === phraseId);
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
      // The copy keeps its id: in merged suggestions it replaces the original (README, merge order).
      if (target.pack.phrases.some((p) => p.id === phraseId)) return { key, phraseId, existed: true };
      const copy = { ...phrase, categories: [...phrase.categories], tags: [...phrase.tags] };
      const saved = await editPack(key, (pack) => upsertPhrase(pack, copy), { base: 'latest' });
      return saved.ok ? { key, phraseId, existed: false } : null;
    },

    createPack({ name, lang, kind }) {
      return serial(async () => {
        let id = '';
        const outcome = await writePacks((current) => {
          id = uniqueId(slugify(name) || 'pack', takenPackIds(ctx, current));
          const pack = emptyPack({ id, name: name.trim(), lang, author: get().settings.agentName || undefined, now: client.now() });
          const parsed = PackSchema.safeParse(pack);
          if (!parsed.success) return { refused: locateIssues(parsed.error, pack) };
          return { next: addPack(current, parsed.data, kind, client.now()) };
        });
        if (!outcome.ok) return outcome;
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
      }, { base: get().revisions[key] ?? 0 });
      return saved.ok ? { ok: true, value: undefined } : saved;
    },

    async updatePlaybook(key, category: Category, playbookEntry: PlaybookEntry | null) {
      const saved = await editPack(key, (pack) => {
        const playbook = { ...pack.playbook };
        if (playbookEntry) playbook[category] = playbookEntry;
        else delete playbook[category];
        const next: Pack = { ...pack, playbook };
        if (Object.keys(playbook).length === 0) delete next.playbook;
        return next;
      }, { base: get().revisions[key] ?? 0 });
      return saved.ok ? { ok: true, value: undefined } : saved;
    },

    duplicatePack(key, name) {
      return serial(async () => {
        const source = entry(key);
        if (!source) return null;
        let id = '';
        const kind: UserPackKind = source.origin === 'team' || source.origin === 'subscription' ? 'team' : 'personal';
        const outcome = await writePacks((current) => {
          id = uniqueId(slugify(name) || `${source.pack.id}-copy`, takenPackIds(ctx, current));
          const copy = touch({ ...structuredClone(source.pack), id, name }, client.now());
          return { next: addPack(current, copy, kind, client.now()) };
        });
        if (!outcome.ok) return null;
        set({ selectedKey: userKey(id) });
        return userKey(id);
      });
    },

    deletePack(key) {
      return serial(async () => {
        const target = entry(key);
        if (!target || !isEditable(target)) return false;
        const id = target.pack.id;
        const base = get().revisions[key] ?? 0;
        const outcome = await writePacks((current) => {
          const record = findRecord(current, id);
          if (!record || revisionOf(record) !== base) return changedElsewhere();
          const step = { id, index: current.packs.indexOf(record), before: record, afterRevision: null };
          return { next: removePack(current, id), undo: { kind: 'packDeleted', label: target.pack.name, step } };
        });
        if (outcome.ok && get().selectedKey === key) set({ selectedKey: get().entries[0]?.key ?? null });
        return outcome.ok;
      });
    },

    deleteDamaged(index) {
      return serial(async () => {
        const shown = get().stored.packs[index];
        if (!shown) return false;
        const outcome = await writePacks((current) => {
          // The record the page showed at that place, unchanged since: damaged records have no revision to go by.
          const record = current.packs[index];
          if (!record || JSON.stringify(record) !== JSON.stringify(shown)) return changedElsewhere();
          const id = packIdOf(record);
          const step = { index, before: record, afterRevision: null, ...(id ? { id } : {}) };
          return {
            next: { packs: current.packs.filter((_, i) => i !== index) },
            undo: { kind: 'damagedDeleted', label: id ?? `#${index + 1}`, step },
          };
        });
        return outcome.ok;
      });
    },
  };
}
