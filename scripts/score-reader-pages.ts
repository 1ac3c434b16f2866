/**
 * Scores the ticket readers on helpdesk pages written blind (by someone who did not see the readers), each
 * `page-NN.html` with its expected reading in `page-NN.json`:
 * {url, isTicket, subject, customerName, latestCustomerMessage, ticketId, ...}.
 *
 *   npm run score:pages -- <dir> [--set dev|held-out|all] [--explain]
 *
 * The page is loaded in jsdom at its URL and read the way the content script reads a page on a site the
 * user added: a named adapter recognised by its structure, else the generic reader. Five fields are compared
 * exactly after collapsing white space: isTicket, subject, customer name, the customer's latest message,
 * ticket id (the last four only where a ticket is expected). `--set dev` (default) takes the pages whose
 * number is a multiple of 3, the development third; `held-out` the others, which are scored and never
 * shown: `--explain` (what was read against what was expected) works on the development third only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scorePage, FIELDS, type Expected } from './reader-pages';

function main() {
  const args = process.argv.slice(2);
  const dir = args.find((a) => !a.startsWith('--') && !['dev', 'held-out', 'all'].includes(a));
  if (!dir) throw new Error('usage: score-reader-pages <dir> [--set dev|held-out|all] [--explain]');
  const set = args.includes('--set') ? args[args.indexOf('--set') + 1]! : 'dev';
  if (!['dev', 'held-out', 'all'].includes(set)) throw new Error(`--set is dev, held-out or all, not ${set}`);
  const explain = args.includes('--explain');
  const pages = readdirSync(dir)
    .map((f) => /^page-(\d+)\.html$/.exec(f))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ n: Number(m[1]), base: m[0].replace(/\.html$/, '') }))
    .filter(({ n }) => (set === 'all' ? true : set === 'dev' ? n % 3 === 0 : n % 3 !== 0))
    .sort((a, b) => a.n - b.n);
  let fields = 0;
  let right = 0;
  let wholePages = 0;
  const perField: Record<string, [number, number]> = {};
  for (const { n, base } of pages) {
    const expected = JSON.parse(readFileSync(join(dir, `${base}.json`), 'utf8')) as Expected;
    const result = scorePage(readFileSync(join(dir, `${base}.html`), 'utf8'), expected);
    fields += result.fields;
    right += result.fields - result.wrong.length;
    if (result.wrong.length === 0) wholePages++;
    for (const f of expected.isTicket ? FIELDS : (['isTicket'] as const)) {
      const cell = (perField[f] ??= [0, 0]);
      cell[1]++;
      if (!result.wrong.includes(f)) cell[0]++;
    }
    if (explain && n % 3 === 0 && result.wrong.length > 0) {
      console.log(`page-${String(n).padStart(2, '0')}: ${result.got.why}`);
      for (const f of result.wrong) console.log(`  ${f}\n    got  ${JSON.stringify(result.got[f])}\n    want ${JSON.stringify(result.want[f])}`);
    }
  }
  console.log(`${set}: ${pages.length} pages, ${wholePages} read entirely right; fields ${right}/${fields}`);
  for (const [f, [ok, all]] of Object.entries(perField)) console.log(`  ${f.padEnd(22)} ${ok}/${all}`);
}

main();
