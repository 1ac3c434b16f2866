/**
 * How often and how recently the agent used each phrase ("frecency"), kept in this browser only. A record
 * holds a pack and phrase id, a count, the last use and a decaying score: nothing of the ticket or the
 * text. Every use adds 1 to the score, which halves every HALF_LIFE_DAYS without use.
 */

export interface UsageRecord {
  /** Times inserted (capped). */
  n: number;
  /** Last use, ms since the epoch. */
  t: number;
  /** The decaying score as of `t`. */
  s: number;
}

/** Keyed by usageKey(packId, phraseId). */
export type Usage = Record<string, UsageRecord>;

export const HALF_LIFE_DAYS = 14;
/** Enough for every phrase an agent really uses; the least used are forgotten first. */
export const MAX_RECORDS = 500;
const MAX_COUNT = 1_000_000;
const DAY = 86_400_000;

export const usageKey = (packId: string, phraseId: string) => `${packId}/${phraseId}`;

/** The record's score now. */
export function frecency(record: UsageRecord | undefined, now: number): number {
  if (!record) return 0;
  const days = Math.max(0, now - record.t) / DAY;
  return record.s * 2 ** (-days / HALF_LIFE_DAYS);
}

/** The usage after one more use of `key` at `now`, capped to MAX_RECORDS (lowest score dropped). */
export function recordUse(usage: Usage, key: string, now: number): Usage {
  const before = usage[key];
  const next: Usage = {
    ...usage,
    [key]: { n: Math.min(MAX_COUNT, (before?.n ?? 0) + 1), t: now, s: frecency(before, now) + 1 },
  };
  const keys = Object.keys(next);
  if (keys.length <= MAX_RECORDS) return next;
  keys.sort((a, b) => frecency(next[a], now) - frecency(next[b], now));
  for (const drop of keys.slice(0, keys.length - MAX_RECORDS)) if (drop !== key) delete next[drop];
  return next;
}

const isRecord = (v: unknown): v is UsageRecord =>
  typeof v === 'object' && v !== null && [(v as UsageRecord).n, (v as UsageRecord).t, (v as UsageRecord).s].every((x) => Number.isFinite(x) && x >= 0);

/** Whatever storage holds, as usage: malformed entries are left out, never thrown on. */
export function readUsage(value: unknown): Usage {
  if (typeof value !== 'object' || value === null) return {};
  const out: Usage = {};
  for (const [key, record] of Object.entries(value)) if (key.length <= 300 && isRecord(record)) out[key] = record;
  return out;
}
