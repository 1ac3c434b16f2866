/**
 * Bundle sizes of a build, raw and gzip, with the content script's budget: it runs in every helpdesk
 * page, so it stays at most 150 KB raw and React stays out of it until the palette opens.
 * Usage: npm run size [-- <build dir>]   (default: the published Chrome build, built first if missing)
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { execSync } from 'node:child_process';

const out = process.env.CALMREPLY_OUT ?? '.output';
const dir = process.argv.slice(2).find((a) => !a.startsWith('-')) ?? join(out, 'chrome-mv3');
if (!existsSync(join(dir, 'manifest.json'))) execSync('npx wxt build', { stdio: 'inherit' });

const files = (d: string): string[] =>
  readdirSync(d).flatMap((name) => {
    const path = join(d, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const BUDGET = 150 * 1024;

const rows = files(dir)
  .filter((f) => /\.(js|css|html)$/.test(f))
  .map((f) => {
    const body = readFileSync(f);
    return { file: relative(dir, f), raw: body.length, gzip: gzipSync(body).length, react: /react\.dev|__reactFiber|ReactCurrentDispatcher|react-dom/.test(body.toString()) };
  })
  .sort((a, b) => b.raw - a.raw);

console.log(`| bundle (${dir}) | raw | gzip | React inside |`);
console.log('|---|---|---|---|');
for (const r of rows) console.log(`| ${r.file} | ${kb(r.raw)} | ${kb(r.gzip)} | ${r.react ? 'yes' : 'no'} |`);
const content = rows.find((r) => r.file.startsWith('content-scripts/'));
if (content) {
  const verdict = content.raw <= BUDGET && !content.react ? 'within budget' : 'OVER BUDGET';
  console.log(`\ncontent script: ${kb(content.raw)} raw (budget ${kb(BUDGET)}), React: ${content.react ? 'yes' : 'no'} — ${verdict}`);
}
