/**
 * What CalmReply costs the helpdesk page it runs in, measured in real Chromium (the machines are shared:
 * compare ratios within one run, not absolute times).
 *
 * The comparison runs in one browser with the extension installed: the same fixture page is opened on a host
 * the content script matches (localhost) and on a host it doesn't (plain-helpdesk.test, mapped to the same
 * server), so the only difference between the two pages is CalmReply running in it. Fresh browsers differ
 * from each other by more than the extension costs; one browser does not. The two pages of a pair run
 * their workload at the same time, side by side, so a busy neighbour on the machine slows both alike.
 *
 * 1. Page cost: a fixed workload (a customer message added or edited every 200 ms, SECONDS × 5 of them, while
 *    SECONDS × 20 characters are typed into the CKEditor reply box), in ROUNDS blocks of two side-by-side
 *    runs with and without the content script, one in each opening order. Main-thread script and task time
 *    come from CDP Performance.getMetrics; the table gives the median over blocks of the with/without ratio
 *    and a bootstrap 95% interval for it. Two more runs are CPU-profiled to see the extension's own share of the thread.
 * 2. Badge latency: time from a new ticket's DOM settling to the toolbar badge being set.
 * 3. Palette latency: Enter in the search palette to the phrase in the editor.
 * 4. Memory: JS heap after 10 and after --navigations (default 1000) SPA ticket switches, after GC, and the
 *    number of event listeners on window/document, with and without the content script.
 *
 * Usage: npm run bench:page -- [--seconds 30] [--rounds 6] [--navigations 1000] [--no-build] [--aa]
 * (--aa: both sides of every pair without the content script, to see the method's own noise)
 * (30 s × 6 blocks takes about 15 minutes here; README's figures name the arguments they were run with)
 */
import { execSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, launchWithExtension, type ExtensionBrowser } from '../tests/e2e/support/browser';
import { startFixtureServer } from '../tests/e2e/support/server';
import { waitForEditor } from '../tests/e2e/support/zendesk';
import { fillSearch } from '../tests/e2e/support/palette';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const SECONDS = arg('seconds', 30);
const NAVIGATIONS = arg('navigations', 1000);
const ROUNDS = arg('rounds', 6);
/** A/A check: both sides of every pair on the host the content script doesn't run on (the method's noise). */
const AA = process.argv.includes('--aa');

if (!process.argv.includes('--no-build')) {
  execSync('npm run --silent build:e2e && npm run --silent build:fixtures', { stdio: 'inherit' });
}
const server = await startFixtureServer();
/** A host name no content-script pattern matches, served by the same fixture server. */
const PLAIN_HOST = 'plain-helpdesk.test';
const origins = { with: server.origin, without: server.origin.replace('localhost', PLAIN_HOST) };
// localhost is a secure context and a plain http host is not, which changes how the page itself runs (by
// about 6% here, with no extension anywhere): make the second host secure too, so only CalmReply differs.
const HOST_FLAGS = [`--host-resolver-rules=MAP ${PLAIN_HOST} 127.0.0.1`, `--unsafely-treat-insecure-origin-as-secure=${origins.without}`];

async function metrics(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  // Thread CPU time rather than wall time: on a shared machine a descheduled renderer would otherwise count
  // its waiting as script time.
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  return async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return Object.fromEntries(metrics.map((m) => [m.name, m.value])) as Record<string, number>;
  };
}

/** Opens a fixture page and records which JavaScript worlds start in it (the content script has its own). */
async function openTicket(browser: ExtensionBrowser, origin: string, path = '/zendesk/agent/tickets/4821') {
  const page = await browser.context.newPage();
  const cdp = await page.context().newCDPSession(page);
  const worlds: { id: number; origin: string }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => worlds.push({ id: context.id, origin: context.origin }));
  cdp.on('Runtime.executionContextsCleared', () => (worlds.length = 0));
  await cdp.send('Runtime.enable');
  await page.goto(`${origin}${path}`);
  await waitForEditor(page);
  return { page, cdp, worlds, contentScriptRan: () => worlds.some((w) => w.origin.startsWith('chrome-extension://')) };
}

