import type { CoachResult, CoachWarning } from '../lib/coach/types';
import { useT } from './i18n';
import { stepKey } from './labels';

interface Props {
  draft: string;
  hasEditor: boolean;
  result: CoachResult;
  onApply(warning: CoachWarning): void;
}

/**
 * The agent's draft against the five steps: a strip where covered steps light up, then what could hurt,
 * each with a one-click kinder alternative. Advisory only: it never blocks sending.
 */
export function DraftCoach({ draft, hasEditor, result, onApply }: Props) {
  const t = useT();
  const covered = new Set<number>(result.covered);
  return (
    <section className="card coach" aria-labelledby="coach-heading">
      <h2 id="coach-heading">{t('coachHeading')}</h2>
      <ol className="step-strip" aria-label={t('coachProgress')}>
        {[1, 2, 3, 4, 5].map((step) => {
          const state = step === 1 ? 'agent' : covered.has(step) ? 'covered' : 'missing';
          return (
            <li key={step} data-state={state} aria-label={`${step}. ${t(stepKey(step))}: ${t(`coachState_${state}` as never)}`}>
              <span className="strip-number" aria-hidden="true">
                {step === 1 || !covered.has(step) ? step : '✓'}
              </span>
              <span className="strip-name" aria-hidden="true">
                {t(stepKey(step))}
              </span>
            </li>
          );
        })}
      </ol>
      {!hasEditor ? (
        <p className="hint">{t('coachNoEditor')}</p>
      ) : !draft.trim() ? (
        <p className="hint">{t('coachEmpty')}</p>
      ) : result.warnings.length === 0 ? (
        <p className="hint coach-ok">{t('coachAllGood')}</p>
      ) : (
        <ul className="warnings">
          {result.warnings.map((warning) => (
            <WarningItem key={warning.id} warning={warning} draft={draft} onApply={onApply} />
          ))}
        </ul>
      )}
      {result.truncated && <p className="hint">{t('coachTruncated')}</p>}
    </section>
  );
}

function WarningItem({ warning, draft, onApply }: { warning: CoachWarning; draft: string; onApply(w: CoachWarning): void }) {
  const t = useT();
  const flagged = warning.scope === 'text' && warning.end > warning.start ? draft.slice(warning.start, warning.end) : '';
  const suggestion = warning.suggestion?.trim();
  return (
    <li className="warning" data-kind={warning.kind}>
      <p className="warning-message">
        {flagged && <q className="flagged">{flagged}</q>} {warning.message}
      </p>
      {suggestion && (
        <button type="button" className="apply" onClick={() => onApply(warning)}>
          {warning.start === warning.end ? t('coachInsert', suggestion) : t('coachReplace', suggestion)}
        </button>
      )}
    </li>
  );
}
