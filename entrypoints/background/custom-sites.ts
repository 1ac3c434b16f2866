import { browser } from '#imports';
import { patternFor, scriptIdFor, type CustomSite } from '../../lib/sites/custom';
import { customSitesItem, loadCustomSites } from '../../lib/store/custom-sites';

/** The content script's file in the build; the registered scripts load the same file as the manifest's. */
export const CONTENT_SCRIPT_FILE = 'content-scripts/content.js';
const ID_PREFIX = 'calmreply-site-';

type Registered = { id: string; matches?: string[] };

/**
 * Makes the registered content scripts match the user's custom sites: one script per site whose host
 * permission is granted, none for anything else. Safe to run any number of times.
 */
export async function syncCustomSites(sites?: CustomSite[]): Promise<{ registered: string[]; errors: string[] }> {
  const errors: string[] = [];
  const scripting = browser.scripting;
  if (!scripting?.registerContentScripts) return { registered: [], errors: ['scripting API unavailable'] };
  const wanted = new Map<string, string>();
  for (const site of sites ?? (await loadCustomSites())) {
    const pattern = patternFor(site);
    const granted = await browser.permissions.contains({ origins: [pattern] }).catch(() => false);
    if (granted) wanted.set(scriptIdFor(site), pattern);
  }
  const current = ((await scripting.getRegisteredContentScripts()) as Registered[]).filter((s) => s.id.startsWith(ID_PREFIX));
  const stale = current.filter((s) => wanted.get(s.id) !== s.matches?.[0]).map((s) => s.id);
  if (stale.length > 0) await scripting.unregisterContentScripts({ ids: stale }).catch((e: unknown) => errors.push(String(e)));
  const have = new Set(current.map((s) => s.id).filter((id) => !stale.includes(id)));
  const missing = [...wanted].filter(([id]) => !have.has(id));
  for (const [id, pattern] of missing) {
    await scripting
      .registerContentScripts([{ id, matches: [pattern], js: [CONTENT_SCRIPT_FILE], runAt: 'document_idle', persistAcrossSessions: true }])
      .catch((e: unknown) => errors.push(`${id}: ${String(e)}`));
  }
  if (errors.length > 0) console.warn('[CalmReply] custom sites:', errors);
  return { registered: [...wanted.keys()], errors };
}

/** Keeps the registrations in step with storage and with permissions the user revokes in the browser. */
export function setupCustomSites(): void {
  const run = (sites?: CustomSite[]) => syncCustomSites(sites).catch((e: unknown) => console.warn('[CalmReply] custom sites:', e));
  void run();
  // The options page saves the list (and releases a removed site's permission itself: other features may
  // hold host permissions too, so the background never revokes what it did not see granted for a site).
  customSitesItem.watch((value) => void run(value ?? []));
  // Permission revoked from the browser's own UI: the site goes from the list, and with it its script.
  browser.permissions.onRemoved.addListener(({ origins = [] }) => {
    void loadCustomSites().then(async (sites) => {
      const left = sites.filter((s) => !origins.includes(patternFor(s)));
      if (left.length !== sites.length) await customSitesItem.setValue(left);
      else await run(sites);
    });
  });
}
