import { useEffect, useRef, useState } from 'react';
import type { PackDiff } from '../../lib/packs/diff';
import { isEmptyDiff } from '../../lib/packs/diff';
import { bumpPatch, slugify, uniqueId } from '../../lib/packs/edit';
import { checkPackSize, parsePackText } from '../../lib/packs/import';
import { LoneSurrogateNotice } from './lone-surrogate-notice';
import { type LocatedError } from '../../lib/packs/issues';
import {
  idFromFileName,
  packsFrom,
  prepareItemsInSlices,
  readSourceFile,
  unknownPlaceholders,
  type CsvMapping,
  type ImportItem,
  type SourceFile,
} from '../../lib/packs/convert';
import type { Pack } from '../../lib/packs/schema';
import type { ImportPlan } from '../../lib/store/options-store';
import type { UserPackKind } from '../../lib/store/stored';
import { useT } from '../i18n';
import { useSayProblem } from '../problem-text';
import { categoryKey } from '../labels';
import { ConvertPreview } from './convert-preview';
import { phraseCount } from './count';
import { Dialog } from './dialog';
import { phraseLabel } from './phrase-rows';

interface Props {
  takenIds: readonly string[];
  /** The pack with this id, if there is one: a spreadsheet re-imported into it keeps its name and playbook. */
  packById(id: string): Pack | undefined;
  planImport(pack: ImportPlan['pack']): ImportPlan;
  applyImport(plan: ImportPlan, kind: UserPackKind): Promise<string | null>;
  onClose(): void;
}

/** Replies from a spreadsheet or another helpdesk, on their way to becoming packs. */
interface Conversion {
  source: SourceFile;
  text: string;
  fileName: string | null;
  /** null while the replies are being read (languages and steps take a moment for thousands of rows). */
  items: ImportItem[] | null;
  progress: number;
  name: string;
  problems: LocatedError[];
}

const baseName = (fileName: string | null) => (fileName ? idFromFileName(fileName) : '');

/**
 * Import from a file or pasted text: a CalmReply pack, a spreadsheet (CSV/TSV) or another helpdesk's
 * replies (Zendesk, Freshdesk, Help Scout, Gorgias). A broken file shows every located error and changes
 * nothing; replies from elsewhere are shown with their steps and languages to check first; a new version of
 * an existing pack shows what would change before it replaces anything.
 */
