import { useCallback, useEffect, useMemo, useRef, useState, type MutableRefObject } from 'react';
import { useStore } from 'zustand';
import { filterPhrases, isFiltering } from '../../lib/packs/filter';
import { formatPack } from '../../lib/packs/format';
import { packToCsv } from '../../lib/packs/convert/export-csv';
import type { PackEntry } from '../../lib/packs/merge';
import type { Step } from '../../lib/packs/schema';
import { canDisable, entryEnabled, isEditable, type OptionsStore } from '../../lib/store/options-store';
import { useT } from '../i18n';
import { CopyDialog } from './copy-dialog';
import { phraseCount } from './count';
import { downloadText } from './download';
import { draftFrom, emptyDraft, type PhraseDraft } from './draft';
import { FilterBar } from './filter-bar';
import { PackDetails } from './pack-details';
import { originLabelKey } from './pack-list';
import { PhraseEditor } from './phrase-editor';
import { PhraseRows, phraseLabel } from './phrase-rows';
import { UNUSED_DAYS, useUsage } from './usage-context';
import { usageKey } from '../../lib/usage/frecency';
import { PlaybookEditor } from './playbook-editor';
import { TabPanel, Tabs } from './tabs';

interface Editing {
  packKey: string;
  originalId: string | null;
  initial: PhraseDraft;
  /** Changes when another phrase opens, so the form starts fresh. */
  session: number;
  /** The pack's stored revision when the form opened: a save is refused if another tab saved since. */
  base: number;
}

type SubTab = 'phrases' | 'playbook' | 'details';

interface Props {
  store: OptionsStore;
  entry: PackEntry;
  /** Lets the page ask before leaving a draft with changes (selecting another pack, another tab). */
  guardRef: MutableRefObject<(action: () => void) => void>;
  announce(message: string): void;
}

