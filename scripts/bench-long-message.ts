/**
 * What a 5 MB customer message costs the helpdesk page, as long tasks (PerformanceObserver 'longtask', tasks
 * over 50 ms) on the page's main thread, in real Chromium. The Zendesk fixture ticket gets a 5 MB message,
 * then SECONDS of a mutation storm in the conversation (a small element edited every 50 ms, as typing
 * indicators and live timestamps do). The same page runs on a host the content script matches and on one
 * it doesn't, in one browser, one after the other, ROUNDS times.
 *
 * Usage: npm run bench:long-message -- [--extension <unpacked build>] [--seconds 10] [--rounds 3] [--no-build]
 * (pass another build's folder as --extension to compare two versions on the same machine)
 */
import { execSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, launchWithExtension } from '../tests/e2e/support/browser';
import { startFixtureServer } from '../tests/e2e/support/server';
import { waitForEditor } from '../tests/e2e/support/zendesk';

const option = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const SECONDS = Number(option('seconds') ?? 10);
const ROUNDS = Number(option('rounds') ?? 3);
const MESSAGE_BYTES = 5 * 1024 * 1024;
const extensionDir = resolve(option('extension') ?? EXTENSION_DIR);

if (!process.argv.includes('--no-build') && !option('extension')) {
  execSync('npm run --silent build:e2e && npm run --silent build:fixtures', { stdio: 'inherit' });
}
const server = await startFixtureServer();
const PLAIN_HOST = 'plain-helpdesk.test';
const origins = { with: server.origin, without: server.origin.replace('localhost', PLAIN_HOST) };
const browser = await launchWithExtension({
  extensionDir,
  args: [`--host-resolver-rules=MAP ${PLAIN_HOST} 127.0.0.1`, `--unsafely-treat-insecure-origin-as-secure=${origins.without}`],
});

interface Run {
  count: number;
  max: number;
  total: number;
}

async function measure(origin: string): Promise<Run> {
  const page: Page = await browser.context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push(e.duration))).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(`${origin}/zendesk/agent/tickets/4821`);
  await waitForEditor(page);
  await page.waitForTimeout(1000);
  const result = await page.evaluate(
    async ({ bytes, seconds }) => {
      const w = window as unknown as { longTasks: number[] };
      const log = document.querySelector('[data-test-id="omni-log-container"]')!;
      w.longTasks.length = 0;
      // The page builds its 5 MB message in one task, as a helpdesk rendering it would.
      const item = document.createElement('article');
      item.dataset.testId = 'omni-log-comment-item';
      item.setAttribute('data-author-role', 'end-user');
      const body = document.createElement('div');
      body.dataset.testId = 'omni-log-message-content';
      const sentence = 'Tôi rất thất vọng vì đơn hàng giao chậm, I want a refund now. ';
      body.textContent = sentence.repeat(Math.ceil(bytes / sentence.length)).slice(0, bytes);
      item.append(body);
      log.append(item);
      await new Promise((r) => setTimeout(r, 500));
      const pageOwn = w.longTasks.length ? [...w.longTasks] : [];
      w.longTasks.length = 0;
      // The storm: a small element in the conversation edited every 50 ms.
      const ticker = document.createElement('span');
      log.append(ticker);
      const end = performance.now() + seconds * 1000;
      while (performance.now() < end) {
        ticker.textContent = `typing… ${Math.random()}`;
        await new Promise((r) => setTimeout(r, 50));
      }
      await new Promise((r) => setTimeout(r, 1500));
      return { insert: pageOwn, storm: [...w.longTasks] };
    },
    { bytes: MESSAGE_BYTES, seconds: SECONDS },
  );
  await page.close();
  const all = [...result.insert.slice(1), ...result.storm]; // the first task after insertion is the page's own build of the node
  return { count: all.length, max: Math.max(0, ...all), total: all.reduce((a, b) => a + b, 0) };
}

const rows: Record<'with' | 'without', Run[]> = { with: [], without: [] };
for (let round = 0; round < ROUNDS; round++) {
  for (const side of round % 2 ? (['without', 'with'] as const) : (['with', 'without'] as const)) rows[side].push(await measure(origins[side]));
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(`extension: ${extensionDir}; ${SECONDS} s storm after a ${MESSAGE_BYTES / 1024 / 1024} MB message; ${ROUNDS} rounds`);
for (const side of ['with', 'without'] as const) {
  const runs = rows[side];
  console.log(
    `${side.padEnd(7)} CalmReply: long tasks per run ${runs.map((r) => r.count).join(', ')}; longest ${runs.map((r) => r.max.toFixed(0)).join(', ')} ms (median ${median(runs.map((r) => r.max)).toFixed(0)}); total ${runs.map((r) => r.total.toFixed(0)).join(', ')} ms`,
  );
}
await browser.close();
await server.close();
