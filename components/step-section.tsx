import type { ReactNode } from 'react';
import { useT } from './i18n';
import { stepHintKey, stepKey } from './labels';

interface Props {
  step: number;
  covered?: boolean;
  /** Open: the reminder and the step's content; closed: only what `preview` shows. */
  open: boolean;
  /** What a closed step shows (its top phrase). */
  preview?: ReactNode;
  onOpen(): void;
  children: ReactNode;
}

/**
 * One of the five steps: number and name (a button that opens it), then, when open, a one-line reminder of
 * what the step is for and its content; when closed, its top phrase.
 */
export function StepSection({ step, covered, open, preview, onOpen, children }: Props) {
  const t = useT();
  return (
    <section
      className="card step"
      aria-labelledby={`step-${step}-heading`}
      data-step={step}
      data-covered={covered || undefined}
      data-open={open || undefined}
    >
      <h2 id={`step-${step}-heading`}>
        <button type="button" className="step-toggle" aria-expanded={open} onClick={onOpen}>
          <span className="step-number" aria-hidden="true">
            {step}
          </span>
          {t(stepKey(step))}
          {covered && <span className="step-covered">{t('stepCoveredMark')}</span>}
        </button>
      </h2>
      {open ? (
        <>
          <p className="hint">{t(stepHintKey(step))}</p>
          {children}
        </>
      ) : (
        preview
      )}
    </section>
  );
}
