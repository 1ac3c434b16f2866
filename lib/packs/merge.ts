import type { Pack } from './schema';

/**
 * Where a pack comes from. The order of this list is the merge order, highest priority first:
 * what the agent wrote beats what the team lead wrote beats what the team publishes beats what ships.
 */
export const PACK_ORIGINS = ['personal', 'team', 'subscription', 'builtin'] as const;
export type PackOrigin = (typeof PACK_ORIGINS)[number];

/** A pack as the extension holds it: its content plus where it came from and what may be done to it. */
export interface PackEntry {
  /** Stable key across sources (two sources may hold packs with the same id): `user:<id>`, `builtin:<id>`, `subscription`. */
  key: string;
  origin: PackOrigin;
  pack: Pack;
}

export const builtinKey = (id: string) => `builtin:${id}`;
export const userKey = (id: string) => `user:${id}`;
export const SUBSCRIPTION_KEY = 'subscription';

export interface PackSources {
  builtin: readonly Pack[];
  /** The user's own packs (team packs a team lead writes, personal packs), in their stored order. */
  user: readonly { kind: 'team' | 'personal'; pack: Pack }[];
  /** The last good copy of the subscribed team pack. */
  subscription?: Pack | null;
}

/** Every pack, in merge order (personal, team, subscribed team, built-in), each source keeping its own order. */
export function listPacks(sources: PackSources): PackEntry[] {
  const entries: PackEntry[] = [
    ...sources.user.map(({ kind, pack }) => ({ key: userKey(pack.id), origin: kind, pack })),
    ...(sources.subscription ? [{ key: SUBSCRIPTION_KEY, origin: 'subscription' as const, pack: sources.subscription }] : []),
    ...sources.builtin.map((pack) => ({ key: builtinKey(pack.id), origin: 'builtin' as const, pack })),
  ];
  return entries.sort((a, b) => PACK_ORIGINS.indexOf(a.origin) - PACK_ORIGINS.indexOf(b.origin));
}

export interface MergeOptions {
  /** Keys of packs the user switched off. */
  disabled: readonly string[];
  /** Admin policy: the subscribed team pack is always on and its phrases can't be overridden. */
  lockTeamPack?: boolean;
}

/** A switched-off pack is left out, except a subscribed team pack that the administrator locked. */
export function isEnabled(entry: PackEntry, options: MergeOptions): boolean {
  if (entry.origin === 'subscription' && options.lockTeamPack) return true;
  return !options.disabled.includes(entry.key);
}

/**
 * The packs suggestions come from: enabled packs in merge order. Packs stay separate, but a phrase id
 * that a higher pack of the same language already has is dropped from the lower one, so "copy to my
 * pack" and editing the copy replaces the original everywhere. A locked team pack moves to the top.
 */
export function mergePacks(entries: readonly PackEntry[], options: MergeOptions): Pack[] {
  const ordered = options.lockTeamPack
    ? [...entries.filter((e) => e.origin === 'subscription'), ...entries.filter((e) => e.origin !== 'subscription')]
    : [...entries];
  const seen = new Set<string>();
  const out: Pack[] = [];
  for (const entry of ordered) {
    if (!isEnabled(entry, options)) continue;
    const { pack } = entry;
    const phrases = pack.phrases.filter((p) => !seen.has(`${pack.lang}:${p.id}`));
    for (const phrase of phrases) seen.add(`${pack.lang}:${phrase.id}`);
    // Same object when nothing was hidden, so memoised consumers don't recompute.
    out.push(phrases.length === pack.phrases.length ? pack : { ...pack, phrases });
  }
  return out;
}
