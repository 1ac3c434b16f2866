import { useId, useState } from 'react';
import type { FillInValues } from '../../lib/packs/fill-ins';
import { HONORIFICS, fillInsOf, renderInsertion, variablesFor, type Honorific } from '../../lib/packs/render';
import { TextWithCaret } from '../fill-in-form';
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
  const [values, setValues] = useState<FillInValues>({});
  const fields = fillInsOf(text);
  const vars = variablesFor({ lang, customerName: customer, honorific, agentName, companyName, ticketId: SAMPLE_TICKET_ID });
  const { text: rendered, caretBack } = text.trim() ? renderInsertion(text, vars, values) : { text: '', caretBack: undefined };
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
        {fields.map((field) => (
          <label key={field.key}>
            <span>{field.kind === 'input' ? field.label : t('fillInChoose')}</span>
            {field.kind === 'input' ? (
              <input
                value={values[field.key] ?? ''}
                placeholder={field.fallback ?? ''}
                maxLength={1000}
                onChange={(e) => setValues({ ...values, [field.key]: e.target.value })}
              />
            ) : (
              <select value={values[field.key] ?? field.options[0]} onChange={(e) => setValues({ ...values, [field.key]: e.target.value })}>
                {field.options.map((o) => (
                  <option key={o} value={o}>
                    {o}
                  </option>
                ))}
              </select>
            )}
          </label>
        ))}
      </div>
      <p className="preview-text" data-testid="phrase-preview" aria-live="polite">
        {rendered ? <TextWithCaret text={rendered} caretBack={caretBack} /> : <span className="muted">{t('optPreviewEmpty')}</span>}
      </p>
      <p className="field-hint">
        {t('optPreviewContext', SAMPLE_TICKET_ID, agentName || '—', companyName || '—')}
      </p>
    </section>
  );
}
