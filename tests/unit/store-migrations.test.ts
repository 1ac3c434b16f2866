import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { migrate, migratePacksV1toV2, packsMigrations } from '../../lib/store/migrations';
import { derivePacks, EMPTY_SNAPSHOT } from '../../lib/store/packs-store';
import { parseSettings, PACKS_VERSION, readStoredPacks, type StoredPacks } from '../../lib/store/stored';
import { parseSubscriptionState } from '../../lib/packs/subscription';
import { describeError } from '../../lib/packs/issues';

const example = (name: string): unknown => JSON.parse(readFileSync(new URL(`../fixtures/storage/${name}`, import.meta.url), 'utf8'));
const EXAMPLES = Array.from({ length: PACKS_VERSION }, (_, i) => ({ version: i + 1, file: `packs-v${i + 1}.json` }));

describe('local:packs migrations', () => {
  it('has an example file for every version up to the current one', () => {
    for (const { file } of EXAMPLES) expect(() => example(file), file).not.toThrow();
  });

  it.each(EXAMPLES)('migrates the v$version example to the current shape without losing a pack', ({ version, file }) => {
    const raw = example(file);
    const current = migrate(raw, version, PACKS_VERSION, packsMigrations) as StoredPacks;
    const read = readStoredPacks(current);
    const before = Array.isArray(raw) ? raw.length : (raw as StoredPacks).packs.length;
    expect(read.user.length + read.damaged.length).toBe(before);
  });

  it('v1 → v2: every pack becomes a personal record; an unreadable one is kept as damaged, not dropped', () => {
    const v1 = example('packs-v1.json') as unknown[];
    const v2 = migratePacksV1toV2(v1);
    expect(v2.packs.map((r) => r.kind)).toEqual(['personal', 'personal']);
    expect(v2.packs[0]!.pack).toEqual(v1[0]);
    expect(v2.packs[0]!.createdAt).toBe('2026-03-02T08:15:00Z');
    const read = readStoredPacks(v2);
    expect(read.user.map((u) => u.pack.id)).toEqual(['lan-personal']);
    expect(read.user[0]!.pack.phrases.map((p) => p.id)).toEqual(['vi-2-xin-loi-giao-cham', 'vi-5-kiem-tra']);
    expect(read.damaged).toHaveLength(1);
    expect(read.damaged[0]!.raw).toEqual(v1[1]);
    expect(describeError(read.damaged[0]!.error)).toMatch(/version|updatedAt|step/);
  });

  it('v1 → v2 is idempotent and readers understand an unmigrated v1 value', () => {
    const v2 = example('packs-v2.json');
    expect(migratePacksV1toV2(v2)).toBe(v2);
    const v1 = example('packs-v1.json');
    expect(readStoredPacks(v1).user.map((u) => u.pack.id)).toEqual(['lan-personal']);
  });

  it('v1 → v2 never throws on odd stored values', () => {
    expect(migratePacksV1toV2(null)).toEqual({ packs: [] });
    expect(migratePacksV1toV2(undefined)).toEqual({ packs: [] });
    expect(migratePacksV1toV2('garbage').packs).toEqual([{ kind: 'personal', createdAt: '', pack: 'garbage' }]);
  });

  it('the v2 example reads as a team and a personal pack, and the personal phrase overrides the team one', () => {
    const snapshot = { ...EMPTY_SNAPSHOT, stored: example('packs-v2.json') as StoredPacks };
    const { entries, packs } = derivePacks(snapshot, []);
    expect(entries.map((e) => `${e.origin}:${e.pack.id}`)).toEqual(['personal:my-phrases-en', 'team:support-team-en']);
    expect(packs[0]!.phrases.map((p) => p.id)).toEqual(['en-2-late-parcel']);
    expect(packs[1]!.phrases.map((p) => p.id)).toEqual(['en-4-reship']);
  });
});

describe('other stored items', () => {
  it('settings v1 example reads as is; bad fields fall back one by one', () => {
    expect(parseSettings(example('settings-v1.json'))).toEqual(example('settings-v1.json'));
    expect(parseSettings({ agentName: 42, companyName: 'An Phát', disabledPackIds: 'x' })).toEqual({
      agentName: '',
      companyName: 'An Phát',
      disabledPackIds: [],
      paletteShortcut: 'Alt+Shift+P',
      teamPackUrl: '',
    });
    expect(parseSettings(null).paletteShortcut).toBe('Alt+Shift+P');
  });

  it('subscription v1 example reads with its last good copy and error', () => {
    const state = parseSubscriptionState(example('subscription-v1.json'));
    expect(state?.pack?.phrases).toHaveLength(1);
    expect(state?.error?.kind).toBe('http');
  });
});

describe('the WXT storage items', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.resetModules();
  });

  it('migrate a stored v1 value on first use and record version 2', async () => {
    const v1 = example('packs-v1.json');
    await fakeBrowser.storage.local.set({ packs: v1 });
    const { packsItem } = await import('../../lib/store/items');
    expect(await packsItem.getValue()).toEqual(migratePacksV1toV2(v1));
    expect(await fakeBrowser.storage.local.get('packs$')).toEqual({ packs$: { v: 2 } });
  });

  it('leave a current v2 value as it is', async () => {
    const v2 = example('packs-v2.json');
    await fakeBrowser.storage.local.set({ packs: v2, packs$: { v: 2 } });
    const { packsItem } = await import('../../lib/store/items');
    expect(await packsItem.getValue()).toEqual(v2);
  });

  it('start empty, and the first write records the current version', async () => {
    const { packsItem, settingsItem } = await import('../../lib/store/items');
    expect(await packsItem.getValue()).toEqual({ packs: [] });
    await packsItem.setValue({ packs: [] });
    expect(await fakeBrowser.storage.local.get('packs$')).toEqual({ packs$: { v: 2 } });
    expect((await settingsItem.getValue()).paletteShortcut).toBe('Alt+Shift+P');
  });
});
