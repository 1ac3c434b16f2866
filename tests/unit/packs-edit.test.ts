import { describe, expect, it } from 'vitest';
import { diffPacks, isEmptyDiff } from '../../lib/packs/diff';
import { bumpPatch, duplicatePhrase, emptyPack, movePhrase, newPhraseId, removePhrase, slugify, touch, uniqueId, upsertPhrase } from '../../lib/packs/edit';
import { PackSchema, PhraseSchema, type Pack } from '../../lib/packs/schema';
import { checkPackUrl, originPattern } from '../../lib/packs/url';

const pack = (): Pack =>
  PackSchema.parse({
    id: 'team',
    name: 'Team',
    lang: 'en',
    version: '1.0.0',
    updatedAt: '2026-05-01T10:00:00Z',
    playbook: { delivery: { goal: 'Deliver.' } },
    phrases: [
      { id: 'a', step: 2, text: 'A' },
      { id: 'b', step: 3, text: 'B' },
      { id: 'c', step: 2, text: 'C', shortcut: 'cee' },
      { id: 'd', step: 4, text: 'D' },
    ],
  });
const ids = (p: Pack) => p.phrases.map((ph) => ph.id).join(',');

describe('pack edits', () => {
  it('adds a new phrase after the last one of its step, replaces an edited one in place', () => {
    const original = pack();
    const added = upsertPhrase(original, PhraseSchema.parse({ id: 'n', step: 2, text: 'N' }));
    expect(ids(added)).toBe('a,b,c,n,d');
    expect(ids(upsertPhrase(original, PhraseSchema.parse({ id: 'n', step: 5, text: 'N' })))).toBe('a,b,c,d,n');
    const edited = upsertPhrase(original, PhraseSchema.parse({ id: 'b2', step: 3, text: 'B!' }), 'b');
    expect(ids(edited)).toBe('a,b2,c,d');
    expect(ids(original)).toBe('a,b,c,d'); // untouched
  });

  it('removes, duplicates right after the original (without its shortcut), moves to a target', () => {
    expect(ids(removePhrase(pack(), 'c'))).toBe('a,b,d');
    const { pack: dup, id } = duplicatePhrase(pack(), 'c');
    expect(id).toBe('c-copy');
    expect(ids(dup)).toBe('a,b,c,c-copy,d');
    expect(dup.phrases[3]!.shortcut).toBeUndefined();
    expect(duplicatePhrase(dup, 'c').id).toBe('c-copy-2');
    expect(ids(movePhrase(pack(), 'c', 'a'))).toBe('c,a,b,d');
    expect(ids(movePhrase(pack(), 'a', 'c'))).toBe('b,c,a,d');
    expect(movePhrase(pack(), 'a', 'missing').phrases.map((p) => p.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('makes ids: ASCII slugs from Vietnamese, unique suffixes', () => {
    expect(slugify('Xin lỗi vì Đơn hàng đến chậm!')).toBe('xin-loi-vi-don-hang-den-cham');
    expect(uniqueId('x', ['x', 'x-2'])).toBe('x-3');
    expect(newPhraseId(pack(), { step: 2, title: 'Sorry again', text: '' })).toBe('en-2-sorry-again');
    expect(newPhraseId(pack(), { step: 2, text: '{{honorific}} ơi' })).toBe('en-2-honorific-oi');
  });

  it('stamps updatedAt as a valid ISO date and bumps versions', () => {
    const stamped = touch(pack(), new Date('2026-06-01T12:34:56.789Z'));
    expect(stamped.updatedAt).toBe('2026-06-01T12:34:56Z');
    expect(PackSchema.safeParse(stamped).success).toBe(true);
    expect(PackSchema.safeParse(emptyPack({ id: 'p', name: 'P', lang: 'vi', now: new Date() })).success).toBe(true);
    expect(bumpPatch('1.4.9-beta')).toBe('1.4.10');
  });
});

describe('diffPacks', () => {
  it('says what a new version adds, changes and removes, phrase by phrase', () => {
    const before = pack();
    const after = PackSchema.parse({
      ...before,
      version: '1.1.0',
      playbook: { delivery: { goal: 'Deliver fast.' }, billing: { goal: 'Refund.' } },
      phrases: [
        { id: 'b', step: 3, text: 'B' },
        { id: 'a', step: 2, text: 'A, reworded', categories: ['delivery'] },
        { id: 'd', step: 4, text: 'D' },
        { id: 'e', step: 5, text: 'E' },
      ],
    });
    const diff = diffPacks(before, after);
    expect(diff.added.map((p) => p.id)).toEqual(['e']);
    expect(diff.removed.map((p) => p.id)).toEqual(['c']);
    expect(diff.changed.map((c) => [c.after.id, c.fields])).toEqual([['a', ['text', 'categories']]]);
    expect(diff.unchanged).toBe(2);
    expect(diff.details).toEqual(['version']);
    expect(diff.playbook).toEqual({ added: ['billing'], removed: [], changed: ['delivery'] });
    expect(diff.reordered).toBe(true);
    expect(isEmptyDiff(diff)).toBe(false);
    expect(isEmptyDiff(diffPacks(before, pack()))).toBe(true);
  });
});

describe('pack URLs', () => {
  it('accepts https only, and http://localhost only when the e2e build allows it', () => {
    expect(checkPackUrl('https://packs.example.com/team.json').ok).toBe(true);
    expect(checkPackUrl('http://packs.example.com/team.json')).toEqual({
      ok: false,
      error: { code: 'urlNotHttps', args: ['http:'], message: 'only https addresses are allowed (this one starts with http://)' },
    });
    expect(checkPackUrl('http://localhost:4000/team.json').ok).toBe(false);
    expect(checkPackUrl('http://localhost:4000/team.json', { allowLocalHttp: true }).ok).toBe(true);
    expect(checkPackUrl('http://127.0.0.1:4000/x', { allowLocalHttp: true }).ok).toBe(true);
    expect(checkPackUrl('http://example.com/x', { allowLocalHttp: true }).ok).toBe(false);
    expect(checkPackUrl('file:///etc/passwd').ok).toBe(false);
    expect(checkPackUrl('javascript:alert(1)').ok).toBe(false);
    expect(checkPackUrl('team.json')).toMatchObject({ ok: false, error: { code: 'urlInvalid', message: expect.stringMatching(/^not a web address/) } });
    expect(checkPackUrl('   ')).toMatchObject({ ok: false, error: { code: 'urlEmpty', message: 'enter the address of the team pack' } });
    expect(checkPackUrl('https://user:pw@example.com/x')).toMatchObject({ ok: false });
    expect(originPattern(new URL('https://packs.example.com:8443/a/b.json'))).toBe('https://packs.example.com/*');
  });
});
