import { useStore } from 'zustand';
import { SidePanel } from '../../components/side-panel';
import type { PacksStore } from '../../lib/store/packs-store';
import type { PanelStore } from '../../lib/store/panel-store';
import type { UsageStore } from '../../lib/store/usage-store';

interface AppProps {
  store: PanelStore;
  packsStore: PacksStore;
  usageStore: UsageStore;
  uiLang: 'vi' | 'en';
}

export function App({ store, packsStore, usageStore, uiLang }: AppProps) {
  const state = useStore(store);
  // Built-in, team and personal packs as the user enabled them, live as the options page edits them.
  const { packs, settings } = useStore(packsStore);
  // Phrases this agent uses most come first among those that fit the ticket equally.
  const { usage } = useStore(usageStore);
  return (
    <main className="panel">
      <SidePanel
        ticket={state.ticket}
        packs={packs}
        usage={usage}
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
