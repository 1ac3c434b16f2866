import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtinPacks } from '../../lib/packs';
import { createPaletteFinder } from '../../lib/search/palette';
import { suggest } from '../../lib/suggest';
import { parseUsageCsv, teamTotals, usageToCsv } from '../../lib/usage/csv';
import { frecency, HALF_LIFE_DAYS, MAX_RECORDS, readUsage, recordUse, usageKey, type Usage } from '../../lib/usage/frecency';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 11, 3, 12);
const useTimes = (key: string, times: number, at = NOW, usage: Usage = {}) => {
  let out = usage;
  for (let i = 0; i < times; i++) out = recordUse(out, key, at);
  return out;
};

describe('frecency', () => {
  it('counts uses and halves the score every half-life', () => {
    const usage = useTimes('p/a', 3);
    expect(usage['p/a']).toEqual({ n: 3, t: NOW, s: 3 });
    expect(frecency(usage['p/a'], NOW + HALF_LIFE_DAYS * DAY)).toBeCloseTo(1.5, 10);
    expect(frecency(undefined, NOW)).toBe(0);
  });

  it('keeps at most MAX_RECORDS, forgetting the least used, never the one just used', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), (extra) => {
        let usage: Usage = {};
        for (let i = 0; i < MAX_RECORDS + extra; i++) usage = recordUse(usage, `p/${i}`, NOW - (MAX_RECORDS + extra - i) * 1000);
        expect(Object.keys(usage)).toHaveLength(MAX_RECORDS);
        expect(usage[`p/${MAX_RECORDS + extra - 1}`]).toBeDefined();
        expect(usage['p/0']).toBeUndefined();
      }),
      { numRuns: 5 },
    );
  });

  it('reads whatever storage holds without throwing, keeping only well-formed records', () => {
    expect(readUsage(null)).toEqual({});
    expect(readUsage({ 'p/a': { n: 1, t: NOW, s: 1 }, 'p/b': { n: 'x' }, 'p/c': 5 })).toEqual({ 'p/a': { n: 1, t: NOW, s: 1 } });
  });
});

describe('ranking by use after the ticket fit', () => {
  const vi = builtinPacks.find((p) => p.lang === 'vi')!;
  const assessment = {
    lang: 'vi' as const,
    complaint: true,
    score: 0.9,
    anger: 2 as const,
    categories: [{ category: 'delivery' as const, evidence: [] }],
    evidence: [],
    text: 'Giao trễ quá!',
  };

  it('puts a phrase used three times first among those that fit the ticket as well, not above a better fit', () => {
    const before = suggest(assessment, builtinPacks, { fallbackLang: 'vi', now: NOW })[2];
    const sameFit = before.filter((s) => s.fit === before[0]!.fit);
    const last = sameFit[sameFit.length - 1]!;
    expect(sameFit.length).toBeGreaterThan(1);
    const usage = useTimes(usageKey(vi.id, last.phrase.id), 3);
    const after = suggest(assessment, builtinPacks, { fallbackLang: 'vi', usage, now: NOW })[2];
    expect(after[0]!.phrase.id).toBe(last.phrase.id);
    // a phrase of a worse fit stays below every better one, however often it was used
    const worse = before.find((s) => s.fit < before[0]!.fit);
    if (worse) {
      const ranked = suggest(assessment, builtinPacks, { fallbackLang: 'vi', usage: useTimes(usageKey(vi.id, worse.phrase.id), 50), now: NOW })[2];
      expect(ranked.findIndex((s) => s.phrase.id === worse.phrase.id)).toBeGreaterThanOrEqual(sameFit.length);
    }
  });

  it('lists the most used phrase first in the palette when nothing is typed, once', () => {
    const ticket = {
      kind: 'ticket' as const,
      snapshot: { site: 'zendesk', ticketId: '1', subject: '', requester: { name: 'Lan' }, messages: [], url: '' },
      hasEditor: true,
      assessment,
    };
    const step4 = suggest(assessment, builtinPacks, { fallbackLang: 'vi', now: NOW })[4].filter((s) => s.fit >= 0);
    const chosen = step4[step4.length - 1]!;
    const key = usageKey(vi.id, chosen.phrase.id);
    const view = createPaletteFinder({ packs: builtinPacks, ticket, uiLang: 'vi', usage: useTimes(key, 3), now: NOW })('');
    expect(view.kind).toBe('suggestions');
    if (view.kind !== 'suggestions') return;
    expect(view.used.map((i) => i.key)).toEqual([key]);
    expect(step4.slice(0, 3).some((s) => s.phrase.id === chosen.phrase.id)).toBe(false);
    expect(view.sections.flatMap((s) => s.items).some((i) => i.key === key)).toBe(false);
    // once is not "most used"
    const once = createPaletteFinder({ packs: builtinPacks, ticket, uiLang: 'vi', usage: useTimes(key, 1), now: NOW })('');
    expect(once.kind === 'suggestions' && once.used).toEqual([]);
  });
});

describe('usage files', () => {
  const en = builtinPacks.find((p) => p.lang === 'en')!;
  const [a, b] = en.phrases;

  it('exports pack, phrase id, title, count and last use, and adds several agents’ files up', () => {
    const mine = useTimes(usageKey(en.id, a!.id), 3);
    const theirs = useTimes(usageKey(en.id, b!.id), 1, NOW + DAY, useTimes(usageKey(en.id, a!.id), 2, NOW + DAY));
    const csv = usageToCsv(mine, builtinPacks);
    expect(csv.split('\r\n')).toEqual(['pack,phrase id,title,count,last used', `${en.id},${a!.id},"Holding reply, answer today",3,${new Date(NOW).toISOString()}`]);
    const files = [usageToCsv(mine, builtinPacks), usageToCsv(theirs, builtinPacks)].map((text) => {
      const parsed = parseUsageCsv(text);
      if (!parsed.ok) throw new Error(parsed.error);
      return parsed.rows;
    });
    expect(teamTotals(files).map((r) => [r.phraseId, r.count, r.agents, r.lastUsed])).toEqual([
      [a!.id, 5, 2, new Date(NOW + DAY).toISOString()],
      [b!.id, 1, 1, new Date(NOW + DAY).toISOString()],
    ]);
  });

  it('says which file is not a usage file and which line is broken', () => {
    expect(parseUsageCsv('id,text\n1,hello')).toEqual({ ok: false, error: 'notUsageFile' });
    expect(parseUsageCsv('pack,phrase id,title,count,last used\nbuiltin-en,x,T,many,2026-12-01')).toEqual({ ok: false, error: 'badRow', line: 2 });
  });
});
