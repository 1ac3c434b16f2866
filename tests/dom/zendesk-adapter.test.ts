import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { pickAdapter, urlMatches } from '../../lib/sites';
import { zendesk } from '../../lib/sites/zendesk';

const load = (name: string, path = '/agent/tickets/981') => {
  document.body.innerHTML = readFileSync(`tests/fixtures/zendesk/${name}`, 'utf8');
  window.history.replaceState(null, '', path);
};

describe('zendesk adapter', () => {
  beforeEach(() => {
    document.body.textContent = '';
  });

  it('reads an Agent Workspace ticket: subject, requester, messages with authors, times', () => {
    load('snapshot-workspace.html');
    const ticket = zendesk.readTicket(document);
    expect(ticket).toMatchObject({
      site: 'zendesk',
      ticketId: '981',
      subject: 'Refund still missing',
      requester: { name: 'Priya Natarajan' },
    });
    expect(ticket?.messages.map((m) => m.author)).toEqual(['customer', 'agent', 'customer']);
    expect(ticket?.messages[0]?.text).toBe('I returned the blender two weeks ago.\nWhere is my money?');
    expect(ticket?.messages[0]?.time).toBe('2026-11-01T10:00:00Z');
    expect(zendesk.findReplyEditor(document)?.getAttribute('data-test-id')).toBe('omnicomposer-rich-text-ckeditor');
  });

  it('falls back to the classic interface', () => {
    load('snapshot-classic.html', '/agent/tickets/77');
    const ticket = zendesk.readTicket(document);
    expect(ticket?.subject).toBe('Wrong size delivered');
    expect(ticket?.requester.name).toBe('Tomás Ruiz');
    expect(ticket?.messages).toEqual([
      { author: 'customer', text: 'I ordered a medium and got a small.' },
      { author: 'agent', text: 'Sorry about that, Tomás.' },
    ]);
    expect(zendesk.findReplyEditor(document)?.getAttribute('role')).toBe('textbox');
  });

  it('returns null, without throwing, on a page it does not understand', () => {
    document.body.innerHTML = '<div class="dashboard"><h1>Views</h1></div>';
    window.history.replaceState(null, '', '/agent/tickets/5');
    expect(zendesk.readTicket(document)).toBeNull();
    window.history.replaceState(null, '', '/agent/dashboard');
    load('snapshot-workspace.html', '/agent/dashboard');
    expect(zendesk.readTicket(document)).toBeNull();
  });

  it('is picked by URL on zendesk.com and by DOM signature elsewhere', () => {
    expect(urlMatches(zendesk, 'https://acme.zendesk.com/agent/tickets/1')).toBe(true);
    expect(urlMatches(zendesk, 'https://zendesk.com.evil.example/agent')).toBe(false);
    load('snapshot-workspace.html');
    expect(pickAdapter('https://support.acme.example/agent/tickets/1', document)?.id).toBe('zendesk');
    document.body.innerHTML = '<main>Just a page</main>';
    expect(pickAdapter('https://example.org/', document)).toBeNull();
  });
});