export function ImportDialog({ takenIds, packById, planImport, applyImport, onClose }: Props) {
  const t = useT();
  const say = useSayProblem();
  const [pasted, setPasted] = useState('');
  const [errors, setErrors] = useState<LocatedError[] | null>(null);
  /** Which input the errors are about: the chosen file (by name) or the pasted text. */
  const [errorSource, setErrorSource] = useState<{ file: string } | 'paste'>('paste');
  const [plan, setPlan] = useState<ImportPlan | null>(null);
  const [conversion, setConversion] = useState<Conversion | null>(null);
  const [kind, setKind] = useState<UserPackKind>('team');
  const [busy, setBusy] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);
  const reading = useRef<AbortController | null>(null);

  useEffect(() => () => reading.current?.abort(), []);

  /** Reads languages and steps in slices, so a 5,000-row file never freezes the page. */
  const prepare = (source: SourceFile, base: Omit<Conversion, 'source' | 'items' | 'progress' | 'problems'>) => {
    reading.current?.abort();
    const controller = new AbortController();
    reading.current = controller;
    setConversion({ ...base, source, items: null, progress: 0, problems: source.read.problems });
    void prepareItemsInSlices(source.read.replies, {
      signal: controller.signal,
      onProgress: (done) => !controller.signal.aborted && setConversion((c) => (c ? { ...c, progress: done } : c)),
    }).then((items) => {
      if (!controller.signal.aborted) setConversion((c) => (c ? { ...c, items } : c));
    });
  };

  const check = (text: string, source: { file: string } | 'paste') => {
    setErrorSource(source);
    const fileName = source === 'paste' ? null : source.file;
    const file = readSourceFile(text, { fileName: fileName ?? undefined });
    if (file.format === null) {
      setErrors(file.read.problems);
      setPlan(null);
      return;
    }
    if (file.format !== 'pack') {
      setErrors(null);
      const existing = packById(baseName(fileName));
      prepare(file, { text, fileName, name: existing?.name ?? (baseName(fileName) || t('optImportedReplies')) });
      return;
    }
    const result = parsePackText(text);
    if (!result.ok) {
      setErrors(result.errors);
      setPlan(null);
      return;
    }
    setErrors(null);
    setPlan(planImport(result.pack));
  };

  const remap = (mapping: CsvMapping) => {
    if (!conversion) return;
    const source = readSourceFile(conversion.text, { fileName: conversion.fileName ?? undefined, from: 'csv', mapping });
    prepare(source, conversion);
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

  const apply = async (chosen: ImportPlan, as: UserPackKind = kind) => {
    setBusy(true);
    const key = await applyImport(chosen, chosen.replaces?.kind ?? as);
    setBusy(false);
    return key;
  };

  const asCopy = (source: ImportPlan): ImportPlan => ({
    pack: { ...source.pack, id: uniqueId(`${source.pack.id}-copy`, takenIds), name: t('optCopyOfName', source.pack.name) },
  });

  /**
   * A pack made from a spreadsheet that has the id of one of the lead's packs is a new version of it: the
   * phrases come from the file, the rest (name, playbook, notes) stays, and the version moves only if
   * something changed.
   */
  const asNewVersion = (pack: Pack): Pack => {
    const existing = packById(pack.id);
    if (!existing) return pack;
    const merged: Pack = { ...existing, phrases: pack.phrases, name: conversion?.name.trim() || existing.name };
    const plan = planImport(merged);
    return plan.replaces && !isEmptyDiff(plan.replaces.diff) ? { ...merged, version: bumpPatch(existing.version), updatedAt: pack.updatedAt } : existing;
  };

  const importConverted = async () => {
    if (!conversion?.items) return;
    const id = slugify(baseName(conversion.fileName) || conversion.name) || 'imported';
    const built = packsFrom(conversion.items, { id, name: conversion.name });
    if (built.problems.length) {
      setConversion({ ...conversion, problems: [...conversion.source.read.problems, ...built.problems] });
      return;
    }
    if (built.packs.length === 1) {
      const next = planImport(asNewVersion(built.packs[0]!));
      // A new version is only stored once the lead has seen what it changes.
      if (next.replaces) return setPlan(next);
      if (await apply(next)) onClose();
      return;
    }
    // Two languages, two packs: an id already in use gets a copy beside it rather than a silent replacement.
    let taken = [...takenIds];
    for (const pack of built.packs) {
      const free = taken.includes(pack.id) ? { ...pack, id: uniqueId(pack.id, taken) } : pack;
      taken = [...taken, free.id];
      if (!(await apply(planImport(free)))) return;
    }
    onClose();
  };

  const converting = conversion && !plan;
  const actions = converting ? (
    <>
      <button
        type="button"
        className="primary"
        disabled={busy || !conversion.items || conversion.items.length === 0 || conversion.source.read.problems.length > 0}
        onClick={() => void importConverted()}
      >
        {conversion.items?.length === 1 ? t('optConvertImportOne') : t('optConvertImport', String(conversion.items?.length ?? 0))}
      </button>
      <button type="button" onClick={() => setConversion(null)}>
        {t('optBack')}
      </button>
    </>
  ) : plan ? (
    <>
      {plan.replaces ? (
        <>
          <button type="button" className="primary" disabled={busy} onClick={() => void apply(plan).then((key) => key && onClose())}>
            {t('optImportReplace')}
          </button>
          <button type="button" disabled={busy} onClick={() => void apply(asCopy(plan)).then((key) => key && onClose())}>
            {t('optImportAsCopy')}
          </button>
        </>
      ) : (
        <button type="button" className="primary" disabled={busy} onClick={() => void apply(plan).then((key) => key && onClose())}>
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
      {converting && (
        conversion.items ? (
          <ConvertPreview
            source={conversion.source}
            items={conversion.items}
            name={conversion.name}
            kind={kind}
            problems={conversion.problems}
            unknown={unknownPlaceholders(conversion.items)}
            onName={(name) => setConversion({ ...conversion, name })}
            onKind={setKind}
            onMapping={remap}
            onItems={(items) => setConversion({ ...conversion, items })}
          />
        ) : (
          <p role="status" className="field-hint">
            <progress max={conversion.source.read.replies.length} value={conversion.progress} />{' '}
            {t('optConvertReading', String(conversion.progress), String(conversion.source.read.replies.length))}
          </p>
        )
      )}
      {!plan && !converting && (
        <>
          <p className="field-hint">{t('optImportIntro')}</p>
          <div className="import-sources">
            <div className="field">
              <label htmlFor="import-file">{t('optImportFile')}</label>
              <p className="field-hint">{t('optImportAnyFile')}</p>
              <input
                id="import-file"
                ref={fileRef}
                type="file"
                accept=".json,.csv,.tsv,.txt,application/json,text/csv,text/tab-separated-values,text/plain"
                aria-describedby={errors && errorSource !== 'paste' ? 'import-errors' : undefined}
                aria-invalid={Boolean(errors) && errorSource !== 'paste'}
                onChange={(e) => {
                  void onFile(e.target.files?.[0]);
                  e.target.value = '';
                }}
              />
            </div>
            <div className="field">
              <label htmlFor="import-paste">{t('optImportPasteAny')}</label>
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
                  {t('optImportCheckPasted')}
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
          <LoneSurrogateNotice pack={plan.pack} />
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
