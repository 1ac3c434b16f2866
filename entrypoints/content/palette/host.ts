import type { ContentScriptContext } from '#imports';
import type { InsertFailure } from '../../../lib/insert/failures';
import type { InsertExtras, TicketReading } from '../../../lib/messaging/schemas';

/**
 * The contract between the always-loaded content script and the palette, which is a separate script
 * (entrypoints/palette) loaded on first use so that React and the search index cost the helpdesk page
 * nothing until the agent opens it. Both sides run in the content script's isolated world and meet on
 * its global object; the page's own scripts can't see it.
 */
export const PALETTE_GLOBAL = Symbol.for('calmreply.palette');

/** Where the palette script is served from (listed in web_accessible_resources). */
export const PALETTE_SCRIPT = '/palette.js' as const;

/** Where lib/store/items keeps the settings (settingsItem); the launcher reads the shortcut from it directly. */
export const SETTINGS_STORAGE_KEY = 'sync:settings' as const;

/** Keys pressed while focus was away from the search field: the text typed, and whether Esc was among them. */
export interface TypedAhead {
  text: string;
  cancelled: boolean;
}

export type PaletteInsertAnswer =
  | { ok: true; typedAhead?: TypedAhead }
  | { ok: false; message: string; why?: InsertFailure; detail?: string };

/** What the content script hands the palette each time it opens. */
export interface PaletteHost {
  ctx: ContentScriptContext;
  /** A reply editor was found: the palette inserts; otherwise it offers to copy. */
  hasEditor: boolean;
  /** The ticket as the content script last read it, for the preview's variables and the ranking. */
  ticket: TicketReading;
  /** The palette's shortcut as set, shown in its footer. */
  shortcut: string;
  /**
   * Inserts at the caret remembered when the palette opened (then just after the inserted text). With
   * `keepOpen` the palette stays: what the agent types while the editor has focus for the insertion is
   * kept out of the reply and handed back in `typedAhead`, for the search field.
   */
  insert(text: string, options?: { keepOpen?: boolean; extras?: InsertExtras }): Promise<PaletteInsertAnswer>;
  /** Puts focus and the caret back in the editor (after Esc). */
  returnFocus(): void;
  /**
   * What was typed between the shortcut and the palette's appearance (kept out of the editor meanwhile),
   * and whether Esc was pressed then. Called once, when the search field takes focus; typing goes
   * straight to the palette from then on.
   */
  takeTypedAhead(): TypedAhead;
}

/** What the palette script registers on load. */
export interface PaletteModule {
  open(host: PaletteHost): Promise<void>;
  close(options?: { returnFocus?: boolean }): void;
  isOpen(): boolean;
}

export function registeredPalette(): PaletteModule | undefined {
  return (globalThis as Record<symbol, PaletteModule | undefined>)[PALETTE_GLOBAL];
}

export function registerPalette(module: PaletteModule): void {
  (globalThis as Record<symbol, PaletteModule | undefined>)[PALETTE_GLOBAL] = module;
}
