import { changedElsewhere, type SliceContext } from './options-writes';
import { packIdOf, revisionOf } from './stored';
import type { OptionsState } from './options-store';

/**
 * Undo puts back one pack as it was, not the whole stored list: another tab's edits to other packs stay,
 * and a pack edited elsewhere since is not rolled back over those edits (the banner says so).
 */
export function createUndoSlice(ctx: SliceContext): Pick<OptionsState, 'undo' | 'undoLast' | 'dismissUndo'> {
  const { get, set, serial, writePacks } = ctx;
  return {
    undo: null,
    undoLast() {
      return serial(async () => {
        const undo = get().undo;
        if (!undo) return;
        const { id, index, before, afterRevision } = undo.step;
        const outcome = await writePacks((current) => {
          const at = id === undefined ? -1 : current.packs.findIndex((record) => packIdOf(record) === id);
          if (afterRevision === null) {
            // The pack was deleted: put it back where it was, unless one with its id exists again.
            if (at >= 0) return changedElsewhere();
            const packs = [...current.packs];
            packs.splice(Math.min(index, packs.length), 0, before);
            return { next: { packs }, known: [before] };
          }
          const record = current.packs[at];
          if (!record || revisionOf(record) !== afterRevision) return changedElsewhere();
          const packs = current.packs.map((r, i) => (i === at ? { ...before, revision: afterRevision + 1 } : r));
          return { next: { packs } };
        });
        if (outcome.ok) set({ undo: null });
      });
    },
    dismissUndo: () => set({ undo: null }),
  };
}
