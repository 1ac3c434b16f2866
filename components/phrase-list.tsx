import { useRef, useState } from 'react';
import type { FillIn, FillInValues } from '../lib/packs/fill-ins';
import { FillInForm } from './fill-in-form';
import { useT } from './i18n';

export interface PhraseItem {
  id: string;
  /** Pack id/phrase id: counts the use (lib/usage/frecency). */
  key: string;
  title?: string;
  /** Rendered with the ticket's variables and fill-ins given so far; shown as plain text. */
  text: string;
  /** What the phrase asks before it goes in (lib/packs/fill-ins); empty for most phrases. */
  fields: readonly FillIn[];
  /** The text to insert with these fill-in values, and where the caret goes. */
  insertion(values: FillInValues): { text: string; caretBack?: number };
}

interface Props {
  phrases: readonly PhraseItem[];
  /** Fill-in values given earlier on this ticket. */
  fillIns?: FillInValues;
  onInsert(phrase: PhraseItem, values: FillInValues): void;
}

/**
 * Phrases as real buttons: a click, Enter or Space inserts; Tab moves between them. A phrase with fill-ins
 * opens its questions just below it instead; after inserting or cancelling, focus is back on the phrase.
 * The button's name is its visible text, so "click <the words you see>" works for voice control.
 */
export function PhraseList({ phrases, fillIns, onInsert }: Props) {
  const t = useT();
  const [asking, setAsking] = useState<string | null>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  if (phrases.length === 0) return <p className="hint">{t('noPhrases')}</p>;

  const close = (id: string) => {
    setAsking(null);
    buttons.current.get(id)?.focus();
  };
  return (
    <ul className="phrases">
      {phrases.map((phrase) => (
        <li key={phrase.id}>
          <button
            type="button"
            className="phrase"
            data-phrase-id={phrase.id}
            aria-expanded={phrase.fields.length > 0 ? asking === phrase.id : undefined}
            ref={(el) => {
              if (el) buttons.current.set(phrase.id, el);
              else buttons.current.delete(phrase.id);
            }}
            onClick={() => (phrase.fields.length > 0 ? setAsking(asking === phrase.id ? null : phrase.id) : onInsert(phrase, {}))}
          >
            {phrase.title && <span className="phrase-title">{phrase.title}</span>}
            <span className="phrase-text">{phrase.text}</span>
          </button>
          {asking === phrase.id && (
            <FillInForm
              fields={phrase.fields}
              initial={fillIns}
              preview={(values) => phrase.insertion(values)}
              onSubmit={(values) => {
                close(phrase.id);
                onInsert(phrase, values);
              }}
              onCancel={() => close(phrase.id)}
            />
          )}
        </li>
      ))}
    </ul>
  );
}
