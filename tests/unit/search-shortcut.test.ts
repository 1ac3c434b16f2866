import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SHORTCUT,
  comboFromEvent,
  effectiveShortcut,
  formatShortcut,
  isComposing,
  matchesShortcut,
  parseShortcut,
  shortcutProblem,
  type KeyLike,
} from '../../lib/search/shortcut';

const key = (init: Partial<KeyLike> & { key: string }): KeyLike => ({
  ctrlKey: false,
  altKey: false,
  shiftKey: false,
  metaKey: false,
  ...init,
});

describe('palette shortcut', () => {
  it('parses and formats in a canonical order', () => {
    expect(parseShortcut('Alt+Shift+P')).toEqual({ ctrl: false, alt: true, shift: true, meta: false, key: 'P' });
    expect(formatShortcut(parseShortcut('shift + alt + p')!)).toBe('Alt+Shift+P');
    expect(formatShortcut(parseShortcut('Cmd+Option+k')!)).toBe('Alt+Meta+K');
    expect(formatShortcut(parseShortcut('Ctrl++')!)).toBe('Ctrl++');
    expect(parseShortcut('Alt+Shift')).toBeNull();
    expect(parseShortcut('Alt+P+Q')).toBeNull();
    expect(parseShortcut('')).toBeNull();
  });

  it('matches Alt+Shift+P by key position, whatever character Alt produces (macOS Option)', () => {
    const combo = parseShortcut(DEFAULT_SHORTCUT);
    expect(matchesShortcut(key({ key: 'P', code: 'KeyP', altKey: true, shiftKey: true }), combo)).toBe(true);
    expect(matchesShortcut(key({ key: '∏', code: 'KeyP', altKey: true, shiftKey: true }), combo)).toBe(true);
    expect(matchesShortcut(key({ key: 'p', code: 'KeyP', altKey: true }), combo)).toBe(false);
    expect(matchesShortcut(key({ key: 'P', code: 'KeyP', ctrlKey: true, altKey: true, shiftKey: true }), combo)).toBe(false);
  });

  it('ignores key events that belong to an input-method composition', () => {
    const combo = parseShortcut(DEFAULT_SHORTCUT);
    const composing = key({ key: 'P', code: 'KeyP', altKey: true, shiftKey: true, isComposing: true });
    expect(matchesShortcut(composing, combo)).toBe(false);
    expect(isComposing(key({ key: 'Process', keyCode: 229 }))).toBe(true);
    expect(comboFromEvent(key({ key: 'a', keyCode: 229 }))).toBeNull();
    expect(comboFromEvent(key({ key: 'Shift', code: 'ShiftLeft', shiftKey: true }))).toBeNull();
  });

  it('rejects Tab, "/", Ctrl+Space, plain letters and editing keys', () => {
    expect(shortcutProblem(parseShortcut('Tab'))).toBe('tab');
    expect(shortcutProblem(parseShortcut('Alt+Tab'))).toBe('tab');
    expect(shortcutProblem(parseShortcut('/'))).toBe('slash');
    expect(shortcutProblem(parseShortcut('Ctrl+/'))).toBe('slash');
    expect(shortcutProblem(parseShortcut('Ctrl+Space'))).toBe('input-method');
    expect(shortcutProblem(parseShortcut('P'))).toBe('plain');
    expect(shortcutProblem(parseShortcut('Shift+P'))).toBe('plain');
    expect(shortcutProblem(parseShortcut('Ctrl+C'))).toBe('reserved');
    expect(shortcutProblem(parseShortcut('Meta+Z'))).toBe('reserved');
    expect(shortcutProblem(parseShortcut('Ctrl+Enter'))).toBe('reserved');
    expect(shortcutProblem(null)).toBe('invalid');
    expect(shortcutProblem(parseShortcut('Alt+Shift+P'))).toBeNull();
    expect(shortcutProblem(parseShortcut('Ctrl+Shift+L'))).toBeNull();
    expect(shortcutProblem(parseShortcut('Ctrl+Alt+C'))).toBeNull();
  });

  it('falls back to the default for a stored value that is unusable', () => {
    expect(formatShortcut(effectiveShortcut('Ctrl+Space'))).toBe(DEFAULT_SHORTCUT);
    expect(formatShortcut(effectiveShortcut(undefined))).toBe(DEFAULT_SHORTCUT);
    expect(formatShortcut(effectiveShortcut('garbage+++'))).toBe(DEFAULT_SHORTCUT);
    expect(formatShortcut(effectiveShortcut('Ctrl+Shift+L'))).toBe('Ctrl+Shift+L');
  });
});
