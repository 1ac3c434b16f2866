import { useId, type ReactNode } from 'react';

interface Props {
  label: string;
  /** Shown under the field; the input is described by it. */
  hint?: ReactNode;
  error?: string;
  children(props: { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string }): ReactNode;
  className?: string;
}

/** Schema messages are lower-case fragments ("must not be empty"); shown alone they read as a sentence. */
export const sentence = (message: string) => message.charAt(0).toUpperCase() + message.slice(1);

/**
 * A labelled form field whose hint and error sit right under it and are tied to the input with
 * aria-describedby, so a screen reader reads the error with the field.
 */
export function Field({ label, hint, error, children, className }: Props) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['field', className, error ? 'has-error' : ''].filter(Boolean).join(' ')}>
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': Boolean(error), 'aria-describedby': describedBy })}
      {error && (
        <p id={errorId} className="field-error">
          {sentence(error)}
        </p>
      )}
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
    </div>
  );
}
