/**
 * What CalmReply costs the helpdesk page it runs in, measured in real Chromium against the same page
 * without the extension, in one process (the machines are shared: compare ratios, not absolute times).
 *
 * 1. Page cost: for --seconds (default 30) a driver appends and edits conversation items and types into
 *    the CKEditor reply box; main-thread script and task time come from CDP Performance.getMetrics.
 * 2. Badge latency: time from a new ticket's DOM settling to the toolbar badge being set.
 * 3. Memory: JS heap after 10 and after --navigations (default 1000) SPA ticket switches, after GC, and the
 *    number of event listeners on window/document, with and without the extension.
 *
 * Usage: npm run bench:page -- [--seconds 30] [--navigations 1000] [--rounds 1]
 */
import { execSync } from 'node:child_process';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM, EXTENSION_DIR, launchWithExtension } from '../tests/e2e/support/browser';
import { startFixtureServer } from '../tests/e2e/support/server';
import { waitForEditor } from '../tests/e2e/support/zendesk';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const SECONDS = arg('seconds', 30);
const NAVIGATIONS = arg('navigations', 1000);
const ROUNDS = arg('rounds', 1);

if (!process.argv.includes('--no-build')) {
  execSync('npm run --silent build:e2e && npm run --silent build:fixtures', { stdio: 'inherit' });
}
const server = await startFixtureServer();

async function plainChromium(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = await mkdtemp(join(tmpdir(), 'calmreply-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return { context, close: async () => { await context.close(); await rm(profile, { recursive: true, force: true }); } };
}

async function metrics(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  return async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return Object.fromEntries(metrics.map((m) => [m.name, m.value])) as Record<string, number>;
  };
}

/** A helpdesk that keeps changing: new messages, edited messages, an agent typing. */
/** Sampled CPU time of code from the extension's own files (its content script), from a CDP profile. */
async function startProfile(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  return async () => {
    const { profile } = await cdp.send('Profiler.stop');
    const total = (profile.endTime - profile.startTime) / 1000;
    const samples = profile.samples?.length ?? 1;
    const own = new Set(profile.nodes.filter((n) => n.callFrame.url.startsWith('chrome-extension://')).map((n) => n.id));
    const idle = new Set(profile.nodes.filter((n) => ['(idle)', '(program)', '(garbage collector)'].includes(n.callFrame.functionName)).map((n) => n.id));
    const hits = (ids: Set<number>) => (profile.samples ?? []).filter((id) => ids.has(id)).length;
    const busy = samples - hits(idle);
    if (process.env.BENCH_PROFILE_TOP) {
      const byFn = new Map<string, number>();
      for (const id of profile.samples ?? []) {
        const node = profile.nodes.find((n) => n.id === id)!;
        if (!own.has(id)) continue;
        const key = `${node.callFrame.functionName || '(anon)'} ${node.callFrame.url.split('/').pop()}:${node.callFrame.lineNumber}:${node.callFrame.columnNumber}`;
        byFn.set(key, (byFn.get(key) ?? 0) + 1);
      }
      console.log([...byFn].sort((a, b) => b[1] - a[1]).slice(0, 25));
    }
    return { extensionMs: (hits(own) / samples) * total, busyMs: (busy / samples) * total };
  };
}

async function busyPage(page: Page, seconds: number, profile = false) {
  await page.goto(`${server.origin}/zendesk/agent/tickets/4821`);
  await waitForEditor(page);
  // Let the extension finish starting (compiling its lexicons) so the window measures steady work.
  await page.waitForTimeout(1000);
  const read = await metrics(page);
  const before = await read();
  const stopProfile = profile ? await startProfile(page) : null;
  await page.locator('[data-test-id="omnicomposer-rich-text-ckeditor"]').click();
  await page.evaluate(() => {
    let n = 0;
    const timer = setInterval(() => {
      n++;
      const log = document.querySelector('[data-test-id="omni-log-container"]');
      if (!log) return;
      if (n % 3 === 0) {
        const last = log.querySelector('[data-test-id="omni-log-message-content"] p:last-child');
        if (last) last.textContent += ' (edited)';
      } else {
        (window as unknown as { addCustomerComment(b: string): void }).addCustomerComment(
          n % 2 ? `Update ${n}: still waiting for my order, please check.` : `Message ${n}: thank you, looking forward to it.`,
        );
      }
    }, 200);
    (window as unknown as { stopBusy(): void }).stopBusy = () => clearInterval(timer);
  });
  const end = Date.now() + seconds * 1000;
  const words = 'Dạ em chào chị, em rất tiếc về sự chậm trễ này ạ. '.split('');
  let i = 0;
  while (Date.now() < end) await page.keyboard.type(words[i++ % words.length]!, { delay: 40 });
  await page.evaluate(() => (window as unknown as { stopBusy(): void }).stopBusy());
  const after = await read();
  return {
    script: after.ScriptDuration! - before.ScriptDuration!,
    task: after.TaskDuration! - before.TaskDuration!,
    profile: stopProfile ? await stopProfile() : null,
  };
}

async function heapAndListeners(page: Page, navigations: number) {
  const cdp = await page.context().newCDPSession(page);
  // Listeners are counted per JavaScript world: the page's own and each extension's isolated world.
  const contexts: { id: number; origin: string; type: string }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) =>
    contexts.push({ id: context.id, origin: context.origin, type: (context.auxData as { type?: string })?.type ?? '' }),
  );
  cdp.on('Runtime.executionContextsCleared', () => (contexts.length = 0));
  await cdp.send('Runtime.enable');
  const sample = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    let listeners = 0;
    for (const context of contexts) {
      for (const expression of ['window', 'document']) {
        const { result } = await cdp.send('Runtime.evaluate', { expression, contextId: context.id }).catch(() => ({ result: {} as { objectId?: string } }));
        if (!result.objectId) continue;
        const { listeners: found } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
        listeners += found.length;
      }
    }
    return { heap: usedSize, listeners };
  };
  await page.goto(`${server.origin}/zendesk/agent/tickets/4821`);
  await waitForEditor(page);
  const ids = ['4821', '4822', '4823'];
  const navigate = async (k: number) => {
    const id = ids[k % ids.length]!;
    await page.evaluate((path) => {
      history.pushState(null, '', path);
      dispatchEvent(new PopStateEvent('popstate'));
    }, `/zendesk/agent/tickets/${id}`);
    await page.waitForFunction(() => Boolean((window as unknown as { editor?: unknown }).editor));
  };
  for (let k = 0; k < 10; k++) await navigate(k);
  await page.waitForTimeout(300);
  const first = await sample();
  for (let k = 10; k < navigations; k++) await navigate(k);
  await page.waitForTimeout(300);
  const last = await sample();
  return { first, last };
}

