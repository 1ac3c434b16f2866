import { useStore } from 'zustand';
import { SidePanel } from '../../components/side-panel';
import type { PacksStore } from '../../lib/store/packs-store';
import type { PanelStore } from '../../lib/store/panel-store';

export function App({ store, packsStore, uiLang }: { store: PanelStore; packsStore: PacksStore; uiLang: 'vi' | 'en' }) {
  const state = useStore(store);
  // Built-in, team and personal packs as the user enabled them, live as the options page edits them.
  const { packs, settings } = useStore(packsStore);
  return (
    <main className="panel">
      <SidePanel
        ticket={state.ticket}
        packs={packs}
        agentName={settings.agentName}
        companyName={settings.companyName}
        uiLang={uiLang}
        honorific={state.honorific}
        lastInsert={state.lastInsert}
        onInsert={(id, text, extras) => void state.insert(id, text, extras)}
        onHonorific={state.setHonorific}
        draft={state.draft}
        onApplyCoach={(w, flagged) =>
          void state.replaceInDraft(w.id, { start: w.start, end: w.end, expected: flagged, replacement: w.suggestion ?? '' })
        }
      />
    </main>
  );
}
