/**
 * The palette's keyboard shortcut as the user sets it ("Alt+Shift+P"): parsing, checking and matching
 * key events. Pure, so the always-loaded content script and the options page share it cheaply.
 */

export const DEFAULT_SHORTCUT = 'Alt+Shift+P';
/** The manifest command (wxt.config.ts) the browser fires for its own binding of the shortcut. */
export const PALETTE_COMMAND = 'toggle-palette';

export interface KeyCombo {
  ctrl: boolean;
  alt: boolean;
  shift: boolean;
  meta: boolean;
  /** "P", "7", "F2", "Space", "," … */
  key: string;
}

/** The parts of a KeyboardEvent this module reads (tests pass plain objects). */
export interface KeyLike {
  key: string;
  code?: string;
  ctrlKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  metaKey: boolean;
  isComposing?: boolean;
  keyCode?: number;
}

export type ShortcutProblem =
  /** Tab moves focus; taking it breaks keyboard navigation. */
  | 'tab'
  /** "/" opens Zendesk's macros. */
  | 'slash'
  /** Ctrl+Space (and ⌘+Space) switch input methods, which Vietnamese typists rely on. */
  | 'input-method'
  /** Without Ctrl, Alt or ⌘ the key would type text. */
  | 'plain'
  /** The browser or the reply editor already uses it (copy, undo, new tab, send …). */
  | 'reserved'
  | 'invalid';

const MODIFIER_KEYS = new Set(['Control', 'Alt', 'Shift', 'Meta', 'AltGraph', 'OS', 'Hyper', 'Super', 'Fn', 'CapsLock']);

/** Physical keys whose character changes with Alt (macOS Option) or the layout: read the key's position instead. */
const CODE_KEYS: Record<string, string> = {
  Space: 'Space',
  Comma: ',',
  Period: '.',
  Slash: '/',
  Semicolon: ';',
  Quote: "'",
  BracketLeft: '[',
  BracketRight: ']',
  Backslash: '\\',
  Minus: '-',
  Equal: '=',
  Backquote: '`',
};

const NAMED_KEYS: Record<string, string> = { ' ': 'Space', Esc: 'Escape', Spacebar: 'Space' };

/** Editing and browser keys that must keep working: with Ctrl or ⌘ … */
const RESERVED_WITH_CTRL = new Set(['A', 'B', 'C', 'F', 'I', 'K', 'L', 'N', 'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'W', 'X', 'Y', 'Z', 'Enter']);
/** … and with Ctrl+Shift or ⌘+Shift (reopen tab, private window, developer tools, redo, paste as text, send). */
const RESERVED_WITH_CTRL_SHIFT = new Set(['B', 'C', 'I', 'J', 'K', 'N', 'P', 'Q', 'T', 'V', 'W', 'Z', 'Enter', 'Delete']);

function normaliseKey(key: string): string | null {
  if (!key) return null;
  if (NAMED_KEYS[key]) return NAMED_KEYS[key];
  if (key.length === 1) return key.toUpperCase();
  return /^[A-Za-z][A-Za-z0-9]*$/.test(key) ? key : null;
}

/** "Alt+Shift+P" → combo; null when it doesn't name exactly one non-modifier key. */
export function parseShortcut(text: string): KeyCombo | null {
  if (typeof text !== 'string' || text.length > 40) return null;
  const combo: KeyCombo = { ctrl: false, alt: false, shift: false, meta: false, key: '' };
  // "Ctrl++" names the plus key: split on "+" that follows a part.
  const parts = text.trim().split(/\+(?!$)/);
  for (const raw of parts) {
    const part = raw.trim();
    const lower = part.toLowerCase();
    if (lower === 'ctrl' || lower === 'control') combo.ctrl = true;
    else if (lower === 'alt' || lower === 'option') combo.alt = true;
    else if (lower === 'shift') combo.shift = true;
    else if (lower === 'meta' || lower === 'cmd' || lower === 'command' || lower === '⌘') combo.meta = true;
    else {
      if (combo.key) return null;
      const key = normaliseKey(part);
      if (!key) return null;
      combo.key = key;
    }
  }
  return combo.key ? combo : null;
}

/** The canonical text: modifiers in a fixed order, as browsers show shortcuts ("Ctrl+Alt+Shift+Meta+K"). */
export function formatShortcut(combo: KeyCombo): string {
  return [combo.ctrl && 'Ctrl', combo.alt && 'Alt', combo.shift && 'Shift', combo.meta && 'Meta', combo.key].filter(Boolean).join('+');
}

/** Typing through an input method (Telex, VNI, Pinyin …): these events belong to the composition. */
export function isComposing(event: Pick<KeyLike, 'isComposing' | 'keyCode' | 'key'>): boolean {
  return event.isComposing === true || event.keyCode === 229 || event.key === 'Process';
}

/** The combo a key press makes; null for a lone modifier or a key in the middle of a composition. */
export function comboFromEvent(event: KeyLike): KeyCombo | null {
  if (isComposing(event) || MODIFIER_KEYS.has(event.key)) return null;
  const code = event.code ?? '';
  let key: string | null;
  // Letters and digits by position: with Alt (macOS Option) or Shift the character differs ("π", "!").
  if (/^Key[A-Z]$/.test(code)) key = code.slice(3);
  else if (/^Digit[0-9]$/.test(code)) key = code.slice(5);
  else if (CODE_KEYS[code]) key = CODE_KEYS[code]!;
  else key = normaliseKey(event.key);
  if (!key) return null;
  return { ctrl: event.ctrlKey, alt: event.altKey, shift: event.shiftKey, meta: event.metaKey, key };
}

export function sameCombo(a: KeyCombo, b: KeyCombo): boolean {
  return a.ctrl === b.ctrl && a.alt === b.alt && a.shift === b.shift && a.meta === b.meta && a.key.toUpperCase() === b.key.toUpperCase();
}

/** Whether a key press is the shortcut. */
export function matchesShortcut(event: KeyLike, combo: KeyCombo | null): boolean {
  if (!combo) return false;
  // Runs on every key the agent types: plain typing (no modifier) is rejected before any work.
  if (!event.ctrlKey && !event.altKey && !event.metaKey) return false;
  const pressed = comboFromEvent(event);
  return pressed !== null && sameCombo(pressed, combo);
}

/** Why a combo can't be the palette's shortcut, or null when it can. */
export function shortcutProblem(combo: KeyCombo | null): ShortcutProblem | null {
  if (!combo) return 'invalid';
  if (combo.key === 'Tab') return 'tab';
  if (combo.key === '/') return 'slash';
  if (combo.key === 'Space' && (combo.ctrl || combo.meta)) return 'input-method';
  if (!combo.ctrl && !combo.alt && !combo.meta) return 'plain';
  if (combo.key === 'Escape' || combo.key === 'Space' || combo.key === 'F4') return 'reserved';
  if ((combo.ctrl || combo.meta) && !combo.alt) {
    if ((combo.shift ? RESERVED_WITH_CTRL_SHIFT : RESERVED_WITH_CTRL).has(combo.key)) return 'reserved';
  }
  return null;
}

/** The stored setting as a usable combo: anything unparsable or unusable falls back to the default. */
export function effectiveShortcut(setting: string | null | undefined): KeyCombo {
  const combo = parseShortcut(setting ?? '');
  return combo && shortcutProblem(combo) === null ? combo : parseShortcut(DEFAULT_SHORTCUT)!;
}
