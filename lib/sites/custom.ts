// zod/mini: this module is part of the content script, which must stay small.
import { z } from 'zod/mini';
import { adapters, HELPDESK_MATCHES, matchPatternToRegExp, type AdapterChoice } from './index';

/**
 * Sites the user adds in the options page (a self-hosted or custom-domain helpdesk): the host, and which
 * adapter reads it. Pure functions: the options page validates with them, the background registers the
 * content script from them, the content script picks the adapter from them.
 */
export const CustomSiteSchema = z.object({
  /** Lower-case host, optionally with a leading "*." for every subdomain. No port, no path. */
  host: z.string().check(z.minLength(1), z.maxLength(253)),
  scheme: z.enum(['https', 'http']),
  adapter: z.string().check(z.minLength(1), z.maxLength(40)),
});
export type CustomSite = z.infer<typeof CustomSiteSchema> & { adapter: AdapterChoice };
export const CustomSitesSchema = z.array(CustomSiteSchema).check(z.maxLength(50));

/** Where the user's sites are stored (storage.local); the content script reads it with the bare API. */
export const CUSTOM_SITES_KEY = 'customSites';

export type SiteInputError = 'empty' | 'invalid' | 'builtin' | 'duplicate' | 'unknown-adapter';

const HOST = /^(\*\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/;

/** The adapters a user may pick for a custom site, in the order the options page lists them. */
export const ADAPTER_CHOICES: readonly { id: AdapterChoice; name: string }[] = [
  { id: 'auto', name: 'auto' },
  ...adapters.map((a) => ({ id: a.id, name: a.name })),
  { id: 'generic', name: 'generic' },
];

/** The match pattern for a site: its scheme and host, every path. Chrome ignores the port in patterns. */
export const patternFor = (site: Pick<CustomSite, 'host' | 'scheme'>) => `${site.scheme}://${site.host}/*`;

/** The id of the registered content script for a site: stable, and only letters, digits, - and _. */
export const scriptIdFor = (site: Pick<CustomSite, 'host' | 'scheme'>) =>
  `calmreply-site-${site.scheme}-${site.host.replace(/^\*\./, 'any.').replace(/[^a-z0-9-]/g, '_')}`;

/**
 * Reads what the user typed ("support.acme.com", "https://help.acme.io/agent/tickets", "*.acme.com",
 * "http://intranet-desk") into a site, or says why it can't be added.
 */
export function parseSiteInput(
  input: string,
  adapter: AdapterChoice,
  existing: readonly CustomSite[] = [],
): { ok: true; site: CustomSite } | { ok: false; error: SiteInputError } {
  const raw = input.trim().toLowerCase();
  if (!raw) return { ok: false, error: 'empty' };
  if (!ADAPTER_CHOICES.some((c) => c.id === adapter)) return { ok: false, error: 'unknown-adapter' };
  const schemeMatch = /^([a-z]+):\/\//.exec(raw);
  const scheme = schemeMatch?.[1] ?? 'https';
  if (scheme !== 'https' && scheme !== 'http') return { ok: false, error: 'invalid' };
  const rest = schemeMatch ? raw.slice(schemeMatch[0].length) : raw;
  const host = rest.split(/[/?#]/)[0]!.replace(/:\d+$/, '').replace(/\.$/, '');
  if (!host || host.includes('@') || !HOST.test(host) || host.length > 253) return { ok: false, error: 'invalid' };
  const site: CustomSite = { host, scheme, adapter };
  // Hosts the extension already runs on need no extra permission.
  const probe = `${scheme}://${host.replace(/^\*\./, 'x.')}/`;
  if (HELPDESK_MATCHES.some((p) => matchPatternToRegExp(p).test(probe))) return { ok: false, error: 'builtin' };
  if (existing.some((s) => s.host === host && s.scheme === scheme)) return { ok: false, error: 'duplicate' };
  return { ok: true, site };
}

/** Stored data from an older or damaged version: keep what is valid, drop the rest. */
export function cleanSites(value: unknown): CustomSite[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    const parsed = CustomSiteSchema.safeParse(item);
    return parsed.success && HOST.test(parsed.data.host) ? [parsed.data as CustomSite] : [];
  });
}
