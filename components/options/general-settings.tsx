import { useEffect, useRef, useState } from 'react';
import { useStore } from 'zustand';
import type { OptionsStore } from '../../lib/store/options-store';
import { useT } from '../i18n';
import { ShortcutSetting } from '../palette/shortcut-setting';
import { Field } from './field';

/** The agent's name and company fill {{agent.name}} and {{company.name}}; the palette's shortcut. */
export function GeneralSettings({ store }: { store: OptionsStore }) {
  const t = useT();
  const settings = useStore(store, (s) => s.settings);
  const save = useStore(store, (s) => s.saveSettings);
  const [agentName, setAgentName] = useState(settings.agentName);
  const [companyName, setCompanyName] = useState(settings.companyName);
  const [status, setStatus] = useState('');
  // What each field showed when last loaded or saved. Only fields the agent changed from it are saved, and
  // the others follow what another tab saves: two pages each saving their own field keep both.
  const shown = useRef({ agentName: settings.agentName, companyName: settings.companyName });
  useEffect(() => {
    const before = shown.current;
    shown.current = { agentName: settings.agentName, companyName: settings.companyName };
    setAgentName((value) => (value === before.agentName ? settings.agentName : value));
    setCompanyName((value) => (value === before.companyName ? settings.companyName : value));
  }, [settings.agentName, settings.companyName]);
  const changedFields = () => ({
    ...(agentName !== shown.current.agentName ? { agentName } : {}),
    ...(companyName !== shown.current.companyName ? { companyName } : {}),
  });

  return (
    <section className="settings-section" aria-labelledby="general-title">
      <h2 id="general-title">{t('optGeneralTitle')}</h2>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save(changedFields()).then((ok) => setStatus(ok ? t('optSaved') : ''));
        }}
      >
        <Field label={t('optAgentName')} hint={t('optAgentNameHint')}>
          {(a) => <input {...a} value={agentName} maxLength={100} autoComplete="name" onChange={(e) => { setAgentName(e.target.value); setStatus(''); }} />}
        </Field>
        <Field label={t('optCompanyName')} hint={t('optCompanyNameHint')}>
          {(a) => <input {...a} value={companyName} maxLength={100} autoComplete="organization" onChange={(e) => { setCompanyName(e.target.value); setStatus(''); }} />}
        </Field>
        <div className="field">
          <span id="palette-shortcut-label" className="field-label">
            {t('optPaletteShortcut')}
          </span>
          {/* Recorded from a key press and saved at once: it refuses keys the palette must never take. */}
          <ShortcutSetting
            labelledBy="palette-shortcut-label"
            value={settings.paletteShortcut}
            onChange={(next) => void save({ paletteShortcut: next }).then((ok) => setStatus(ok ? t('optSaved') : ''))}
          />
        </div>
        <div className="editor-actions">
          <button type="submit" className="primary">
            {t('optSaveSettings')}
          </button>
          <span role="status" className="field-hint">
            {status}
          </span>
        </div>
      </form>
    </section>
  );
}
