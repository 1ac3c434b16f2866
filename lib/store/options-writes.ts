import type { StoreApi } from 'zustand/vanilla';
import type { Pack } from '../packs/schema';
import { locate, type LocatedError } from '../packs/issues';
import { errorText, problem, type Problem } from '../packs/problems';
import { userKey } from '../packs/merge';
import { derivePacks, type PacksSnapshot } from './packs-store';
import { checkWrite, packIdOf, readStoredPacks, revisionOf, type StoredPackRecord, type StoredPacks } from './stored';
import type { OptionsClient, OptionsState, Undo } from './options-store';

/**
 * The one home of the rule "every write starts from the stored value". A change is a function of what is
 * stored *now* (read under a lock shared by every extension page, lib/store/exclusive.ts), never of what
 * this page loaded earlier; it may refuse, e.g. when the pack moved on since the user's view of it.
 */
export type PackChange = (current: StoredPacks) =>
  | { next: StoredPacks; undo?: Undo; /** Records allowed through unjudged (a damaged one put back). */ known?: StoredPackRecord[] }
  | { refused: LocatedError[] };

export type WriteOutcome = { ok: true; stored: StoredPacks } | { ok: false; errors: LocatedError[] };

export interface SliceContext {
  client: OptionsClient;
  builtin: readonly Pack[];
  get: StoreApi<OptionsState>['getState'];
  set: StoreApi<OptionsState>['setState'];
  /** Runs this page's reads and writes one after another. */
  serial<T>(task: () => Promise<T>): Promise<T>;
  derive(snapshot: PacksSnapshot): Pick<OptionsState, keyof PacksSnapshot | 'entries' | 'damaged' | 'revisions'>;
  writePacks(change: PackChange, options?: { bannerOnRefusal?: boolean }): Promise<WriteOutcome>;
}

export const CHANGED_ELSEWHERE = 'packChangedElsewhere';
export const changedElsewhere = (): { refused: LocatedError[] } => ({ refused: [locate('', problem(CHANGED_ELSEWHERE))] });
export const isConflict = (errors: readonly LocatedError[]) => errors.some((e) => e.code === CHANGED_ELSEWHERE);

/** Each user pack's revision, by entry key. */
export function revisionsOf(stored: StoredPacks): Record<string, number> {
  const out: Record<string, number> = {};
  for (const record of stored.packs) {
    const id = packIdOf(record);
    if (id) out[userKey(id)] = revisionOf(record);
  }
  return out;
}

export function createContext(
  client: OptionsClient,
  builtin: readonly Pack[],
  api: Pick<StoreApi<OptionsState>, 'getState' | 'setState'>,
): SliceContext {
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => {});
    return run;
  };
  const derive = (snapshot: PacksSnapshot) => ({
    stored: snapshot.stored,
    settings: snapshot.settings,
    subscription: snapshot.subscription,
    policy: snapshot.policy,
    entries: derivePacks(snapshot, builtin).entries,
    damaged: readStoredPacks(snapshot.stored).damaged,
    revisions: revisionsOf(snapshot.stored),
  });
  const { getState: get, setState: set } = api;

  async function writePacks(change: PackChange, options: { bannerOnRefusal?: boolean } = {}): Promise<WriteOutcome> {
    let refused: LocatedError[] | null = null;
    let undo: Undo | undefined;
    let written: StoredPacks;
    try {
      written = await client.updatePacks((current) => {
        const out = change(current);
        if ('refused' in out) {
          refused = out.refused;
          return null;
        }
        const check = checkWrite(out.next, { packs: [...current.packs, ...(out.known ?? [])] });
        if (!check.ok) {
          refused = [locate('', check.error)];
          return null;
        }
        undo = out.undo;
        return out.next;
      });
    } catch (error) {
      const failed: Problem = problem('couldNotSave', errorText(error));
      set({ saveError: failed });
      return { ok: false, errors: [locate('', failed)] };
    }
    // Whatever happened, the page now shows what is stored: a refused edit shows the other tab's version.
    set({ ...derive({ ...get(), stored: written }) });
    if (refused) {
      const errors: LocatedError[] = refused;
      if (options.bannerOnRefusal !== false) set({ saveError: errors[0] ?? problem('notSaved') });
      return { ok: false, errors };
    }
    set({ saveError: null, ...(undo ? { undo } : {}) });
    return { ok: true, stored: written };
  }

  return { client, builtin, get, set, serial, derive, writePacks };
}
