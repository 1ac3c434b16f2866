import type { LastInsert } from '../lib/store/panel-store';
import { useT } from './i18n';
import { insertFailureText } from './insert-failure';

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
      if (outcome.status === 'no-editor') message = t('outcomeNoEditor');
      // The page never answered (no content script since an update, a closed tab): the browser's words won't help.
      else if (outcome.status === 'error') message = t('outcomeFailed', t('insertWhy_noAnswer'));
      else message = t('outcomeFailed', insertFailureText(t, outcome));
      message += ' ' + (last.copied ? t('outcomeCopied') : t('outcomeNotCopied'));
    }
  }
  return (
    <div className={`insert-status ${tone}`} role="status" aria-live="polite" hidden={!last}>
      {message}
    </div>
  );
}
