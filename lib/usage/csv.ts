import Papa from 'papaparse';
import type { Pack } from '../packs/schema';
import { usageKey, type Usage } from './frecency';

/** The columns of a usage file, in order: what a lead needs to prune a pack, nothing of any ticket. */
export const USAGE_COLUMNS = ['pack', 'phrase id', 'title', 'count', 'last used'] as const;

export interface UsageRow {
  pack: string;
  phraseId: string;
  title: string;
  count: number;
  /** ISO date-time. */
  lastUsed: string;
}

/** One agent's usage of the phrases in `packs`, as CSV (most used first). Phrases never used are left out. */
export function usageToCsv(usage: Usage, packs: readonly Pack[]): string {
  const rows: UsageRow[] = [];
  for (const pack of packs) {
    for (const phrase of pack.phrases) {
      const record = usage[usageKey(pack.id, phrase.id)];
      if (!record) continue;
      rows.push({ pack: pack.id, phraseId: phrase.id, title: phrase.title ?? '', count: record.n, lastUsed: new Date(record.t).toISOString() });
    }
  }
  rows.sort((a, b) => b.count - a.count || a.pack.localeCompare(b.pack) || a.phraseId.localeCompare(b.phraseId));
  return Papa.unparse({ fields: [...USAGE_COLUMNS], data: rows.map((r) => [r.pack, r.phraseId, r.title, r.count, r.lastUsed]) });
}

export type UsageFileResult = { ok: true; rows: UsageRow[] } | { ok: false; error: 'notUsageFile' | 'badRow'; line?: number };

/** Reads a usage CSV written by usageToCsv (any agent's). */
export function parseUsageCsv(text: string): UsageFileResult {
  const parsed = Papa.parse<string[]>(text.trim(), { skipEmptyLines: true });
  const [header, ...data] = parsed.data;
  if (!header || header.map((h) => h.trim().toLowerCase()).join(',') !== USAGE_COLUMNS.join(',')) return { ok: false, error: 'notUsageFile' };
  const rows: UsageRow[] = [];
  for (const [index, cells] of data.entries()) {
    const [pack, phraseId, title, count, lastUsed] = cells;
    const n = Number(count);
    if (!pack || !phraseId || !Number.isInteger(n) || n < 0 || Number.isNaN(Date.parse(lastUsed ?? ''))) return { ok: false, error: 'badRow', line: index + 2 };
    rows.push({ pack, phraseId, title: title ?? '', count: n, lastUsed: new Date(Date.parse(lastUsed!)).toISOString() });
  }
  return { ok: true, rows };
}

export interface TeamRow extends UsageRow {
  /** How many of the files (agents) used the phrase. */
  agents: number;
}

/** Several agents' files added up per phrase: total count, latest use, how many agents; most used first. */
export function teamTotals(files: readonly UsageRow[][]): TeamRow[] {
  const totals = new Map<string, TeamRow>();
  for (const rows of files) {
    for (const row of rows) {
      const key = usageKey(row.pack, row.phraseId);
      const sum = totals.get(key);
      if (!sum) totals.set(key, { ...row, agents: 1 });
      else {
        sum.count += row.count;
        sum.agents += 1;
        if (row.lastUsed > sum.lastUsed) sum.lastUsed = row.lastUsed;
        sum.title ||= row.title;
      }
    }
  }
  return [...totals.values()].sort((a, b) => b.count - a.count || a.pack.localeCompare(b.pack) || a.phraseId.localeCompare(b.phraseId));
}
