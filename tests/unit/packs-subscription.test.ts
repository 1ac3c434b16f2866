import { describe, expect, it } from 'vitest';
import { formatPack } from '../../lib/packs/format';
import { PackSchema, type PackInput } from '../../lib/packs/schema';
import { parseSubscriptionState, refreshSubscription, syncSubscription, type FetchPack, type SubscriptionState } from '../../lib/packs/subscription';

const URL_A = 'https://packs.example.com/team.json';
const teamPack = (version: string, phrases = 2): PackInput => ({
  id: 'team',
  name: 'Team',
  lang: 'en',
  version,
  updatedAt: '2026-05-01T10:00:00Z',
  phrases: Array.from({ length: phrases }, (_, i) => ({ id: `p${i}`, step: 2, text: `Phrase ${i}` })),
});
const body = (pack: PackInput) => formatPack(PackSchema.parse(pack));

/** A fake server: answers from a queue, records what it was asked. */
function server(...responses: (Response | Error)[]) {
  const requests: { url: string; headers: Record<string, string> }[] = [];
  const fetch: FetchPack = async (url, init) => {
    requests.push({ url, headers: init.headers });
    const next = responses.shift();
    if (!next) throw new Error('no more responses');
    if (next instanceof Error) throw next;
    return next;
  };
  return { fetch, requests };
}
let clock = Date.parse('2026-05-02T08:00:00Z');
const deps = (fetch: FetchPack) => ({ fetch, now: () => new Date((clock += 60_000)) });

describe('refreshSubscription', () => {
  it('installs a valid pack with its ETag, then asks "changed?" with If-None-Match and keeps it on 304', async () => {
    const s = server(new Response(body(teamPack('1.0.0')), { headers: { etag: '"v1"' } }), new Response(null, { status: 304 }));
    const first = await refreshSubscription(null, URL_A, deps(s.fetch));
    expect(first).toMatchObject({ url: URL_A, packUrl: URL_A, etag: '"v1"', pack: { version: '1.0.0' } });
    expect(first.error).toBeUndefined();
    expect(s.requests[0]!.headers['if-none-match']).toBeUndefined();

    const second = await refreshSubscription(first, URL_A, deps(s.fetch));
    expect(s.requests[1]!.headers['if-none-match']).toBe('"v1"');
    expect(second.pack).toBe(first.pack);
    expect(second.installedAt).toBe(first.installedAt);
    expect(Date.parse(second.checkedAt!)).toBeGreaterThan(Date.parse(first.checkedAt!));
  });

  it('keeps the last good copy when the new one is invalid, and says why', async () => {
    const good = await refreshSubscription(null, URL_A, deps(server(new Response(body(teamPack('1.0.0')), { headers: { etag: '"v1"' } })).fetch));
    const broken = JSON.stringify({ ...teamPack('1.1.0'), phrases: [{ id: 'x', step: 9, text: 'x' }] });
    const after = await refreshSubscription(good, URL_A, deps(server(new Response(broken)).fetch));
    expect(after.pack).toEqual(good.pack);
    expect(after.installedAt).toBe(good.installedAt);
    expect(after.error).toMatchObject({ kind: 'invalid', message: 'the pack is not valid: phrases[0].step: expected 1-5' });
  });

  it('keeps the copy on network errors, HTTP errors and oversized bodies', async () => {
    const good = await refreshSubscription(null, URL_A, deps(server(new Response(body(teamPack('1.0.0')))).fetch));
    const cases: [Response | Error, string, RegExp][] = [
      [new TypeError('Failed to fetch'), 'network', /^could not reach packs\.example\.com: Failed to fetch$/],
      [new Response('nope', { status: 404, statusText: 'Not Found' }), 'http', /^the server answered 404 Not Found$/],
      [new Response('x', { headers: { 'content-length': String(3 * 1024 * 1024) } }), 'too-big', /limit is 2\.0 MB/],
      [new Response('"' + 'x'.repeat(2 * 1024 * 1024 + 10) + '"'), 'too-big', /over 2\.0 MB/],
      [new Response('{"id": '), 'invalid', /^the pack is not valid: not valid JSON at line 1, column 8/],
    ];
    for (const [response, kind, message] of cases) {
      const after = await refreshSubscription(good, URL_A, deps(server(response).fetch));
      expect(after.pack, kind).toEqual(good.pack);
      expect(after.error?.kind).toBe(kind);
      expect(after.error?.message).toMatch(message);
    }
  });

  it('refuses non-https URLs and redirects off https without fetching anything', async () => {
    const s = server();
    const state = await refreshSubscription(null, 'http://packs.example.com/team.json', deps(s.fetch));
    expect(state.error).toMatchObject({ kind: 'url', message: 'only https addresses are allowed (this one starts with http://)' });
    expect(s.requests).toEqual([]);

    const redirected = new Response(body(teamPack('1.0.0')));
    Object.defineProperty(redirected, 'url', { value: 'http://evil.example.com/team.json' });
    const after = await refreshSubscription(null, URL_A, deps(server(redirected).fetch));
    expect(after.pack).toBeUndefined();
    expect(after.error?.kind).toBe('url');
  });

  it('allows http://localhost only with allowLocalHttp (the e2e build)', async () => {
    const local = 'http://localhost:5173/team.json';
    const state = await refreshSubscription(null, local, { ...deps(server(new Response(body(teamPack('1.0.0')))).fetch), allowLocalHttp: true });
    expect(state.pack?.version).toBe('1.0.0');
  });

  it('a new address starts without an ETag but keeps the old copy until the new one works', async () => {
    const good = await refreshSubscription(null, URL_A, deps(server(new Response(body(teamPack('1.0.0')), { headers: { etag: '"v1"' } })).fetch));
    const s = server(new Response('gone', { status: 410 }));
    const moved = await refreshSubscription(good, 'https://other.example.com/pack.json', deps(s.fetch));
    expect(s.requests[0]!.headers['if-none-match']).toBeUndefined();
    expect(moved).toMatchObject({ url: 'https://other.example.com/pack.json', packUrl: URL_A, pack: { version: '1.0.0' } });
    expect(moved.etag).toBeUndefined();
  });
});

describe('syncSubscription and stored state', () => {
  it('reads the URL, refreshes and writes the outcome; does nothing without a URL', async () => {
    let stored: SubscriptionState | null = null;
    const s = server(new Response(body(teamPack('2.0.0'))));
    const io = {
      ...deps(s.fetch),
      url: URL_A as string | null,
      readUrl: async () => io.url,
      read: async () => stored,
      write: async (state: SubscriptionState) => {
        stored = state;
      },
    };
    await syncSubscription(io);
    expect(stored!.pack?.version).toBe('2.0.0');
    io.url = null;
    expect(await syncSubscription(io)).toBe(stored);
    expect(s.requests).toHaveLength(1);
  });

  it('reads stored state defensively', () => {
    expect(parseSubscriptionState(null)).toBeNull();
    expect(parseSubscriptionState({ nope: 1 })).toBeNull();
    const state = parseSubscriptionState({ url: URL_A, pack: { broken: true }, error: 'not an object', etag: '"x"' });
    expect(state).toEqual({ url: URL_A, etag: '"x"' });
  });
});
