import type { CoachResult, CoachWarning } from '../lib/coach/types';
import { useT } from './i18n';
import { stepKey, warningKindKey } from './labels';

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
  const flagged = warning.scope === 'text' && warning.end > warning.start;
  const suggestion = warning.suggestion?.trim();
  return (
    <li className="warning" data-kind={warning.kind}>
      <p className="warning-kind">{t(warningKindKey(warning.kind))}</p>
      {flagged && <FlaggedInContext draft={draft} start={warning.start} end={warning.end} />}
      <p className="warning-message">{warning.message}</p>
      {suggestion && (
        <button type="button" className="apply" onClick={() => onApply(warning)}>
          {warning.start === warning.end ? t('coachInsert', suggestion) : t('coachReplace', suggestion)}
        </button>
      )}
    </li>
  );
}

/** Characters of the draft shown on each side of the flagged words. */
const CONTEXT_CHARS = 48;
const SENTENCE_END = /[.!?\n]/;

/**
 * The flagged words highlighted inside their sentence, so the agent sees exactly what a click replaces.
 * A long sentence is cut at a word boundary and marked with "…". Rendered as text nodes and one <mark>:
 * draft text never becomes HTML.
 */
function FlaggedInContext({ draft, start, end }: { draft: string; start: number; end: number }) {
  const before = contextBefore(draft, start);
  const after = contextAfter(draft, end);
  return (
    <p className="warning-context">
      {before.cut && '…'}
      {draft.slice(before.at, start)}
      <mark className="flagged">{draft.slice(start, end)}</mark>
      {draft.slice(end, after.at)}
      {after.cut && '…'}
    </p>
  );
}

/** Back to the sentence start, or at most CONTEXT_CHARS to a word boundary. */
function contextBefore(draft: string, start: number): { at: number; cut: boolean } {
  const limit = Math.max(0, start - CONTEXT_CHARS);
  for (let i = start - 1; i >= limit; i--) {
    if (SENTENCE_END.test(draft.charAt(i))) {
      let at = i + 1;
      while (at < start && /\s/.test(draft.charAt(at))) at++;
      return { at, cut: false };
    }
  }
  if (limit === 0) return { at: 0, cut: false };
  const space = draft.indexOf(' ', limit);
  return { at: space >= 0 && space < start ? space + 1 : start, cut: true };
}

/** On to the sentence end, or at most CONTEXT_CHARS to a word boundary. */
function contextAfter(draft: string, end: number): { at: number; cut: boolean } {
  const limit = Math.min(draft.length, end + CONTEXT_CHARS);
  for (let i = end; i < limit; i++) {
    const c = draft.charAt(i);
    if (SENTENCE_END.test(c)) return { at: c === '\n' ? i : i + 1, cut: false };
  }
  if (limit === draft.length) return { at: limit, cut: false };
  const space = draft.lastIndexOf(' ', limit);
  return { at: space > end ? space : end, cut: true };
}
