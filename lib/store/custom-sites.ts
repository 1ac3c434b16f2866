import { storage } from '#imports';
import { cleanSites, CUSTOM_SITES_KEY, type CustomSite } from '../sites/custom';

/** The sites the user added; the background registers the content script on each, with its permission. */
export const customSitesItem = storage.defineItem<CustomSite[]>(`local:${CUSTOM_SITES_KEY}`, { fallback: [], version: 1 });

export async function loadCustomSites(): Promise<CustomSite[]> {
  return cleanSites(await customSitesItem.getValue());
}
