import type { ReactNode } from 'react';
import { useT } from './i18n';
import { stepHintKey, stepKey } from './labels';

interface Props {
  step: number;
  covered?: boolean;
  children: ReactNode;
}

/** One of the five steps: number, name, a one-line reminder of what the step is for, then its content. */
export function StepSection({ step, covered, children }: Props) {
  const t = useT();
  return (
    <section className="card step" aria-labelledby={`step-${step}-heading`} data-step={step} data-covered={covered || undefined}>
      <h2 id={`step-${step}-heading`}>
        <span className="step-number" aria-hidden="true">
          {step}
        </span>
        {t(stepKey(step))}
      </h2>
      <p className="hint">{t(stepHintKey(step))}</p>
      {children}
    </section>
  );
}
