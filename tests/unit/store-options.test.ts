import { describe, expect, it } from 'vitest';
import { formatPack } from '../../lib/packs/format';
import { SUBSCRIPTION_KEY } from '../../lib/packs/merge';
import { createOptionsStore } from '../../lib/store/options-store';
import { derivePacks } from '../../lib/store/packs-store';
import { DEFAULT_SETTINGS } from '../../lib/store/stored';
import { createFakeOptionsClient, storedWith, testBuiltin, userPack } from '../fixtures/storage/fake-client';

async function setup(initial: Parameters<typeof createFakeOptionsClient>[0] = {}) {
  const { client, fake } = createFakeOptionsClient({ stored: storedWith({ pack: userPack() }), ...initial });
  const store = createOptionsStore(client, testBuiltin);
  await store.getState().load();
  return { store, fake, state: () => store.getState() };
}
const team = (s: ReturnType<Awaited<ReturnType<typeof setup>>['state']>) => s.entries.find((e) => e.key === 'user:team-en')!.pack;

describe('options store: editing', () => {
  it('saves a valid phrase in place and stamps the pack', async () => {
    const { state, fake } = await setup();
    const result = await state().savePhrase('user:team-en', { id: 'team-2-b', step: 2, text: 'Second, reworded for {{customer.firstName|you}}.' }, 'team-2-b');
    expect(result).toEqual({ ok: true, value: 'team-2-b' });
    expect(team(state()).phrases[1]!.text).toBe('Second, reworded for {{customer.firstName|you}}.');
    expect(team(state()).updatedAt).toBe('2026-06-01T09:00:00Z');
    expect(fake.packWrites).toBe(1);
    expect((fake.snapshot.stored.packs[0]!.pack as { phrases: { text: string }[] }).phrases[1]!.text).toContain('reworded');
  });

  it('refuses an invalid phrase with located errors and writes nothing', async () => {
    const { state, fake } = await setup();
    const before = structuredClone(fake.snapshot.stored);
    const bad = await state().savePhrase('user:team-en', { id: 'team-2-a', step: 2, text: 'Hi {{customer.nickname}}' }, 'team-2-a');
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.errors[0]).toMatchObject({ path: 'text', message: expect.stringMatching(/^unknown variable/) });
    const dup = await state().savePhrase('user:team-en', { id: 'team-2-c', step: 2, text: 'Fine text' }, 'team-2-a');
    expect(!dup.ok && dup.errors).toMatchObject([{ path: 'id', message: 'another phrase in this pack already has the id "team-2-c"' }]);
    const long = await state().savePhrase('user:team-en', { id: 'n', step: 2, text: 'x'.repeat(4001) }, null);
    expect(!long.ok && long.errors[0]).toMatchObject({ path: 'text', message: 'must be at most 4000 characters' });
    expect(fake.packWrites).toBe(0);
    expect(fake.snapshot.stored).toEqual(before);
  });

  it('never edits a built-in pack', async () => {
    const { state, fake } = await setup();
    const result = await state().savePhrase('builtin:builtin-en', { id: 'en-2-sorry', step: 2, text: 'Changed' }, 'en-2-sorry');
    expect(result.ok).toBe(false);
    expect(state().entries.find((e) => e.key === 'builtin:builtin-en')!.pack.phrases[0]!.text).toContain("I'm sorry");
    expect(fake.packWrites).toBe(0);
  });

  it('deletes with undo: undo puts back exactly what was there', async () => {
    const { state } = await setup();
    const original = formatPack(team(state()));
    expect(await state().deletePhrase('user:team-en', 'team-2-b')).toBe(true);
    expect(team(state()).phrases.map((p) => p.id)).toEqual(['team-2-a', 'team-2-c', 'team-4-a']);
    expect(state().undo).toMatchObject({ kind: 'phraseDeleted', label: 'Second' });
    await state().undoLast();
    expect(formatPack(team(state()))).toBe(original);
    expect(state().undo).toBeNull();
  });

  it('a failed write changes nothing and says why', async () => {
    const { state, fake } = await setup();
    fake.failWrites = 'QUOTA_BYTES quota exceeded';
    expect(await state().deletePhrase('user:team-en', 'team-2-a')).toBe(false);
    expect(state().saveError?.message).toBe('could not save: QUOTA_BYTES quota exceeded');
    expect(team(state()).phrases).toHaveLength(4);
    expect(state().undo).toBeNull();
  });

  it('reorders, duplicates, creates and deletes packs', async () => {
    const { state } = await setup();
    await state().movePhrase('user:team-en', 'team-2-c', 'team-2-a');
    expect(team(state()).phrases.map((p) => p.id)).toEqual(['team-2-c', 'team-2-a', 'team-2-b', 'team-4-a']);
    expect(await state().duplicatePhrase('user:team-en', 'team-4-a')).toBe('team-4-a-copy');
    const created = await state().createPack({ name: 'Câu của tôi', lang: 'vi', kind: 'personal' });
    expect(created).toEqual({ ok: true, value: 'user:cau-cua-toi' });
    expect(state().selectedKey).toBe('user:cau-cua-toi');
    expect(await state().deletePack('user:cau-cua-toi')).toBe(true);
    expect(state().entries.some((e) => e.key === 'user:cau-cua-toi')).toBe(false);
    await state().undoLast();
    expect(state().entries.some((e) => e.key === 'user:cau-cua-toi')).toBe(true);
  });

  it('copies a built-in phrase to a new personal pack under the same id, which then overrides it', async () => {
    const { state, fake } = await setup({ stored: { packs: [] } });
    const copy = await state().copyPhrase('builtin:builtin-en', 'en-2-sorry', { newPackName: 'My phrases (English)' });
    expect(copy).toEqual({ key: 'user:my-phrases-english', phraseId: 'en-2-sorry', existed: false });
    await state().savePhrase('user:my-phrases-english', { id: 'en-2-sorry', step: 2, text: 'So sorry!', categories: ['delivery'] }, 'en-2-sorry');
    const merged = derivePacks(fake.snapshot, testBuiltin).packs;
    const texts = merged.flatMap((p) => p.phrases.filter((ph) => ph.id === 'en-2-sorry').map((ph) => ph.text));
    expect(texts).toEqual(['So sorry!']);
    // A second copy of the same phrase opens the existing one instead of failing.
    expect(await state().copyPhrase('builtin:builtin-en', 'en-2-sorry', { key: 'user:my-phrases-english' })).toMatchObject({ existed: true });
  });

  it('applies rapid edits one after another, none lost (held-down Alt+↓, quick deletes)', async () => {
    const { state, fake } = await setup();
    await Promise.all([
      state().movePhrase('user:team-en', 'team-2-a', 'team-2-b'),
      state().movePhrase('user:team-en', 'team-2-a', 'team-2-c'),
      state().deletePhrase('user:team-en', 'team-4-a'),
      state().load(),
    ]);
    expect(team(state()).phrases.map((p) => p.id)).toEqual(['team-2-b', 'team-2-c', 'team-2-a']);
    expect((fake.snapshot.stored.packs[0]!.pack as { phrases: { id: string }[] }).phrases.map((p) => p.id)).toEqual(['team-2-b', 'team-2-c', 'team-2-a']);
  });

  it('keeps a damaged stored pack through other writes', async () => {
    const damaged = { id: 'old', name: 'Old', phrases: 'not a list' };
    const { state, fake } = await setup({ stored: storedWith({ pack: userPack() }, { pack: damaged }) });
    expect(state().damaged).toHaveLength(1);
    await state().deletePhrase('user:team-en', 'team-2-a');
    expect(fake.snapshot.stored.packs[1]!.pack).toEqual(damaged);
    await state().deleteDamaged(1);
    expect(fake.snapshot.stored.packs).toHaveLength(1);
    await state().undoLast();
    expect(fake.snapshot.stored.packs[1]!.pack).toEqual(damaged);
  });
});

