import type { KeyboardEvent } from 'react';
import { STEPS, type Phrase } from '../../lib/packs/schema';
import { useT } from '../i18n';
import { angerKey, categoryKey, stepKey } from '../labels';
import { TemplateText } from './template-text';
import { useUsage } from './usage-context';
import { usageKey, type UsageRecord } from '../../lib/usage/frecency';

/** "Used 12 times, last 3 Dec 2026" in the page's language, or "Not used yet". */
function UsedLine({ record }: { record: UsageRecord | undefined }) {
  const t = useT();
  const lang = document.documentElement.lang || undefined;
  return (
    <li className="meta-item used">
      {record ? t('optUsedTimes', String(record.n), new Date(record.t).toLocaleDateString(lang, { dateStyle: 'medium' })) : t('optNeverUsed')}
    </li>
  );
}

interface Props {
  packId: string;
  phrases: readonly Phrase[];
  editable: boolean;
  /** The phrase open in the editor. */
  activeId: string | null;
  onEdit(id: string): void;
  onDuplicate(id: string): void;
  onDelete(id: string): void;
  /** Moves the phrase to where `targetId` is (its neighbour within the same step). */
  onMove(id: string, targetId: string, action: 'up' | 'down'): void;
  onCopy(id: string): void;
}

export const phraseLabel = (phrase: Phrase) => phrase.title || (phrase.text.length > 50 ? `${phrase.text.slice(0, 50)}…` : phrase.text);

/**
 * The phrases of a pack, grouped by step in the pack's own order (the order suggestions keep among
 * equals). Reordering is by buttons or Alt+↑/↓ inside a row, within the step.
 */
export function PhraseRows({ packId, phrases, editable, activeId, onEdit, onDuplicate, onDelete, onMove, onCopy }: Props) {
  const t = useT();
  const usage = useUsage();
  return (
    <div className="phrase-groups">
      {[...STEPS, undefined].map((step) => {
        const group = phrases.filter((p) => p.step === step);
        if (group.length === 0) return null;
        const key = step ?? 'none';
        return (
          <section key={key} className="phrase-group" aria-labelledby={`step-group-${key}`}>
            <h3 id={`step-group-${key}`} className="group-heading">
              {step === undefined ? (
                <>
                  <span className="step-badge">–</span> {t('optNoStep')}
                </>
              ) : (
                <>
                  <span className="step-badge">{step}</span> {t(stepKey(step))}
                </>
              )}{' '}
              <span className="count">{group.length}</span>
            </h3>
            <ul className="phrase-rows">
              {group.map((phrase, index) => {
                const label = phraseLabel(phrase);
                const previous = group[index - 1];
                const next = group[index + 1];
                const onKeyDown = (event: KeyboardEvent) => {
                  if (!editable || !event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
                  event.preventDefault();
                  const target = event.key === 'ArrowUp' ? previous : next;
                  if (target) onMove(phrase.id, target.id, event.key === 'ArrowUp' ? 'up' : 'down');
                };
                return (
                  <li
                    key={phrase.id}
                    className={phrase.id === activeId ? 'phrase-row active' : 'phrase-row'}
                    data-phrase-id={phrase.id}
                    onKeyDown={onKeyDown}
                  >
                    <div className="row-main">
                      <p className="row-title">{label}</p>
                      <p className="row-text">
                        <TemplateText text={phrase.text} />
                      </p>
                      <ul className="row-meta" aria-label={t('optPhraseDetails')}>
                        {phrase.categories.map((c) => (
                          <li key={c} className="chip">
                            {t(categoryKey(c))}
                          </li>
                        ))}
                        {phrase.categories.length === 0 && <li className="chip neutral">{t('optAllCategories')}</li>}
                        <li className="meta-item">{t(phrase.tone === 'formal' ? 'optToneFormal' : phrase.tone === 'warm' ? 'optToneWarm' : 'optToneNeutral')}</li>
                        {(phrase.minAnger !== undefined || phrase.maxAnger !== undefined) && (
                          <li className="meta-item">
                            {t('optAngerRange', t(angerKey(phrase.minAnger ?? 0)), t(angerKey(phrase.maxAnger ?? 3)))}
                          </li>
                        )}
                        {phrase.shortcut && <li className="meta-item mono">/{phrase.shortcut}</li>}
                        <UsedLine record={usage[usageKey(packId, phrase.id)]} />
                      </ul>
                    </div>
                    <div className="row-actions">
                      {editable ? (
                        <>
                          <button type="button" data-action="edit" aria-label={t('optEditNamed', label)} onClick={() => onEdit(phrase.id)}>
                            {t('optEdit')}
                          </button>
                          <button type="button" data-action="duplicate" aria-label={t('optDuplicateNamed', label)} onClick={() => onDuplicate(phrase.id)}>
                            {t('optDuplicate')}
                          </button>
                          <button
                            type="button"
                            className="icon-button"
                            data-action="up"
                            aria-label={t('optMoveUpNamed', label)}
                            title={t('optMoveUpHint')}
                            disabled={!previous}
                            onClick={() => previous && onMove(phrase.id, previous.id, 'up')}
                          >
                            ↑
                          </button>
                          <button
                            type="button"
                            className="icon-button"
                            data-action="down"
                            aria-label={t('optMoveDownNamed', label)}
                            title={t('optMoveDownHint')}
                            disabled={!next}
                            onClick={() => next && onMove(phrase.id, next.id, 'down')}
                          >
                            ↓
                          </button>
                          <button type="button" className="danger-text" data-action="delete" aria-label={t('optDeleteNamed', label)} onClick={() => onDelete(phrase.id)}>
                            {t('optDelete')}
                          </button>
                        </>
                      ) : (
                        <button type="button" data-action="copy" aria-label={t('optCopyToMyPackNamed', label)} onClick={() => onCopy(phrase.id)}>
                          {t('optCopyToMyPack')}
                        </button>
                      )}
                    </div>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
