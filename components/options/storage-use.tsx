import { useStore } from 'zustand';
import type { OptionsStore } from '../../lib/store/options-store';
import { NEARLY_FULL, storageUse } from '../../lib/store/storage-use';
import { useT } from '../i18n';

const size = (bytes: number) => (bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

/** How much of the browser's storage the packs take, in all and per pack, so a full storage is no surprise. */
export function StorageUseSection({ store }: { store: OptionsStore }) {
  const t = useT();
  const stored = useStore(store, (s) => s.stored);
  const subscription = useStore(store, (s) => s.subscription);
  const entries = useStore(store, (s) => s.entries);
  const use = storageUse(stored, subscription);
  const share = use.used / use.quota;
  const nameOf = (key: string, id: string) => entries.find((e) => e.key === key)?.pack.name ?? id;
  return (
    <section className="settings-section" aria-labelledby="storage-title">
      <h2 id="storage-title">{t('optStorageTitle')}</h2>
      <p id="storage-used">{t('optStorageUsed', size(use.used), size(use.quota), String(Math.round(share * 100)))}</p>
      <meter aria-labelledby="storage-used" min={0} max={use.quota} high={use.quota * NEARLY_FULL} value={use.used} />
      {share >= NEARLY_FULL && <p className="notice warn">{t('optStorageNearlyFull')}</p>}
      {use.packs.length > 0 && (
        <ul className="storage-packs" aria-label={t('optStoragePerPack')}>
          {use.packs.map(({ key, id, bytes }) => (
            <li key={key}>
              <span>{nameOf(key, id)}</span> <span className="field-hint">{size(bytes)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
