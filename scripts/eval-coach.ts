/**
 * Score the draft coach on drafts with marked problems (see scripts/coach-drafts.ts for the record format).
 *
 *   npm run eval:coach -- [path.jsonl ...] [--details]
 *
 * Default: the development drafts and the scored-only final drafts in tests/data. Only aggregate numbers are
 * printed. --details also lists the misses and false warnings, and is refused for a file named *final*: that
 * half is never read to tune the coach, so its figure stays honest.
 */
import { basename } from 'node:path';
import { readDrafts, scoreDrafts, THRESHOLDS, type DraftOutcome, type Score } from './coach-drafts';

const DEFAULT_FILES = ['tests/data/coach-drafts.develop.jsonl', 'tests/data/coach-drafts.final.jsonl'];

const pct = (x: number) => x.toFixed(3);

function line(label: string, s: Score): string {
  const ok = (good: boolean) => (good ? 'ok' : 'MISSED');
  return [
    `${label.padEnd(34)} drafts ${String(s.drafts).padStart(3)}`,
    `recall ${pct(s.recall)} (${s.found}/${s.problems}) ${ok(s.recall >= THRESHOLDS.recall)}`,
    `false ${pct(s.falseRate)} (${s.falseWarnings}/${s.quietChecks}) ${ok(s.falseRate <= THRESHOLDS.falseRate)}`,
    `steps F1 ${pct(s.stepF1)} (tp ${s.stepTp} fp ${s.stepFp} fn ${s.stepFn}) ${ok(s.stepF1 >= THRESHOLDS.stepF1)}`,
    `span precision ${pct(s.spanPrecision)} coverage ${pct(s.spanCoverage)}`,
    s.unlocated ? `UNLOCATED ${s.unlocated}` : '',
  ]
    .filter(Boolean)
    .join(' | ');
}

function details(outcomes: readonly DraftOutcome[]) {
  for (const o of outcomes) {
    const { record: r } = o;
    const missed = o.problems.filter((p) => !p.found);
    const steps = [2, 3, 4, 5].filter((s) => r.steps.includes(s as never) !== o.covered.includes(s as never));
    if (!missed.length && !o.falseKinds.length && !steps.length) continue;
    console.log(`\n${r.id} [${r.lang}] ${r.draft}`);
    for (const p of missed) console.log(`  MISSED ${p.kind}: ${p.span ? r.draft.slice(p.span.start, p.span.end) : '(not in draft)'}`);
    for (const w of o.warnings) console.log(`  warned ${w.kind}: «${r.draft.slice(w.start, w.end)}» → ${w.suggestion ?? '-'}`);
    for (const k of o.falseKinds) console.log(`  FALSE ${k}`);
    if (steps.length) console.log(`  steps gold ${r.steps.join(',')} got ${o.covered.join(',')}`);
  }
}

function main() {
  const args = process.argv.slice(2);
  const wantDetails = args.includes('--details');
  const files = args.filter((a) => !a.startsWith('--'));
  for (const file of files.length ? files : DEFAULT_FILES) {
    const records = readDrafts(file);
    const { score, outcomes } = scoreDrafts(records);
    console.log(line(basename(file), score));
    for (const lang of ['vi', 'en'] as const) {
      const part = records.filter((r) => r.lang === lang);
      if (part.length) console.log(line(`  ${lang}`, scoreDrafts(part).score));
    }
    if (wantDetails) {
      if (/final/i.test(basename(file))) console.log('  (no details for a scored-only file)');
      else details(outcomes);
    }
  }
}

main();
