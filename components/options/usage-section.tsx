import { useState } from 'react';
import { useStore } from 'zustand';
import { parseUsageCsv, teamTotals, usageToCsv, type TeamRow } from '../../lib/usage/csv';
import type { OptionsStore } from '../../lib/store/options-store';
import { useT } from '../i18n';
import { downloadText } from './download';
import { useUsage } from './usage-context';

/**
 * Usage without a server: each agent exports a CSV of their own counts (pack, phrase id, title, count, last
 * used); a lead imports several and sees the team's totals here. Nothing is stored from the imported files.
 */
export function UsageSection({ store }: { store: OptionsStore }) {
  const t = useT();
  const usage = useUsage();
  const entries = useStore(store, (s) => s.entries);
  const [totals, setTotals] = useState<{ rows: TeamRow[]; files: number } | null>(null);
  const [problems, setProblems] = useState<string[]>([]);

  const onFiles = async (files: FileList | null) => {
    if (!files || files.length === 0) return;
    const good = [];
    const bad: string[] = [];
    for (const file of files) {
      const result = parseUsageCsv(await file.text());
      if (result.ok) good.push(result.rows);
      else bad.push(result.error === 'badRow' ? t('optUsageBadRow', file.name, String(result.line)) : t('optUsageNotFile', file.name));
    }
    setProblems(bad);
    setTotals(good.length ? { rows: teamTotals(good), files: good.length } : null);
  };

  return (
    <section className="settings-section" aria-labelledby="usage-title">
      <h2 id="usage-title">{t('optUsageTitle')}</h2>
      <p className="field-hint">{t('optUsageHint')}</p>
      <div className="editor-actions">
        <button type="button" onClick={() => downloadText('calmreply-usage.csv', usageToCsv(usage, entries.map((e) => e.pack)), 'text/csv')}>
          {t('optUsageExport')}
        </button>
        <label className="file-button">
          {t('optUsageImport')}
          <input type="file" accept=".csv,text/csv" multiple onChange={(e) => void onFiles(e.target.files)} />
        </label>
      </div>
      {problems.length > 0 && (
        <ul role="alert" className="problems">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      {totals && (
        <table className="usage-totals">
          <caption>{t('optUsageTotals', String(totals.files))}</caption>
          <thead>
            <tr>
              <th scope="col">{t('optUsagePhrase')}</th>
              <th scope="col">{t('optUsageCount')}</th>
              <th scope="col">{t('optUsageAgents')}</th>
              <th scope="col">{t('optUsageLast')}</th>
            </tr>
          </thead>
          <tbody>
            {totals.rows.map((row) => (
              <tr key={`${row.pack}/${row.phraseId}`}>
                <th scope="row">
                  {row.title || row.phraseId} <span className="muted">{row.pack}</span>
                </th>
                <td>{row.count}</td>
                <td>{row.agents}</td>
                <td>{row.lastUsed.slice(0, 10)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
