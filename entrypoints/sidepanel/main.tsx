// First: zod's settings must be in place before any schema runs (lib/zod-config.ts).
import '../../lib/zod-config';
import { createRoot } from 'react-dom/client';
import { browser } from '#imports';
import { I18nContext, type Translate } from '../../components/i18n';
import { createPacksStore } from '../../lib/store/packs-store';
import { createPanelStore } from '../../lib/store/panel-store';
import { createStoragePacksSource, createStorageUsageSource } from '../../lib/store/storage-source';
import { createUsageStore } from '../../lib/store/usage-store';
import { App } from './app';
import { createBrowserPanelClient } from './client';
import './style.css';

const t: Translate = (key, ...subs) => browser.i18n.getMessage(key as never, subs) || key;
const uiLang = browser.i18n.getUILanguage().toLowerCase().startsWith('vi') ? 'vi' : 'en';
document.documentElement.lang = uiLang;

const store = createPanelStore(createBrowserPanelClient());
void store.getState().refresh();
void store.getState().refreshDraft();
const packsStore = createPacksStore(createStoragePacksSource());
void packsStore.getState().refresh();
const usageStore = createUsageStore(createStorageUsageSource());

createRoot(document.getElementById('root')!).render(
  <I18nContext.Provider value={t}>
    <App store={store} packsStore={packsStore} usageStore={usageStore} uiLang={uiLang} />
  </I18nContext.Provider>,
);
