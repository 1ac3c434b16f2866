import { describe, expect, it } from 'vitest';
import { SETTINGS_STORAGE_KEY } from '../../entrypoints/content/palette/host';
import { DEFAULT_SHORTCUT } from '../../lib/search/shortcut';
import { settingsItem } from '../../lib/store/items';
import { DEFAULT_PALETTE_SHORTCUT } from '../../lib/store/stored';

// The launcher stays small by not importing the settings module; these keep it in step with it.
describe('palette launcher', () => {
  it('reads the shortcut from the same storage key as the settings item', () => {
    expect(settingsItem.key).toBe(SETTINGS_STORAGE_KEY);
  });

  it('has the same default shortcut as the settings', () => {
    expect(DEFAULT_SHORTCUT).toBe(DEFAULT_PALETTE_SHORTCUT);
  });
});
