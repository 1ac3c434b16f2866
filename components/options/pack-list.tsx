import type { PackEntry, PackOrigin } from '../../lib/packs/merge';
import type { DamagedRecord } from '../../lib/store/stored';
import type { MessageKey } from '../i18n';
import { useT } from '../i18n';
import { describeErrorIn } from '../../lib/packs/issues';
import { useSayProblem } from '../problem-text';
import { phraseCount } from './count';

export const originLabelKey = (origin: PackOrigin): MessageKey =>
  ({ personal: 'optOriginPersonal', team: 'optOriginTeam', subscription: 'optOriginSubscription', builtin: 'optOriginBuiltin' })[origin] as MessageKey;

interface Props {
  entries: readonly PackEntry[];
  selectedKey: string | null;
  isEnabled(entry: PackEntry): boolean;
  langFilter: 'vi' | 'en' | null;
  damaged: readonly DamagedRecord[];
  onSelect(key: string): void;
  onLangFilter(lang: 'vi' | 'en' | null): void;
  onNewPack(): void;
  onImport(): void;
  onExportDamaged(record: DamagedRecord): void;
  onDeleteDamaged(record: DamagedRecord): void;
}

const GROUPS: { key: string; origins: PackOrigin[]; heading: MessageKey }[] = [
  { key: 'team', origins: ['subscription', 'team'], heading: 'optGroupTeam' as MessageKey },
  { key: 'personal', origins: ['personal'], heading: 'optGroupPersonal' as MessageKey },
  { key: 'builtin', origins: ['builtin'], heading: 'optGroupBuiltin' as MessageKey },
];

/** Packs by where they come from; the list is a set of buttons, the current one marked aria-current. */
export function PackList(props: Props) {
  const t = useT();
  const say = useSayProblem();
  const entries = props.entries.filter((e) => !props.langFilter || e.pack.lang === props.langFilter);
  return (
    <nav className="pack-list" aria-label={t('optPacks')}>
      <div className="pack-list-actions">
        <button type="button" className="primary" onClick={props.onNewPack}>
          + {t('optNewPack')}
        </button>
        <button type="button" onClick={props.onImport}>
          {t('optImport')}
        </button>
      </div>
      <label className="lang-filter">
        <span>{t('optFilterLang')}</span>
        <select value={props.langFilter ?? ''} onChange={(e) => props.onLangFilter((e.target.value || null) as 'vi' | 'en' | null)}>
          <option value="">{t('optAllLanguages')}</option>
          <option value="vi">{t('optLangVi')}</option>
          <option value="en">{t('optLangEn')}</option>
        </select>
      </label>
      {GROUPS.map((group) => {
        const items = entries.filter((e) => group.origins.includes(e.origin));
        return (
          <section key={group.key} className="pack-group" aria-labelledby={`pack-group-${group.key}`}>
            <h2 id={`pack-group-${group.key}`}>{t(group.heading)}</h2>
            {items.length === 0 ? (
              <p className="field-hint">{t(group.key === 'team' ? 'optNoTeamPacks' : group.key === 'personal' ? 'optNoPersonalPacks' : 'optNoPacks')}</p>
            ) : (
              <ul>
                {items.map((entry) => {
                  const enabled = props.isEnabled(entry);
                  return (
                    <li key={entry.key}>
                      <button
                        type="button"
                        className={entry.key === props.selectedKey ? 'pack-item current' : 'pack-item'}
                        aria-current={entry.key === props.selectedKey ? 'true' : undefined}
                        data-pack-key={entry.key}
                        onClick={() => props.onSelect(entry.key)}
                      >
                        <span className="pack-item-name">{entry.pack.name}</span>
                        <span className="pack-item-meta">
                          {entry.pack.lang.toUpperCase()} · {phraseCount(t, entry.pack.phrases.length)}
                          {entry.origin === 'subscription' && ` · ${t('optOriginSubscription')}`}
                          {!enabled && ` · ${t('optOff')}`}
                        </span>
                      </button>
                    </li>
                  );
                })}
              </ul>
            )}
          </section>
        );
      })}
      {props.damaged.length > 0 && (
        <section className="pack-group damaged" aria-labelledby="pack-group-damaged">
          <h2 id="pack-group-damaged">{t('optGroupDamaged')}</h2>
          <p className="field-hint">{t('optDamagedHint')}</p>
          <ul>
            {props.damaged.map((record) => {
              const id = (record.raw as { id?: unknown } | null)?.id;
              const name = typeof id === 'string' ? id : `#${record.index + 1}`;
              return (
                <li key={record.index} className="damaged-item">
                  <span className="pack-item-name">{name}</span>
                  <span className="field-error">{describeErrorIn(say)(record.error)}</span>
                  <span className="row-actions">
                    <button type="button" onClick={() => props.onExportDamaged(record)} aria-label={t('optDownloadNamed', name)}>
                      {t('optDownload')}
                    </button>
                    <button type="button" className="danger-text" onClick={() => props.onDeleteDamaged(record)} aria-label={t('optDeleteNamed', name)}>
                      {t('optDelete')}
                    </button>
                  </span>
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </nav>
  );
}
