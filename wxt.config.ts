import { resolve } from 'node:path';
import { defineConfig, type WxtViteConfig } from 'wxt';
import { reactWithoutHtml } from './build/react-without-html';
import { HELPDESK_MATCHES } from './lib/sites';
import { DEFAULT_SHORTCUT, PALETTE_COMMAND } from './lib/search/shortcut';

/** The e2e build also runs on the local fixture server and picks the adapter by DOM signature there. */
export const TEST_MATCHES = ['http://localhost/*', 'http://127.0.0.1/*'];
/** Granted in the e2e build only, without a content script: the custom-site test registers one there. */
export const TEST_CUSTOM_SITE = 'http://custom-helpdesk.test/*';

/**
 * WXT's content-script entry builds its context from `wxt/utils/content-script-context`; ours extends it so
 * that the page can neither forge the "newer script started" event nor see it (entrypoints/content/guarded-context.ts).
 */
const GUARDED_CONTEXT = resolve(import.meta.dirname, 'entrypoints/content/guarded-context.ts');
const guardedContext: NonNullable<WxtViteConfig['plugins']>[number] = {
  name: 'calmreply-guarded-context',
  enforce: 'pre',
  resolveId(source: string, importer: string | undefined) {
    if (source !== 'wxt/utils/content-script-context' || importer?.startsWith(GUARDED_CONTEXT)) return null;
    return GUARDED_CONTEXT;
  },
};

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  imports: false,
  // Parallel work (and CI) may build into another folder; everything reads the same variable.
  outDir: process.env.CALMREPLY_OUT ?? '.output',
  // Source maps on request, for `npm run size` (which source costs how many bytes of each bundle).
  vite: (env) => {
    // The e2e build must run the code users get. WXT sets NODE_ENV to the mode ("e2e"), which gives React's
    // development build (other code, and console output: a DevTools advert, performance tracks). Vite and
    // the React plugin read NODE_ENV from the environment; WXT's own define is overridden by a plugin.
    if (env.mode === 'e2e') process.env.NODE_ENV = 'production';
    return {
      build: { sourcemap: process.env.CALMREPLY_SOURCEMAP === '1' },
      plugins: [
        reactWithoutHtml(),
        guardedContext,
        ...(env.mode === 'e2e' ? [{ name: 'calmreply-production-libraries', config: () => ({ define: { 'process.env.NODE_ENV': '"production"' } }) }] : []),
      ],
    };
  },
  // The e2e build gets its own output folder so it never overwrites the published build.
  outDirTemplate: '{{browser}}-mv{{manifestVersion}}{{modeSuffix}}',
  manifest: ({ mode, manifestVersion, browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // alarms: the subscribed team pack is re-checked every 6 hours; a service worker's timers die with it.
    // scripting: registerContentScripts puts the content script on helpdesks the user adds (custom domains,
    // self-hosted); MV3 has no other way to run a content script on a host granted at runtime.
    // sidePanel is Chrome's; Firefox shows the same page as its sidebar (sidebar_action) without a permission.
    permissions: ['storage', ...(browser === 'firefox' ? [] : ['sidePanel']), 'alarms', 'scripting'],
    host_permissions: mode === 'e2e' ? [...HELPDESK_MATCHES, ...TEST_MATCHES, TEST_CUSTOM_SITE] : HELPDESK_MATCHES,
    // Asked for one origin at a time, at runtime, when the user acts: a team pack URL's host (and
    // helpdesks on custom domains). Nothing is granted at install.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // Firefox MV2 has no optional_host_permissions (WXT drops it there): the same hosts as optional permissions.
    ...(manifestVersion === 2 ? { optional_permissions: ['https://*/*', 'http://*/*'] } : {}),
    // The page-world insertion helper, injected only when an editor accepts nothing else (helpdesks on
    // custom domains need it too), and palette.js, the search palette, which the content script import()s
    // on first use. use_dynamic_url: they are served only at an address that changes every browser session
    // and that only runtime.getURL knows, so a website can't probe chrome-extension://<id>/palette.js to
    // tell that the agent runs CalmReply.
    web_accessible_resources:
      manifestVersion === 2
        ? ['insert-page-world.js', 'palette.js']
        : [{ resources: ['insert-page-world.js', 'palette.js'], matches: ['https://*/*', 'http://*/*'], use_dynamic_url: true }],
    // The search palette's shortcut; users rebind it in the browser's shortcut settings.
    commands: {
      [PALETTE_COMMAND]: { suggested_key: { default: DEFAULT_SHORTCUT }, description: '__MSG_commandOpenPalette__' },
    },
    // The administrator's policy (team pack URL, lock) arrives through managed storage. Chrome checks it
    // against this schema; Firefox takes the keys from policies.json as they are and warns about the key.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed-schema.json' } }),
    // Firefox puts a new extension's button in its Extensions menu unless it asks for the toolbar.
    action: { default_title: '__MSG_actionTitle__', ...(browser === 'firefox' ? { default_area: 'navbar' } : {}) },
    browser_specific_settings: {
      // Nothing leaves the browser: customer text is read and assessed locally. Firefox 140 (an ESR) is the
      // first to know data_collection_permissions; an older minimum makes web-ext lint warn.
      gecko: { id: 'calmreply@calmreply.app', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
      // Firefox for Android learnt data_collection_permissions in 142.
      gecko_android: { strict_min_version: '142.0' },
    },
  }),
  hooks: {
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.mode !== 'e2e') return;
      for (const script of manifest.content_scripts ?? []) {
        script.matches = [...new Set([...(script.matches ?? []), ...TEST_MATCHES])];
      }
    },
  },
});
