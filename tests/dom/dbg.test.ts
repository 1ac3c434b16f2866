import fc from 'fast-check';
import { it } from 'vitest';
import { generic } from '../../lib/sites';
import { SITE_PAGES } from './support/site-pages';
import { expected, tickets, variants } from './support/ticket-pages';
it('dbg', () => {
  const page = SITE_PAGES.find((p) => p.site === 'generic')!;
  fc.assert(fc.property(tickets(), variants(), (t, v) => {
    const { html, url } = page.render(t, v);
    document.body.innerHTML = html; window.history.replaceState(null, '', url);
    const r = generic.readWithEvidence!(document);
    const tk = r.snapshot;
    const got = tk ? { subject: tk.subject, requester: tk.requester.name, latest: tk.messages.filter((m) => m.author === 'customer').at(-1)?.text ?? null } : null;
    if (JSON.stringify(got) !== JSON.stringify(expected(t))) { console.log(JSON.stringify({got, want: expected(t), doubt: r.doubt, ev: r.evidence, msgs: tk?.messages}, null, 1)); console.log(html); return false; }
    return true;
  }), { numRuns: 30 });
}, 120000);
