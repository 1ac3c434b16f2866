import { diffPacks } from '../packs/diff';
import { uniqueId } from '../packs/edit';
import { userKey } from '../packs/merge';
import { changedElsewhere, type SliceContext } from './options-writes';
import { takenPackIds } from './options-packs-slice';
import { addPack, findRecord, replacePack, revisionOf, type UserPackKind } from './stored';
import { isEditable, type OptionsState } from './options-store';

/**
 * Importing a pack file: the plan (new, replacement with its diff, or a copy beside a read-only pack) is made
 * from the page's view; applying it checks that the pack it replaces is still the one the diff was made from.
 */
export function createImportSlice(ctx: SliceContext): Pick<OptionsState, 'planImport' | 'applyImport'> {
  const { get, set, client, serial, writePacks } = ctx;
  return {
    planImport(pack) {
      const { entries, revisions } = get();
      const existing = entries.find((e) => e.pack.id === pack.id);
      if (existing && isEditable(existing)) {
        return {
          pack,
          replaces: {
            key: existing.key,
            name: existing.pack.name,
            version: existing.pack.version,
            kind: existing.origin as UserPackKind,
            diff: diffPacks(existing.pack, pack),
            revision: revisions[existing.key] ?? 0,
          },
        };
      }
      if (existing) {
        // Built-in and subscribed packs are read-only: the import is kept beside them under a new id.
        return { pack: { ...pack, id: uniqueId(`${pack.id}-copy`, new Set(entries.map((e) => e.pack.id))) }, renamedFrom: pack.id };
      }
      return { pack };
    },

    applyImport(plan, kind) {
      return serial(async () => {
        const { replaces } = plan;
        let id = plan.pack.id;
        const outcome = await writePacks((current) => {
          if (replaces) {
            const record = findRecord(current, plan.pack.id);
            if (!record || revisionOf(record) !== replaces.revision) return changedElsewhere();
            const step = { id: plan.pack.id, index: current.packs.indexOf(record), before: record, afterRevision: revisionOf(record) + 1 };
            return { next: replacePack(current, plan.pack.id, plan.pack), undo: { kind: 'packReplaced', label: replaces.name, step } };
          }
          // A pack with this id may have been created in another tab since the plan: import beside it.
          if (findRecord(current, id)) id = uniqueId(`${plan.pack.id}-copy`, takenPackIds(ctx, current));
          return { next: addPack(current, { ...plan.pack, id }, kind, client.now()) };
        });
        if (!outcome.ok) return null;
        set({ selectedKey: userKey(id) });
        return userKey(id);
      });
    },
  };
}
