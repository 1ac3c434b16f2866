/**
 * When a message was written, from what the page shows: a machine-readable attribute (`<time datetime>`,
 * a title with the full date), a relative label ("25 min ago", "5 phút trước", "yesterday") or an absolute
 * date ("12/03/2026 09:14", "12 March 2026 at 14:20", "Mar 12, 2026 10:02 AM"). Only the order matters to
 * the reader, so a label read in the wrong time zone still sorts right against its neighbours.
 */

const UNIT_MS: Record<string, number> = {
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 7 * 86_400_000,
  mo: 30 * 86_400_000,
  y: 365 * 86_400_000,
};

const UNITS: [RegExp, keyof typeof UNIT_MS][] = [
  [/^(?:s|sec|secs|second|seconds|giây)$/, 's'],
  [/^(?:m|min|mins|minute|minutes|phút)$/, 'm'],
  [/^(?:h|hr|hrs|hour|hours|giờ|tiếng)$/, 'h'],
  [/^(?:d|day|days|ngày)$/, 'd'],
  [/^(?:w|wk|wks|week|weeks|tuần)$/, 'w'],
  [/^(?:mo|mos|month|months|tháng)$/, 'mo'],
  [/^(?:y|yr|yrs|year|years|năm)$/, 'y'],
];

const RELATIVE = /(\d+|an?|one|một)\s*([\p{L}]+)\s*(?:ago|trước|before)\b/iu;
const MONTHS = 'jan feb mar apr may jun jul aug sep oct nov dec'.split(' ');

/** Milliseconds since the epoch, or null when the text holds no time this reader understands. */
export function parseTime(raw: string | null | undefined, now = Date.now()): number | null {
  if (!raw) return null;
  const text = raw.replace(/[\u200b-\u200d\ufeff]/g, '').replace(/\u00a0/g, ' ').trim();
  if (!text || text.length > 120) return null;
  const lower = text.toLowerCase();
  if (/^(?:just now|now|vừa xong|vừa nãy|a moment ago)$/.test(lower)) return now;
  const rel = RELATIVE.exec(lower);
  if (rel) {
    const unit = UNITS.find(([re]) => re.test(rel[2]!))?.[1];
    if (unit) return now - (/^\d+$/.test(rel[1]!) ? Number(rel[1]) : 1) * UNIT_MS[unit]!;
  }
  if (/\b(?:yesterday|hôm qua)\b/.test(lower)) return now - UNIT_MS.d! + clockOf(lower);
  if (/^(?:today|hôm nay)\b/.test(lower)) return startOfDay(now) + clockOf(lower);
  return absolute(text);
}

function startOfDay(now: number): number {
  return now - (now % UNIT_MS.d!);
}

/** The "14:20" / "2:05 PM" in a label, as milliseconds into the day; 0 when there is none. */
function clockOf(text: string): number {
  const m = /\b(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?|sa|ch)?/i.exec(text);
  if (!m) return 0;
  let hours = Number(m[1]) % 24;
  const meridiem = m[4]?.toLowerCase().replace(/\./g, '');
  if ((meridiem === 'pm' || meridiem === 'ch') && hours < 12) hours += 12;
  if ((meridiem === 'am' || meridiem === 'sa') && hours === 12) hours = 0;
  return hours * UNIT_MS.h! + Number(m[2]) * UNIT_MS.m! + Number(m[3] ?? 0) * 1000;
}

function absolute(text: string): number | null {
  // ISO 8601 and what Date.parse reads the same everywhere.
  if (/^\d{4}-\d{2}-\d{2}/.test(text)) {
    const t = Date.parse(text.replace(' ', 'T'));
    if (!Number.isNaN(t)) return t;
  }
  const ymd = /\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b/.exec(text);
  if (ymd) return Date.UTC(Number(ymd[1]), Number(ymd[2]) - 1, Number(ymd[3])) + clockOf(text);
  // Numeric dates are day first unless that can't be (helpdesks outside the US, and Vietnamese ones).
  const dmy = /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})\b/.exec(text);
  if (dmy) {
    let [day, month] = [Number(dmy[1]), Number(dmy[2])];
    if (month > 12 && day <= 12) [day, month] = [month, day];
    const year = Number(dmy[3]) < 100 ? 2000 + Number(dmy[3]) : Number(dmy[3]);
    return Date.UTC(year, month - 1, day) + clockOf(text);
  }
  // "12 March 2026", "Mar 12, 2026", "11 Th03 2026" / "11 tháng 3, 2026".
  const lower = text.toLowerCase();
  const vi = /\b(\d{1,2})\s*(?:th|tháng)\s*0?(\d{1,2}),?\s*(?:năm\s*)?(\d{4})\b/.exec(lower);
  if (vi) return Date.UTC(Number(vi[3]), Number(vi[2]) - 1, Number(vi[1])) + clockOf(lower);
  const named = /\b(?:(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3})[a-z]*\.?,?\s+(\d{4})|([a-z]{3})[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4}))\b/.exec(lower);
  if (named) {
    const month = MONTHS.indexOf((named[2] ?? named[4])!);
    if (month >= 0) {
      const day = Number(named[1] ?? named[5]);
      const year = Number(named[3] ?? named[6]);
      return Date.UTC(year, month, day) + clockOf(lower.slice(named.index + named[0].length) || lower);
    }
  }
  // What the browser's own parser reads ("Mon Mar 09 08:02:11 2026").
  const parsed = Date.parse(text);
  return Number.isNaN(parsed) ? null : parsed;
}