async function badgeLatency(): Promise<number[]> {
  const browser = await launchWithExtension();
  // Record when the service worker sets a badge, on the same clock as the page.
  await browser.worker.evaluate(() => {
    const g = globalThis as unknown as { badgeTimes: number[]; chrome: { action: { setBadgeText: (...a: unknown[]) => Promise<void> } } };
    g.badgeTimes = [];
    const original = g.chrome.action.setBadgeText.bind(g.chrome.action);
    g.chrome.action.setBadgeText = async (...args: unknown[]) => {
      await original(...args);
      g.badgeTimes.push(Date.now());
    };
  });
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/zendesk/agent/tickets/4822`);
  await waitForEditor(page);
  const samples: number[] = [];
  for (let k = 0; k < 10; k++) {
    await page.waitForTimeout(300);
    const id = k % 2 ? '4822' : '4823';
    await browser.worker.evaluate(() => ((globalThis as unknown as { badgeTimes: number[] }).badgeTimes = []));
    // The time the new ticket's DOM is complete: the router renders synchronously, CKEditor right after.
    const settled = await page.evaluate(async (path) => {
      history.pushState(null, '', path);
      dispatchEvent(new PopStateEvent('popstate'));
      await new Promise((r) => requestAnimationFrame(() => r(null)));
      return Date.now();
    }, `/zendesk/agent/tickets/${id}`);
    await page.waitForTimeout(1000);
    const times = await browser.worker.evaluate(() => (globalThis as unknown as { badgeTimes: number[] }).badgeTimes);
    if (times[0] !== undefined) samples.push(times[0] - settled);
  }
  await browser.close();
  return samples;
}

/** Time from Enter in the search palette to the phrase in CKEditor's editable, on the page's own clock. */
async function paletteLatency(): Promise<number[]> {
  const browser = await launchWithExtension();
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/zendesk/agent/tickets/4821`);
  await waitForEditor(page);
  const editable = page.locator('[data-test-id="omnicomposer-rich-text-ckeditor"]');
  const samples: number[] = [];
  for (let k = 0; k < 10; k++) {
    await editable.click();
    await page.keyboard.press('Alt+Shift+P');
    const box = page.locator('calmreply-palette input[role="combobox"]');
    await box.waitFor({ state: 'visible' });
    await box.fill(k % 2 ? 'xin loi' : 'hoan tien');
    await page.waitForTimeout(300);
    // Arm an observer in the page: it notes when the editable first changes after Enter goes down.
    await page.evaluate(() => {
      const g = window as unknown as { enterAt?: number; changedAt?: number };
      g.changedAt = undefined;
      const el = document.querySelector('[data-test-id="omnicomposer-rich-text-ckeditor"]')!;
      const observer = new MutationObserver(() => {
        g.changedAt ??= performance.now();
        observer.disconnect();
      });
      observer.observe(el, { childList: true, subtree: true, characterData: true });
      // Capture on window: the first listener to see the key, before the palette's own.
      addEventListener('keydown', (e) => e.key === 'Enter' && (g.enterAt = performance.now()), { capture: true, once: true });
    });
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (window as unknown as { changedAt?: number }).changedAt !== undefined);
    samples.push(await page.evaluate(() => {
      const g = window as unknown as { enterAt: number; changedAt: number };
      return g.changedAt - g.enterAt;
    }));
  }
  await browser.close();
  return samples;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const ms = (s: number) => `${(s * 1000).toFixed(0)} ms`;