describe('options store: import', () => {
  it('plans a new pack, a replacement with its diff, or a copy beside a read-only pack', async () => {
    const { state } = await setup();
    expect(state().planImport(userPack({ id: 'fresh' }))).toEqual({ pack: userPack({ id: 'fresh' }) });

    const next = userPack({ version: '1.1.0', phrases: [{ id: 'team-2-a', step: 2, text: 'First, changed' }, { id: 'team-5-new', step: 5, text: 'New' }] });
    const plan = state().planImport(next);
    expect(plan.replaces).toMatchObject({ key: 'user:team-en', name: 'Team (English)', kind: 'team' });
    expect(plan.replaces!.diff.added.map((p) => p.id)).toEqual(['team-5-new']);
    expect(plan.replaces!.diff.changed.map((c) => c.after.id)).toEqual(['team-2-a']);
    expect(plan.replaces!.diff.removed.map((p) => p.id)).toEqual(['team-2-b', 'team-2-c', 'team-4-a']);

    const clash = state().planImport(userPack({ id: 'builtin-en' }));
    expect(clash).toMatchObject({ renamedFrom: 'builtin-en', pack: { id: 'builtin-en-copy' } });
  });

  it('replaces only when applied, and the replacement can be undone', async () => {
    const { state } = await setup();
    const before = formatPack(team(state()));
    const plan = state().planImport(userPack({ version: '2.0.0', phrases: [{ id: 'only', step: 2, text: 'Only one' }] }));
    expect(formatPack(team(state()))).toBe(before);
    expect(await state().applyImport(plan, 'personal')).toBe('user:team-en');
    expect(team(state()).version).toBe('2.0.0');
    expect(state().entries.find((e) => e.key === 'user:team-en')!.origin).toBe('team'); // kind kept
    await state().undoLast();
    expect(formatPack(team(state()))).toBe(before);
  });
});

