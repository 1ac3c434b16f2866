import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSubscriptionState } from '../../lib/packs/subscription';
import { parseSettings } from '../../lib/store/stored';
import { userPack } from '../fixtures/storage/fake-client';

describe('stored state is parsed field by field', () => {
  it('keeps every valid switched-off pack, however many there are', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 600 }), fc.integer({ min: 0, max: 5 }), (valid, invalid) => {
        const keys = Array.from({ length: valid }, (_, i) => `user:pack-${i}`);
        const junk: unknown[] = [42, null, 'x'.repeat(121), { key: 'user:a' }, ['user:b']].slice(0, invalid);
        const settings = parseSettings({ agentName: 'Lan', disabledPackIds: [...junk, ...keys] });
        expect(settings.disabledPackIds).toEqual(keys);
        expect(settings.agentName).toBe('Lan');
      }),
      { numRuns: 60 },
    );
  });

  it('one bad settings field never resets another', () => {
    const settings = parseSettings({ agentName: 7, companyName: 'Acme', disabledPackIds: 'user:a', paletteShortcut: 'Alt+K', teamPackUrl: 'x'.repeat(2001) });
    expect(settings).toEqual({ agentName: '', companyName: 'Acme', disabledPackIds: [], paletteShortcut: 'Alt+K', teamPackUrl: '' });
  });

  it('a team-pack address over 2,000 characters keeps the last good copy', () => {
    const pack = userPack();
    const long = `https://packs.example.com/${'a'.repeat(2100)}.json`;
    const state = parseSubscriptionState({
      url: long,
      pack,
      packUrl: 'https://packs.example.com/team.json',
      etag: '"v1"',
      installedAt: '2026-05-01T10:00:00.000Z',
      checkedAt: '2026-05-01T10:00:00.000Z',
    });
    expect(state).toEqual({
      url: '',
      pack,
      packUrl: 'https://packs.example.com/team.json',
      etag: '"v1"',
      installedAt: '2026-05-01T10:00:00.000Z',
      checkedAt: '2026-05-01T10:00:00.000Z',
    });
  });

  it('any one field of the subscription state may be broken: the others stay', () => {
    const pack = userPack();
    const good = { url: 'https://p.example.com/t.json', pack, packUrl: 'https://p.example.com/t.json', etag: '"e"', installedAt: '2026-05-01T10:00:00.000Z', checkedAt: '2026-05-02T10:00:00.000Z' };
    const breakers: Record<keyof typeof good, unknown> = { url: 5, pack: { id: 'x' }, packUrl: 'p'.repeat(2001), etag: 9, installedAt: 'x'.repeat(41), checkedAt: {} };
    for (const field of Object.keys(good) as (keyof typeof good)[]) {
      const state = parseSubscriptionState({ ...good, [field]: breakers[field] });
      const { [field]: _broken, ...rest } = good;
      expect(state).toEqual(field === 'url' ? { ...rest, url: '' } : rest);
    }
  });
});
