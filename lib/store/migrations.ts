import type { StoredPacks } from './stored';

/**
 * Storage migrations: pure functions from one stored shape to the next, run by WXT when an item's
 * version is older than the code's (items.ts). They never drop content: anything they can't place is
 * carried over as a record that the options page shows as damaged and lets the user export.
 *
 * local:packs
 *   v1  the first format: a bare array of the user's packs, all personal.
 *   v2  `{ packs: [{ kind: 'team' | 'personal', createdAt, pack }] }`: team packs written by a team
 *       lead sit beside personal ones, and each record can grow fields without touching the pack.
 */

export function migratePacksV1toV2(value: unknown): StoredPacks {
  // Already v2 (another extension page migrated first, or wrote before its version mark): leave it be.
  if (typeof value === 'object' && value !== null && Array.isArray((value as { packs?: unknown }).packs)) {
    return value as StoredPacks;
  }
  const list = Array.isArray(value) ? value : value === null || value === undefined ? [] : [value];
  return {
    packs: list.map((pack: unknown) => ({
      kind: 'personal' as const,
      createdAt: createdAtOf(pack),
      pack,
    })),
  };
}

function createdAtOf(pack: unknown): string {
  const updatedAt = (pack as { updatedAt?: unknown } | null)?.updatedAt;
  return typeof updatedAt === 'string' ? updatedAt : '';
}

export const packsMigrations: Record<number, (value: unknown) => unknown> = {
  2: migratePacksV1toV2,
};

/** Runs the migrations from `fromVersion` up to `toVersion`, as WXT does (used by tests and by items.ts). */
export function migrate(
  value: unknown,
  fromVersion: number,
  toVersion: number,
  migrations: Record<number, (value: unknown) => unknown>,
): unknown {
  let current = value;
  for (let version = fromVersion + 1; version <= toVersion; version++) {
    current = migrations[version]?.(current) ?? current;
  }
  return current;
}
