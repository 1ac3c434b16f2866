import { useState } from 'react';
import type { LocatedError } from '../../lib/packs/issues';
import type { Result } from '../../lib/store/options-store';
import type { UserPackKind } from '../../lib/store/stored';
import { useT } from '../i18n';
import { useSayProblem } from '../problem-text';
import { Dialog } from './dialog';
import { Field } from './field';

interface Props {
  defaultLang: 'vi' | 'en';
  onCancel(): void;
  onCreate(input: { name: string; lang: 'vi' | 'en'; kind: UserPackKind }): Promise<Result<string>>;
}

export function NewPackDialog({ defaultLang, onCancel, onCreate }: Props) {
  const t = useT();
  const say = useSayProblem();
  const [name, setName] = useState('');
  const [lang, setLang] = useState(defaultLang);
  const [kind, setKind] = useState<UserPackKind>('team');
  const [error, setError] = useState('');

  const create = async () => {
    if (!name.trim()) return setError(t('optErrorNameRequired'));
    const result = await onCreate({ name, lang, kind });
    if (result.ok) onCancel();
    else setError(result.errors.map((e: LocatedError) => say(e)).join('; '));
  };

  return (
    <Dialog
      title={t('optNewPack')}
      onClose={onCancel}
      actions={
        <>
          <button type="submit" form="new-pack-form" className="primary">
            {t('optCreate')}
          </button>
          <button type="button" onClick={onCancel}>
            {t('optCancel')}
          </button>
        </>
      }
    >
      <form
        id="new-pack-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void create();
        }}
      >
        <Field label={t('optPackName')} error={error || undefined}>
          {(a) => <input {...a} data-autofocus value={name} maxLength={120} onChange={(e) => { setName(e.target.value); setError(''); }} />}
        </Field>
        <Field label={t('optPackLang')}>
          {(a) => (
            <select {...a} value={lang} onChange={(e) => setLang(e.target.value as 'vi' | 'en')}>
              <option value="vi">{t('optLangVi')}</option>
              <option value="en">{t('optLangEn')}</option>
            </select>
          )}
        </Field>
        <fieldset className="radio-list">
          <legend>{t('optPackKind')}</legend>
          <label>
            <input type="radio" name="kind" checked={kind === 'team'} onChange={() => setKind('team')} />
            {t('optOriginTeam')} <span className="field-hint">— {t('optKindTeamHint')}</span>
          </label>
          <label>
            <input type="radio" name="kind" checked={kind === 'personal'} onChange={() => setKind('personal')} />
            {t('optOriginPersonal')} <span className="field-hint">— {t('optKindPersonalHint')}</span>
          </label>
        </fieldset>
      </form>
    </Dialog>
  );
}
