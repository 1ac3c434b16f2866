import { useEffect, useState } from 'react';
import { SiteSettings, type SiteStatus } from '../../components/site-settings';
import type { CustomSite } from '../../lib/sites/custom';
import { customSitesItem, loadCustomSites } from '../../lib/store/custom-sites';
import { addCustomSite, removeCustomSite, setCustomSiteAdapter } from './sites-client';

/** The "Sites" tab: helpdesks on custom domains, bound to storage and the permission prompt. */
export function SitesSection() {
  const [sites, setSites] = useState<readonly CustomSite[]>([]);
  const [status, setStatus] = useState<SiteStatus | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const reload = () => void loadCustomSites().then(setSites, () => {});
    reload();
    return customSitesItem.watch(reload);
  }, []);

  const run = (host: string, work: Promise<SiteStatus>) => {
    setBusy(true);
    work
      .catch((error: unknown): SiteStatus => ({ kind: 'error', host, detail: String(error) }))
      .then((next) => {
        setStatus(next);
        setBusy(false);
      });
  };

  return (
    <SiteSettings
      sites={sites}
      status={status}
      busy={busy}
      // The permission request must start inside the click: addCustomSite is called before any await.
      onAdd={(site) =>
        run(
          site.host,
          addCustomSite(site).then((r): SiteStatus =>
            r.status === 'error' ? { kind: 'error', host: site.host, detail: r.reason } : { kind: r.status, host: site.host },
          ),
        )
      }
      onRemove={(site) => run(site.host, removeCustomSite(site).then((): SiteStatus => ({ kind: 'removed', host: site.host })))}
      onChangeAdapter={(site, adapter) => void setCustomSiteAdapter(site, adapter)}
    />
  );
}
