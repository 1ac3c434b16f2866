import { browser } from '#imports';
import { patternFor, type CustomSite } from '../../lib/sites/custom';
import { customSitesItem, loadCustomSites } from '../../lib/store/custom-sites';

export type AddSiteResult = { status: 'added' } | { status: 'denied' } | { status: 'error'; reason: string };

const sameSite = (a: Pick<CustomSite, 'host' | 'scheme'>, b: Pick<CustomSite, 'host' | 'scheme'>) =>
  a.host === b.host && a.scheme === b.scheme;

/**
 * Asks for the host's permission and saves the site. Call it straight from the click handler: Chrome shows
 * the permission prompt only inside a user gesture, and any await before the request loses the gesture.
 */
export function addCustomSite(site: CustomSite): Promise<AddSiteResult> {
  const request = browser.permissions.request({ origins: [patternFor(site)] });
  return request.then(
    async (granted) => {
      if (!granted) return { status: 'denied' } as const;
      const sites = await loadCustomSites();
      await customSitesItem.setValue([...sites.filter((s) => !sameSite(s, site)), site]);
      return { status: 'added' } as const;
    },
    (error: unknown) => ({ status: 'error', reason: String(error) }) as const,
  );
}

/** Forgets the site and gives its host permission back; the background unregisters the content script. */
export async function removeCustomSite(site: Pick<CustomSite, 'host' | 'scheme'>): Promise<void> {
  const sites = await loadCustomSites();
  await customSitesItem.setValue(sites.filter((s) => !sameSite(s, site)));
  // A host that is also a built-in one (or the test build's) can't be removed: that is fine.
  await browser.permissions.remove({ origins: [patternFor(site)] }).catch(() => false);
}

/** Changes which adapter reads a site; the permission stays. */
export async function setCustomSiteAdapter(site: Pick<CustomSite, 'host' | 'scheme'>, adapter: CustomSite['adapter']): Promise<void> {
  const sites = await loadCustomSites();
  await customSitesItem.setValue(sites.map((s) => (sameSite(s, site) ? { ...s, adapter } : s)));
}
