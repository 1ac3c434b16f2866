import type { Undo } from '../../lib/store/options-store';
import type { MessageKey } from '../i18n';
import { useT } from '../i18n';

const MESSAGES: Record<Undo['kind'], MessageKey> = {
  phraseDeleted: 'optUndoPhraseDeleted' as MessageKey,
  packDeleted: 'optUndoPackDeleted' as MessageKey,
  packReplaced: 'optUndoPackReplaced' as MessageKey,
  damagedDeleted: 'optUndoPackDeleted' as MessageKey,
};

/** Stays until dismissed or replaced: no timer takes the undo away from someone still reading. */
export function UndoToast({ undo, onUndo, onDismiss }: { undo: Undo | null; onUndo(): void; onDismiss(): void }) {
  const t = useT();
  return (
    <div className="toast-region" role="status" aria-live="polite">
      {undo && (
        <div className="toast">
          <span>{t(MESSAGES[undo.kind], undo.label)}</span>
          <button type="button" className="toast-undo" onClick={onUndo}>
            {t('optUndo')}
          </button>
          <button type="button" className="icon-button" aria-label={t('optDismiss')} onClick={onDismiss}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
