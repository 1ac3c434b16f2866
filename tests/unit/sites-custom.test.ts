import { describe, expect, it } from 'vitest';
import { cleanSites, parseSiteInput, patternFor, scriptIdFor } from '../../lib/sites/custom';
import { HELPDESK_MATCHES } from '../../lib/sites';

describe('adding a custom helpdesk site', () => {
  it('reads a host, a URL or a wildcard into a site with its match pattern', () => {
    expect(parseSiteInput('support.acme.com', 'generic')).toEqual({ ok: true, site: { host: 'support.acme.com', scheme: 'https', adapter: 'generic' } });
    const url = parseSiteInput('  HTTP://Desk.Intranet:8080/agent/tickets/1 ', 'auto');
    expect(url).toEqual({ ok: true, site: { host: 'desk.intranet', scheme: 'http', adapter: 'auto' } });
    const wildcard = parseSiteInput('*.acme.io', 'freshdesk');
    expect(wildcard.ok && patternFor(wildcard.site)).toBe('https://*.acme.io/*');
  });

  it('refuses what it cannot add, saying why', () => {
    expect(parseSiteInput('   ', 'generic')).toEqual({ ok: false, error: 'empty' });
    expect(parseSiteInput('ftp://files.acme.com', 'generic')).toEqual({ ok: false, error: 'invalid' });
    expect(parseSiteInput('not a host!', 'generic')).toEqual({ ok: false, error: 'invalid' });
    expect(parseSiteInput('user@evil.example', 'generic')).toEqual({ ok: false, error: 'invalid' });
    expect(parseSiteInput('*', 'generic')).toEqual({ ok: false, error: 'invalid' });
    expect(parseSiteInput('acme.zendesk.com', 'generic')).toEqual({ ok: false, error: 'builtin' });
    expect(parseSiteInput('desk.acme.com', 'no-such-adapter')).toEqual({ ok: false, error: 'unknown-adapter' });
    const existing = [{ host: 'desk.acme.com', scheme: 'https' as const, adapter: 'generic' }];
    expect(parseSiteInput('https://desk.acme.com', 'auto', existing)).toEqual({ ok: false, error: 'duplicate' });
  });

  it('gives each site a content-script id that Chrome accepts', () => {
    expect(scriptIdFor({ host: '*.acme.io', scheme: 'https' })).toMatch(/^[a-z0-9_-]+$/);
    expect(scriptIdFor({ host: 'a.b', scheme: 'http' })).not.toBe(scriptIdFor({ host: 'a.b', scheme: 'https' }));
  });

  it('keeps only valid entries from damaged storage', () => {
    expect(cleanSites(null)).toEqual([]);
    expect(cleanSites([{ host: 'ok.example', scheme: 'https', adapter: 'auto' }, { host: 'bad host', scheme: 'https', adapter: 'auto' }, 7])).toEqual([
      { host: 'ok.example', scheme: 'https', adapter: 'auto' },
    ]);
  });

  it('never publishes the generic adapter as a host permission', () => {
    expect(HELPDESK_MATCHES.every((p) => p.startsWith('https://') && !p.startsWith('https://*/'))).toBe(true);
  });
});
