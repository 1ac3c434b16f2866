import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBrowserOptionsClient } from '../../entrypoints/options/client';
import { createOptionsStore } from '../../lib/store/options-store';
import { packsItem, settingsItem } from '../../lib/store/items';
import { asStoredPacks, DEFAULT_SETTINGS, type StoredPacks } from '../../lib/store/stored';
import { storedWith, testBuiltin, userPack } from '../fixtures/storage/fake-client';

/** Two options pages on one browser's storage, each with its own store, as two tabs have. */
async function twoTabs(stored: StoredPacks = storedWith({ pack: userPack() })) {
  await packsItem.setValue(stored);
  await settingsItem.setValue({ ...DEFAULT_SETTINGS, agentName: 'Lan', companyName: 'Acme' });
  const a = createOptionsStore(createBrowserOptionsClient(), testBuiltin);
  const b = createOptionsStore(createBrowserOptionsClient(), testBuiltin);
  await Promise.all([a.getState().load(), b.getState().load()]);
  return { a: () => a.getState(), b: () => b.getState() };
}
const storedPhrases = async () =>
  ((asStoredPacks(await packsItem.getValue()).packs[0]!.pack as { phrases: { id: string; text: string }[] }).phrases);
/** Lets storage.onChanged reach the other page and its reload finish. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

beforeEach(() => fakeBrowser.reset());

describe('two options pages never overwrite each other', () => {
  it('General: one page saves the name, the other (loaded earlier) the company; both stay', async () => {
    const { a, b } = await twoTabs();
    await a().saveSettings({ agentName: 'Minh' });
    await b().saveSettings({ companyName: 'Calm Co' });
    expect(await settingsItem.getValue()).toMatchObject({ agentName: 'Minh', companyName: 'Calm Co' });
    await settle();
    expect(a().settings).toMatchObject({ agentName: 'Minh', companyName: 'Calm Co' });
    expect(b().settings).toMatchObject({ agentName: 'Minh', companyName: 'Calm Co' });
  });

  it('General: saves landing together keep both fields', async () => {
    const { a, b } = await twoTabs();
    await Promise.all([a().saveSettings({ agentName: 'Minh' }), b().saveSettings({ companyName: 'Calm Co' })]);
    expect(await settingsItem.getValue()).toMatchObject({ agentName: 'Minh', companyName: 'Calm Co' });
  });

  it('switching packs off in two pages at once keeps both', async () => {
    const { a, b } = await twoTabs();
    await Promise.all([a().setPackEnabled('builtin:builtin-en', false), b().setPackEnabled('builtin:builtin-vi', false)]);
    expect((await settingsItem.getValue()).disabledPackIds.sort()).toEqual(['builtin:builtin-en', 'builtin:builtin-vi']);
  });

  it('an editor opened before another page saved is refused and told, and saves over it only when asked', async () => {
    const { a, b } = await twoTabs();
    const baseB = b().revisions['user:team-en']!;
    expect(await a().savePhrase('user:team-en', { id: 'team-2-a', step: 2, text: 'Edited in A.' }, 'team-2-a', a().revisions['user:team-en'])).toEqual({ ok: true, value: 'team-2-a' });
    const stale = await b().savePhrase('user:team-en', { id: 'team-2-a', step: 2, text: 'Edited in B.' }, 'team-2-a', baseB);
    expect(stale).toEqual({ ok: false, errors: [{ path: '', code: 'packChangedElsewhere', message: 'this pack was changed in another tab; the page now shows that version' }] });
    expect((await storedPhrases())[0]!.text).toBe('Edited in A.');
    // B now shows A's version without waiting for anything.
    expect(b().entries.find((e) => e.key === 'user:team-en')!.pack.phrases[0]!.text).toBe('Edited in A.');
    // "Keep mine".
    expect(await b().savePhrase('user:team-en', { id: 'team-2-a', step: 2, text: 'Edited in B.' }, 'team-2-a', 'latest')).toEqual({ ok: true, value: 'team-2-a' });
    expect((await storedPhrases()).map((p) => p.text)).toEqual(['Edited in B.', 'Second phrase.', 'Third phrase.', 'We will send a replacement today.']);
  });

  it('saves landing together: exactly one is stored, the other is refused and told, none half-applied', async () => {
    for (let round = 0; round < 20; round++) {
      fakeBrowser.reset();
      const { a, b } = await twoTabs();
      const [ra, rb] = await Promise.all([
        a().savePhrase('user:team-en', { id: 'team-2-a', step: 2, text: 'From A.' }, 'team-2-a', a().revisions['user:team-en']),
        b().savePhrase('user:team-en', { id: 'team-2-b', step: 2, text: 'From B.' }, 'team-2-b', b().revisions['user:team-en']),
      ]);
      expect([ra.ok, rb.ok].sort()).toEqual([false, true]);
      const texts = (await storedPhrases()).map((p) => p.text);
      expect(texts).toEqual(ra.ok ? ['From A.', 'Second phrase.', 'Third phrase.', 'We will send a replacement today.'] : ['First phrase.', 'From B.', 'Third phrase.', 'We will send a replacement today.']);
      const refused = ra.ok ? rb : ra;
      expect(!refused.ok && refused.errors[0]!.code).toBe('packChangedElsewhere');
    }
  });

  it('one-click edits in two pages at once are applied one after the other, both kept', async () => {
    const { a, b } = await twoTabs();
    await a().deletePhrase('user:team-en', 'team-2-c');
    await settle();
    await b().deletePhrase('user:team-en', 'team-4-a');
    expect((await storedPhrases()).map((p) => p.id)).toEqual(['team-2-a', 'team-2-b']);
  });

  it('one-click edits landing together: both applied, one after the other', async () => {
    const { a, b } = await twoTabs();
    const [ra, rb, rc] = await Promise.all([
      a().deletePhrase('user:team-en', 'team-2-c'),
      b().deletePhrase('user:team-en', 'team-4-a'),
      b().movePhrase('user:team-en', 'team-2-b', 'team-2-a'),
    ]);
    expect([ra, rb, rc]).toEqual([true, true, true]);
    expect((await storedPhrases()).map((p) => p.id)).toEqual(['team-2-b', 'team-2-a']);
  });

  it('a phrase deleted in one page is not re-created by the other', async () => {
    const { a, b } = await twoTabs();
    const baseB = b().revisions['user:team-en']!;
    expect(await a().deletePhrase('user:team-en', 'team-2-b')).toBe(true);
    // B still had the phrase on screen when it moved another one, and its editor open on the deleted one.
    await b().movePhrase('user:team-en', 'team-2-c', 'team-2-a');
    const edit = await b().savePhrase('user:team-en', { id: 'team-2-b', step: 2, text: 'Second, edited.' }, 'team-2-b', baseB);
    expect(edit.ok).toBe(false);
    expect((await storedPhrases()).map((p) => p.id)).not.toContain('team-2-b');
  });

  it('undo in one page does not roll back what the other saved since', async () => {
    const { a, b } = await twoTabs();
    await a().deletePhrase('user:team-en', 'team-2-a');
    await settle();
    await b().savePhrase('user:team-en', { id: 'team-4-a', step: 4, text: 'Saved in B.' }, 'team-4-a', b().revisions['user:team-en']);
    await a().undoLast();
    expect(a().saveError?.code).toBe('packChangedElsewhere');
    expect((await storedPhrases()).map((p) => p.text)).toEqual(['Second phrase.', 'Third phrase.', 'Saved in B.']);
  });

  it('a pack created in another page survives this page creating one', async () => {
    const { a, b } = await twoTabs();
    await a().createPack({ name: 'Mine', lang: 'en', kind: 'personal' });
    const created = await b().createPack({ name: 'Mine', lang: 'en', kind: 'personal' });
    expect(created).toEqual({ ok: true, value: 'user:mine-2' });
    const ids = asStoredPacks(await packsItem.getValue()).packs.map((r) => (r.pack as { id: string }).id);
    expect(ids).toEqual(['team-en', 'mine', 'mine-2']);
  });

  it('open pages follow storage as it changes', async () => {
    const { a, b } = await twoTabs();
    await a().deletePack('user:team-en');
    await settle();
    expect(b().entries.some((e) => e.key === 'user:team-en')).toBe(false);
    await a().saveSettings({ agentName: 'Hoa' });
    await settle();
    expect(b().settings.agentName).toBe('Hoa');
  });
});
