import { useRef, useState } from 'react';
import type { PackDiff } from '../../lib/packs/diff';
import { isEmptyDiff } from '../../lib/packs/diff';
import { uniqueId } from '../../lib/packs/edit';
import { checkPackSize, parsePackText } from '../../lib/packs/import';
import { type LocatedError } from '../../lib/packs/issues';
import type { ImportPlan } from '../../lib/store/options-store';
import type { UserPackKind } from '../../lib/store/stored';
import { useT } from '../i18n';
import { useSayProblem } from '../problem-text';
import { categoryKey } from '../labels';
import { phraseCount } from './count';
import { Dialog } from './dialog';
import { phraseLabel } from './phrase-rows';

interface Props {
  takenIds: readonly string[];
  planImport(pack: ImportPlan['pack']): ImportPlan;
  applyImport(plan: ImportPlan, kind: UserPackKind): Promise<string | null>;
  onClose(): void;
}

/**
 * Import from a file or pasted JSON. A broken pack shows every located error and changes nothing;
 * a new version of an existing pack shows what would change before it replaces anything.
 */
export function ImportDialog({ takenIds, planImport, applyImport, onClose }: Props) {
  const t = useT();
  const say = useSayProblem();
  const [pasted, setPasted] = useState('');
  const [errors, setErrors] = useState<LocatedError[] | null>(null);
  /** Which input the errors are about: the chosen file (by name) or the pasted text. */
  const [errorSource, setErrorSource] = useState<{ file: string } | 'paste'>('paste');
  const [plan, setPlan] = useState<ImportPlan | null>(null);
  const [kind, setKind] = useState<UserPackKind>('team');
  const [busy, setBusy] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);

  const check = (text: string, source: { file: string } | 'paste') => {
    setErrorSource(source);
    const result = parsePackText(text);
    if (!result.ok) {
      setErrors(result.errors);
      setPlan(null);
      return;
    }
    setErrors(null);
    setPlan(planImport(result.pack));
  };

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    // Checked from the file's size, before reading a byte of it.
    const tooBig = checkPackSize(file.size);
    if (tooBig) {
      setErrorSource({ file: file.name });
      setErrors([tooBig]);
      setPlan(null);
      return;
    }
    check(await file.text(), { file: file.name });
  };

  const apply = async (chosen: ImportPlan) => {
    setBusy(true);
    const key = await applyImport(chosen, chosen.replaces?.kind ?? kind);
    setBusy(false);
    if (key) onClose();
  };

  const asCopy = (source: ImportPlan): ImportPlan => ({
    pack: { ...source.pack, id: uniqueId(`${source.pack.id}-copy`, takenIds), name: t('optCopyOfName', source.pack.name) },
  });

  const actions = plan ? (
    <>
      {plan.replaces ? (
        <>
          <button type="button" className="primary" disabled={busy} onClick={() => void apply(plan)}>
            {t('optImportReplace')}
          </button>
          <button type="button" disabled={busy} onClick={() => void apply(asCopy(plan))}>
            {t('optImportAsCopy')}
          </button>
        </>
      ) : (
        <button type="button" className="primary" disabled={busy} onClick={() => void apply(plan)}>
          {t('optImportAdd')}
        </button>
      )}
      <button type="button" onClick={() => setPlan(null)}>
        {t('optBack')}
      </button>
    </>
  ) : (
    <button type="button" onClick={onClose}>
      {t('optCancel')}
    </button>
  );

  return (
    <Dialog title={t('optImportTitle')} onClose={onClose} actions={actions} wide>
      {!plan && (
        <>
          <p className="field-hint">{t('optImportIntro')}</p>
          <div className="import-sources">
            <div className="field">
              <label htmlFor="import-file">{t('optImportFile')}</label>
              <input
                id="import-file"
                ref={fileRef}
                type="file"
                accept=".json,application/json"
                aria-describedby={errors && errorSource !== 'paste' ? 'import-errors' : undefined}
                aria-invalid={Boolean(errors) && errorSource !== 'paste'}
                onChange={(e) => {
                  void onFile(e.target.files?.[0]);
                  e.target.value = '';
                }}
              />
            </div>
            <div className="field">
              <label htmlFor="import-paste">{t('optImportPaste')}</label>
              <textarea
                id="import-paste"
                rows={8}
                className="mono"
                value={pasted}
                aria-describedby={errors && errorSource === 'paste' ? 'import-errors' : undefined}
                aria-invalid={Boolean(errors) && errorSource === 'paste'}
                onChange={(e) => setPasted(e.target.value)}
              />
              <div>
                <button type="button" disabled={!pasted.trim()} onClick={() => check(pasted, 'paste')}>
                  {t('optImportCheck')}
                </button>
              </div>
            </div>
          </div>
          {errors && (
            <div id="import-errors" className="import-errors" role="alert">
              <p>
                {errorSource !== 'paste' && <span className="mono">{errorSource.file}: </span>}
                <strong>{t('optImportInvalid')}</strong> {t('optImportNothingChanged')}
              </p>
              <ul>
                {/* Only the path is code: monospace fonts place Vietnamese diacritics badly. */}
                {errors.map((error, i) => (
                  <li key={i}>
                    {error.path && <span className="mono">{error.path}: </span>}
                    {say(error)}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </>
      )}
      {plan && (
        <div className="import-preview" aria-live="polite">
          <p className="import-summary">
            <strong>{plan.pack.name}</strong> · {plan.pack.lang === 'vi' ? t('optLangVi') : t('optLangEn')} · v{plan.pack.version} ·{' '}
            {phraseCount(t, plan.pack.phrases.length)}
          </p>
          {plan.renamedFrom && <p className="notice">{t('optImportRenamed', plan.renamedFrom, plan.pack.id)}</p>}
          {plan.replaces ? (
            <>
              <p>{t('optImportNewVersion', plan.replaces.name, plan.replaces.version, plan.pack.version)}</p>
              <DiffView diff={plan.replaces.diff} />
            </>
          ) : (
            <fieldset className="radio-list">
              <legend>{t('optImportAddAs')}</legend>
              <label>
                <input type="radio" name="import-kind" checked={kind === 'team'} onChange={() => setKind('team')} />
                {t('optOriginTeam')}
              </label>
              <label>
                <input type="radio" name="import-kind" checked={kind === 'personal'} onChange={() => setKind('personal')} />
                {t('optOriginPersonal')}
              </label>
            </fieldset>
          )}
        </div>
      )}
    </Dialog>
  );
}

function DiffView({ diff }: { diff: PackDiff }) {
  const t = useT();
  if (isEmptyDiff(diff)) return <p className="notice">{t('optDiffNone')}</p>;
  return (
    <div className="diff">
      <ul className="diff-summary" aria-label={t('optDiffSummary')}>
        <li className="diff-added">{t('optDiffAdded', String(diff.added.length))}</li>
        <li className="diff-changed">{t('optDiffChanged', String(diff.changed.length))}</li>
        <li className="diff-removed">{t('optDiffRemoved', String(diff.removed.length))}</li>
        <li>{t('optDiffUnchanged', String(diff.unchanged))}</li>
      </ul>
      {diff.removed.length > 0 && <p className="notice warn">{t('optDiffRemovedWarning', String(diff.removed.length))}</p>}
      <DiffList title={t('optDiffAddedTitle')} items={diff.added.map((p) => ({ key: p.id, label: phraseLabel(p) }))} className="diff-added" />
      <DiffList
        title={t('optDiffChangedTitle')}
        items={diff.changed.map((c) => ({ key: c.after.id, label: phraseLabel(c.after), note: c.fields.join(', ') }))}
        className="diff-changed"
      />
      <DiffList title={t('optDiffRemovedTitle')} items={diff.removed.map((p) => ({ key: p.id, label: phraseLabel(p) }))} className="diff-removed" />
      {diff.details.length > 0 && <p>{t('optDiffDetails', diff.details.join(', '))}</p>}
      {diff.playbook.added.length + diff.playbook.changed.length + diff.playbook.removed.length > 0 && (
        <p>
          {t(
            'optDiffPlaybook',
            [...diff.playbook.added, ...diff.playbook.changed, ...diff.playbook.removed].map((c) => t(categoryKey(c))).join(', '),
          )}
        </p>
      )}
      {diff.reordered && <p>{t('optDiffReordered')}</p>}
    </div>
  );
}

function DiffList({ title, items, className }: { title: string; items: { key: string; label: string; note?: string }[]; className: string }) {
  if (items.length === 0) return null;
  return (
    <details className={`diff-list ${className}`} open={items.length <= 8}>
      <summary>
        {title} ({items.length})
      </summary>
      <ul>
        {items.map((item) => (
          <li key={item.key}>
            {item.label}
            {item.note && <span className="field-hint"> — {item.note}</span>}
          </li>
        ))}
      </ul>
    </details>
  );
}
