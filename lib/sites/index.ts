import type { SiteAdapter, TicketSnapshot } from './types';
import { generic } from './generic';
import { zendesk } from './zendesk';
import { freshdesk } from './freshdesk';
import { helpScout } from './help-scout';
import { intercom } from './intercom';
import { front } from './front';
import { gorgias } from './gorgias';
import { zohoDesk } from './zoho-desk';
import { hubspot } from './hubspot';
import { gmail } from './gmail';
import { freescout } from './freescout';
import { osticket } from './osticket';
import { requestTracker } from './request-tracker';

export type { SiteAdapter, TicketSnapshot, TicketMessage, Author, ReplyEditor } from './types';
export { generic };

/** Every adapter the extension ships for a named helpdesk, most specific first. Not the generic one. */
export const adapters: readonly SiteAdapter[] = [
  zendesk,
  freshdesk,
  helpScout,
  intercom,
  front,
  gorgias,
  zohoDesk,
  hubspot,
  gmail,
  freescout,
  osticket,
  requestTracker,
];

/** What the user chose for a site they added: a named adapter, the generic one, or detection by page. */
export type AdapterChoice = 'auto' | 'generic' | (string & {});

export function adapterById(id: string): SiteAdapter | null {
  return id === generic.id ? generic : (adapters.find((a) => a.id === id) ?? null);
}

const compiled = new Map<string, RegExp>();

/** Converts a Chrome match pattern (`https://*.example.com/*`) into a RegExp over full URLs (compiled once). */
export function matchPatternToRegExp(pattern: string): RegExp {
  let re = compiled.get(pattern);
  if (!re) compiled.set(pattern, (re = compilePattern(pattern)));
  return re;
}

function compilePattern(pattern: string): RegExp {
  const m = /^(\*|https?):\/\/(\*|\*\.[^/*]+|[^/*]+)(\/.*)$/.exec(pattern);
  if (!m) throw new Error(`Invalid match pattern: ${pattern}`);
  const [, scheme = '', host = '', path = ''] = m;
  const esc = (s: string) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  const schemeRe = scheme === '*' ? 'https?' : scheme;
  const hostRe = host === '*' ? '[^/]+' : host.startsWith('*.') ? `(?:[^/]+\\.)?${esc(host.slice(2))}` : esc(host);
  const pathRe = esc(path).replace(/\*/g, '.*');
  return new RegExp(`^${schemeRe}://${hostRe}(?::\\d+)?${pathRe}$`);
}

export function urlMatches(adapter: SiteAdapter, url: string): boolean {
  return adapter.matches.some((pattern) => matchPatternToRegExp(pattern).test(url));
}

interface SiteConfig {
  /** The content script runs only where the user or the manifest put it: there, fall back to generic. */
  genericFallback: boolean;
  /** Sites the user added in the options page, by match pattern. */
  customSites: readonly { pattern: string; adapter: AdapterChoice }[];
}

const config: SiteConfig = { genericFallback: false, customSites: [] };

/** Set by the content script: where it runs, and which adapter the user chose for custom sites. */
export function configureSites(options: Partial<SiteConfig>): void {
  Object.assign(config, options);
}

const safely = <T>(read: () => T, fallback: T): T => {
  try {
    return read();
  } catch {
    return fallback;
  }
};

/** A named adapter that hands over to the generic one when it can't find the conversation or the editor. */
function withGenericFallback(adapter: SiteAdapter): SiteAdapter {
  return {
    ...adapter,
    readTicket: (doc): TicketSnapshot | null =>
      safely(() => adapter.readTicket(doc), null) ?? safely(() => generic.readTicket(doc), null),
    findReplyEditor: (doc) => safely(() => adapter.findReplyEditor(doc), null) ?? safely(() => generic.findReplyEditor(doc), null),
    conversationRoot: (doc) =>
      safely(() => adapter.conversationRoot?.(doc) ?? null, null) ?? safely(() => generic.conversationRoot?.(doc) ?? null, null),
  };
}
const wrapped = new WeakMap<SiteAdapter, SiteAdapter>();
const fallbackFor = (adapter: SiteAdapter) => {
  if (!wrapped.has(adapter)) wrapped.set(adapter, withGenericFallback(adapter));
  return wrapped.get(adapter)!;
};

function bySignature(document: Document): SiteAdapter | null {
  return adapters.find((a) => safely(() => a.signature(document), false)) ?? null;
}

/**
 * The adapter for a page: the one whose host patterns match; else the one the user picked for this
 * custom site; else (custom domains, the test build's localhost) the first whose DOM signature is
 * present. Where the content script runs by choice (genericFallback), a named adapter falls back to the
 * generic one when it can't read the page, and a page nothing recognises gets the generic one.
 * Null when nothing recognises the page and no fallback is configured.
 */
export function pickAdapter(url: string, document: Document): SiteAdapter | null {
  const custom = config.customSites.find((site) => safely(() => matchPatternToRegExp(site.pattern).test(url), false));
  const chosen =
    adapters.find((a) => urlMatches(a, url)) ??
    (custom && custom.adapter !== 'auto' ? adapterById(custom.adapter) : null) ??
    bySignature(document);
  if (!config.genericFallback) return chosen;
  if (!chosen || chosen === generic) return generic;
  return fallbackFor(chosen);
}

/** Hosts the published build runs on and asks permission for: every named adapter's own hosts. */
export const HELPDESK_MATCHES: string[] = [...new Set(adapters.flatMap((a) => a.matches))];
