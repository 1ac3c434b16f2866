import { useMemo } from 'react';
import type { Category } from '../lib/detect/types';
import { coachDraft } from '../lib/coach';
import type { CoachWarning } from '../lib/coach/types';
import type { Draft, TicketState } from '../lib/messaging/schemas';
import { HONORIFICS, STEPS, fillInsOf, renderInsertion, renderPhrase, variablesFor, type Honorific, type Pack, type PlaybookEntry } from '../lib/packs';
import type { InsertExtras } from '../lib/messaging/schemas';
import type { LastInsert } from '../lib/store/panel-store';
import { suggest } from '../lib/suggest';
import { usageKey, type Usage } from '../lib/usage/frecency';
import { AssessmentCard } from './assessment-card';
import { DraftCoach } from './draft-coach';
import { useT } from './i18n';
import { InsertStatus } from './insert-status';
import { PhraseList, type PhraseItem } from './phrase-list';
import { PlanSection } from './plan-section';
import { StepSection } from './step-section';

export interface SidePanelProps {
  ticket: TicketState | null | 'loading';
  packs: readonly Pack[];
  /** The agent's phrase usage (lib/usage/frecency), for the order within each step. */
  usage?: Usage;
  uiLang: 'vi' | 'en';
  honorific: Honorific;
  lastInsert: LastInsert | null;
  agentName?: string;
  companyName?: string;
  /** The reply editor's text, for the draft coach; null until the tab has answered. */
  draft?: Draft | null;
  onInsert(phraseId: string, text: string, extras: InsertExtras): void;
  onHonorific(honorific: Honorific): void;
  /** Applies a coach suggestion to the draft in the editor. */
  onApplyCoach?(warning: CoachWarning, flagged: string): void;
}

const PHRASES_PER_STEP = 6;

export function SidePanel(props: SidePanelProps) {
  const t = useT();
  const { ticket } = props;
  if (ticket === 'loading') return <p className="empty">{t('loading')}</p>;
  if (ticket === null || ticket.kind === 'none') {
    return (
      <div className="empty" role="status">
        <h1>{t('noTicket')}</h1>
        <p>{ticket?.kind === 'none' && ticket.reason === 'error' ? t('readError', ticket.detail ?? '') : t('noTicketHint')}</p>
      </div>
    );
  }
  return <TicketView {...props} ticket={ticket} />;
}

function TicketView(props: SidePanelProps & { ticket: Extract<TicketState, { kind: 'ticket' }> }) {
  const t = useT();
  const { ticket, packs, uiLang, honorific } = props;
  const { snapshot, assessment } = ticket;
  const lang = assessment && assessment.lang !== 'other' ? assessment.lang : uiLang;

  const byStep = useMemo(
    () => suggest(assessment, packs, { fallbackLang: uiLang, limit: PHRASES_PER_STEP, usage: props.usage }),
    [assessment, packs, uiLang, props.usage],
  );
  const vars = variablesFor({
    lang,
    customerName: snapshot.requester.name,
    honorific,
    ticketId: snapshot.ticketId,
    agentName: props.agentName,
    companyName: props.companyName,
  });
  const draftText = props.draft?.text ?? '';
  const coach = useMemo(
    () => coachDraft(draftText, { lang: assessment?.lang ?? lang, packs, honorific: lang === 'vi' ? honorific : undefined }),
    [draftText, assessment, lang, packs, honorific],
  );
  const playbook = useMemo(() => playbookFor(packs, lang, assessment?.categories.map((c) => c.category) ?? []), [packs, lang, assessment]);

  return (
    <>
      <header className="ticket-header">
        <p className="ticket-id">{t('ticketLabel', snapshot.ticketId)}</p>
        <h1 className="subject">{snapshot.subject}</h1>
        {snapshot.requester.name && <p className="requester">{snapshot.requester.name}</p>}
      </header>
      <InsertStatus last={props.lastInsert} />
      {assessment ? <AssessmentCard assessment={assessment} /> : <p className="card hint">{t('noCustomerMessage')}</p>}
      {lang === 'vi' && (
        <label className="honorific">
          {t('honorificLabel')}
          <select value={honorific} onChange={(e) => props.onHonorific(e.target.value as Honorific)}>
            {HONORIFICS.map((h) => (
              <option key={h} value={h}>
                {h}
              </option>
            ))}
          </select>
        </label>
      )}
      {props.draft && (
        <DraftCoach
          draft={draftText}
          hasEditor={props.draft.hasEditor}
          result={coach}
          onApply={(w) => props.onApplyCoach?.(w, draftText.slice(w.start, w.end))}
        />
      )}
      <p className="hint insert-hint">{t('insertHint')}</p>
      {STEPS.map((step) => {
        const phrases: PhraseItem[] = byStep[step].map(({ phrase, pack }) => ({
          id: phrase.id,
          key: usageKey(pack.id, phrase.id),
          title: phrase.title,
          text: renderPhrase(phrase.text, vars, ticket.fillIns),
          fields: fillInsOf(phrase.text),
          insertion: (values) => renderInsertion(phrase.text, vars, values),
        }));
        return (
          <StepSection key={step} step={step} covered={(coach.covered as number[]).includes(step)}>
            {step === 1 && <PlanSection entries={playbook} />}
            <PhraseList
              phrases={phrases}
              fillIns={ticket.fillIns}
              onInsert={(p, values) => {
                const { text, caretBack } = p.insertion(values);
                props.onInsert(p.id, text, {
                  phraseKey: p.key,
                  ...(caretBack ? { caretBack } : {}),
                  ...(p.fields.length ? { fillIns: values } : {}),
                });
              }}
            />
          </StepSection>
        );
      })}
    </>
  );
}

/** The team's plan notes for the ticket's categories, from the first pack (in merge order) that has them. */
function playbookFor(packs: readonly Pack[], lang: 'vi' | 'en', categories: readonly Category[]) {
  const entries: { category: Category; entry: PlaybookEntry }[] = [];
  for (const category of categories) {
    const entry = packs.find((p) => p.lang === lang && p.playbook?.[category])?.playbook?.[category];
    if (entry) entries.push({ category, entry });
  }
  return entries;
}
