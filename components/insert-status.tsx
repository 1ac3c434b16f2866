import type { LastInsert } from '../lib/store/panel-store';
import { useT } from './i18n';

/** The outcome of the last insertion, announced to screen readers; failures say where the phrase went. */
export function InsertStatus({ last }: { last: LastInsert | null }) {
  const t = useT();
  let message = '';
  let tone = 'ok';
  if (last) {
    const { outcome } = last;
    if (outcome.status === 'inserted') message = t('outcomeInserted');
    else {
      tone = 'warn';
      message = outcome.status === 'no-editor' ? t('outcomeNoEditor') : t('outcomeFailed', outcome.reason);
      message += ' ' + (last.copied ? t('outcomeCopied') : t('outcomeNotCopied'));
    }
  }
  return (
    <div className={`insert-status ${tone}`} role="status" aria-live="polite" hidden={!last}>
      {message}
    </div>
  );
}
