import { useState } from 'react';
import { CATEGORIES, type Category } from '../../lib/detect/types';
import { errorsByField, type LocatedError } from '../../lib/packs/issues';
import type { Pack, PlaybookEntry } from '../../lib/packs/schema';
import type { Result } from '../../lib/store/options-store';
import { useT } from '../i18n';
import { useSayProblem } from '../problem-text';
import { categoryKey } from '../labels';
import { Field } from './field';

interface Props {
  pack: Pack;
  editable: boolean;
  onSave(category: Category, entry: PlaybookEntry | null): Promise<Result>;
}

/** Step 1 notes per complaint category: the goal, what we can and can't offer, fixes that worked. */
export function PlaybookEditor({ pack, editable, onSave }: Props) {
  const t = useT();
  return (
    <div className="playbook-editor">
      <p className="field-hint">{t('optPlaybookIntro')}</p>
      {CATEGORIES.map((category) => (
        <details key={category} className="playbook-item">
          <summary>
            {t(categoryKey(category))}
            {!pack.playbook?.[category] && <span className="muted"> · {t('optPlaybookNone')}</span>}
          </summary>
          {editable ? (
            <PlaybookForm category={category} entry={pack.playbook?.[category]} onSave={onSave} />
          ) : (
            <PlaybookView entry={pack.playbook?.[category]} />
          )}
        </details>
      ))}
    </div>
  );
}

const lines = (items: readonly string[] | undefined) => (items ?? []).join('\n');
const toList = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);

function PlaybookForm({ category, entry, onSave }: { category: Category; entry?: PlaybookEntry; onSave: Props['onSave'] }) {
  const t = useT();
  const say = useSayProblem();
  const [goal, setGoal] = useState(entry?.goal ?? '');
  const [canOffer, setCanOffer] = useState(lines(entry?.canOffer));
  const [cannotOffer, setCannotOffer] = useState(lines(entry?.cannotOffer));
  const [knownFixes, setKnownFixes] = useState(lines(entry?.knownFixes));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState('');

  const save = async () => {
    const result = await onSave(category, { goal, canOffer: toList(canOffer), cannotOffer: toList(cannotOffer), knownFixes: toList(knownFixes) });
    if (result.ok) {
      setErrors({});
      setStatus(t('optSaved'));
    } else {
      const located = result.errors.map((e: LocatedError) => ({ ...e, path: e.path.replace(`playbook.${category}.`, '').split(/[.[]/)[0] ?? '' }));
      setErrors(errorsByField(located, '', say));
      setStatus('');
    }
  };

  return (
    <form
      className="playbook-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <Field label={t('planGoal')} error={errors.goal}>
        {(a) => <textarea {...a} rows={2} value={goal} onChange={(e) => setGoal(e.target.value)} />}
      </Field>
      {(
        [
          ['canOffer', t('planCanOffer'), canOffer, setCanOffer],
          ['cannotOffer', t('planCannotOffer'), cannotOffer, setCannotOffer],
          ['knownFixes', t('planKnownFixes'), knownFixes, setKnownFixes],
        ] as const
      ).map(([key, label, value, set]) => (
        <Field key={key} label={label} hint={t('optOnePerLine')} error={errors[key]}>
          {(a) => <textarea {...a} rows={3} value={value} onChange={(e) => set(e.target.value)} />}
        </Field>
      ))}
      <div className="editor-actions">
        <button type="submit" className="primary">
          {t('optSaveNotes')}
        </button>
        {entry && (
          <button type="button" className="danger-text" onClick={() => void onSave(category, null)}>
            {t('optRemoveNotes')}
          </button>
        )}
        <span role="status" className="field-hint">
          {status}
        </span>
      </div>
    </form>
  );
}

function PlaybookView({ entry }: { entry?: PlaybookEntry }) {
  const t = useT();
  if (!entry) return <p className="muted">{t('optPlaybookNone')}</p>;
  return (
    <div className="playbook-view">
      <p>
        <strong>{t('planGoal')}:</strong> {entry.goal}
      </p>
      {(
        [
          [t('planCanOffer'), entry.canOffer],
          [t('planCannotOffer'), entry.cannotOffer],
          [t('planKnownFixes'), entry.knownFixes],
        ] as const
      ).map(([label, items]) =>
        items.length ? (
          <div key={label}>
            <p className="note-label">{label}</p>
            <ul>
              {items.map((item, i) => (
                <li key={i}>{item}</li>
              ))}
            </ul>
          </div>
        ) : null,
      )}
    </div>
  );
}
