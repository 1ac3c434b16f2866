import type { Assessment } from '../lib/detect/types';
import { LEARNED_CUE } from '../lib/detect/types';
import { HighlightedText } from './highlighted-text';
import { useT } from './i18n';
import { angerKey, categoryKey } from './labels';

const MODIFIER_CUE = /^(negation|contrast):/;
/** The learned layer gives every phrase a share; the panel marks only the few that moved the score most. */
const LEARNED_SHOWN = 4;
const LEARNED_MIN = 0.1;
const TREND_KEY = { calmer: 'trendCalmer', same: 'trendSame', angrier: 'trendAngrier' } as const;

/** How the customer feels: anger level, complaint categories and their latest message with the cues marked. */
export function AssessmentCard({ assessment }: { assessment: Assessment }) {
  const t = useT();
  const angerName = t(angerKey(assessment.anger));
  // Calming cues (thanks, praise) are evidence too, with negative weight, and negators or contrast words
  // ("not", "mà") only modify other cues: mark just the words that show what upset the customer.
  const cues = assessment.evidence.filter((e) => e.weight > 0 && e.cue !== LEARNED_CUE && !MODIFIER_CUE.test(e.cue));
  const learned = assessment.evidence
    .filter((e) => e.cue === LEARNED_CUE && e.weight >= LEARNED_MIN)
    .sort((a, b) => b.weight - a.weight)
    .slice(0, LEARNED_SHOWN);
  const triggers = [...cues, ...learned];
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
            <HighlightedText text={assessment.text} evidence={triggers} learnedTitle={t('learnedCueTitle')} />
          </blockquote>
          {triggers.length > 0 && <p className="hint">{t('highlightLegend')}</p>}
          {learned.length > 0 && <p className="hint learned-legend">{t('learnedLegend')}</p>}
          {assessment.truncated && <p className="hint">{t('truncatedNote')}</p>}
        </figure>
      )}
    </section>
  );
}
