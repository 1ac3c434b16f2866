import { describe, expect, it } from 'vitest';
import { listPacks, mergePacks, SUBSCRIPTION_KEY, type PackSources } from '../../lib/packs/merge';
import { PackSchema, type Pack } from '../../lib/packs/schema';
import { filterPhrases, foldText, NO_FILTER } from '../../lib/packs/filter';

const mk = (id: string, lang: 'vi' | 'en', phraseIds: string[], text = id): Pack =>
  PackSchema.parse({
    id,
    name: id,
    lang,
    version: '1.0.0',
    updatedAt: '2026-05-01T10:00:00Z',
    phrases: phraseIds.map((pid) => ({ id: pid, step: 2, text: `${text}: ${pid}` })),
  });

const sources: PackSources = {
  builtin: [mk('builtin-vi', 'vi', ['a', 'b']), mk('builtin-en', 'en', ['a', 'b', 'c'])],
  subscription: mk('team-published', 'en', ['b', 'd'], 'subscribed'),
  user: [
    { kind: 'team', pack: mk('team-draft', 'en', ['d', 'e'], 'team draft') },
    { kind: 'personal', pack: mk('mine', 'en', ['c', 'e'], 'mine') },
  ],
};

const texts = (packs: Pack[]) => packs.map((p) => `${p.id}: ${p.phrases.map((ph) => ph.id).join(',')}`);

describe('merge order', () => {
  it('lists personal, then team, then the subscribed team pack, then built-in', () => {
    expect(listPacks(sources).map((e) => `${e.origin}:${e.key}`)).toEqual([
      'personal:user:mine',
      'team:user:team-draft',
      `subscription:${SUBSCRIPTION_KEY}`,
      'builtin:builtin:builtin-vi',
      'builtin:builtin:builtin-en',
    ]);
  });

  it('keeps packs separate but lets a higher pack override a phrase id of the same language', () => {
    expect(texts(mergePacks(listPacks(sources), { disabled: [] }))).toEqual([
      'mine: c,e',
      'team-draft: d',
      'team-published: b',
      'builtin-vi: a,b', // another language: untouched
      'builtin-en: a',
    ]);
  });

  it('leaves out switched-off packs, and what they hid comes back', () => {
    expect(texts(mergePacks(listPacks(sources), { disabled: ['user:mine', 'builtin:builtin-vi'] }))).toEqual([
      'team-draft: d,e',
      'team-published: b',
      'builtin-en: a,c',
    ]);
  });

  it('a locked team pack is always on and wins over personal phrases', () => {
    const merged = mergePacks(listPacks(sources), { disabled: [SUBSCRIPTION_KEY], lockTeamPack: true });
    expect(texts(merged)).toEqual(['team-published: b,d', 'mine: c,e', 'team-draft: ', 'builtin-vi: a,b', 'builtin-en: a']);
  });

  it('returns the same pack object when nothing of it was hidden', () => {
    const entries = listPacks(sources);
    const merged = mergePacks(entries, { disabled: [] });
    expect(merged[0]).toBe(entries[0]!.pack);
    expect(merged[4]).not.toBe(entries[4]!.pack);
  });
});

describe('filterPhrases', () => {
  const pack = PackSchema.parse({
    id: 'p', name: 'p', lang: 'vi', version: '1.0.0', updatedAt: '2026-05-01T10:00:00Z',
    phrases: [
      { id: 'vi-2-a', step: 2, text: 'Dạ, em thành thật xin lỗi {{honorific}} ạ.', categories: ['delivery'], tags: ['giao hàng'] },
      { id: 'vi-3-b', step: 3, title: 'Hỏi mã đơn', text: 'Cho em xin mã đơn hàng ạ.', categories: ['billing'] },
    ],
  });
  it('matches accent-insensitively on text, title, id and tags, and filters by step and category', () => {
    expect(foldText('Đơn HÀNG')).toBe('don hang');
    expect(filterPhrases(pack.phrases, { ...NO_FILTER, text: 'xin loi' }).map((p) => p.id)).toEqual(['vi-2-a']);
    expect(filterPhrases(pack.phrases, { ...NO_FILTER, text: 'hang' }).map((p) => p.id)).toEqual(['vi-2-a', 'vi-3-b']);
    expect(filterPhrases(pack.phrases, { ...NO_FILTER, text: 'don hang' }).map((p) => p.id)).toEqual(['vi-3-b']);
    expect(filterPhrases(pack.phrases, { ...NO_FILTER, text: 'hoi ma' }).map((p) => p.id)).toEqual(['vi-3-b']);
    expect(filterPhrases(pack.phrases, { text: '', step: 3, category: null }).map((p) => p.id)).toEqual(['vi-3-b']);
    expect(filterPhrases(pack.phrases, { text: '', step: null, category: 'delivery' }).map((p) => p.id)).toEqual(['vi-2-a']);
    expect(filterPhrases(pack.phrases, { text: 'loi', step: 3, category: null })).toEqual([]);
  });
});
