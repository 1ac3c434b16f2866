// First: zod's settings must be in place before any schema runs (lib/zod-config.ts).
import '../../lib/zod-config';
import { browser, defineContentScript } from '#imports';
import { insertText, isShown, type SavedSelection } from '../../lib/insert';
import { selectDraftRange } from '../../lib/insert/draft';
import { createListener, envelope, type InsertOutcome, type TicketReading } from '../../lib/messaging';
import type { InsertExtras } from '../../lib/messaging/schemas';
import { configureSites, HELPDESK_MATCHES, pickAdapter } from '../../lib/sites';
import { cleanSites, CUSTOM_SITES_KEY, patternFor } from '../../lib/sites/custom';
import { watchStoredValue } from './stored-value';
import { insertInPageWorld } from './page-world';
import { watchDraft } from './draft-watcher';
import { trackLastEditor } from './editor-tracker';
import { recordPhraseUse } from './usage-recorder';
import { rememberFillIns } from './fill-in-memory';
import { rememberHonorifics } from './honorifics';
import { createKeyHub } from './keys';
import { startPaletteLauncher } from './palette/launcher';
import { forgetAdapter, watchTicket } from './ticket-watcher';

/**
 * Tells the extension's pages something; nobody listening is fine. Once the extension is updated or removed,
 * this copy of the script may still run for up to a second (timers ask about that once a second), and then
 * `browser.runtime` is gone or throws: that is never the helpdesk page's error.
 */
function notify(message: object): void {
  try {
    browser.runtime.sendMessage(message).catch(() => {});
  } catch {
    // The extension's context is gone; WXT invalidates this script on its next check.
  }
}

export default defineContentScript({
  matches: HELPDESK_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    // This script runs only on helpdesk hosts and on sites the user added: there, a page no named adapter
    // reads falls back to the generic one.
    configureSites({ genericFallback: true });
    const keys = createKeyHub(ctx);
    const editors = trackLastEditor(ctx);

    const honorifics = rememberHonorifics();
    const fillIns = rememberFillIns();
    const withMemory = (state: TicketReading) => fillIns.withValues(honorifics.withChoice(state));
    const announce = (state: TicketReading) => {
      // The background sets the badge; an open side panel updates. Nobody listening is fine.
      notify(envelope('ticketStateChanged', withMemory(state)));
    };
    const watcher = watchTicket(ctx, announce);
    const ticket = { get: () => withMemory(watcher.get()), refresh: watcher.refresh };

    // Sites the user added pick their adapter in the options page; re-read the ticket when that changes.
    watchStoredValue(ctx, 'local', CUSTOM_SITES_KEY, (value) => {
      const sites = cleanSites(value);
      configureSites({ customSites: sites.map((site) => ({ pattern: patternFor(site), adapter: site.adapter })) });
      forgetAdapter();
      ticket.refresh();
    });

    const siteEditor = () => pickAdapter(location.href, document)?.findReplyEditor(document) ?? null;
    const replyEditor = () => editors.editor() ?? siteEditor();
    const shownOrNull = (editor: HTMLElement | null | undefined) => (editor && isShown(editor) ? editor : null);
    const draft = watchDraft(ctx, keys, replyEditor, (d) => {
      notify(envelope('draftChanged', d));
    });

    /** Inserts through lib/insert; the fill-in values go with the ticket for the next phrase that asks. */
    const insertAt = async (editor: HTMLElement, text: string, saved: SavedSelection | undefined, extras: InsertExtras = {}) => {
      fillIns.remember(watcher.get(), extras.fillIns);
      const result = await insertText(editor, text, saved, { pageWorld: insertInPageWorld, caretBack: extras.caretBack });
      draft.changed();
      if (result.status === 'inserted' && extras.phraseKey) recordPhraseUse(extras.phraseKey);
      return result;
    };

    const insert = async (text: string, extras?: InsertExtras): Promise<InsertOutcome> => {
      // Read the caret now, when the phrase goes in: the agent may have typed or moved it a moment ago.
      const saved = editors.caret();
      // A reply box the agent closed or hasn't opened yet (hidden until Reply is clicked) is no place to
      // insert: the panel says to open it first and puts the phrase on the clipboard.
      const editor = shownOrNull(saved?.editor) ?? shownOrNull(siteEditor());
      if (!editor) return { status: 'no-editor' };
      return insertAt(editor, text, saved?.editor === editor ? saved : undefined, extras);
    };

    /** The draft coach's "replace with": select exactly the flagged words, then insert over them. */
    const replace = async (start: number, end: number, expected: string, replacement: string): Promise<InsertOutcome> => {
      const editor = replyEditor();
      if (!editor) return { status: 'no-editor' };
      if (!selectDraftRange(editor, start, end, expected)) {
        return { status: 'failed', why: 'changed', reason: 'The draft changed meanwhile; nothing was replaced.' };
      }
      // Rich editors pick up the new DOM selection on selectionchange, which fires asynchronously.
      await new Promise((resolve) => setTimeout(resolve, 30));
      const result = await insertText(editor, replacement, undefined, { pageWorld: insertInPageWorld });
      draft.changed();
      return result;
    };

    // The search palette: only a key listener here; the palette itself loads the first time it opens.
    const palette = startPaletteLauncher(ctx, {
      editors,
      keys,
      ticket,
      insert: insertAt,
    });

    const listener = createListener(
      {
        getTicketState: () => ticket.get(),
        insertPhrase: ({ text, extras }) => insert(text, extras),
        getDraft: () => draft.get(),
        replaceInDraft: ({ start, end, expected, replacement }) => replace(start, end, expected, replacement),
        togglePalette: () => palette.toggle(),
        setHonorific: ({ honorific }) => {
          if (honorifics.choose(watcher.get(), honorific)) announce(watcher.get());
          return null;
        },
      },
      // A malformed message is another extension's or a bug of ours: never the page's problem.
      (error) => console.debug('[CalmReply] message rejected:', error),
    );
    browser.runtime.onMessage.addListener(listener);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
  },
});
