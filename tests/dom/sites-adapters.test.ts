import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { adapters, configureSites, generic, pickAdapter, urlMatches } from '../../lib/sites';
import type { Author } from '../../lib/sites/types';

/** Loads a fixture page (its whole document: Gmail reads the account from the title) at a helpdesk path. */
function load(site: string, path: string) {
  const html = readFileSync(`tests/fixtures/${site}/index.html`, 'utf8').replace(/<script[\s\S]*?<\/script>/g, '');
  document.open();
  document.write(html);
  document.close();
  window.history.replaceState(null, '', path);
}

interface Expectation {
  site: string;
  path: string;
  url: string;
  ticketId: string;
  subject: string;
  requester: string;
  authors: Author[];
  firstText: string;
  /** False where the fixture's editor is created by a script (jsdom runs none) or lives in an iframe. */
  editorInDom: boolean;
}

const CASES: Expectation[] = [
  {
    site: 'freshdesk',
    path: '/a/tickets/1042',
    url: 'https://acme.freshdesk.com/a/tickets/1042',
    ticketId: '1042',
    subject: 'Charged twice for one order',
    requester: 'Marta Kowalska',
    authors: ['customer', 'agent', 'customer'],
    firstText: 'My card was charged twice for order 5531.\nI want one of the charges refunded today.',
    editorInDom: true,
  },
  {
    site: 'help-scout',
    path: '/conversation/2231/87/',
    url: 'https://secure.helpscout.net/conversation/2231/87/',
    ticketId: '2231',
    subject: 'Tai nghe bị lỗi sau hai ngày',
    requester: 'Trần Văn Hùng',
    authors: ['customer', 'agent', 'customer'],
    firstText: 'Tai nghe mới mua được hai ngày đã mất tiếng một bên.',
    editorInDom: true,
  },
  {
    site: 'intercom',
    path: '/a/inbox/x1/inbox/shared/all/conversation/5512',
    url: 'https://app.intercom.com/a/inbox/x1/inbox/shared/all/conversation/5512',
    ticketId: '5512',
    subject: 'Subscription cancelled without notice',
    requester: 'Amelia Brooks',
    // The agent's part between them is an internal note: never in the reading.
    authors: ['customer', 'customer'],
    firstText: 'You cancelled my subscription without telling me and I lost all my files.',
    editorInDom: false,
  },
  {
    site: 'front',
    path: '/open/cnv_8k2j1',
    url: 'https://app.frontapp.com/open/cnv_8k2j1',
    ticketId: 'cnv_8k2j1',
    subject: 'Wrong colour delivered',
    requester: 'Jonas Berg',
    authors: ['customer', 'agent', 'customer'],
    firstText: 'I ordered the blue sofa cover and you sent a grey one.',
    editorInDom: true,
  },
  {
    site: 'gorgias',
    path: '/app/ticket/7731',
    url: 'https://shop.gorgias.com/app/ticket/7731',
    ticketId: '7731',
    subject: 'Order arrived broken',
    requester: 'Phạm Minh Anh',
    authors: ['customer', 'agent', 'customer'],
    firstText: 'Bình gốm giao tới bị vỡ nát, hộp không có chút chống sốc nào.',
    editorInDom: false,
  },
  {
    site: 'zoho-desk',
    path: '/agent/acme/support/tickets/details/4417',
    url: 'https://desk.zoho.eu/agent/acme/support/tickets/details/4417',
    ticketId: '4417',
    subject: 'Technician did not show up',
    requester: 'Grace Okafor',
    authors: ['customer', 'agent', 'customer'],
    firstText: 'I took a day off work and your technician never came.',
    editorInDom: false,
  },
  {
    site: 'hubspot',
    path: '/help-desk/2163/view/95/ticket/2985',
    url: 'https://app.hubspot.com/help-desk/2163/view/95/ticket/2985',
    ticketId: '2985',
    subject: 'Promo code refused at checkout',
    requester: 'Luis Ortega',
    authors: ['customer', 'agent'],
    firstText: 'Your promo code WELCOME10 does not work and support chat is closed.',
    editorInDom: true,
  },
  {
    site: 'gmail',
    path: '/mail/u/0/#inbox/FMfcgzQXJWDsKpQxvTn',
    url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKpQxvTn',
    ticketId: 'FMfcgzQXJWDsKpQxvTn',
    subject: 'Re: Bảo hành máy lọc nước',
    requester: 'Lê Thị Hoa',
    authors: ['customer', 'agent', 'customer'],
    firstText: 'Máy lọc nước hỏng lần thứ ba trong tháng.\nTôi yêu cầu đổi máy mới.',
    editorInDom: true,
  },
];

