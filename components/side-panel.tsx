import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
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
import { angryFollowUp, nextStep } from './next-step';
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
/** An open step shows its best few; "more" shows the rest. */
const OPEN_PHRASES = 3;

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
  // The step the draft calls for; the agent may open another, until the draft or the ticket moves on.
  const restart = assessment ? angryFollowUp(snapshot.messages, assessment.anger) : false;
  const suggested = nextStep({ covered: coach.covered as number[], drafting: draftText.trim() !== '', restart });
  const basisKey = `${snapshot.ticketId}|${snapshot.messages.length}|${(coach.covered as number[]).join(',')}|${suggested}`;
  const [chosen, setChosen] = useState<{ step: number; basis: string } | null>(null);
  const [more, setMore] = useState<ReadonlySet<number>>(new Set());
  const open = chosen?.basis === basisKey ? chosen.step : suggested;
  const stepsRef = useRef<HTMLDivElement>(null);

  /** ↑/↓ move between phrases across steps; 1–5 open a step and go to its first phrase; Enter inserts (buttons). */
  const onStepsKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const target = event.target as HTMLElement;
    if (target.closest('input, select, textarea') || event.altKey || event.ctrlKey || event.metaKey) return;
    const root = stepsRef.current;
    if (!root) return;
    const buttons = [...root.querySelectorAll<HTMLButtonElement>('button.phrase, button.step-toggle')];
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      const phrases = buttons.filter((b) => b.classList.contains('phrase'));
      const here = phrases.indexOf(target as HTMLButtonElement);
      const next =
        here === -1
          ? phrases.find((b) => target.compareDocumentPosition(b) & (event.key === 'ArrowDown' ? 4 : 2))
          : phrases[here + (event.key === 'ArrowDown' ? 1 : -1)];
      if (next) {
        event.preventDefault();
        next.focus();
      }
    } else if (/^[1-5]$/.test(event.key)) {
      event.preventDefault();
      const step = Number(event.key);
      setChosen({ step, basis: basisKey });
      // After the step opened: its first phrase.
      requestAnimationFrame(() => root.querySelector<HTMLButtonElement>(`section[data-step="${step}"] button.phrase`)?.focus());
    }
  };

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
      <div className="steps" ref={stepsRef} onKeyDown={onStepsKey}>
        {STEPS.map((step) => {
          const phrases: PhraseItem[] = byStep[step].map(({ phrase, pack }) => ({
            id: phrase.id,
            key: usageKey(pack.id, phrase.id),
            title: phrase.title,
            text: renderPhrase(phrase.text, vars, ticket.fillIns),
            fields: fillInsOf(phrase.text),
            insertion: (values) => renderInsertion(phrase.text, vars, values),
          }));
          const isOpen = step === open;
          const expanded = more.has(step);
          const shown = isOpen ? (expanded ? phrases : phrases.slice(0, OPEN_PHRASES)) : phrases.slice(0, 1);
          const list = (
            <PhraseList
              phrases={shown}
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
          );
          const moreButton = shown.length < phrases.length && (
            <button
              type="button"
              className="more"
              onClick={() => {
                setChosen({ step, basis: basisKey });
                setMore((m) => new Set(m).add(step));
              }}
            >
              {t('stepMore', String(phrases.length - shown.length))}
            </button>
          );
          return (
            <StepSection
              key={step}
              step={step}
              covered={(coach.covered as number[]).includes(step)}
              open={isOpen}
              onOpen={() => setChosen({ step, basis: basisKey })}
              preview={
                <>
                  {list}
                  {moreButton}
                </>
              }
            >
              {step === 1 && <PlanSection entries={playbook} />}
              {list}
              {moreButton}
            </StepSection>
          );
        })}
      </div>
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
