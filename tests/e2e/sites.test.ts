import { readFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, tabIdOf, type ExtensionBrowser } from './support/browser';
import { startFixtureServer, type FixtureServer } from './support/server';
import { shot } from './support/zendesk';

// Functions passed to worker.evaluate run in the extension's service worker.
declare const chrome: {
  tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> };
  storage: { local: { set(items: object): Promise<void> } };
  scripting: { getRegisteredContentScripts(): Promise<{ id: string; matches?: string[] }[]> };
};

/**
 * Every helpdesk adapter against its fixture page, through the built extension: the content script must
 * pick the right adapter by DOM signature (the fixtures are served from localhost, not the real hosts),
 * read the ticket with the right authors, find the reply box and insert into it. Then the generic adapter
 * on a helpdesk it has never seen, and a custom site added at runtime.
 */

interface TicketState {
  kind: string;
  snapshot?: { site: string; ticketId: string; subject: string; requester: { name: string }; messages: { author: string; text: string }[] };
  hasEditor?: boolean;
}

/**
 * Only the customer's messages leave the page (the ones the detector reads). Every fixture has an agent's
 * reply between them: read as the customer's, it would show up here; a customer's message read as an
 * agent's would go missing.
 */
const customerOnly = (authors: string[]) => authors.filter((author) => author === 'customer');

interface SiteCase {
  site: string;
  path: string;
  ticketId: string;
  /** Who wrote each message of the fixture's conversation, oldest first (internal notes are not messages). */
  authors: string[];
  /** The reading the panel shows, field by field. */
  subject: string;
  requester: string;
  latest: string;
  /** Reads what the reply box now holds (the editor's own model where the fixture has a real editor). */
  replyText: (page: Page) => Promise<string>;
}

const domText = (selector: string) => (page: Page) => page.locator(selector).first().innerText();
const modelText = (page: Page) => page.evaluate(() => (window as unknown as { composerText(): string }).composerText());

const SITES: SiteCase[] = [
  { site: 'freshdesk', path: '/freshdesk/a/tickets/1042', ticketId: '1042', subject: "Charged twice for one order", requester: "Marta Kowalska", latest: "Three days and still nothing. This is unacceptable, refund me now.", authors: ['customer', 'agent', 'customer'], replyText: domText('.fr-element') },
  { site: 'help-scout', path: '/help-scout/conversation/2231/87/', ticketId: '2231', subject: "Tai nghe bị lỗi sau hai ngày", requester: "Trần Văn Hùng", latest: "Gửi rồi mà không ai trả lời. Làm ăn kiểu gì vậy, tôi muốn đổi hàng ngay!", authors: ['customer', 'agent', 'customer'], replyText: domText('.redactor-editor') },
  {
    site: 'intercom',
    path: '/intercom/a/inbox/x1/inbox/shared/all/conversation/5512',
    ticketId: '5512',
    subject: "Subscription cancelled without notice",
    requester: "Amelia Brooks",
    latest: "Is anyone going to answer? I need those files back today.",
    authors: ['customer', 'note', 'customer'],
    replyText: modelText,
  },
  { site: 'front', path: '/front/open/cnv_8k2j1', ticketId: 'cnv_8k2j1', subject: "Wrong colour delivered", requester: "Jonas Berg", latest: "It has been two weeks. Enough, I want my money back.", authors: ['customer', 'agent', 'customer'], replyText: domText('[data-testid="composer"] [contenteditable]') },
  { site: 'gorgias', path: '/gorgias/app/ticket/7731', ticketId: '7731', subject: "Order arrived broken", requester: "Phạm Minh Anh", latest: "Ảnh gửi từ hôm qua rồi. Thất vọng quá, hoàn tiền cho tôi đi.", authors: ['customer', 'agent', 'customer'], replyText: modelText },
  {
    site: 'zoho-desk',
    path: '/zoho-desk/agent/acme/support/tickets/details/4417',
    ticketId: '4417',
    subject: "Technician did not show up",
    requester: "Grace Okafor",
    latest: "Rebook? I want compensation for the lost day, or I'm leaving.",
    authors: ['customer', 'agent', 'customer'],
    replyText: (page) => page.frameLocator('iframe.ze_area').locator('body').innerText(),
  },
  { site: 'hubspot', path: '/hubspot/help-desk/2163/view/95/ticket/2985', ticketId: '2985', subject: "Promo code refused at checkout", requester: "Luis Ortega", latest: "Your promo code WELCOME10 does not work and support chat is closed.", authors: ['customer', 'agent'], replyText: domText('[data-test-id="reply-editor"] [contenteditable]') },
  { site: 'gmail', path: '/gmail/mail/u/0/#inbox/FMfcgzQXJWDsKpQxvTn', ticketId: 'FMfcgzQXJWDsKpQxvTn', subject: "Re: Bảo hành máy lọc nước", requester: "Lê Thị Hoa", latest: "Ghi nhận mãi mà không ai đến. Quá tệ!", authors: ['customer', 'agent', 'customer'], replyText: domText('[g_editable="true"]') },
  { site: 'generic', path: '/generic/tickets/3307', ticketId: '3307', subject: "Locked out of my account", requester: "Olu Adebayo", latest: "Still locked. This is ridiculous, I pay for this service every month!", authors: ['customer', 'agent', 'customer'], replyText: (page) => page.locator('textarea').inputValue() },
];

