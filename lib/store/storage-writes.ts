import { packsItem, settingsItem } from './items';
import { exclusive } from './exclusive';
import { asStoredPacks, parseSettings, type Settings, type StoredPacks } from './stored';

/**
 * Read-modify-write of the stored packs and settings, each under a lock every extension page shares, so two
 * options pages saving at the same moment apply one change after the other, each to what the other left.
 */
export function updateStoredPacks(change: (current: StoredPacks) => StoredPacks | null): Promise<StoredPacks> {
  return exclusive('calmreply-packs', async () => {
    const current = asStoredPacks(await packsItem.getValue());
    const next = change(current);
    if (!next) return current;
    await packsItem.setValue(next);
    return next;
  });
}

/**
 * Writes only the fields `change` names, into the settings object as stored: a field this page never
 * touched stays byte for byte what it was, even one that doesn't parse.
 */
export function updateStoredSettings(change: (current: Settings) => Partial<Settings>): Promise<Settings> {
  return exclusive('calmreply-settings', async () => {
    const raw: unknown = await settingsItem.getValue();
    const stored = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? raw : {};
    const next = { ...stored, ...change(parseSettings(raw)) };
    await settingsItem.setValue(next as Settings);
    return parseSettings(next);
  });
}