describe('options store: switching packs off, subscription, settings', () => {
  it('switches packs off and on through settings', async () => {
    const { state, fake } = await setup();
    await state().setPackEnabled('builtin:builtin-en', false);
    expect(fake.snapshot.settings.disabledPackIds).toEqual(['builtin:builtin-en']);
    await state().setPackEnabled('builtin:builtin-en', true);
    expect(fake.snapshot.settings.disabledPackIds).toEqual([]);
  });

  it('refuses a non-https address without asking for any permission', async () => {
    const { state, fake } = await setup();
    await state().subscribe('http://packs.example.com/team.json');
    expect(state().subscriptionUrlError?.message).toBe('only https addresses are allowed (this one starts with http://)');
    expect(fake.accessRequests).toEqual([]);
    expect(fake.snapshot.settings.teamPackUrl).toBe('');
  });

  it('asks for host access synchronously (inside the click), then downloads and installs the pack', async () => {
    const { state, fake } = await setup();
    fake.network = async () => new Response(formatPack(userPack({ id: 'published', name: 'Published' })), { headers: { etag: '"1"' } });
    const pending = state().subscribe('https://packs.example.com/team.json');
    expect(fake.accessRequests).toEqual(['https://packs.example.com/team.json']);
    await pending;
    expect(fake.snapshot.settings.teamPackUrl).toBe('https://packs.example.com/team.json');
    expect(state().entries.find((e) => e.key === SUBSCRIPTION_KEY)?.pack.name).toBe('Published');
    await state().unsubscribe();
    expect(state().entries.some((e) => e.key === SUBSCRIPTION_KEY)).toBe(false);
  });

  it('under a locked policy: the team pack stays on and the subscription stays', async () => {
    const subscription = { url: 'https://packs.example.com/team.json', pack: userPack({ id: 'published' }) };
    const { state, fake } = await setup({
      policy: { teamPackUrl: 'https://packs.example.com/team.json', lockTeamPack: true },
      subscription,
      settings: DEFAULT_SETTINGS,
    });
    await state().setPackEnabled(SUBSCRIPTION_KEY, false);
    expect(fake.snapshot.settings.disabledPackIds).toEqual([]);
    await state().unsubscribe();
    await state().subscribe('https://elsewhere.example.com/x.json');
    expect(fake.snapshot.subscription).toEqual(subscription);
    expect(fake.accessRequests).toEqual([]);
    expect(await state().savePhrase(SUBSCRIPTION_KEY, { id: 'team-2-a', step: 2, text: 'x' }, 'team-2-a')).toMatchObject({ ok: false });
  });

  it('a lock that arrives late (right after a browser start) still stops switching off or leaving the team pack', async () => {
    const subscription = { url: 'https://packs.example.com/team.json', pack: userPack({ id: 'published' }) };
    const settings = { ...DEFAULT_SETTINGS, teamPackUrl: 'https://packs.example.com/team.json' };
    // The page loaded before the browser's policy service answered: it shows no policy at all.
    const { state, fake } = await setup({ policy: { lockTeamPack: false }, subscription, settings });
    fake.settledPolicy = { lockTeamPack: true };
    await state().setPackEnabled(SUBSCRIPTION_KEY, false);
    expect(fake.snapshot.settings.disabledPackIds).toEqual([]);
    await state().unsubscribe();
    expect(fake.snapshot.settings.teamPackUrl).toBe('https://packs.example.com/team.json');
    expect(fake.snapshot.subscription).toEqual(subscription);
    // Without the lock, the same two actions go through.
    fake.settledPolicy = { lockTeamPack: false };
    await state().setPackEnabled(SUBSCRIPTION_KEY, false);
    expect(fake.snapshot.settings.disabledPackIds).toEqual([SUBSCRIPTION_KEY]);
  });

  it('saves general settings trimmed', async () => {
    const { state, fake } = await setup();
    await state().saveSettings({ agentName: '  Minh ', companyName: 'An Phát' });
    expect(fake.snapshot.settings).toMatchObject({ agentName: 'Minh', companyName: 'An Phát', paletteShortcut: 'Alt+Shift+P' });
  });
});
