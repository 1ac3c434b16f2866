import { z } from 'zod';
import { asProblem, locateIssues, type LocatedError } from '../packs/issues';
import { problem, type Problem } from '../packs/problems';
import { LIMITS, PackSchema, type Pack } from '../packs/schema';
import { migratePacksV1toV2 } from './migrations';

/**
 * What the extension keeps in storage, and pure functions over it. The storage items themselves
 * (versions, migrations) are in items.ts; the migrations in migrations.ts.
 */

// ---------- local:packs — the packs the user wrote (team packs and personal packs) ----------

export const PACKS_VERSION = 2;

export type UserPackKind = 'team' | 'personal';

/** One stored pack. `pack` is kept as stored and validated on every read, never trusted. */
export interface StoredPackRecord {
  kind: UserPackKind;
  createdAt: string;
  pack: unknown;
  /**
   * Counts the writes of this pack (absent: 0). An edit names the revision it was based on and is refused
   * when the stored pack has moved on, so one options page never overwrites what another saved.
   */
  revision?: number;
}

export interface StoredPacks {
  packs: StoredPackRecord[];
}

export const EMPTY_PACKS: StoredPacks = { packs: [] };

export interface UserPack {
  kind: UserPackKind;
  createdAt: string;
  pack: Pack;
}

/** A stored record that no longer validates. It is shown and kept (exportable), never silently dropped. */
export interface DamagedRecord {
  index: number;
  raw: unknown;
  /** The first thing wrong with it. */
  error: LocatedError;
}

export interface ReadPacks {
  user: UserPack[];
  damaged: DamagedRecord[];
}

/** Reads the stored value whatever it holds; nothing is thrown and nothing is discarded. */
export function readStoredPacks(value: unknown): ReadPacks {
  const records = asStoredPacks(value).packs;
  const out: ReadPacks = { user: [], damaged: [] };
  records.forEach((record, index) => {
    const parsed = PackSchema.safeParse(record.pack);
    if (parsed.success) out.user.push({ kind: record.kind, createdAt: record.createdAt, pack: parsed.data });
    else out.damaged.push({ index, raw: record.pack, error: locateIssues(parsed.error, record.pack)[0] ?? { path: '', ...problem('notAPack') } });
  });
  return out;
}

/** Coerces anything to the current shape without losing content: unknown records are kept as they are. */
export function asStoredPacks(value: unknown): StoredPacks {
  // A v1 value not migrated yet (read in the moment before the migration ran) still shows its packs.
  if (Array.isArray(value)) return migratePacksV1toV2(value);
  const list = (value as { packs?: unknown } | null)?.packs;
  if (!Array.isArray(list)) return { packs: [] };
  return {
    packs: list.map((item) => {
      const record = (typeof item === 'object' && item !== null ? item : {}) as Partial<StoredPackRecord>;
      const out: StoredPackRecord = {
        kind: record.kind === 'team' ? 'team' : 'personal',
        createdAt: typeof record.createdAt === 'string' ? record.createdAt : '',
        pack: 'pack' in record ? record.pack : item,
      };
      if (typeof record.revision === 'number' && Number.isSafeInteger(record.revision) && record.revision > 0) out.revision = record.revision;
      return out;
    }),
  };
}

export type WriteCheck = { ok: true; value: StoredPacks } | { ok: false; error: Problem };

/**
 * Validates the packs before a write, so a write is all or nothing: an invalid pack never reaches
 * storage and the previous value stays as it was. Records carried over unchanged from `previous`
 * (the same objects) are not re-judged, so a damaged record is kept rather than blocking every write.
 */
