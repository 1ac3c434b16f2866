import { useState } from 'react';
import { errorsByField } from '../../lib/packs/issues';
import type { Pack } from '../../lib/packs/schema';
import type { Result } from '../../lib/store/options-store';
import { useT } from '../i18n';
import { useSayProblem } from '../problem-text';
import { Field } from './field';

interface Props {
  pack: Pack;
  editable: boolean;
  onSave(details: Pick<Pack, 'name' | 'lang' | 'version'> & { author?: string; description?: string }): Promise<Result>;
}

/** Name, language, version, author and description of a pack. The id never changes once created. */
export function PackDetails({ pack, editable, onSave }: Props) {
  const t = useT();
  const say = useSayProblem();
  const [name, setName] = useState(pack.name);
  const [lang, setLang] = useState(pack.lang);
  const [version, setVersion] = useState(pack.version);
  const [author, setAuthor] = useState(pack.author ?? '');
  const [description, setDescription] = useState(pack.description ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState('');

  const save = async () => {
    const result = await onSave({ name, lang, version, author, description });
    setErrors(result.ok ? {} : errorsByField(result.errors, '', say));
    setStatus(result.ok ? t('optSaved') : '');
  };

  return (
    <form
      className="pack-details"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <fieldset disabled={!editable}>
        <Field label={t('optPackName')} error={errors.name}>
          {(a) => <input {...a} value={name} maxLength={120} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <div className="field-row">
          <Field label={t('optPackLang')} error={errors.lang}>
            {(a) => (
              <select {...a} value={lang} onChange={(e) => setLang(e.target.value as Pack['lang'])}>
                <option value="vi">{t('optLangVi')}</option>
                <option value="en">{t('optLangEn')}</option>
              </select>
            )}
          </Field>
          <Field label={t('optPackVersion')} hint={t('optPackVersionHint')} error={errors.version}>
            {(a) => <input {...a} value={version} onChange={(e) => setVersion(e.target.value)} />}
          </Field>
        </div>
        <Field label={t('optPackAuthor')} error={errors.author}>
          {(a) => <input {...a} value={author} onChange={(e) => setAuthor(e.target.value)} />}
        </Field>
        <Field label={t('optPackDescription')} error={errors.description}>
          {(a) => <textarea {...a} rows={3} value={description} onChange={(e) => setDescription(e.target.value)} />}
        </Field>
        <p className="field-hint">
          {t('optPackId')}: <code>{pack.id}</code> · {t('optPackUpdated')}: {pack.updatedAt}
        </p>
        {editable && (
          <div className="editor-actions">
            <button type="submit" className="primary">
              {t('optSaveDetails')}
            </button>
            <span role="status" className="field-hint">
              {status}
            </span>
          </div>
        )}
      </fieldset>
    </form>
  );
}
