import { describe, expect, it } from 'vitest';
import { LOCAL_QUOTA_BYTES, storageUse } from '../../lib/store/storage-use';
import { storedWith, userPack } from '../fixtures/storage/fake-client';

describe('storage use', () => {
  it('counts the packs as the browser stores them (JSON, UTF-8), in all and per pack, largest first', () => {
    const big = userPack({ id: 'big', phrases: [{ id: 'x', step: 2, text: 'ễ'.repeat(1000) }] });
    const small = userPack({ id: 'small' });
    const stored = storedWith({ pack: small }, { pack: big });
    const subscription = { url: 'https://p.example.com/t.json', pack: userPack({ id: 'team' }) };
    const use = storageUse(stored, subscription);
    const bytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value), 'utf8');
    expect(use.quota).toBe(LOCAL_QUOTA_BYTES);
    expect(use.used).toBe('packs'.length + bytes(stored) + 'teamSubscription'.length + bytes(subscription));
    expect(use.packs).toEqual([
      { key: 'user:big', id: 'big', bytes: bytes(stored.packs[1]) },
      { key: 'user:small', id: 'small', bytes: bytes(stored.packs[0]) },
      { key: 'subscription', id: 'team', bytes: bytes(subscription) },
    ]);
    expect(use.packs[0]!.bytes).toBeGreaterThan(3000); // "ễ" is three bytes in UTF-8
  });
});
