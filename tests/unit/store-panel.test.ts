import { describe, expect, it } from 'vitest';
import type { TicketState } from '../../lib/messaging';
import type { Honorific } from '../../lib/packs/render';
import { createPanelStore, type PanelClient } from '../../lib/store/panel-store';

const ticket = (ticketId: string, honorific?: Honorific): TicketState => ({
  kind: 'ticket',
  snapshot: { site: 'zendesk', ticketId, subject: 'Giao hàng', requester: { name: 'Lan' }, messages: [], url: `https://x.zendesk.com/${ticketId}` },
  assessment: null,
  hasEditor: true,
  ...(honorific ? { honorific } : {}),
});

/** A tab that remembers the chosen form of address per ticket, as the content script does. */
function fakeTab(initial: TicketState | null) {
  let current = initial;
  const chosen = new Map<string, Honorific>();
  let listener: (state: TicketState | null) => void = () => {};
  const withChoice = (s: TicketState | null): TicketState | null =>
    s?.kind === 'ticket' && chosen.has(s.snapshot.ticketId) ? { ...s, honorific: chosen.get(s.snapshot.ticketId)! } : s;
  const client: PanelClient = {
    getTicketState: async () => withChoice(current),
    insertPhrase: async () => ({ status: 'no-editor' }),
    copyToClipboard: async () => true,
    subscribe: (l) => ((listener = l), () => {}),
    getDraft: async () => null,
    replaceInDraft: async () => ({ status: 'no-editor' }),
    subscribeDraft: () => () => {},
    async setHonorific(honorific) {
      if (current?.kind !== 'ticket') throw new Error('no ticket in this tab');
      chosen.set(current.snapshot.ticketId, honorific);
      listener(withChoice(current));
    },
  };
  const navigate = (next: TicketState | null) => {
    current = next;
    listener(withChoice(next));
  };
  return { client, navigate, chosen };
}

describe('side panel store: the form of address', () => {
  it('sends the choice to the tab, and each ticket shows its own (unchosen: quý khách)', async () => {
    const tab = fakeTab(ticket('1'));
    const store = createPanelStore(tab.client);
    await store.getState().refresh();
    expect(store.getState().honorific).toBe('quý khách');

    store.getState().setHonorific('chị');
    expect(store.getState().honorific).toBe('chị');
    await Promise.resolve();
    expect(tab.chosen.get('1')).toBe('chị');

    tab.navigate(ticket('2'));
    expect(store.getState().honorific).toBe('quý khách');
    tab.navigate(ticket('1'));
    expect(store.getState().honorific).toBe('chị');
  });

  it('keeps the choice in the panel when the tab cannot take it', async () => {
    const tab = fakeTab(null);
    const store = createPanelStore(tab.client);
    await store.getState().refresh();
    store.getState().setHonorific('anh');
    await Promise.resolve();
    expect(store.getState().honorific).toBe('anh');
  });

  it('a panel opened later starts from the choice the tab remembers', async () => {
    const store = createPanelStore(fakeTab(ticket('7', 'anh')).client);
    await store.getState().refresh();
    expect(store.getState().honorific).toBe('anh');
  });
});
