import { useId, useMemo, useState } from 'react';
import { CSV_FIELDS, type CsvField, type CsvMapping, type ImportItem, type SourceFile } from '../../lib/packs/convert';
import type { LocatedError } from '../../lib/packs/issues';
import type { Step } from '../../lib/packs/schema';
import type { UserPackKind } from '../../lib/store/stored';
import { useT } from '../i18n';
import { StepOptions } from './step-options';
import { useSayProblem } from '../problem-text';

const PAGE = 100;

interface Props {
  source: SourceFile;
  items: ImportItem[];
  name: string;
  kind: UserPackKind;
  /** Problems of the packs built from these items (the same checks as a pack import). */
  problems: readonly LocatedError[];
  unknown: readonly { name: string; count: number }[];
  onName(name: string): void;
  onKind(kind: UserPackKind): void;
  onMapping(mapping: CsvMapping): void;
  onItems(items: ImportItem[]): void;
}

/**
 * What a spreadsheet or another helpdesk's file will become, before anything is stored: the format it was
 * recognised as, the column mapping (changeable), every reply with its language and step (changeable, one
 * by one or for a selection), the placeholders that have no variable, and each problem by row or item.
 */
export function ConvertPreview({ source, items, name, kind, problems, unknown, onName, onKind, onMapping, onItems }: Props) {
  const t = useT();
  const say = useSayProblem();
  const id = useId();
  const [page, setPage] = useState(0);
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [bulkStep, setBulkStep] = useState<string>('2');
  const langs = useMemo(() => [...new Set(items.map((i) => i.lang))], [items]);
  const skippedEmpty = source.read.skipped.filter((s) => s.why === 'empty').length;
  const skippedOther = source.read.skipped.length - skippedEmpty;
  const format = source.format === 'csv' && source.csv?.table.delimiter === '\t' ? 'tsv' : source.format;
  const shown = items.slice(page * PAGE, page * PAGE + PAGE);

  const setItem = (index: number, change: Partial<ImportItem>) =>
    onItems(items.map((item, i) => (i === index ? { ...item, ...change, stepGuessed: 'step' in change ? false : item.stepGuessed } : item)));
  const applyBulk = () => {
    const step = bulkStep === '' ? undefined : (Number(bulkStep) as Step);
    onItems(items.map((item, i) => (selected.has(i) ? { ...item, step, stepGuessed: false } : item)));
  };
  const toggle = (index: number, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(index);
    else next.delete(index);
    setSelected(next);
  };

  return (
    <div className="convert-preview">
      <p className="import-summary">
        <strong>{t('optConvertRecognised', format && format !== 'pack' ? t(`optConvertFormat_${format}`, source.csv?.table.delimiter ?? '') : '')}</strong> ·{' '}
        {items.length === 1 ? t('optConvertCountOne') : t('optConvertCount', String(items.length))}
      </p>
      {source.read.skipped.length > 0 && <p className="field-hint">{t('optConvertSkipped', String(skippedEmpty), String(skippedOther))}</p>}

      {problems.length > 0 && (
        <div id="import-errors" className="import-errors" role="alert">
          <p>
            <strong>{t('optConvertProblems')}</strong> {t('optImportNothingChanged')}
          </p>
          <ul>
            {problems.map((error, i) => (
              <li key={i}>
                {error.path && <span className="mono">{error.path}: </span>}
                {say(error)}
              </li>
            ))}
          </ul>
        </div>
      )}

      {source.csv && (
        <fieldset className="csv-mapping">
          <legend>{t('optConvertMapping')}</legend>
          <p className="field-hint">{t('optConvertMappingHint')}</p>
          <div className="mapping-grid">
            {CSV_FIELDS.map((field) => (
              <label key={field}>
                <span>{t(`optConvertField_${field}`)}</span>
                <select
                  data-field={field}
                  value={source.csv!.mapping[field] ?? ''}
                  onChange={(e) => {
                    const mapping: CsvMapping = { ...source.csv!.mapping };
                    // One column fills one field: choosing it here takes it from another field.
                    for (const other of CSV_FIELDS) if (mapping[other] === Number(e.target.value)) delete mapping[other];
                    if (e.target.value === '') delete mapping[field as CsvField];
                    else mapping[field] = Number(e.target.value);
                    onMapping(mapping);
                  }}
                >
                  <option value="">{t('optConvertNoColumn')}</option>
                  {source.csv!.table.headers.map((header, index) => (
                    <option key={index} value={index}>
                      {header || `#${index + 1}`}
                    </option>
                  ))}
                </select>
              </label>
            ))}
          </div>
        </fieldset>
      )}

      {unknown.length > 0 && (
        <div className="notice warn">
          <p>{t('optConvertUnknown')}</p>
          <ul className="unknown-placeholders">
            {unknown.map((u) => (
              <li key={u.name}>
                {t('optConvertUnknownItem', `[${u.name}]`, String(u.count))}
              </li>
            ))}
          </ul>
        </div>
      )}

      <div className="field">
        <label htmlFor={`${id}-name`}>{t('optConvertPackName')}</label>
        <input id={`${id}-name`} value={name} onChange={(e) => onName(e.target.value)} />
        {langs.length > 1 && <p className="field-hint">{t('optConvertPacksByLang', `${name} (Tiếng Việt)`, `${name} (English)`)}</p>}
      </div>
      <fieldset className="radio-list">
        <legend>{t('optImportAddAs')}</legend>
        <label>
          <input type="radio" name={`${id}-kind`} checked={kind === 'team'} onChange={() => onKind('team')} />
          {t('optOriginTeam')}
        </label>
        <label>
          <input type="radio" name={`${id}-kind`} checked={kind === 'personal'} onChange={() => onKind('personal')} />
          {t('optOriginPersonal')}
        </label>
      </fieldset>

      <div className="bulk-bar">
        <label>
          <input
            type="checkbox"
            checked={items.length > 0 && selected.size === items.length}
            onChange={(e) => setSelected(e.target.checked ? new Set(items.map((_, i) => i)) : new Set())}
          />
          {t('optConvertSelectAll', String(items.length))}
        </label>
        <label>
          {t('optConvertSetStep')}
          <select value={bulkStep} onChange={(e) => setBulkStep(e.target.value)}>
            <StepOptions noStep />
          </select>
        </label>
        <button type="button" disabled={selected.size === 0} onClick={applyBulk}>
          {t('optConvertApplyStep', String(selected.size))}
        </button>
      </div>

      <table className="convert-table">
        <thead>
          <tr>
            <th scope="col">
              <span className="sr-only">{t('optConvertSelectAll', String(items.length))}</span>
            </th>
            <th scope="col">{t('optConvertWhere')}</th>
            <th scope="col">{t('optConvertTitleColumn')}</th>
            <th scope="col">{t('optConvertLangColumn')}</th>
            <th scope="col">{t('optConvertStepColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((item, offset) => {
            const index = page * PAGE + offset;
            const label = item.title || item.text.slice(0, 40);
            return (
              <tr key={item.where} data-where={item.where}>
                <td>
                  <input type="checkbox" aria-label={t('optConvertSelectRow', label)} checked={selected.has(index)} onChange={(e) => toggle(index, e.target.checked)} />
                </td>
                <td className="where">{item.where}</td>
                <td className="reply">
                  {item.title && <strong>{item.title}</strong>}
                  <span className="reply-text">{item.text}</span>
                </td>
                <td>
                  <select aria-label={`${t('optConvertLangColumn')}: ${label}`} value={item.lang} onChange={(e) => setItem(index, { lang: e.target.value as 'vi' | 'en' })}>
                    <option value="vi">{t('optLangVi')}</option>
                    <option value="en">{t('optLangEn')}</option>
                  </select>
                </td>
                <td>
                  <select
                    aria-label={`${t('optConvertStepColumn')}: ${label}`}
                    data-step-of={item.where}
                    value={item.step ?? ''}
                    onChange={(e) => setItem(index, { step: e.target.value === '' ? undefined : (Number(e.target.value) as Step) })}
                  >
                    <StepOptions noStep />
                  </select>
                  {item.stepGuessed && (
                    <span className="guessed" title={t('optConvertGuessedHint')}>
                      {t('optConvertGuessed')}
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {items.length > PAGE && (
        <div className="pager">
          <button type="button" disabled={page === 0} onClick={() => setPage(page - 1)}>
            {t('optConvertPrev')}
          </button>
          <span>{t('optConvertPage', String(page * PAGE + 1), String(Math.min(items.length, page * PAGE + PAGE)), String(items.length))}</span>
          <button type="button" disabled={(page + 1) * PAGE >= items.length} onClick={() => setPage(page + 1)}>
            {t('optConvertNext')}
          </button>
        </div>
      )}
    </div>
  );
}
