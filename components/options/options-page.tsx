import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { entryEnabled, type OptionsStore } from '../../lib/store/options-store';
import { useT } from '../i18n';
import { useSayProblem } from '../problem-text';
import { downloadText } from './download';
import { GeneralSettings } from './general-settings';
import { UsageSection } from './usage-section';
import { StorageUseSection } from './storage-use';
import { ImportDialog } from './import-dialog';
import { NewPackDialog } from './new-pack-dialog';
import { PackList } from './pack-list';
import { PackView } from './pack-view';
import { SubscriptionPanel } from './subscription-panel';
import { TabPanel, Tabs } from './tabs';
import { UndoToast } from './undo-toast';

type Section = 'packs' | 'subscription' | 'general' | 'sites';

interface Props {
  store: OptionsStore;
  uiLang: 'vi' | 'en';
  /** The helpdesk sites section (custom domains), mounted by the entrypoint when it exists. */
  sites?: ReactNode;
}

/** The team lead's options page: phrase packs, team subscription, general settings, sites. */
export function OptionsPage({ store, uiLang, sites }: Props) {
  const t = useT();
  const say = useSayProblem();
  const state = useStore(store);
  const [section, setSection] = useState<Section>('packs');
  const [dialog, setDialog] = useState<'new' | 'import' | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const guardRef = useRef<(action: () => void) => void>((action) => action());
  const guard = (action: () => void) => guardRef.current(action);

  // Ctrl+Z / Cmd+Z outside text fields undoes the last delete or replace, like the toast's button.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 'z' || event.shiftKey) return;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      if (!store.getState().undo) return;
      event.preventDefault();
      void store.getState().undoLast();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [store]);

  const selected = state.entries.find((e) => e.key === state.selectedKey) ?? null;
  const sections = [
    { key: 'packs' as const, label: t('optSectionPacks') },
    { key: 'subscription' as const, label: t('optSectionSubscription') },
    { key: 'general' as const, label: t('optSectionGeneral') },
    ...(sites ? [{ key: 'sites' as const, label: t('optSectionSites') }] : []),
  ];

  return (
    <div className="options-app">
      <header className="topbar">
        <div className="brand">
          <img src="/icon/32.png" alt="" width={24} height={24} />
          <h1>{t('optTitle')}</h1>
        </div>
        <Tabs label={t('optSections')} idPrefix="section" items={sections} active={section} onChange={(next) => guard(() => setSection(next))} />
      </header>

      {state.saveError && (
        <div className="banner error" role="alert">
          <p>
            <strong>{t('optSaveFailed')}</strong> {say(state.saveError)}
          </p>
          <button type="button" className="icon-button" aria-label={t('optDismiss')} onClick={state.dismissSaveError}>
            ×
          </button>
        </div>
      )}

      {!state.ready ? (
        <p className="empty-state">{t('optLoading')}</p>
      ) : (
        <main className="options-main">
          {section === 'packs' && (
            <TabPanel idPrefix="section" tab="packs" className="packs-layout">
              <PackList
                entries={state.entries}
                selectedKey={state.selectedKey}
                isEnabled={(entry) => entryEnabled(state, entry)}
                langFilter={state.langFilter}
                damaged={state.damaged}
                onSelect={(key) => guard(() => state.select(key))}
                onLangFilter={state.setLangFilter}
                onNewPack={() => setDialog('new')}
                onImport={() => setDialog('import')}
                onExportDamaged={(record) => downloadText(`damaged-pack-${record.index + 1}.json`, JSON.stringify(record.raw, null, 2) + '\n')}
                onDeleteDamaged={(record) => void state.deleteDamaged(record.index)}
              />
              {selected ? (
                <PackView store={store} entry={selected} guardRef={guardRef} announce={setAnnouncement} />
              ) : (
                <p className="empty-state">{t('optSelectPack')}</p>
              )}
            </TabPanel>
          )}
          {section === 'subscription' && (
            <TabPanel idPrefix="section" tab="subscription" className="settings-panel">
              <SubscriptionPanel store={store} uiLang={uiLang} />
            </TabPanel>
          )}
          {section === 'general' && (
            <TabPanel idPrefix="section" tab="general" className="settings-panel">
              <GeneralSettings key={String(state.ready)} store={store} />
              <UsageSection store={store} />
              <StorageUseSection store={store} />
            </TabPanel>
          )}
          {section === 'sites' && sites && (
            <TabPanel idPrefix="section" tab="sites" className="settings-panel">
              {sites}
            </TabPanel>
          )}
        </main>
      )}

      <UndoToast undo={state.undo} onUndo={() => void state.undoLast()} onDismiss={state.dismissUndo} />
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>

      {dialog === 'new' && (
        <NewPackDialog defaultLang={uiLang} onCancel={() => setDialog(null)} onCreate={(input) => state.createPack(input)} />
      )}
      {dialog === 'import' && (
        <ImportDialog
          takenIds={state.entries.map((e) => e.pack.id)}
          packById={(id) => state.entries.find((e) => e.pack.id === id)?.pack}
          planImport={state.planImport}
          applyImport={state.applyImport}
          onClose={() => setDialog(null)}
        />
      )}
    </div>
  );
}