/** Sampled CPU time of code from the extension's own files (its content script), from a CDP profile. */
async function startProfile(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  return async () => {
    const { profile } = await cdp.send('Profiler.stop');
    const total = (profile.endTime - profile.startTime) / 1000;
    const samples = profile.samples ?? [];
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const isOwn = (id: number) => byId.get(id)!.callFrame.url.startsWith('chrome-extension://');
    // Inclusive: a sample counts as CalmReply's when any frame on its stack is CalmReply's code, so the DOM
    // reads, JSON and messaging it calls into (native frames without a URL) count too, not just its own lines.
    const ownStack = new Map<number, boolean>();
    const underOwn = (id: number): boolean => {
      let known = ownStack.get(id);
      if (known === undefined) {
        const up = parent.get(id);
        known = isOwn(id) || (up !== undefined && underOwn(up));
        ownStack.set(id, known);
      }
      return known;
    };
    const idle = (id: number) => ['(idle)', '(program)', '(garbage collector)'].includes(byId.get(id)!.callFrame.functionName);
    const n = samples.length || 1;
    const ownSamples = samples.filter(underOwn);
    const busy = samples.filter((id) => !idle(id)).length;
    if (process.env.BENCH_PROFILE_TOP) {
      // Leaf functions (ours or what we call) under CalmReply's frames, by sample count.
      const byFn = new Map<string, number>();
      for (const id of ownSamples) {
        const f = byId.get(id)!.callFrame;
        const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}:${f.columnNumber}`;
        byFn.set(key, (byFn.get(key) ?? 0) + 1);
      }
      console.log([...byFn].sort((a, b) => b[1] - a[1]).slice(0, 25));
    }
    return {
      extensionMs: (ownSamples.length / n) * total,
      selfMs: (samples.filter(isOwn).length / n) * total,
      busyMs: (busy / n) * total,
    };
  };
}

/**
 * A helpdesk that keeps changing, with the same amount of work every time: SECONDS × 5 conversation
 * changes (new messages, edited messages) 200 ms apart, while SECONDS × 20 characters are typed.
 * Opens the page and lets it settle; `run` does the workload and returns what it cost.
 */
async function busyPage(browser: ExtensionBrowser, origin: string, profile = false) {
  const { page, contentScriptRan } = await openTicket(browser, origin);
  // Let the extension finish starting so the window measures steady work.
  await page.waitForTimeout(1000);
  const read = await metrics(page);
  const run = async () => {
    const before = await read();
    const stopProfile = profile ? await startProfile(page) : null;
    await page.locator('[data-test-id="omnicomposer-rich-text-ckeditor"]').click();
    await page.evaluate((changes) => {
      let n = 0;
      (window as unknown as { busyDone: Promise<void> }).busyDone = new Promise<void>((done) => {
        const timer = setInterval(() => {
          n++;
          const log = document.querySelector('[data-test-id="omni-log-container"]');
          if (log && n % 3 === 0) {
            const last = log.querySelector('[data-test-id="omni-log-message-content"] p:last-child');
            if (last) last.textContent += ' (edited)';
          } else if (log) {
            (window as unknown as { addCustomerComment(b: string): void }).addCustomerComment(
              n % 2 ? `Update ${n}: still waiting for my order, please check.` : `Message ${n}: thank you, looking forward to it.`,
            );
          }
          if (n >= changes) {
            clearInterval(timer);
            done();
          }
        }, 200);
      });
    }, SECONDS * 5);
    const chars = 'Dạ em chào chị, em rất tiếc về sự chậm trễ này ạ. '.split('');
    for (let i = 0; i < SECONDS * 20; i++) await page.keyboard.type(chars[i % chars.length]!, { delay: 40 });
    await page.evaluate(() => (window as unknown as { busyDone: Promise<void> }).busyDone);
    const after = await read();
    return {
      script: after.ScriptDuration! - before.ScriptDuration!,
      task: after.TaskDuration! - before.TaskDuration!,
      thread: after.ThreadTime! - before.ThreadTime!,
      profile: stopProfile ? await stopProfile() : null,
      contentScriptRan: contentScriptRan(),
    };
  };
  const close = async () => {
    await page.close();
    // Closing a tab ends its renderer in the background: let that finish before the next run starts.
    await new Promise((r) => setTimeout(r, 2000));
  };
  return { run, close };
}

type BusyResult = Awaited<ReturnType<Awaited<ReturnType<typeof busyPage>>['run']>>;

/**
 * One side-by-side run: both pages open at once (each its own renderer, both visible and focused as far as
 * the page can tell) and do the workload at the same time, so whatever else the shared machine is doing at
 * that moment slows both alike. Run one after the other, a neighbour's burst in one run and not the other
 * moved single pairs by ±15%.
 * The page opened last is the browser's front tab and does more rendering work (task time +30–45%, script
 * +5–10% in an A/A check), so `first` says which opens first and every block runs both orders.
 */
async function sideBySide(browser: ExtensionBrowser, first: 'with' | 'without') {
  const order = first === 'with' ? (['with', 'without'] as const) : (['without', 'with'] as const);
  const pages: Partial<Record<'with' | 'without', Awaited<ReturnType<typeof busyPage>>>> = {};
  for (const arm of order) pages[arm] = await busyPage(browser, AA ? origins.without : origins[arm]);
  const [ext, base] = await Promise.all([pages.with!.run(), pages.without!.run()]);
  await pages.with!.close();
  await pages.without!.close();
  return { ext, base };
}

async function heapAndListeners(browser: ExtensionBrowser, origin: string, navigations: number) {
  // Listeners are counted per JavaScript world (openTicket records them): the page's own and the
  // extension's isolated one.
  const { page, cdp, worlds: contexts } = await openTicket(browser, origin);
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

async function badgeLatency(browser: ExtensionBrowser): Promise<number[]> {
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
  await page.close();
  return samples;
}

/** Time from Enter in the search palette to the phrase in CKEditor's editable, on the page's own clock. */
async function paletteLatency(browser: ExtensionBrowser): Promise<number[]> {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/zendesk/agent/tickets/4821`);
  await waitForEditor(page);
  const editable = page.locator('[data-test-id="omnicomposer-rich-text-ckeditor"]');
  const samples: number[] = [];
  for (let k = 0; k < 10; k++) {
    await editable.click();
    await page.keyboard.press('Alt+Shift+P');
    await page.waitForFunction(() => document.querySelector('calmreply-palette') !== null);
    await page.waitForTimeout(100);
    await fillSearch(page, k % 2 ? 'xin loi' : 'hoan tien');
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
  await page.close();
  return samples;
}

const median = (xs: number[]) => {
  const v = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid]! : (v[mid - 1]! + v[mid]!) / 2;
};
/** 95% bootstrap interval of the median (fixed seed, so a run's table is reproducible from its samples). */
function bootstrapMedian(xs: number[], draws = 5000): [number, number] {
  let seed = 12345;
  const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const meds: number[] = [];
  for (let d = 0; d < draws; d++) meds.push(median(xs.map(() => xs[Math.floor(rand() * xs.length)]!)));
  meds.sort((a, b) => a - b);
  return [meds[Math.floor(draws * 0.025)]!, meds[Math.floor(draws * 0.975)]!];
}
const ms = (s: number) => `${(s * 1000).toFixed(0)} ms`;
const pctOf = (x: number) => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)}%`;
const mb = (b: number) => `${(b / 1024 / 1024).toFixed(2)} MB`;

console.log(`Extension under test: ${EXTENSION_DIR}`);
const browser = await launchWithExtension({ args: HOST_FLAGS });
// A block is two side-by-side runs, one in each opening order: summed, the front tab's extra work falls on
// both sides equally. The ratio of a block's sums is one sample of the extension's cost.
const blocks: Array<{ base: BusyResult; ext: BusyResult }> = [];
for (let round = 1; round <= ROUNDS; round++) {
  const runs = [await sideBySide(browser, round % 2 ? 'without' : 'with'), await sideBySide(browser, round % 2 ? 'with' : 'without')];
  for (const { base, ext } of runs) {
    if (!AA && (base.contentScriptRan || !ext.contentScriptRan)) throw new Error('The content script ran where it should not, or not where it should.');
  }
  const add = (key: 'base' | 'ext') => ({
    script: runs[0]![key].script + runs[1]![key].script,
    task: runs[0]![key].task + runs[1]![key].task,
    thread: runs[0]![key].thread + runs[1]![key].thread,
    profile: null,
    contentScriptRan: runs[0]![key].contentScriptRan,
  });
  blocks.push({ base: add('base'), ext: add('ext') });
  const line = (r: { base: BusyResult; ext: BusyResult }) => `script ${ms(r.base.script)} → ${ms(r.ext.script)}, task ${ms(r.base.task)} → ${ms(r.ext.task)}`;
  console.log(`block ${round}: ${line(runs[0]!)}; ${line(runs[1]!)}`);
}
const shares: number[] = [];
// An A/A check measures the method, not the extension: the other steps have nothing to compare.
for (let k = 0; k < (AA ? 0 : 2); k++) {
  const busy = await busyPage(browser, origins.with, true);
  const prof = (await busy.run()).profile!;
  await busy.close();
  shares.push(prof.extensionMs / prof.busyMs);
  console.log(`profile ${k + 1}: own code ${prof.extensionMs.toFixed(0)} ms (its own lines ${prof.selfMs.toFixed(0)} ms) of ${prof.busyMs.toFixed(0)} ms busy`);
}
const badge = AA ? [] : await badgeLatency(browser);
const palette = AA ? [] : await paletteLatency(browser);
const memBase = AA ? null : await heapAndListeners(browser, origins.without, NAVIGATIONS);
const memExt = AA ? null : await heapAndListeners(browser, origins.with, NAVIGATIONS);
await browser.close();
await server.close();

const scriptRatios = blocks.map((r) => r.ext.script / r.base.script - 1);
const taskRatios = blocks.map((r) => r.ext.task / r.base.task - 1);
const sum = (xs: number[]) => xs.reduce((t, x) => t + x, 0);
const cost = (ratios: number[], key: 'script' | 'task') => {
  const [lo, hi] = bootstrapMedian(ratios);
  const pooled = sum(blocks.map((r) => r.ext[key])) / sum(blocks.map((r) => r.base[key])) - 1;
  const verdict = median(ratios) <= 0.03 ? (hi <= 0.03 ? 'met' : 'met by the median; interval reaches past 3%') : 'NOT met';
  return `median ${pctOf(median(ratios))} (95% interval ${pctOf(lo)} … ${pctOf(hi)}; all runs pooled ${pctOf(pooled)}) | ≤ +3%: ${verdict} |`;
};
const title = AA ? 'A/A check: both sides without the content script' : 'one browser, the two pages side by side';
console.log(`\n| measure (${ROUNDS} blocks of two ${SECONDS} s side-by-side runs, ${title}) | result | target |`);
console.log('|---|---|---|');
console.log(`| main-thread script time, with vs without the content script | ${cost(scriptRatios, 'script')}`);
console.log(`| main-thread task time, with vs without | ${cost(taskRatios, 'task')}`);
console.log(`| per block, script | ${scriptRatios.map(pctOf).join(', ')} | |`);
console.log(`| per block, task | ${taskRatios.map(pctOf).join(', ')} | |`);
if (memBase && memExt) {
  console.log(`| extension's own code in a CPU profile of the busy page | ${shares.map((x) => `${(x * 100).toFixed(2)}%`).join(', ')} of the busy main thread | ≤ 3% |`);
  console.log(`| badge set after the ticket's DOM settles (median of ${badge.length}) | ${median(badge)} ms (max ${Math.max(...badge)} ms) | < 100 ms |`);
  console.log(`| Enter in the palette → phrase in the editor (median of ${palette.length}) | ${median(palette).toFixed(1)} ms (max ${Math.max(...palette).toFixed(1)} ms) | < 50 ms |`);
  console.log(`| JS heap after 10 → ${NAVIGATIONS} SPA navigations | without ${mb(memBase.first.heap)} → ${mb(memBase.last.heap)}, with ${mb(memExt.first.heap)} → ${mb(memExt.last.heap)}; extension's share ${mb(memExt.first.heap - memBase.first.heap)} → ${mb(memExt.last.heap - memBase.last.heap)} | ≤ 2× |`);
  console.log(`| listeners on window + document after 10 → ${NAVIGATIONS} navigations | without ${memBase.first.listeners} → ${memBase.last.listeners}, with ${memExt.first.listeners} → ${memExt.last.listeners} | no growth |`);
}
