import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Honorific } from '../../lib/packs/render';
import { createListener, createRequester, envelope, parseMessage, protocol, type RequestOf, type ResponseOf } from '../../lib/messaging';

describe('protocol', () => {
  it('ignores foreign messages and rejects malformed ones with a located error', () => {
    expect(parseMessage({ type: 'getTicketState' })).toMatchObject({ ok: false, foreign: true });
    expect(parseMessage('hello')).toMatchObject({ ok: false, foreign: true });
    expect(parseMessage({ calmreply: 1, type: 'nope', payload: {} })).toMatchObject({ ok: false, foreign: false });
    const bad = parseMessage({ calmreply: 1, type: 'insertPhrase', payload: { text: 42 } });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error).toContain('text');
  });

  it('accepts every well-formed message', () => {
    const ok = parseMessage(envelope('insertPhrase', { text: 'Thank you for telling us.' }));
    expect(ok).toEqual({ ok: true, message: { type: 'insertPhrase', payload: { text: 'Thank you for telling us.' } } });
  });

  it('types requests and responses from the one map', () => {
    expectTypeOf<RequestOf<'insertPhrase'>>().toEqualTypeOf<{
      text: string;
      extras?: { caretBack?: number; fillIns?: Record<string, string>; phraseKey?: string };
    }>();
    expectTypeOf<ResponseOf<'insertPhrase'>['status']>().toEqualTypeOf<'inserted' | 'no-editor' | 'failed'>();
    expectTypeOf<ResponseOf<'ticketStateChanged'>>().toEqualTypeOf<null>();
    // the forms of address on the wire are exactly the ones phrases are rendered with
    expectTypeOf<RequestOf<'setHonorific'>['honorific']>().toEqualTypeOf<Honorific>();
    // @ts-expect-error: unknown message types don't compile
    envelope('deleteEverything', {});
    expect(Object.keys(protocol)).toContain('insertPhrase');
  });

  it('round-trips through a listener and a requester, validating both ways', async () => {
    const listener = createListener({ insertPhrase: ({ text }) => ({ status: 'inserted', strategy: text }) });
    const send = (message: unknown) =>
      new Promise<unknown>((resolve) => {
        expect(listener(message, {}, resolve)).toBe(true);
      });
    const request = createRequester(send);
    await expect(request('insertPhrase', { text: 'paste' })).resolves.toEqual({ status: 'inserted', strategy: 'paste' });
    // A response that breaks the protocol is an error, not silently passed on.
    const liar = createRequester(async () => ({ status: 'maybe' }));
    await expect(liar('insertPhrase', { text: 'x' })).rejects.toThrow();
  });

  it('leaves messages it has no handler for to other listeners', () => {
    const listener = createListener({});
    expect(listener(envelope('getTicketState', {}), {}, () => {})).toBe(false);
  });
});
