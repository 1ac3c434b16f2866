import type { Assessment } from '../lib/detect/types';
import { HighlightedText } from './highlighted-text';
import { useT } from './i18n';
import { angerKey, categoryKey } from './labels';

const MODIFIER_CUE = /^(negation|contrast):/;
const TREND_KEY = { calmer: 'trendCalmer', same: 'trendSame', angrier: 'trendAngrier' } as const;

/** How the customer feels: anger level, complaint categories and their latest message with the cues marked. */
export function AssessmentCard({ assessment }: { assessment: Assessment }) {
  const t = useT();
  const angerName = t(angerKey(assessment.anger));
  // Calming cues (thanks, praise) are evidence too, with negative weight, and negators or contrast words
  // ("not", "mà") only modify other cues: mark just the words that show what upset the customer.
  const triggers = assessment.evidence.filter((e) => e.weight > 0 && !MODIFIER_CUE.test(e.cue));
  return (
    <section className="card assessment" aria-labelledby="assessment-heading" data-anger={assessment.anger}>
      <h2 id="assessment-heading">{t('assessmentHeading')}</h2>
      <div className="anger-row">
        <div
          className="anger-meter"
          role="meter"
          aria-valuemin={0}
          aria-valuemax={3}
          aria-valuenow={assessment.anger}
          aria-label={t('angerLevel', String(assessment.anger), angerName)}
        >
          {[1, 2, 3].map((level) => (
            <span key={level} className={level <= assessment.anger ? 'filled' : ''} />
          ))}
        </div>
        <strong className="anger-name">{angerName}</strong>
        <span className={assessment.complaint ? 'pill complaint' : 'pill calm'}>
          {assessment.complaint ? t('complaintYes') : t('complaintNo')}
        </span>
        {assessment.trend && assessment.trend !== 'same' && (
          <span className="trend">{t(TREND_KEY[assessment.trend])}</span>
        )}
      </div>
      {assessment.categories.length > 0 && (
        <ul className="chips" aria-label={t('categoriesLabel')}>
          {assessment.categories.map((c) => (
            <li key={c.category} className="chip">
              {t(categoryKey(c.category))}
            </li>
          ))}
        </ul>
      )}
      {assessment.text && (
        <figure className="quote">
          <figcaption>{t('latestMessage')}</figcaption>
          <blockquote>
            <HighlightedText text={assessment.text} evidence={triggers} />
          </blockquote>
          {triggers.length > 0 && <p className="hint">{t('highlightLegend')}</p>}
          {assessment.truncated && <p className="hint">{t('truncatedNote')}</p>}
        </figure>
      )}
    </section>
  );
}
