import { CATEGORIES, type Category } from '../../lib/detect/types';
import { isFiltering, type PhraseFilter } from '../../lib/packs/filter';
import type { Step } from '../../lib/packs/schema';
import { useT } from '../i18n';
import { StepOptions } from './step-options';
import { categoryKey } from '../labels';
import { phraseCount } from './count';

interface Props {
  filter: PhraseFilter;
  shown: number;
  total: number;
  onChange(filter: Partial<PhraseFilter>): void;
}

/** Stays at the top while the phrase list scrolls. */
export function FilterBar({ filter, shown, total, onChange }: Props) {
  const t = useT();
  return (
    <div className="filter-bar" role="search" aria-label={t('optFilterLabel')}>
      <label className="filter-text">
        <span className="sr-only">{t('optFilterText')}</span>
        <input
          type="search"
          placeholder={t('optFilterTextPlaceholder')}
          value={filter.text}
          onChange={(e) => onChange({ text: e.target.value })}
        />
      </label>
      <label>
        <span className="sr-only">{t('optFilterStep')}</span>
        <select value={filter.step ?? ''} onChange={(e) => onChange({ step: e.target.value ? (Number(e.target.value) as Step) : null })}>
          <option value="">{t('optAllSteps')}</option>
          <StepOptions noStep={false} />
        </select>
      </label>
      <label>
        <span className="sr-only">{t('optFilterCategory')}</span>
        <select value={filter.category ?? ''} onChange={(e) => onChange({ category: (e.target.value || null) as Category | null })}>
          <option value="">{t('optAllCategoriesFilter')}</option>
          {CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {t(categoryKey(c))}
            </option>
          ))}
        </select>
      </label>
      <label className="filter-unused">
        <input type="checkbox" checked={filter.unused === true} onChange={(e) => onChange({ unused: e.target.checked })} />
        {t('optFilterUnused')}
      </label>
      {isFiltering(filter) && (
        <button type="button" className="link-button" onClick={() => onChange({ text: '', step: null, category: null, unused: false })}>
          {t('optClearFilters')}
        </button>
      )}
      <span className="filter-count" aria-live="polite">
        {isFiltering(filter) ? t('optShowingOf', String(shown), String(total)) : phraseCount(t, total)}
      </span>
    </div>
  );
}
