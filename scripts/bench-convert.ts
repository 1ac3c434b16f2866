/**
 * Import benchmark: converting 5,000 replies from a spreadsheet and from Zendesk macros (target: under 2 s
 * each on this machine), and the longest slice the options page runs between two pauses while it reads
 * them (the dialog stays responsive while the slices stay short).
 *
 *   npm run bench        # table; exit code 1 when a target is missed
 *
 * Rows are built from the built-in packs' phrases (half Vietnamese, half English), steps left empty so the
 * step detection runs on every row, as it does for a spreadsheet without a step column.
 */
import { performance } from 'node:perf_hooks';
import { builtinPacks } from '../lib/packs';
import { packToCsv } from '../lib/packs/convert/export-csv';
import { convertFile, prepareItemsInSlices, readSourceFile } from '../lib/packs/convert';
import { PackSchema } from '../lib/packs/schema';

const ROWS = 5000;
const TARGET_MS = 2000;
const phrases = builtinPacks.flatMap((pack) => pack.phrases);
const rows = Array.from({ length: ROWS }, (_, i) => {
  const phrase = phrases[i % phrases.length]!;
  return { id: `r-${i}`, title: `${phrase.title ?? 'Reply'} ${i}`, text: phrase.text };
});
const pack = PackSchema.parse({ id: 'bench', name: 'Bench', lang: 'vi', version: '1.0.0', updatedAt: '2026-01-01T00:00:00Z', phrases: rows });
const csv = packToCsv(pack).replace(/,none,/g, ',,'); // no steps: every row's step is detected
const macros = JSON.stringify({
  macros: rows.map((r) => ({ title: `Folder::${r.title}`, actions: [{ field: 'comment_value_html', value: `<p>${r.text.replace(/\n/g, '<br>')}</p>` }] })),
});

function time(label: string, run: () => { packs: unknown[]; problems: unknown[] }) {
  const start = performance.now();
  const result = run();
  const ms = performance.now() - start;
  return { label, ms, ok: ms < TARGET_MS && result.problems.length === 0 };
}

const results = [
  time(`CSV, ${ROWS} rows`, () => convertFile(csv, { fileName: 'bench.csv' })),
  time(`Zendesk, ${ROWS} macros`, () => convertFile(macros, { fileName: 'macros.json' })),
];

// The dialog's way: slices with a pause between them; the longest slice is what the page can feel.
const replies = readSourceFile(csv).read.replies;
let last = performance.now();
let longest = 0;
await prepareItemsInSlices(replies, {
  onProgress: () => {
    // Between two updates: one slice of work plus one pause (a few ms at most).
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  },
});

console.log('\nImport (npm run bench)');
for (const r of results) console.log(`  ${r.label.padEnd(24)} ${r.ms.toFixed(0).padStart(6)} ms   ${r.ok ? 'ok' : `over ${TARGET_MS} ms`}`);
console.log(`  longest slice in the options page: ${longest.toFixed(0)} ms (200 replies a slice)`);
if (results.some((r) => !r.ok)) process.exitCode = 1;