afterEach(() => configureSites({ genericFallback: false, customSites: [] }));

describe.each(CASES)('$site adapter', (c) => {
  const adapter = adapters.find((a) => a.id === c.site)!;

  it('reads the ticket from its fixture: id, subject, requester, who wrote what', () => {
    load(c.site, c.path);
    const ticket = adapter.readTicket(document);
    expect(ticket).toMatchObject({ site: c.site, ticketId: c.ticketId, subject: c.subject, requester: { name: c.requester } });
    expect(ticket?.messages.map((m) => m.author)).toEqual(c.authors);
    expect(ticket?.messages[0]?.text).toBe(c.firstText);
    if (c.editorInDom) expect(adapter.findReplyEditor(document)?.getAttribute('contenteditable')).toBe('true');
  });

  it('is picked by its URL on its own host, and by its DOM signature on a custom domain', () => {
    expect(urlMatches(adapter, c.url)).toBe(true);
    load(c.site, c.path);
    expect(pickAdapter(c.url, document)?.id).toBe(c.site);
    expect(pickAdapter(`https://support.custom.example${c.path}`, document)?.id).toBe(c.site);
  });
});

describe('falling back', () => {
  it('hands over to the generic adapter when a named adapter finds no conversation', () => {
    load('generic', '/tickets/3307');
    configureSites({ genericFallback: true, customSites: [{ pattern: 'https://desk.acme.example/*', adapter: 'freshdesk' }] });
    const adapter = pickAdapter('https://desk.acme.example/tickets/3307', document)!;
    expect(adapter.id).toBe('freshdesk');
    const ticket = adapter.readTicket(document);
    expect(ticket?.site).toBe('generic');
    expect(ticket?.messages.map((m) => m.text)).toEqual([
      'I have been locked out of my account for two days and nobody answers.',
      "Hello Olu, I've reset the lock, please try again.",
      'Still locked. This is ridiculous, I pay for this service every month!',
    ]);
    expect(adapter.findReplyEditor(document)?.tagName).toBe('TEXTAREA');
  });

  it('gives the generic adapter to unknown pages only where the content script runs by choice', () => {
    load('generic', '/tickets/3307');
    expect(pickAdapter('https://desk.acme.example/tickets/3307', document)).toBeNull();
    configureSites({ genericFallback: true });
    expect(pickAdapter('https://desk.acme.example/tickets/3307', document)).toBe(generic);
  });

  it('uses the adapter the user picked for a custom site, even without its signature', () => {
    load('generic', '/tickets/3307');
    configureSites({ genericFallback: true, customSites: [{ pattern: 'https://desk.acme.example/*', adapter: 'help-scout' }] });
    expect(pickAdapter('https://desk.acme.example/x', document)?.id).toBe('help-scout');
    expect(pickAdapter('https://other.example/x', document)).toBe(generic);
  });

  it('says "no ticket" (null) on a page without a conversation, and never throws', () => {
    document.body.innerHTML = '<main><h1>Dashboard</h1><p>Welcome back.</p><textarea></textarea></main>';
    configureSites({ genericFallback: true });
    for (const adapter of [...adapters, generic]) {
      expect(() => adapter.readTicket(document)).not.toThrow();
      expect(adapter.readTicket(document)).toBeNull();
    }
  });
});