const PHRASE = 'Dạ, em rất tiếc vì sự bất tiện này.';

let server: FixtureServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  server = await startFixtureServer();
  // Zendesk's classic interface: the foundation's snapshot of its markup, served as a page of its own.
  const classic = await readFile('tests/fixtures/zendesk/snapshot-classic.html', 'utf8');
  server.routes.set('/zendesk-classic/agent/tickets/77', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Zendesk classic</title></head><body>${classic}</body></html>`);
  });
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function ask<T>(page: Page, type: string, payload: object): Promise<T> {
  const tabId = await tabIdOf(browser, page);
  return (await browser.worker.evaluate(
    ({ tabId, type, payload }) => chrome.tabs.sendMessage(tabId, { calmreply: 1, type, payload }),
    { tabId, type, payload },
  )) as T;
}

/** The content script's ticket state once it has read the page (it reads after the page settles). */
async function ticketOf(page: Page): Promise<TicketState> {
  let state: TicketState = { kind: 'none' };
  await expect
    .poll(async () => {
      state = await ask<TicketState>(page, 'getTicketState', {}).catch(() => ({ kind: 'no content script' }));
      return state.kind;
    })
    .toBe('ticket');
  return state;
}

describe.each(SITES)('$site', (c) => {
  it('reads the ticket with the right adapter and inserts into its reply box', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}${c.path}`);
    const state = await ticketOf(page);
    const snapshot = state.snapshot!;
    expect(snapshot.site).toBe(c.site);
    expect(snapshot.ticketId).toBe(c.ticketId);
    expect(snapshot.subject).toBe(c.subject);
    expect(snapshot.requester.name).toBe(c.requester);
    expect(snapshot.messages.at(-1)?.text).toBe(c.latest);
    expect(snapshot.messages.map((m) => m.author)).toEqual(customerOnly(c.authors));
    expect(state.hasEditor).toBe(true);

    const outcome = await ask<{ status: string }>(page, 'insertPhrase', { text: PHRASE });
    expect(outcome.status).toBe('inserted');
    await expect.poll(() => c.replyText(page).then((t) => t.trim())).toBe(PHRASE);
    await shot(page, `site-${c.site}`);
    await page.close();
  });
});

describe('Zendesk classic interface', () => {
  it('is read by the Zendesk adapter', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/zendesk-classic/agent/tickets/77`);
    const state = await ticketOf(page);
    const snapshot = state.snapshot!;
    expect([snapshot.site, snapshot.ticketId, snapshot.subject, snapshot.requester.name]).toEqual(['zendesk', '77', 'Wrong size delivered', 'Tomás Ruiz']);
    expect(snapshot.messages.at(-1)?.text).toBe('I ordered a medium and got a small.');
    expect(state.snapshot!.messages.map((m) => m.author)).toEqual(customerOnly(['customer', 'agent']));
    expect(await ask<{ status: string }>(page, 'insertPhrase', { text: PHRASE })).toMatchObject({ status: 'inserted' });
    await page.close();
  });
});

describe('a helpdesk added by the user at runtime', () => {
  const HOST = 'http://custom-helpdesk.test';
  const fixtures = resolve(process.env.CALMREPLY_OUT ?? '.output', 'fixtures');
  const registered = () => browser.worker.evaluate(() => chrome.scripting.getRegisteredContentScripts().then((s) => s.map((x) => x.id)));
  const setSites = (sites: object[]) => browser.worker.evaluate((value) => chrome.storage.local.set({ customSites: value }), sites);

  beforeAll(async () => {
    // The custom host is served from the generic fixture (Playwright answers for it; no network).
    await browser.context.route(`${HOST}/**`, async (route) => {
      const path = new URL(route.request().url()).pathname;
      const file = extname(path) ? join(fixtures, path) : join(fixtures, 'generic', 'index.html');
      const types: Record<string, string> = { '.css': 'text/css', '.js': 'text/javascript', '.html': 'text/html' };
      await route.fulfill({ body: await readFile(file), contentType: types[extname(file)] ?? 'text/html' });
    });
  });

  it('runs only after the site is added, with the chosen adapter, and stops when it is removed', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${HOST}/tickets/3307`);
    // Not a helpdesk host: no content script answers yet.
    await expect(ask(page, 'getTicketState', {})).rejects.toThrow();

    await setSites([{ host: 'custom-helpdesk.test', scheme: 'http', adapter: 'generic' }]);
    await expect.poll(registered).toEqual(['calmreply-site-http-custom-helpdesk_test']);
    await page.reload();
    const state = await ticketOf(page);
    const snapshot = state.snapshot!;
    expect([snapshot.site, snapshot.ticketId, snapshot.subject, snapshot.requester.name]).toEqual(['generic', '3307', 'Locked out of my account', 'Olu Adebayo']);
    expect(state.snapshot!.messages.map((m) => m.author)).toEqual(customerOnly(['customer', 'agent', 'customer']));

    await setSites([]);
    await expect.poll(registered).toEqual([]);
    await page.reload();
    await expect(ask(page, 'getTicketState', {})).rejects.toThrow();
    await page.close();
  });
});
