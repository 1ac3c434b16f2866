import { createStore } from 'zustand/vanilla';
import type { Draft, InsertExtras, InsertOutcome, TicketState } from '../messaging/schemas';
import type { Honorific } from '../packs/render';

/** Everything the side panel needs from the browser, injected so the UI never calls `browser.*`. */
export interface PanelClient {
  /** The active tab's ticket, or null when no content script answers there (not a helpdesk tab). */
  getTicketState(): Promise<TicketState | null>;
  insertPhrase(text: string, extras?: InsertExtras): Promise<InsertOutcome>;
  copyToClipboard(text: string): Promise<boolean>;
  /** Calls back with the new state whenever the active tab's ticket changes or another tab becomes active. */
  subscribe(listener: (state: TicketState | null) => void): () => void;
  /** The reply draft of the active tab (null: no content script there). Also starts draft announcements. */
  getDraft(): Promise<Draft | null>;
  replaceInDraft(edit: DraftEdit): Promise<InsertOutcome>;
  subscribeDraft(listener: (draft: Draft) => void): () => void;
  /** Tells the tab how the agent addresses this ticket's customer, so its search palette says the same. */
  setHonorific(honorific: Honorific): Promise<void>;
}

/** Replace draft.slice(start, end) — which must still read `expected` — with `replacement`. */
export interface DraftEdit {
  start: number;
  end: number;
  expected: string;
  replacement: string;
}

export interface LastInsert {
  phraseId: string;
  outcome: InsertOutcome | { status: 'error'; reason: string };
  /** True when the phrase was put on the clipboard because it could not be inserted. */
  copied: boolean;
}

export interface PanelState {
  ticket: TicketState | null | 'loading';
  honorific: Honorific;
  lastInsert: LastInsert | null;
  draft: Draft | null;
  refresh(): Promise<void>;
  refreshDraft(): Promise<void>;
  /** Applies a coach suggestion in the editor; the outcome shows like an insertion's. */
  replaceInDraft(id: string, edit: DraftEdit): Promise<void>;
  insert(phraseId: string, text: string, extras?: InsertExtras): Promise<void>;
  setHonorific(honorific: Honorific): void;
}

/** A ticket's state carries the form of address chosen for it; a ticket without a choice starts polite. */
function withTicket(ticket: TicketState | null): Pick<PanelState, 'ticket' | 'honorific'> {
  return { ticket, honorific: (ticket?.kind === 'ticket' && ticket.honorific) || 'quý khách' };
}

export function createPanelStore(client: PanelClient) {
  const store = createStore<PanelState>()((set, get) => ({
    ticket: 'loading',
    honorific: 'quý khách',
    lastInsert: null,
    draft: null,
    async refreshDraft() {
      set({ draft: await client.getDraft().catch(() => null) });
    },
    async replaceInDraft(id, edit) {
      let outcome: LastInsert['outcome'];
      try {
        outcome = await client.replaceInDraft(edit);
      } catch (error) {
        outcome = { status: 'error', reason: error instanceof Error ? error.message : String(error) };
      }
      const copied = outcome.status === 'inserted' ? false : await client.copyToClipboard(edit.replacement).catch(() => false);
      set({ lastInsert: { phraseId: id, outcome, copied } });
    },
    async refresh() {
      try {
        set(withTicket(await client.getTicketState()));
      } catch {
        set({ ticket: null });
      }
    },
    async insert(phraseId, text, extras) {
      let outcome: LastInsert['outcome'];
      // The tab remembers the fill-ins with the ticket; until it next announces the ticket, so does the panel.
      const ticket = get().ticket;
      if (extras?.fillIns && typeof ticket === 'object' && ticket?.kind === 'ticket') {
        set({ ticket: { ...ticket, fillIns: { ...ticket.fillIns, ...extras.fillIns } } });
      }
      try {
        outcome = await client.insertPhrase(text, extras);
      } catch (error) {
        outcome = { status: 'error', reason: error instanceof Error ? error.message : String(error) };
      }
      // Whatever went wrong, the agent still gets the phrase: on the clipboard, ready to paste.
      const copied = outcome.status === 'inserted' ? false : await client.copyToClipboard(text).catch(() => false);
      set({ lastInsert: { phraseId, outcome, copied } });
    },
    setHonorific(honorific) {
      set({ honorific });
      // Not a helpdesk tab, or the tab went away: the choice still holds in this panel.
      void client.setHonorific(honorific).catch(() => {});
    },
  }));
  client.subscribe((ticket) => {
    store.setState(withTicket(ticket));
    // Another tab or ticket: its draft is another draft.
    void store.getState().refreshDraft();
  });
  client.subscribeDraft((draft) => store.setState({ draft }));
  return store;
}

export type PanelStore = ReturnType<typeof createPanelStore>;
