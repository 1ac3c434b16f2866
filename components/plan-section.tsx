import type { Category } from '../lib/detect/types';
import type { PlaybookEntry } from '../lib/packs/schema';
import { useT } from './i18n';
import { categoryKey } from './labels';

interface Props {
  /** Playbook entries for the ticket's categories, in the order the detector ranked them. */
  entries: readonly { category: Category; entry: PlaybookEntry }[];
}

/** Step 1 is for the agent: a checklist and the team's notes for this kind of complaint. */
export function PlanSection({ entries }: Props) {
  const t = useT();
  return (
    <div className="plan">
      <ul className="checklist">
        <li>{t('planChecklist1')}</li>
        <li>{t('planChecklist2')}</li>
        <li>{t('planChecklist3')}</li>
      </ul>
      {entries.map(({ category, entry }) => (
        <details key={category} className="playbook" open={entries.length === 1}>
          <summary>{t(categoryKey(category))}</summary>
          <p>
            <strong>{t('planGoal')}:</strong> {entry.goal}
          </p>
          <NoteList label={t('planCanOffer')} items={entry.canOffer} />
          <NoteList label={t('planCannotOffer')} items={entry.cannotOffer} />
          <NoteList label={t('planKnownFixes')} items={entry.knownFixes} />
        </details>
      ))}
    </div>
  );
}

function NoteList({ label, items }: { label: string; items: readonly string[] }) {
  if (items.length === 0) return null;
  return (
    <>
      <p className="note-label">{label}</p>
      <ul>
        {items.map((item, i) => (
          <li key={i}>{item}</li>
        ))}
      </ul>
    </>
  );
}
