import { browser, type ContentScriptContext } from '#imports';
import type { KeyHub } from '../keys';
import { watchStoredValue } from '../stored-value';
import { isShown, restoreSelection, saveSelection, type InsertResult, type SavedSelection } from '../../../lib/insert';
import type { InsertExtras, TicketReading } from '../../../lib/messaging/schemas';
import { effectiveShortcut, formatShortcut, isComposing, matchesShortcut, type KeyCombo } from '../../../lib/search/shortcut';
import { pickAdapter } from '../../../lib/sites';
import { PALETTE_SCRIPT, SETTINGS_STORAGE_KEY, registeredPalette, type PaletteHost, type PaletteInsertAnswer, type PaletteModule, type TypedAhead } from './host';

export interface PaletteDeps {
  /** The editor the agent was last in, and where to insert in it (entrypoints/content/editor-tracker). */
  editors: { caret(): SavedSelection | null };
  ticket: { get(): TicketReading };
  /** The content script's one keydown listener (entrypoints/content/keys). */
  keys: KeyHub;
  /** The content script's insertion path (lib/insert's insertText, with whatever options it uses). */
  insert(editor: HTMLElement, text: string, saved?: SavedSelection, extras?: InsertExtras): Promise<InsertResult>;
}

/** The editor and caret to insert at: the one the agent is in or was last in, else the site's reply box. */
function targetNow(deps: PaletteDeps): SavedSelection | null {
  // A hidden reply box (closed, or not opened yet) counts as none: the palette says to open it and copies.
  const last = deps.editors.caret();
  if (last && isShown(last.editor)) return last;
  const editor = pickAdapter(location.href, document)?.findReplyEditor(document) ?? null;
  return editor && isShown(editor) ? { editor } : null;
}


/**
 * Catches what the agent types while focus is not in the search field yet, so it lands there rather than
 * in the reply: while the palette loads (the first time, a moment) after the shortcut, and while a
 * Shift+Enter insertion has the editor focused (the insertion waits for the editor to settle, 30 ms or more).
 */
function catchTypedAhead(keys: KeyHub) {
  let text = '';
  let cancelled = false;
  const onKey = (event: KeyboardEvent) => {
    if (isComposing(event) || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key.length === 1) text += event.key;
    else if (event.key === 'Backspace') text = text.slice(0, -1);
    else if (event.key === 'Escape') cancelled = true;
    // Enter would otherwise start a new line in the reply.
    else if (event.key !== 'Enter') return;
    event.preventDefault();
    event.stopImmediatePropagation();
  };
  // On the shared key listener, after the shortcut: stopImmediatePropagation keeps the key from the page.
  const off = keys.on(onKey);
  return {
    stop() {
      off();
      return { text, cancelled };
    },
  };
}

/**
 * The always-loaded half of the palette: a key listener and the loader. It reads the shortcut from the
 * settings (live), and on the first press loads the palette script from the extension.
 */
export function startPaletteLauncher(ctx: ContentScriptContext, deps: PaletteDeps) {
  // Read as a raw storage key rather than through lib/store/items' settingsItem: importing that module
  // brings the settings schema and migrations along (about 8 KB) into the always-loaded script.
  // A unit test keeps the key in step with settingsItem.
  let combo: KeyCombo = effectiveShortcut(undefined);
  const applySettings = (value: { paletteShortcut?: unknown } | null) => {
    combo = effectiveShortcut(typeof value?.paletteShortcut === 'string' ? value.paletteShortcut : undefined);
  };
  watchStoredValue(ctx, 'sync', SETTINGS_STORAGE_KEY.replace(/^sync:/, ''), (value) =>
    applySettings(value as { paletteShortcut?: unknown } | null),
  );

  let loading: Promise<PaletteModule> | null = null;
  // One copy of the palette per content-script instance: after an extension update a new instance may run
  // in the same page, and must not reuse the old copy (its extension context is gone).
  const url = `${browser.runtime.getURL(PALETTE_SCRIPT)}?instance=${Math.random().toString(36).slice(2)}`;
  const load = () =>
    (loading ??= import(/* @vite-ignore */ url).then(() => {
      const module = registeredPalette();
      if (!module) throw new Error('the palette script did not register');
      return module;
    }));

  const open = async () => {
    // Read the caret before anything async: loading the script must not lose where the agent was.
    let target = targetNow(deps);
    const typedAhead = catchTypedAhead(deps.keys);
    const host: PaletteHost = {
      ctx,
      hasEditor: target !== null,
      ticket: deps.ticket.get(),
      shortcut: formatShortcut(combo),
      async insert(text, options = {}): Promise<PaletteInsertAnswer> {
        if (!target?.editor.isConnected) return { ok: false, why: 'detached', message: 'The reply editor is no longer on the page.' };
        // Without keepOpen the palette closes and the agent goes on typing in the reply: nothing to catch.
        const caught = options.keepOpen ? catchTypedAhead(deps.keys) : null;
        let result: InsertResult;
        let typedAhead: TypedAhead | undefined;
        try {
          result = await deps.insert(target.editor, text, target, options.extras);
        } finally {
          typedAhead = caught?.stop();
        }
        if (result.status !== 'inserted') return { ok: false, why: result.why, message: result.reason, detail: result.detail };
        // The next phrase (Shift+Enter) goes after this one.
        target = saveSelection(target.editor);
        return { ok: true, typedAhead };
      },
      returnFocus: () => {
        if (target?.editor.isConnected) void restoreSelection(target.editor, target);
      },
      takeTypedAhead: () => typedAhead.stop(),
    };
    try {
      const module = await load();
      await module.open(host);
    } catch (error) {
      loading = null;
      console.debug('[CalmReply] palette failed to open:', error);
    } finally {
      typedAhead.stop();
    }
  };

  const toggle = async (): Promise<{ open: boolean }> => {
    const module = registeredPalette();
    if (module?.isOpen()) {
      module.close({ returnFocus: true });
      return { open: false };
    }
    await open();
    return { open: registeredPalette()?.isOpen() ?? false };
  };

  // The shared key listener is on the window in the capture phase: it sees the shortcut before the
  // helpdesk's own handlers, also while the palette has focus.
  deps.keys.on((event) => {
    if (!matchesShortcut(event, combo)) return;
    event.preventDefault();
    event.stopPropagation();
    void toggle();
  });

  return { toggle };
}
