import { useId, useState, type FormEvent } from 'react';
import { ADAPTER_CHOICES, parseSiteInput, type CustomSite, type SiteInputError } from '../lib/sites/custom';
import type { AdapterChoice } from '../lib/sites';
import { useT, type MessageKey } from './i18n';

export type SiteStatus =
  | { kind: 'added' | 'denied' | 'removed'; host: string }
  | { kind: 'error'; host: string; detail: string };

export interface SiteSettingsProps {
  /** The user's custom sites, as stored. */
  sites: readonly CustomSite[];
  /**
   * The user asked to add a valid site. Called synchronously inside the click/submit: the handler must
   * call `addCustomSite(site)` (entrypoints/options/sites-client) before any await, or the browser refuses the
   * permission prompt.
   */
  onAdd(site: CustomSite): void;
  onRemove(site: CustomSite): void;
  onChangeAdapter(site: CustomSite, adapter: AdapterChoice): void;
  /** The outcome of the last add or remove, announced in a status line. */
  status?: SiteStatus | null;
  /** True while an add or remove is in progress: the buttons wait. */
  busy?: boolean;
}

const ERRORS: Record<SiteInputError, MessageKey> = {
  empty: 'sitesErrEmpty',
  invalid: 'sitesErrInvalid',
  builtin: 'sitesErrBuiltin',
  duplicate: 'sitesErrDuplicate',
  'unknown-adapter': 'sitesErrUnknownAdapter',
};

const STATUS: Record<SiteStatus['kind'], MessageKey> = {
  added: 'sitesAdded',
  denied: 'sitesDenied',
  removed: 'sitesRemoved',
  error: 'sitesError',
};

const siteLabel = (site: CustomSite) => (site.scheme === 'https' ? site.host : `http://${site.host}`);

/** The options page's "Sites" section: helpdesks on custom domains, each with the adapter that reads it. */
export function SiteSettings({ sites, onAdd, onRemove, onChangeAdapter, status, busy = false }: SiteSettingsProps) {
  const t = useT();
  const id = useId();
  const [host, setHost] = useState('');
  const [adapter, setAdapter] = useState<AdapterChoice>('auto');
  const [error, setError] = useState<SiteInputError | null>(null);

  const choiceLabel = (choice: { id: AdapterChoice; name: string }) =>
    choice.id === 'auto' ? t('sitesAdapterAuto') : choice.id === 'generic' ? t('sitesAdapterGeneric') : choice.name;
  const options = ADAPTER_CHOICES.map((choice) => (
    <option key={choice.id} value={choice.id}>
      {choiceLabel(choice)}
    </option>
  ));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseSiteInput(host, adapter, sites);
    if (!parsed.ok) {
      setError(parsed.error);
      return;
    }
    setError(null);
    setHost('');
    onAdd(parsed.site);
  };

  return (
    <section className="site-settings" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('optSectionSites')}</h2>
      <p className="site-settings-intro">{t('sitesIntro')}</p>

      <form className="site-settings-add" onSubmit={submit} noValidate>
        <label htmlFor={`${id}-host`}>{t('sitesHost')}</label>
        <input
          id={`${id}-host`}
          type="text"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          placeholder={t('sitesHostPlaceholder')}
          value={host}
          aria-invalid={error !== null}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => {
            setHost(event.target.value);
            setError(null);
          }}
        />
        <label htmlFor={`${id}-adapter`}>{t('sitesAdapter')}</label>
        <select id={`${id}-adapter`} value={adapter} onChange={(event) => setAdapter(event.target.value)}>
          {options}
        </select>
        <button type="submit" disabled={busy}>
          {t('sitesAdd')}
        </button>
        {error && (
          <p id={`${id}-error`} className="site-settings-error" role="alert">
            {t(ERRORS[error])}
          </p>
        )}
      </form>

      <div role="status" aria-live="polite" className="site-settings-status">
        {status ? t(STATUS[status.kind], status.host, status.kind === 'error' ? status.detail : '') : ''}
      </div>

      <h3 id={`${id}-list`}>{t('sitesListLabel')}</h3>
      {sites.length === 0 ? (
        <p className="site-settings-empty">{t('sitesEmpty')}</p>
      ) : (
        <ul className="site-settings-list" aria-labelledby={`${id}-list`}>
          {sites.map((site) => (
            <li key={`${site.scheme}://${site.host}`}>
              <span className="site-settings-host">{siteLabel(site)}</span>
              <select
                aria-label={t('sitesAdapterFor', siteLabel(site))}
                value={site.adapter}
                onChange={(event) => onChangeAdapter(site, event.target.value)}
              >
                {options}
              </select>
              <button type="button" disabled={busy} aria-label={t('sitesRemoveNamed', siteLabel(site))} onClick={() => onRemove(site)}>
                {t('sitesRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
