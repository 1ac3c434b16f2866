import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { I18nContext, translatorFrom } from '../../components/i18n';
import { ShortcutSetting } from '../../components/palette/shortcut-setting';
import en from '../../public/_locales/en/messages.json';

function setup(initial = 'Alt+Shift+P') {
  const onChange = vi.fn();
  function Host() {
    const [value, setValue] = useState(initial);
    return (
      <ShortcutSetting
        labelledBy="shortcut-label"
        value={value}
        onChange={(next) => {
          onChange(next);
          setValue(next);
        }}
      />
    );
  }
  render(
    <I18nContext.Provider value={translatorFrom(en)}>
      <span id="shortcut-label">Search palette shortcut</span>
      <Host />
    </I18nContext.Provider>,
  );
  expect(screen.getByRole('group', { name: 'Search palette shortcut' })).toBeTruthy();
  const button = screen.getByRole('button', { name: 'Change' });
  fireEvent.click(button);
  return { onChange, button };
}

const press = (el: HTMLElement, init: KeyboardEventInit & { key: string; code?: string }) => fireEvent.keyDown(el, init);
const shown = () => screen.getByLabelText(/^Current shortcut:/).textContent;

describe('palette shortcut setting', () => {
  it('records a new combination by key position and hands it over in canonical form', () => {
    const { button, onChange } = setup();
    expect(button.textContent).toBe('Press the new keys… (Esc cancels)');
    expect(button.getAttribute('aria-pressed')).toBe('true');
    press(button, { key: 'Control', code: 'ControlLeft', ctrlKey: true });
    expect(shown()).toBe('Ctrl+…');
    press(button, { key: 'k', code: 'KeyK', ctrlKey: true, altKey: true });
    expect(onChange).toHaveBeenCalledWith('Ctrl+Alt+K');
    expect(shown()).toBe('Ctrl+Alt+K');
    expect(screen.getByRole('status').textContent).toBe('The palette now opens with Ctrl+Alt+K.');
    expect(button.getAttribute('aria-pressed')).toBe('false');
  });

  it.each([
    [{ key: 'Tab', code: 'Tab' }, 'Tab moves between fields'],
    [{ key: '/', code: 'Slash' }, '“/” opens Zendesk macros'],
    [{ key: ' ', code: 'Space', ctrlKey: true }, 'Ctrl+Space switches the input method'],
    [{ key: 'p', code: 'KeyP' }, 'Add Ctrl, Alt or ⌘'],
    [{ key: 'P', code: 'KeyP', shiftKey: true }, 'Add Ctrl, Alt or ⌘'],
    [{ key: 'c', code: 'KeyC', ctrlKey: true }, 'Ctrl+C is already used'],
  ])('refuses %j', (init, message) => {
    const { button, onChange } = setup();
    press(button, init);
    expect(onChange).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toContain(message);
    // Still recording: the next, valid press is taken.
    press(button, { key: 'J', code: 'KeyJ', altKey: true, shiftKey: true });
    expect(onChange).toHaveBeenCalledWith('Alt+Shift+J');
  });

  it('ignores composition key events and Esc cancels without a change', () => {
    const { button, onChange } = setup();
    press(button, { key: 'Process', keyCode: 229, altKey: true });
    press(button, { key: 'a', code: 'KeyA', altKey: true, isComposing: true });
    expect(onChange).not.toHaveBeenCalled();
    press(button, { key: 'Escape', code: 'Escape' });
    expect(button.getAttribute('aria-pressed')).toBe('false');
    expect(shown()).toBe('Alt+Shift+P');
    expect(onChange).not.toHaveBeenCalled();
  });

  it('shows an unusable stored value as the default', () => {
    setup('Ctrl+Space');
    expect(shown()).toBe('Alt+Shift+P');
  });

  it('resets to the default', () => {
    setup('Ctrl+Alt+K');
    fireEvent.keyDown(screen.getByRole('button', { name: /Press the new keys/ }), { key: 'Escape' });
    fireEvent.click(screen.getByRole('button', { name: 'Reset to Alt+Shift+P' }));
    expect(shown()).toBe('Alt+Shift+P');
  });
});