const pct = (a: number, b: number) => `${(((a - b) / b) * 100).toFixed(1)}%`;

console.log(`Extension under test: ${EXTENSION_DIR}`);
const rows: string[] = [];
const scriptRatios: number[] = [];
const taskRatios: number[] = [];
const ownShares: number[] = [];
for (let round = 1; round <= ROUNDS; round++) {
  const without = await plainChromium();
  const base = await busyPage(await without.context.newPage(), SECONDS);
  await without.close();
  const withExt = await launchWithExtension();
  const ext = await busyPage(await withExt.context.newPage(), SECONDS);
  await withExt.close();
  // The same busy page once more, profiled, to see how much of the main thread is the extension's own code.
  const profiled = await launchWithExtension();
  const prof = (await busyPage(await profiled.context.newPage(), SECONDS, true)).profile!;
  await profiled.close();
  scriptRatios.push(ext.script / base.script - 1);
  taskRatios.push(ext.task / base.task - 1);
  ownShares.push(prof.extensionMs / prof.busyMs);
  rows.push(`| extension's own code in a profile, round ${round} | — | ${prof.extensionMs.toFixed(0)} ms of ${prof.busyMs.toFixed(0)} ms busy main thread | ${((prof.extensionMs / prof.busyMs) * 100).toFixed(2)}% |`);
  rows.push(`| page cost, round ${round} (${SECONDS} s busy page) | script ${ms(base.script)}, task ${ms(base.task)} | script ${ms(ext.script)}, task ${ms(ext.task)} | script +${pct(ext.script, base.script)}, task +${pct(ext.task, base.task)} |`);
}

const badge = await badgeLatency();
const palette = await paletteLatency();

const without = await plainChromium();
const memBase = await heapAndListeners(await without.context.newPage(), NAVIGATIONS);
await without.close();
const withExt = await launchWithExtension();
const memExt = await heapAndListeners(await withExt.context.newPage(), NAVIGATIONS);
await withExt.close();
await server.close();

const mb = (b: number) => `${(b / 1024 / 1024).toFixed(2)} MB`;
console.log('\n| measure | without extension | with extension | difference |');
console.log('|---|---|---|---|');
rows.forEach((r) => console.log(r));
const pctOf = (x: number) => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)}%`;
console.log(`| page cost, median of ${ROUNDS} rounds | | | script ${pctOf(median(scriptRatios))}, task ${pctOf(median(taskRatios))}; own code ${(median(ownShares) * 100).toFixed(2)}% of the busy main thread (target ≤ 3%) |`);
console.log(`| badge set after the ticket's DOM settles (median of ${badge.length}) | — | ${median(badge)} ms (max ${Math.max(...badge)} ms) | target < 100 ms |`);
console.log(`| Enter in the palette → phrase in the editor (median of ${palette.length}) | — | ${median(palette).toFixed(1)} ms (max ${Math.max(...palette).toFixed(1)} ms) | target < 50 ms |`);
console.log(`| JS heap after 10 → ${NAVIGATIONS} SPA navigations | ${mb(memBase.first.heap)} → ${mb(memBase.last.heap)} | ${mb(memExt.first.heap)} → ${mb(memExt.last.heap)} | extension's share: ${mb(memExt.first.heap - memBase.first.heap)} → ${mb(memExt.last.heap - memBase.last.heap)} |`);
console.log(`| listeners on window + document after 10 → ${NAVIGATIONS} navigations | ${memBase.first.listeners} → ${memBase.last.listeners} | ${memExt.first.listeners} → ${memExt.last.listeners} | must not grow |`);
