import { useState } from 'react';
import type { PackEntry } from '../../lib/packs/merge';
import { useT } from '../i18n';
import { Dialog } from './dialog';

interface Props {
  targets: readonly PackEntry[];
  newPackName: string;
  onCancel(): void;
  onCopy(target: { key: string } | { newPackName: string }): void;
}

/** Which editable pack a read-only phrase is copied to, when there is more than one. */
export function CopyDialog({ targets, newPackName, onCancel, onCopy }: Props) {
  const t = useT();
  const [choice, setChoice] = useState<string>(targets[0]?.key ?? '');
  return (
    <Dialog
      title={t('optCopyTitle')}
      onClose={onCancel}
      actions={
        <>
          <button type="button" className="primary" onClick={() => onCopy(choice ? { key: choice } : { newPackName })}>
            {t('optCopyToMyPack')}
          </button>
          <button type="button" onClick={onCancel}>
            {t('optCancel')}
          </button>
        </>
      }
    >
      <fieldset className="radio-list">
        <legend>{t('optCopyWhere')}</legend>
        {targets.map((entry) => (
          <label key={entry.key}>
            <input type="radio" name="copy-target" checked={choice === entry.key} onChange={() => setChoice(entry.key)} />
            {entry.pack.name}
          </label>
        ))}
        <label>
          <input type="radio" name="copy-target" checked={choice === ''} onChange={() => setChoice('')} />
          {t('optCopyNewPack', newPackName)}
        </label>
      </fieldset>
      <p className="field-hint">{t('optCopyHint')}</p>
    </Dialog>
  );
}
