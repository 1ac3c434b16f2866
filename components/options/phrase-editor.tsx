import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { CATEGORIES } from '../../lib/detect/types';
import { newPhraseId } from '../../lib/packs/edit';
import { errorsByField, type LocatedError } from '../../lib/packs/issues';
import { KNOWN_VARIABLES, type Pack, type PhraseInput, type Step } from '../../lib/packs/schema';
import type { Result } from '../../lib/store/options-store';
import { isConflict } from '../../lib/store/options-writes';
import { useT } from '../i18n';
import { StepOptions } from './step-options';
import { useSayProblem } from '../problem-text';
import { angerKey, categoryKey } from '../labels';
import { draftErrors, draftToInput, sameDraft, type PhraseDraft } from './draft';
import { Field, sentence } from './field';
import { PhrasePreview } from './phrase-preview';

interface Props {
  pack: Pack;
  initial: PhraseDraft;
  /** The id of the phrase being edited; null for a new phrase. */
  originalId: string | null;
  agentName: string;
  companyName: string;
  /** `keepMine`: save over a version another tab saved since this form opened. */
  onSave(input: PhraseInput, keepMine?: boolean): Promise<Result<string>>;
  onClose(): void;
  /** Drops this draft and opens the phrase as another tab saved it. */
  onReload(): void;
  onDirtyChange(dirty: boolean): void;
  /** The user asked to leave (another phrase, another pack) while this draft has changes. */
  leaveRequested: boolean;
  onLeave(confirmed: boolean): void;
}

const FIELD_ORDER = ['text', 'title', 'step', 'categories', 'tone', 'minAnger', 'maxAnger', 'tags', 'shortcut', 'id'];

