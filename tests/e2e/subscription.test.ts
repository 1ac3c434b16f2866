import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { launchWithExtension, openPanelFor, type ExtensionBrowser } from './support/browser';
import { startFixtureServer, type FixtureServer } from './support/server';
import { SCREENSHOTS, waitForEditor } from './support/zendesk';

// Runs in extension pages, where `chrome` exists.
declare const chrome: {
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
  alarms: { create(name: string, info: { when: number }): Promise<void> };
};

let server: FixtureServer;
let browser: ExtensionBrowser;

/** What the test server answers for the team pack URL; the test changes it as it goes. */
let served: { status: number; body: string; etag?: string } = { status: 404, body: 'not yet' };
const requests: { ifNoneMatch?: string; status: number }[] = [];

const teamPack = (version: string, clarify: string) => ({
  id: 'acme-support',
  name: 'Acme support team',
  lang: 'en',
  version,
  updatedAt: '2026-05-01T10:00:00Z',
  phrases: [
    { id: 'acme-3-clarify', step: 3, title: 'Which order', text: clarify },
    { id: 'acme-2-empathy', step: 2, text: 'Thank you for your patience, {{customer.firstName|there}}.' },
  ],
});

beforeAll(async () => {
  server = await startFixtureServer();
  server.routes.set('/packs/team.json', (req, res) => {
    const ifNoneMatch = req.headers['if-none-match'];
    if (served.etag && ifNoneMatch === served.etag) {
      requests.push({ ifNoneMatch, status: 304 });
      res.writeHead(304, { etag: served.etag }).end();
      return;
    }
    requests.push({ ifNoneMatch, status: served.status });
    res.writeHead(served.status, { 'content-type': 'application/json', ...(served.etag ? { etag: served.etag } : {}) }).end(served.body);
  });
  // The subscribed pack URL is the one request the extension may make; the served 500 and broken pack
  // show as failed loads in the console on purpose.
  browser = await launchWithExtension({
    allowRequests: [`${server.origin}/packs/team.json`],
    allowErrors: [/Failed to load resource: the server responded with a status of 500/],
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function viewShot(page: Page, name: string) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png` });
}
const subscription = (page: Page) =>
  page.evaluate(async () => (await chrome.storage.local.get('teamSubscription')).teamSubscription as {
    pack?: { version: string };
    error?: { kind: string; message: string };
  } | null);

describe('team pack subscription', () => {
  let options: Page;
  let panel: Page;
  const url = () => `${server.origin}/packs/team.json`;
  const clarifyTexts = () => panel.getByRole('region', { name: /Clarify/ }).locator('.phrase-text').allTextContents();

  beforeAll(async () => {
    const ticket = await browser.context.newPage();
    await ticket.goto(`${server.origin}/zendesk/agent/tickets/4822`);
    await waitForEditor(ticket);
    panel = await openPanelFor(browser, ticket);
    options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.getByRole('tab', { name: 'Team subscription' }).click();
  });

  it('subscribes to a pack served by the test server, installs it, and the side panel offers its phrases', async () => {
    served = { status: 200, body: JSON.stringify(teamPack('1.0.0', 'TEAM: could you tell me your order number?')), etag: '"v1"' };
    await options.getByLabel('Address of the team pack').fill(url());
    await options.getByRole('button', { name: 'Subscribe' }).click();
    const copy = options.getByTestId('subscription-copy');
    await expect.poll(() => copy.textContent()).toContain('In use: “Acme support team”, version 1.0.0, 2 phrases,');
    await expect.poll(clarifyTexts).toContain('TEAM: could you tell me your order number?');
    await viewShot(options, 'options-subscription-ok');
  });

  it('asks "changed?" with the ETag next time and keeps the copy on 304', async () => {
    await options.getByRole('button', { name: 'Check now' }).click();
    await expect.poll(() => requests.at(-1)).toEqual({ ifNoneMatch: '"v1"', status: 304 });
    await expect.poll(() => options.getByText(/^Last checked .*: up to date\.$/).count()).toBe(1);
    expect((await subscription(options))?.pack?.version).toBe('1.0.0');
  });

  it('served broken, the check fails visibly and the last good copy stays in use', async () => {
    served = { status: 200, body: JSON.stringify({ ...teamPack('1.1.0', 'broken'), phrases: [{ id: 'x', step: 9, text: 'x' }] }), etag: '"v2"' };
    await options.getByRole('button', { name: 'Check now' }).click();
    const alert = options.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('the pack is not valid: phrases[0].step: expected 1-5');
    expect(await alert.textContent()).toMatch(/CalmReply keeps using the copy downloaded (now|\d+ minutes? ago)\./);
    expect((await subscription(options))?.pack?.version).toBe('1.0.0');
    expect(await clarifyTexts()).toContain('TEAM: could you tell me your order number?');
    await viewShot(options, 'options-subscription-error');
    await options.emulateMedia({ colorScheme: 'dark' });
    await viewShot(options, 'options-subscription-error-dark');
    await options.emulateMedia({ colorScheme: 'light' });
  });

  it('the background check (its alarm) also keeps the copy when the server fails, and installs the next good version', async () => {
    served = { status: 500, body: 'oops' };
    const fired = requests.length;
    // The 6-hourly alarm, due now: the service worker does the check, not the page.
    await options.evaluate(() => chrome.alarms.create('calmreply-team-pack', { when: Date.now() }));
    await expect.poll(() => requests.length, { timeout: 15_000 }).toBeGreaterThan(fired);
    await expect.poll(async () => (await subscription(options))?.error?.message).toBe('the server answered 500 Internal Server Error');
    expect((await subscription(options))?.pack?.version).toBe('1.0.0');
    await expect.poll(() => options.getByRole('alert').textContent()).toContain('the server answered 500');

    served = { status: 200, body: JSON.stringify(teamPack('1.2.0', 'TEAM v1.2: which order is this about?')), etag: '"v3"' };
    await options.evaluate(() => chrome.alarms.create('calmreply-team-pack', { when: Date.now() }));
    await expect.poll(async () => (await subscription(options))?.pack?.version, { timeout: 15_000 }).toBe('1.2.0');
    await expect.poll(() => options.getByTestId('subscription-copy').textContent()).toContain('version 1.2.0');
    expect(await options.getByRole('alert').count()).toBe(0);
    await expect.poll(clarifyTexts).toContain('TEAM v1.2: which order is this about?');
    expect(await clarifyTexts()).not.toContain('TEAM: could you tell me your order number?');
  });

  it('refuses a non-https address in the published sense (not localhost) with a clear error', async () => {
    await options.getByLabel('Address of the team pack').fill('http://packs.example.com/team.json');
    await options.getByRole('button', { name: 'Change address' }).click();
    await expect.poll(() => options.getByText('only https addresses are allowed (this one starts with http://)').count()).toBe(1);
    expect((await subscription(options))?.pack?.version).toBe('1.2.0');
  });

  it('made no network request but to the subscribed pack URL, and the recorder does see those', () => {
    // The recorder sees the worker's and the options page's fetches of the pack...
    expect(browser.extensionRequests.length).toBeGreaterThan(0);
    // ...and they all went to the pack URL (close() fails the file on anything else, in every e2e file).
    expect(new Set(browser.extensionRequests)).toEqual(new Set([`${server.origin}/packs/team.json`]));
  });
});
