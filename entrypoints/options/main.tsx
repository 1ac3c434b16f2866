// First: zod's settings must be in place before any schema runs (lib/zod-config.ts).
import '../../lib/zod-config';
import { createRoot } from 'react-dom/client';
import { browser } from '#imports';
import { I18nContext, type Translate } from '../../components/i18n';
import { OptionsPage } from '../../components/options/options-page';
import { createOptionsStore } from '../../lib/store/options-store';
import { createBrowserOptionsClient } from './client';
import { SitesSection } from './sites-section';
import './style.css';

const t: Translate = (key, ...subs) => browser.i18n.getMessage(key as never, subs) || key;
const uiLang = browser.i18n.getUILanguage().toLowerCase().startsWith('vi') ? 'vi' : 'en';
document.documentElement.lang = uiLang;
document.title = t('optTitle');

const store = createOptionsStore(createBrowserOptionsClient());
void store.getState().load();

// Helpdesks on custom domains get their own "Sites" tab.
const sites = <SitesSection />;

createRoot(document.getElementById('root')!).render(
  <I18nContext.Provider value={t}>
    <OptionsPage store={store} uiLang={uiLang} sites={sites} />
  </I18nContext.Provider>,
);
