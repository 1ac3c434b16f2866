import { describe, expect, it } from 'vitest';
import { formatPack } from '../../lib/packs/format';
import { PackSchema, type PackInput } from '../../lib/packs/schema';
import { refreshSubscription, syncSubscription, type FetchPack, type SubscriptionState } from '../../lib/packs/subscription';

const URL_A = 'https://packs.example.com/team.json';
const teamPack = (version: string, text = 'Phrase'): PackInput => ({
  id: 'team',
  name: 'Team',
  lang: 'en',
  version,
  updatedAt: '2026-05-01T10:00:00Z',
  phrases: [{ id: 'p0', step: 2, text }],
});
const body = (pack: PackInput) => formatPack(PackSchema.parse(pack));
const answer = (...responses: Response[]): FetchPack => async () => {
  const next = responses.shift();
  if (!next) throw new Error('no more responses');
  return next;
};
const deps = (fetch: FetchPack) => ({ fetch, now: () => new Date('2026-05-02T08:00:00Z') });
/** What `fetch` gives after following redirects: the final address, marked as redirected. */
function redirectedTo(url: string, response: Response): Response {
  Object.defineProperty(response, 'url', { value: url });
  Object.defineProperty(response, 'redirected', { value: true });
  return response;
}

async function goodCopy(): Promise<SubscriptionState> {
  return refreshSubscription(null, URL_A, deps(answer(new Response(body(teamPack('1.0.0')), { headers: { etag: '"v1"' } }))));
}

describe('an honest subscription', () => {
  it('refuses a body that is not valid UTF-8 and keeps the last good copy', async () => {
    const good = await goodCopy();
    const bytes = new TextEncoder().encode(body(teamPack('1.1.0', 'Xin lỗi')));
    // Cut a three-byte "ỗ" after its first byte: a decoder that replaces would store U+FFFD. The byte after
    // the lead byte (1-based position at + 2) is the first that is not part of a character.
    const at = bytes.indexOf(0xe1);
    const broken = new Uint8Array([...bytes.slice(0, at + 1), ...bytes.slice(at + 3)]);
    const after = await refreshSubscription(good, URL_A, deps(answer(new Response(broken))));
    expect(after.pack).toEqual(good.pack);
    expect(after.error).toMatchObject({ kind: 'invalid', code: 'notUtf8' });
    expect(after.error?.message).toBe(`the pack is not valid UTF-8 text (byte ${at + 2} is not part of a character)`);
  });

  it('refuses a redirect to another host and names the address', async () => {
    const good = await goodCopy();
    const moved = redirectedTo('https://elsewhere.example.net/team.json', new Response(body(teamPack('9.0.0', 'Not ours'))));
    const after = await refreshSubscription(good, URL_A, deps(answer(moved)));
    expect(after.pack).toEqual(good.pack);
    expect(after.error).toMatchObject({
      kind: 'url',
      code: 'redirectOtherHost',
      message: 'the server sent the pack from another site, https://elsewhere.example.net/team.json; subscribe to that address if you trust it',
    });
  });

  it('follows a redirect on the same host', async () => {
    const moved = redirectedTo('https://packs.example.com/v2/team.json', new Response(body(teamPack('2.0.0'))));
    const after = await refreshSubscription(null, URL_A, deps(answer(moved)));
    expect(after.pack?.version).toBe('2.0.0');
    expect(after.error).toBeUndefined();
  });

  it('a 304 without a copy is an error, not "up to date"', async () => {
    const after = await refreshSubscription(null, URL_A, deps(answer(new Response(null, { status: 304 }))));
    expect(after.pack).toBeUndefined();
    expect(after.checkedAt).toBeUndefined();
    expect(after.error).toMatchObject({ kind: 'http', code: 'notModifiedNoCopy', message: 'the server answered "not modified" but there is no copy of the pack here yet' });
  });

  it('a full storage keeps the last good copy and stores why the new one was not kept', async () => {
    const good = await goodCopy();
    const writes: SubscriptionState[] = [];
    let stored: SubscriptionState = good;
    const io = {
      ...deps(answer(new Response(body(teamPack('2.0.0', 'x'.repeat(3000)))))),
      readUrl: async () => URL_A,
      read: async () => stored,
      async write(state: SubscriptionState) {
        writes.push(state);
        if (state.pack?.version === '2.0.0') throw new Error('QUOTA_BYTES quota exceeded');
        stored = state;
      },
    };
    const outcome = await syncSubscription(io);
    expect(writes).toHaveLength(2);
    expect(stored.pack).toEqual(good.pack);
    expect(stored.error).toMatchObject({ kind: 'storage', code: 'couldNotSave', message: 'could not save: QUOTA_BYTES quota exceeded' });
    expect(outcome).toEqual(stored);
  });

  it('an administrator address over 2,000 characters, checked twice, never loses the copy', async () => {
    let stored: unknown = await goodCopy();
    const { parseSubscriptionState } = await import('../../lib/packs/subscription');
    const io = {
      ...deps(answer()),
      readUrl: async () => `https://packs.example.com/${'a'.repeat(2100)}.json`,
      read: async () => parseSubscriptionState(stored),
      async write(state: SubscriptionState) {
        stored = JSON.parse(JSON.stringify(state));
      },
    };
    await syncSubscription(io);
    await syncSubscription(io);
    const after = parseSubscriptionState(stored);
    expect(after?.pack?.version).toBe('1.0.0');
    expect(after?.error).toMatchObject({ kind: 'url', code: 'urlTooLong' });
  });
});
