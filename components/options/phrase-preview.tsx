import { useId, useState } from 'react';
import { HONORIFICS, renderPhrase, variablesFor, type Honorific } from '../../lib/packs/render';
import { useT } from '../i18n';

interface Props {
  text: string;
  lang: 'vi' | 'en';
  agentName: string;
  companyName: string;
}

const SAMPLE_CUSTOMER = { vi: 'Nguyễn Thị Lan', en: 'Dana Whitfield' } as const;
export const SAMPLE_TICKET_ID = '4821';

/**
 * The phrase as an agent would insert it on a sample ticket. The sample customer can be renamed or
 * cleared to see the fallbacks. Rendered as text, never as markup.
 */
export function PhrasePreview({ text, lang, agentName, companyName }: Props) {
  const t = useT();
  const id = useId();
  const [customer, setCustomer] = useState<string>(SAMPLE_CUSTOMER[lang]);
  const [honorific, setHonorific] = useState<Honorific>('quý khách');
  const rendered = text.trim()
    ? renderPhrase(text, variablesFor({ lang, customerName: customer, honorific, agentName, companyName, ticketId: SAMPLE_TICKET_ID }))
    : '';
  return (
    <section className="preview" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('optPreview')}</h3>
      <div className="preview-controls">
        <label>
          <span>{t('optSampleCustomer')}</span>
          <input value={customer} onChange={(e) => setCustomer(e.target.value)} maxLength={100} />
        </label>
        {lang === 'vi' && (
          <label>
            <span>{t('honorificLabel')}</span>
            <select value={honorific} onChange={(e) => setHonorific(e.target.value as Honorific)}>
              {HONORIFICS.map((h) => (
                <option key={h} value={h}>
                  {h}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      <p className="preview-text" data-testid="phrase-preview" aria-live="polite">
        {rendered || <span className="muted">{t('optPreviewEmpty')}</span>}
      </p>
      <p className="field-hint">
        {t('optPreviewContext', SAMPLE_TICKET_ID, agentName || '—', companyName || '—')}
      </p>
    </section>
  );
}
