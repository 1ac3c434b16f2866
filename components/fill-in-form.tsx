import { useId, useLayoutEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { fillInValue, type FillIn, type FillInValues } from '../lib/packs/fill-ins';
import { useT } from './i18n';

interface Props {
  fields: readonly FillIn[];
  /** Values given earlier on this ticket: the fields start with them. */
  initial?: FillInValues;
  /** What goes in with the values typed so far, and where the caret ends up: shown live. */
  preview(values: FillInValues): { text: string; caretBack?: number };
  onSubmit(values: FillInValues): void;
  onCancel(): void;
}

/** Text with a thin mark where the caret will be after inserting (`{{cursor}}`). */
export function TextWithCaret({ text, caretBack }: { text: string; caretBack?: number }) {
  const t = useT();
  if (caretBack === undefined) return <>{text}</>;
  const at = text.length - caretBack;
  return (
    <>
      {text.slice(0, at)}
      <span className="caret-mark" role="img" aria-label={t('optCaretHere')} title={t('optCaretHere')} />
      {text.slice(at)}
    </>
  );
}

const composing = (event: KeyboardEvent) => event.nativeEvent.isComposing || event.keyCode === 229 || event.key === 'Process';

/**
 * The questions a phrase asks before it goes in, inline where the phrase was chosen. Keyboard first: the
 * first field has focus, Tab moves between fields, Enter inserts (from a field or a list), Esc cancels.
 */
export function FillInForm({ fields, initial, preview, onSubmit, onCancel }: Props) {
  const t = useT();
  const id = useId();
  const first = useRef<HTMLInputElement & HTMLSelectElement>(null);
  const [values, setValues] = useState<FillInValues>(() =>
    Object.fromEntries(fields.map((f) => [f.key, initial?.[f.key] !== undefined ? fillInValue(f, initial) : f.kind === 'choice' ? f.options[0]! : ''])),
  );
  useLayoutEffect(() => first.current?.focus(), []);

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    onSubmit(values);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (composing(event)) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onCancel();
    } else if (event.key === 'Enter' && (event.target as HTMLElement).tagName === 'SELECT') {
      // A list does not submit its form on Enter by itself.
      event.preventDefault();
      submit();
    }
  };
  const set = (key: string, value: string) => setValues((v) => ({ ...v, [key]: value }));

  return (
    <form className="fill-in" aria-label={t('fillInTitle')} onSubmit={submit} onKeyDown={onKeyDown}>
      {fields.map((field, i) => (
        <label key={field.key} className="fill-in-field" htmlFor={`${id}-${i}`}>
          <span className="fill-in-label">{field.kind === 'input' ? field.label : t('fillInChoose')}</span>
          {field.kind === 'input' ? (
            <input
              id={`${id}-${i}`}
              ref={i === 0 ? first : undefined}
              type="text"
              autoComplete="off"
              maxLength={1000}
              value={values[field.key] ?? ''}
              placeholder={field.fallback ?? ''}
              onChange={(e) => set(field.key, e.target.value)}
            />
          ) : (
            <select id={`${id}-${i}`} ref={i === 0 ? first : undefined} value={values[field.key]} onChange={(e) => set(field.key, e.target.value)}>
              {field.options.map((option) => (
                <option key={option} value={option}>
                  {option}
                </option>
              ))}
            </select>
          )}
        </label>
      ))}
      <p className="fill-in-preview">
        <TextWithCaret {...preview(values)} />
      </p>
      <div className="fill-in-actions">
        <button type="submit" className="fill-in-insert">
          {t('fillInInsert')}
        </button>
        <button type="button" className="fill-in-cancel" onClick={onCancel}>
          {t('fillInCancel')}
        </button>
        <span className="fill-in-keys" aria-hidden="true">
          {t('fillInKeys')}
        </span>
      </div>
    </form>
  );
}