export function checkWrite(next: StoredPacks, previous: StoredPacks = EMPTY_PACKS): WriteCheck {
  const carried = new Set(previous.packs);
  const ids = new Set<string>();
  for (const record of next.packs) {
    const id = packIdOf(record);
    if (carried.has(record)) {
      if (id && ids.has(id)) return { ok: false, error: problem('samePackId', id) };
      if (id) ids.add(id);
      continue;
    }
    const parsed = PackSchema.safeParse(record.pack);
    if (!parsed.success) {
      const first: LocatedError = locateIssues(parsed.error, record.pack)[0] ?? { path: '', ...problem('notAPack') };
      const where = asProblem(first);
      return { ok: false, error: id ? problem('storedPackInvalid', id, where) : problem('packNotValid', where) };
    }
    if (ids.has(parsed.data.id)) return { ok: false, error: problem('samePackId', parsed.data.id) };
    ids.add(parsed.data.id);
    if (JSON.stringify(parsed.data).length > LIMITS.packBytes) {
      return { ok: false, error: problem('storedPackTooBig', parsed.data.id) };
    }
  }
  return { ok: true, value: next };
}

/** Replaces the record holding pack `id` (by position, so order and damaged neighbours are kept); one more revision. */
export function replacePack(stored: StoredPacks, id: string, pack: Pack, kind?: UserPackKind): StoredPacks {
  return {
    packs: stored.packs.map((record) =>
      packIdOf(record) === id ? { ...record, kind: kind ?? record.kind, pack, revision: revisionOf(record) + 1 } : record,
    ),
  };
}

export const revisionOf = (record: StoredPackRecord | undefined): number => record?.revision ?? 0;

export function findRecord(stored: StoredPacks, id: string): StoredPackRecord | undefined {
  return stored.packs.find((record) => packIdOf(record) === id);
}

export function addPack(stored: StoredPacks, pack: Pack, kind: UserPackKind, now: Date): StoredPacks {
  return { packs: [...stored.packs, { kind, createdAt: now.toISOString(), pack, revision: 1 }] };
}

export function removePack(stored: StoredPacks, id: string): StoredPacks {
  return { packs: stored.packs.filter((record) => packIdOf(record) !== id) };
}

export function packIdOf(record: StoredPackRecord): string | undefined {
  const id = (record.pack as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : undefined;
}

// ---------- sync:settings — small, synced between the user's browsers ----------

export const SETTINGS_VERSION = 1;

export const DEFAULT_PALETTE_SHORTCUT = 'Alt+Shift+P';

/** Each field falls back on its own, so one bad value never resets the others. */
export const SettingsSchema = z.object({
  agentName: z.string().max(100).catch(''),
  companyName: z.string().max(100).catch(''),
  /**
   * Keys of switched-off packs (`builtin:<id>`, `user:<id>`, `subscription`). Judged key by key: a bad key is
   * left out and the rest kept, and there is no count limit that could throw the whole list away.
   */
  disabledPackIds: z.array(z.unknown()).catch([]).transform((keys) => keys.filter(isPackKey)),
  paletteShortcut: z.string().max(40).catch(DEFAULT_PALETTE_SHORTCUT),
  /** The team pack URL the user subscribed to (an administrator's policy URL takes precedence). */
  teamPackUrl: z.string().max(2000).catch(''),
});
export type Settings = z.output<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  agentName: '',
  companyName: '',
  disabledPackIds: [],
  paletteShortcut: DEFAULT_PALETTE_SHORTCUT,
  teamPackUrl: '',
};

function isPackKey(key: unknown): key is string {
  return typeof key === 'string' && key.length > 0 && key.length <= 120;
}

export function parseSettings(value: unknown): Settings {
  const input = typeof value === 'object' && value !== null ? value : {};
  return SettingsSchema.parse({ ...DEFAULT_SETTINGS, ...input });
}

// ---------- managed storage — the administrator's policy (read-only) ----------

export interface Policy {
  /** Subscribe everyone to this pack URL. */
  teamPackUrl?: string;
  /** Agents can neither edit, unsubscribe nor switch off the team pack. */
  lockTeamPack: boolean;
}

export function parsePolicy(url: unknown, lock: unknown): Policy {
  return {
    ...(typeof url === 'string' && url.trim() ? { teamPackUrl: url.trim() } : {}),
    lockTeamPack: lock === true,
  };
}

/** The team pack URL in force: the administrator's, else the user's own. */
export function effectiveTeamPackUrl(settings: Settings, policy: Policy): string | null {
  return policy.teamPackUrl ?? (settings.teamPackUrl.trim() || null);
}
