import { useT } from './i18n';

export interface PhraseItem {
  id: string;
  title?: string;
  /** Rendered with the ticket's variables; shown and inserted as plain text. */
  text: string;
}

interface Props {
  phrases: readonly PhraseItem[];
  onInsert(phrase: PhraseItem): void;
}

/** Phrases as real buttons: a click, Enter or Space inserts; Tab moves between them. */
export function PhraseList({ phrases, onInsert }: Props) {
  const t = useT();
  if (phrases.length === 0) return <p className="hint">{t('noPhrases')}</p>;
  return (
    <ul className="phrases">
      {phrases.map((phrase) => (
        <li key={phrase.id}>
          <button
            type="button"
            className="phrase"
            data-phrase-id={phrase.id}
            aria-label={t('insertPhrase', phrase.title ?? phrase.text)}
            onClick={() => onInsert(phrase)}
          >
            {phrase.title && <span className="phrase-title">{phrase.title}</span>}
            <span className="phrase-text">{phrase.text}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
