/**
 * Evaluate the complaint/anger detector on a labelled JSONL file and compare it with VADER and AFINN.
 *
 *   npm run eval -- [path.jsonl] [--errors N] [--json] [--split]
 *
 * Records: {id, lang: 'vi'|'en', text, complaint: boolean, anger: 0..3|null}. Default path
 * ../shared/data/dev.jsonl (relative to the project root). --split also reports the two halves of the file
 * by id hash (the same halves scripts/fit-detect.ts uses).
 * VADER: compound <= -0.05 ⇒ complaint, intensity = -compound. AFINN: score < 0 ⇒ complaint, intensity = -score.
 */
// First: zod's settings must be in place before any schema runs (lib/zod-config.ts).
import '../lib/zod-config';
import { baselines, half, metrics, ours, r3, readRecords, type Metrics, type Rec } from './eval-lib';

const f3 = (x: number | null) => (x === null ? '  —  ' : x.toFixed(3));

function main() {
  const args = process.argv.slice(2);
  let path = '../shared/data/dev.jsonl';
  let errors = 0;
  let json = false;
  let split = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--errors') errors = Number(args[++i] ?? 10) || 10;
    else if (a === '--json') json = true;
    else if (a === '--split') split = true;
    else if (!a.startsWith('--')) path = a;
  }
  const recs = readRecords(path);
  const base = baselines();
  const t0 = performance.now();
  const predOurs = recs.map((r) => ours(r.text));
  const ms = performance.now() - t0;
  const predVader = recs.map((r) => base.vader(r.text));
  const predAfinn = recs.map((r) => base.afinn(r.text));
  const langs = ['vi', 'en'].filter((l) => recs.some((r) => r.lang === l));
  const pick = <T,>(arr: T[], keep: (r: Rec) => boolean) => arr.filter((_, i) => keep(recs[i]!));
  const slice = (keep: (r: Rec) => boolean) => {
    const rs = recs.filter(keep);
    return {
      rs,
      ours: metrics(rs, pick(predOurs, keep)),
      vader: metrics(rs, pick(predVader, keep)),
      afinn: metrics(rs, pick(predAfinn, keep)),
    };
  };
  const brief = (m: Metrics) => ({ n: m.n, precision: r3(m.precision), recall: r3(m.recall), f1: r3(m.f1), spearman: m.spearman === null ? null : r3(m.spearman) });

  if (json) {
    const out: Record<string, unknown> = {};
    const vader: Record<string, unknown> = {};
    const afinn: Record<string, unknown> = {};
    for (const l of langs) {
      const s = slice((r) => r.lang === l);
      out[l] = brief(s.ours);
      vader[l] = brief(s.vader);
      afinn[l] = brief(s.afinn);
    }
    out.baselines = { vader, afinn };
    if (split) {
      const halves: Record<string, unknown> = {};
      for (const h of [0, 1] as const)
        for (const l of langs) halves[`${l}/${'AB'[h]}`] = brief(slice((r) => r.lang === l && half(r.id) === h).ours);
      out.split = halves;
    }
    console.log(JSON.stringify(out));
    return;
  }

  console.log(`CalmReply detector on ${path}: ${recs.length} records, ${(ms / recs.length).toFixed(3)} ms/record\n`);
  for (const l of langs) {
    const s = slice((r) => r.lang === l);
    const nAnger = s.rs.filter((r) => r.anger !== null).length;
    console.log(`== ${l}: n=${s.rs.length}, complaints=${s.rs.filter((r) => r.complaint).length}, anger labels=${nAnger} ==`);
    console.log('method      precision  recall     F1   spearman(anger)');
    for (const [name, m] of [['CalmReply', s.ours], ['VADER', s.vader], ['AFINN', s.afinn]] as const)
      console.log(`${name.padEnd(10)}  ${f3(m.precision)}     ${f3(m.recall)}  ${f3(m.f1)}  ${f3(m.spearman)}`);
    const o = s.ours;
    console.log(`complaint confusion (CalmReply):   predicted yes  predicted no`);
    console.log(`  labelled complaint               ${String(o.tp).padStart(6)}  ${String(o.fn).padStart(12)}`);
    console.log(`  labelled not complaint           ${String(o.fp).padStart(6)}  ${String(o.tn).padStart(12)}`);
    if (nAnger) {
      const grid = [0, 1, 2, 3].map(() => [0, 0, 0, 0]);
      recs.forEach((r, i) => {
        if (r.lang === l && r.anger !== null) grid[r.anger]![predOurs[i]!.anger]!++;
      });
      console.log('anger confusion (rows: human 0-3, columns: CalmReply 0-3)');
      grid.forEach((row, h) => console.log(`  ${h}: ${row.map((c) => String(c).padStart(5)).join(' ')}`));
    }
    if (split)
      for (const h of [0, 1] as const) {
        const m = slice((r) => r.lang === l && half(r.id) === h).ours;
        console.log(`  half ${'AB'[h]}: n=${m.n} P=${f3(m.precision)} R=${f3(m.recall)} F1=${f3(m.f1)} spearman=${f3(m.spearman)}`);
      }
    console.log('');
  }
  if (errors > 0) {
    const misses = recs
      .map((r, i) => ({ r, p: predOurs[i]! }))
      .filter(({ r, p }) => r.complaint !== p.complaint)
      .sort((a, b) => Math.abs(b.p.score - +b.r.complaint) - Math.abs(a.p.score - +a.r.complaint))
      .slice(0, errors);
    console.log(`${misses.length} worst misses (label, score):`);
    for (const { r, p } of misses)
      console.log(`  ${r.id}  ${r.complaint ? 'complaint' : 'not     '}  ${p.score.toFixed(2)}  ${r.text.replace(/\s+/g, ' ').slice(0, 160)}`);
  }
}

main();
