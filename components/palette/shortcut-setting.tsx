import { useId, useState, type KeyboardEvent } from 'react';
import {
  DEFAULT_SHORTCUT,
  comboFromEvent,
  effectiveShortcut,
  formatShortcut,
  isComposing,
  shortcutProblem,
  type KeyCombo,
  type ShortcutProblem,
} from '../../lib/search/shortcut';
import { useT, type MessageKey } from '../i18n';

export interface ShortcutSettingProps {
  /** The stored setting (`settings.paletteShortcut`); an unusable value shows as the default. */
  value: string;
  /** Called with the new shortcut in canonical form ("Ctrl+Alt+K"); the owner stores it. */
  onChange(next: string): void;
  disabled?: boolean;
  /** Id of the element that labels the setting ("Search palette shortcut"). */
  labelledBy?: string;
}

const PROBLEM_KEYS: Record<ShortcutProblem, MessageKey> = {
  tab: 'shortcutProblemTab',
  slash: 'shortcutProblemSlash',
  'input-method': 'shortcutProblemInputMethod',
  plain: 'shortcutProblemPlain',
  reserved: 'shortcutProblemReserved',
  invalid: 'shortcutProblemPlain',
};

function Keys({ combo }: { combo: string }) {
  const parts = combo.split(/\+(?!$)/);
  return (
    <span className="shortcut-keys">
      {parts.map((part, i) => (
        <span key={i}>
          {i > 0 && '+'}
          <kbd>{part}</kbd>
        </span>
      ))}
    </span>
  );
}

/**
 * Records the palette's key combination: press "Change", then the keys. Refuses what would break typing
 * or the helpdesk: Tab, "/", Ctrl+Space (input methods), keys without Ctrl/Alt/⌘, and editing shortcuts.
 */
export function ShortcutSetting({ value, onChange, disabled, labelledBy }: ShortcutSettingProps) {
  const t = useT();
  const id = useId();
  const current = formatShortcut(effectiveShortcut(value));
  const [recording, setRecording] = useState(false);
  const [pressed, setPressed] = useState<string | null>(null);
  const [message, setMessage] = useState<{ tone: 'error' | 'ok'; text: string } | null>(null);

  const stop = () => {
    setRecording(false);
    setPressed(null);
  };

  const save = (combo: KeyCombo) => {
    const text = formatShortcut(combo);
    onChange(text);
    setMessage({ tone: 'ok', text: t('shortcutSaved', text) });
    stop();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (!recording) return;
    if (isComposing(event.nativeEvent)) return;
    event.preventDefault();
    event.stopPropagation();
    const noModifiers = !event.ctrlKey && !event.altKey && !event.metaKey && !event.shiftKey;
    if (event.key === 'Escape' && noModifiers) {
      stop();
      setMessage(null);
      return;
    }
    const combo = comboFromEvent(event.nativeEvent);
    if (!combo) {
      // A modifier on its own: show what is held so far.
      const held = [event.ctrlKey && 'Ctrl', event.altKey && 'Alt', event.shiftKey && 'Shift', event.metaKey && 'Meta'].filter(Boolean);
      setPressed(held.length ? `${held.join('+')}+…` : null);
      return;
    }
    const problem = shortcutProblem(combo);
    if (problem) {
      setPressed(formatShortcut(combo));
      setMessage({ tone: 'error', text: t(PROBLEM_KEYS[problem], formatShortcut(combo)) });
      return;
    }
    save(combo);
  };

  return (
    <div className="shortcut-setting" role="group" aria-labelledby={labelledBy}>
      <span className="shortcut-current" aria-label={t('shortcutCurrent', current)}>
        <Keys combo={recording && pressed ? pressed : current} />
      </span>
      <button
        type="button"
        className="shortcut-record"
        aria-pressed={recording}
        aria-describedby={`${id}-message ${id}-hint`}
        disabled={disabled}
        onClick={() => {
          setMessage(null);
          setRecording((r) => !r);
          setPressed(null);
        }}
        onKeyDown={onKeyDown}
        onBlur={stop}
      >
        {recording ? t('shortcutRecording') : t('shortcutChange')}
      </button>
      {current !== DEFAULT_SHORTCUT && !recording && (
        <button type="button" className="shortcut-reset" disabled={disabled} onClick={() => save(effectiveShortcut(DEFAULT_SHORTCUT))}>
          {t('shortcutReset', DEFAULT_SHORTCUT)}
        </button>
      )}
      <p id={`${id}-message`} className={`shortcut-message${message ? ` ${message.tone}` : ''}`} role={message?.tone === 'error' ? 'alert' : 'status'}>
        {message?.text ?? ''}
      </p>
      <p id={`${id}-hint`} className="hint">
        {t('shortcutBrowserHint')}
      </p>
    </div>
  );
}