export function PhraseEditor(props: Props) {
  const t = useT();
  const say = useSayProblem();
  const headingId = useId();
  const { pack, initial, originalId } = props;
  const [draft, setDraft] = useState(initial);
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  /** The pack was saved in another tab since this form opened: reload or keep mine. */
  const [conflict, setConflict] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);

  const takenIds = useMemo(() => pack.phrases.map((p) => p.id).filter((id) => id !== originalId), [pack, originalId]);
  const errors = { ...draftErrors(draft, { takenIds, ignoreEmptyId: originalId === null, say }), ...serverErrors };
  const shown = (field: string) => (submitted || touched.has(field) ? errors[field] : undefined);
  const dirty = !sameDraft(draft, initial);
  const { onDirtyChange } = props;
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);

  useEffect(() => {
    textRef.current?.focus();
  }, [originalId]);

  const update = <K extends keyof PhraseDraft>(key: K, value: PhraseDraft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setServerErrors((e) => {
      const { [key]: _drop, ...rest } = e;
      return rest;
    });
  };
  const touch = (field: string) => setTouched((s) => (s.has(field) ? s : new Set(s).add(field)));

  const focusFirstError = (fields: Record<string, string>) => {
    const first = FIELD_ORDER.find((f) => fields[f]);
    formRef.current?.querySelector<HTMLElement>(`[data-field="${first}"]`)?.focus();
  };

  const save = async (keepMine = false) => {
    setSubmitted(true);
    if (Object.keys(errors).length) return focusFirstError(errors);
    const input = draftToInput(draft);
    if (!input.id) input.id = newPhraseId(pack, { step: input.step as Step, title: input.title, text: input.text });
    setSaving(true);
    setConflict(false);
    const result = await props.onSave(input, keepMine);
    setSaving(false);
    if (result.ok) return props.onClose();
    if (isConflict(result.errors)) return setConflict(true);
    const fields = errorsByField(result.errors.map((e: LocatedError) => ({ ...e, path: e.path.split(/[.[]/)[0] ?? '' })), '', say);
    setServerErrors(fields);
    focusFirstError(fields);
  };

  const insertVariable = (name: string) => {
    const area = textRef.current;
    const token = `{{${name}}}`;
    const start = area?.selectionStart ?? draft.text.length;
    const end = area?.selectionEnd ?? draft.text.length;
    update('text', draft.text.slice(0, start) + token + draft.text.slice(end));
    touch('text');
    requestAnimationFrame(() => {
      area?.focus();
      area?.setSelectionRange(start + token.length, start + token.length);
    });
  };

  const cancel = () => (dirty ? setConfirmDiscard(true) : props.onClose());
  const askingToLeave = confirmDiscard || props.leaveRequested;
  const resolveLeave = (discard: boolean) => {
    if (confirmDiscard) {
      setConfirmDiscard(false);
      if (discard) props.onClose();
    } else props.onLeave(discard);
  };

  return (
    <section className="editor" aria-labelledby={headingId}>
      <h3 id={headingId}>{originalId ? t('optEditPhrase') : t('optNewPhrase')}</h3>
      <form
        ref={formRef}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            void save();
          }
        }}
      >
        <Field label={t('optFieldText')} error={shown('text')} hint={t('optFieldTextHint')}>
          {(a) => (
            <textarea
              {...a}
              ref={textRef}
              data-field="text"
              rows={5}
              value={draft.text}
              onChange={(e) => update('text', e.target.value)}
              onBlur={() => touch('text')}
            />
          )}
        </Field>
        <div className="variable-chips" role="group" aria-label={t('optInsertVariable')}>
          <span className="field-hint">{t('optInsertVariable')}</span>
          {KNOWN_VARIABLES.map((name) => (
            <button key={name} type="button" className="chip-button" onClick={() => insertVariable(name)}>
              {`{{${name}}}`}
            </button>
          ))}
        </div>

        <PhrasePreview text={draft.text} lang={pack.lang} agentName={props.agentName} companyName={props.companyName} />

        <Field label={t('optFieldTitle')} error={shown('title')}>
          {(a) => <input {...a} data-field="title" value={draft.title} onChange={(e) => update('title', e.target.value)} onBlur={() => touch('title')} />}
        </Field>
        <div className="field-row">
          <Field label={t('optFieldStep')} error={shown('step')}>
            {(a) => (
              <select
                {...a}
                data-field="step"
                value={draft.step ?? ''}
                onChange={(e) => update('step', e.target.value ? (Number(e.target.value) as Step) : undefined)}
              >
                <StepOptions noStep />
              </select>
            )}
          </Field>
          <Field label={t('optFieldTone')} error={shown('tone')}>
            {(a) => (
              <select {...a} data-field="tone" value={draft.tone} onChange={(e) => update('tone', e.target.value as PhraseDraft['tone'])}>
                <option value="neutral">{t('optToneNeutral')}</option>
                <option value="warm">{t('optToneWarm')}</option>
                <option value="formal">{t('optToneFormal')}</option>
              </select>
            )}
          </Field>
        </div>
        <fieldset className="categories" aria-describedby={shown('categories') ? `${headingId}-cat-error` : undefined}>
          <legend>{t('optFieldCategories')}</legend>
          <p className="field-hint">{t('optFieldCategoriesHint')}</p>
          <div className="checkbox-grid">
            {CATEGORIES.map((category, i) => (
              <label key={category}>
                <input
                  type="checkbox"
                  data-field={i === 0 ? 'categories' : undefined}
                  checked={draft.categories.includes(category)}
                  onChange={(e) =>
                    update('categories', e.target.checked ? CATEGORIES.filter((c) => c === category || draft.categories.includes(c)) : draft.categories.filter((c) => c !== category))
                  }
                />
                {t(categoryKey(category))}
              </label>
            ))}
          </div>
          {shown('categories') && (
            <p id={`${headingId}-cat-error`} className="field-error">
              {sentence(shown('categories') ?? '')}
            </p>
          )}
        </fieldset>
        <div className="field-row">
          {(['minAnger', 'maxAnger'] as const).map((field) => (
            <Field key={field} label={t(field === 'minAnger' ? 'optFieldMinAnger' : 'optFieldMaxAnger')} error={shown(field)}>
              {(a) => (
                <select {...a} data-field={field} value={draft[field]} onChange={(e) => { update(field, e.target.value); touch(field); }}>
                  <option value="">{t('optAngerAny')}</option>
                  {[0, 1, 2, 3].map((n) => (
                    <option key={n} value={String(n)}>
                      {n} · {t(angerKey(n))}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          ))}
        </div>
        <Field label={t('optFieldTags')} hint={t('optFieldTagsHint')} error={shown('tags')}>
          {(a) => <input {...a} data-field="tags" value={draft.tags} onChange={(e) => update('tags', e.target.value)} onBlur={() => touch('tags')} />}
        </Field>
        <div className="field-row">
          <Field label={t('optFieldShortcut')} hint={t('optFieldShortcutHint')} error={shown('shortcut')}>
            {(a) => (
              <input {...a} data-field="shortcut" value={draft.shortcut} onChange={(e) => update('shortcut', e.target.value)} onBlur={() => touch('shortcut')} />
            )}
          </Field>
          <Field label={t('optFieldId')} hint={t('optFieldIdHint')} error={shown('id')}>
            {(a) => (
              <input
                {...a}
                data-field="id"
                value={draft.id}
                placeholder={originalId === null ? t('optFieldIdAuto') : undefined}
                onChange={(e) => update('id', e.target.value)}
                onBlur={() => touch('id')}
              />
            )}
          </Field>
        </div>

        {conflict ? (
          <div className="confirm-bar" role="alert">
            <p>{t('optChangedElsewhere')}</p>
            <button type="button" onClick={props.onReload}>
              {t('optReload')}
            </button>
            <button type="button" className="primary" onClick={() => void save(true)} autoFocus>
              {t('optKeepMine')}
            </button>
          </div>
        ) : askingToLeave ? (
          <div className="confirm-bar" role="alert">
            <p>{t('optDiscardQuestion')}</p>
            <button type="button" className="danger" onClick={() => resolveLeave(true)}>
              {t('optDiscard')}
            </button>
            <button type="button" onClick={() => resolveLeave(false)} autoFocus>
              {t('optKeepEditing')}
            </button>
          </div>
        ) : (
          <div className="editor-actions">
            <button type="submit" className="primary" disabled={saving}>
              {t('optSavePhrase')}
            </button>
            <button type="button" onClick={cancel}>
              {t('optCancel')}
            </button>
            <span className="field-hint">{t('optSaveHint')}</span>
          </div>
        )}
      </form>
    </section>
  );
}