export function PackView({ store, entry, guardRef, announce }: Props) {
  const t = useT();
  const state = useStore(store);
  const { pack } = entry;
  const editable = isEditable(entry);
  const [tab, setTab] = useState<SubTab>('phrases');
  const [editing, setEditing] = useState<Editing | null>(null);
  const [pendingLeave, setPendingLeave] = useState<(() => void) | null>(null);
  const [copying, setCopying] = useState<string | null>(null);
  const dirtyRef = useRef(false);
  const sessions = useRef(0);

  const usage = useUsage();
  const visible = useMemo(() => {
    const since = Date.now() - UNUSED_DAYS * 86_400_000;
    return filterPhrases(pack.phrases, state.filter, (phrase) => (usage[usageKey(pack.id, phrase.id)]?.t ?? 0) >= since);
  }, [pack, state.filter, usage]);

  const closeEditor = useCallback(() => {
    dirtyRef.current = false;
    setEditing(null);
    setPendingLeave(null);
  }, []);
  const guard = useCallback(
    (action: () => void) => {
      if (dirtyRef.current) setPendingLeave(() => action);
      else {
        closeEditor();
        action();
      }
    },
    [closeEditor],
  );
  guardRef.current = guard;

  // A different pack: a draft of the previous one never follows along.
  useEffect(() => {
    if (editing && editing.packKey !== entry.key) closeEditor();
  }, [entry.key, editing, closeEditor]);

  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (dirtyRef.current) event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, []);

  const open = (packKey: string, originalId: string | null, initial: PhraseDraft) =>
    guard(() => setEditing({ packKey, originalId, initial, session: ++sessions.current, base: store.getState().revisions[packKey] ?? 0 }));

  const edit = (id: string) => {
    const phrase = pack.phrases.find((p) => p.id === id);
    if (phrase) open(entry.key, id, draftFrom(phrase));
  };

  // After a reorder or save React may have moved the row: put focus back on the same control in it.
  const focusRow = (id: string, action: string) =>
    requestAnimationFrame(() => {
      const row = [...document.querySelectorAll<HTMLElement>('[data-phrase-id]')].find((el) => el.dataset.phraseId === id);
      row?.querySelector<HTMLElement>(`[data-action="${action}"]`)?.focus();
    });

  const copyTargets = state.entries.filter((e) => isEditable(e) && e.pack.lang === pack.lang);
  const copyPhrase = async (phraseId: string, target: { key: string } | { newPackName: string }) => {
    setCopying(null);
    const result = await state.copyPhrase(entry.key, phraseId, target);
    if (!result) return;
    const copied = store.getState().entries.find((e) => e.key === result.key);
    const phrase = copied?.pack.phrases.find((p) => p.id === result.phraseId);
    store.getState().select(result.key);
    announce(t(result.existed ? 'optAlreadyCopied' : 'optCopied', copied?.pack.name ?? ''));
    if (phrase) {
      const base = store.getState().revisions[result.key] ?? 0;
      setEditing({ packKey: result.key, originalId: phrase.id, initial: draftFrom(phrase), session: ++sessions.current, base });
    }
  };
  const startCopy = (phraseId: string) => {
    if (copyTargets.length === 1) void copyPhrase(phraseId, { key: copyTargets[0]!.key });
    else if (copyTargets.length === 0) void copyPhrase(phraseId, { newPackName: t(pack.lang === 'vi' ? 'optMyPhrasesVi' : 'optMyPhrasesEn') });
    else setCopying(phraseId);
  };

  const editingHere = editing && editing.packKey === entry.key ? editing : null;
  const enabled = entryEnabled(state, entry);
  const locked = entry.origin === 'subscription' && state.policy.lockTeamPack;

  return (
    <section className="pack-view" aria-labelledby="pack-view-title">
      <header className="pack-header">
        <div className="pack-heading">
          <h2 id="pack-view-title">{pack.name}</h2>
          <p className="pack-meta">
            <span className={`badge origin-${entry.origin}`}>{t(originLabelKey(entry.origin))}</span>
            {!editable && <span className="badge">{t('optReadOnly')}</span>}
            {locked && <span className="badge locked">{t('optLocked')}</span>}
            {!enabled && <span className="badge off">{t('optOff')}</span>}
            <span>{pack.lang === 'vi' ? t('optLangVi') : t('optLangEn')}</span>
            <span>v{pack.version}</span>
            <span>{phraseCount(t, pack.phrases.length)}</span>
            {pack.author && <span>{pack.author}</span>}
          </p>
          {pack.description && <p className="pack-description">{pack.description}</p>}
        </div>
        <div className="pack-actions">
          <label className="switch">
            <input
              type="checkbox"
              checked={enabled}
              disabled={!canDisable(entry, state.policy)}
              onChange={(e) => void state.setPackEnabled(entry.key, e.target.checked)}
            />
            {t('optUseInSuggestions')}
          </label>
          <button type="button" onClick={() => downloadText(`${pack.id}-${pack.version}.json`, formatPack(pack))}>
            {t('optExportJson')}
          </button>
          <button type="button" onClick={() => downloadText(`${pack.id}.csv`, packToCsv(pack), 'text/csv;charset=utf-8')}>
            {t('optExportCsv')}
          </button>
          <button type="button" onClick={() => void state.duplicatePack(entry.key, t('optCopyOfName', pack.name))}>
            {editable ? t('optDuplicatePack') : t('optEditableCopy')}
          </button>
          {editable && (
            <button type="button" className="danger-text" onClick={() => guard(() => void state.deletePack(entry.key))}>
              {t('optDeletePack')}
            </button>
          )}
        </div>
      </header>

      <Tabs
        label={t('optPackSections')}
        idPrefix="pack"
        className="tabs subtabs"
        active={tab}
        onChange={(next) => guard(() => setTab(next))}
        items={[
          { key: 'phrases', label: t('optTabPhrases') },
          { key: 'playbook', label: t('optTabPlaybook') },
          { key: 'details', label: t('optTabDetails') },
        ]}
      />

      {tab === 'phrases' && (
        <TabPanel idPrefix="pack" tab="phrases" className="phrases-panel">
          <FilterBar filter={state.filter} shown={visible.length} total={pack.phrases.length} onChange={state.setFilter} />
          <div className={editingHere ? 'phrases-layout editing' : 'phrases-layout'}>
            <div className="phrase-list-column">
              {editable && (
                <button
                  type="button"
                  className="primary add-phrase"
                  onClick={() => open(entry.key, null, emptyDraft((state.filter.step ?? 2) as Step))}
                >
                  + {t('optAddPhrase')}
                </button>
              )}
              {!editable && <p className="field-hint">{t(entry.origin === 'builtin' ? 'optBuiltinHint' : 'optSubscriptionHint')}</p>}
              {visible.length === 0 ? (
                <p className="empty-state">{isFiltering(state.filter) ? t('optNoMatches') : t('optPackEmpty')}</p>
              ) : (
                <PhraseRows
                  packId={pack.id}
                  phrases={visible}
                  editable={editable}
                  activeId={editingHere?.originalId ?? null}
                  onEdit={edit}
                  onDuplicate={(id) =>
                    void state.duplicatePhrase(entry.key, id).then((copyId) => {
                      if (copyId) {
                        announce(t('optDuplicated'));
                        focusRow(copyId, 'edit');
                      }
                    })
                  }
                  onDelete={(id) => {
                    if (editingHere?.originalId === id) closeEditor();
                    void state.deletePhrase(entry.key, id);
                  }}
                  onMove={(id, targetId, action) =>
                    void state.movePhrase(entry.key, id, targetId).then((ok) => {
                      if (!ok) return;
                      const phrases = store.getState().entries.find((e) => e.key === entry.key)?.pack.phrases ?? [];
                      const moved = phrases.find((p) => p.id === id);
                      const group = phrases.filter((p) => p.step === moved?.step);
                      announce(t('optMoved', moved ? phraseLabel(moved) : '', String(group.findIndex((p) => p.id === id) + 1), String(group.length)));
                      focusRow(id, action === 'up' && group[0]?.id === id ? 'down' : action === 'down' && group.at(-1)?.id === id ? 'up' : action);
                    })
                  }
                  onCopy={startCopy}
                />
              )}
            </div>
            {editingHere && (
              <PhraseEditor
                key={editingHere.session}
                pack={pack}
                initial={editingHere.initial}
                originalId={editingHere.originalId}
                agentName={state.settings.agentName}
                companyName={state.settings.companyName}
                onSave={async (input, keepMine) => {
                  const base = keepMine ? 'latest' : editingHere.base;
                  const result = await state.savePhrase(entry.key, input, editingHere.originalId, base);
                  if (result.ok) {
                    dirtyRef.current = false;
                    announce(t('optPhraseSaved'));
                    focusRow(result.value, 'edit');
                  }
                  return result;
                }}
                onClose={closeEditor}
                onReload={() => {
                  // The other tab's version: the phrase as stored now, or nothing if it was deleted there.
                  const latest = store.getState().entries.find((e) => e.key === entry.key)?.pack.phrases.find((p) => p.id === editingHere.originalId);
                  closeEditor();
                  if (latest) open(entry.key, latest.id, draftFrom(latest));
                }}
                onDirtyChange={(dirty) => {
                  dirtyRef.current = dirty;
                }}
                leaveRequested={pendingLeave !== null}
                onLeave={(discard) => {
                  const action = pendingLeave;
                  setPendingLeave(null);
                  if (discard && action) {
                    closeEditor();
                    action();
                  }
                }}
              />
            )}
          </div>
        </TabPanel>
      )}
      {tab === 'playbook' && (
        <TabPanel idPrefix="pack" tab="playbook">
          <PlaybookEditor key={entry.key} pack={pack} editable={editable} onSave={(category, value) => state.updatePlaybook(entry.key, category, value)} />
        </TabPanel>
      )}
      {tab === 'details' && (
        <TabPanel idPrefix="pack" tab="details">
          <PackDetails key={`${entry.key}:${pack.updatedAt}`} pack={pack} editable={editable} onSave={(details) => state.updatePackDetails(entry.key, details)} />
        </TabPanel>
      )}
      {copying && (
        <CopyDialog
          targets={copyTargets}
          newPackName={t(pack.lang === 'vi' ? 'optMyPhrasesVi' : 'optMyPhrasesEn')}
          onCancel={() => setCopying(null)}
          onCopy={(target) => void copyPhrase(copying, target)}
        />
      )}
    </section>
  );
}
