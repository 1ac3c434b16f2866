import { browser, createShadowRootUi, type ContentScriptContext, type ShadowRootContentScriptUi } from '#imports';
import { useMemo } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { useStore } from 'zustand';
import { I18nContext, type Translate } from '../../components/i18n';
import { Palette, type InsertAnswer } from '../../components/palette/palette';
import css from '../../components/palette/palette.css?inline';
import { assessTicket } from '../../lib/detect/ticket';
import { createPaletteFinder } from '../../lib/search/palette';
import type { PacksStore } from '../../lib/store/packs-store';
import { createStorageUsageSource } from '../../lib/store/storage-source';
import { createUsageStore, type UsageStore } from '../../lib/store/usage-store';
import { createContentPacksStore } from '../content/packs-client';
import type { PaletteHost, PaletteModule } from '../content/palette/host';
import { copyText } from './clipboard';

const t: Translate = (key, ...subs) => browser.i18n.getMessage(key as never, subs) || key;
const uiLanguage = (): 'vi' | 'en' => (browser.i18n.getUILanguage().toLowerCase().startsWith('vi') ? 'vi' : 'en');

interface AppProps {
  host: PaletteHost;
  initialQuery: string;
  store: PacksStore;
  usageStore: UsageStore;
  uiLang: 'vi' | 'en';
  close(returnFocus: boolean): void;
  scratch(): Element;
}

function PaletteApp({ host, initialQuery, store, usageStore, uiLang, close, scratch }: AppProps) {
  const { packs, settings, ready } = useStore(store);
  const { usage } = useStore(usageStore);
  // The content script only reads the ticket; the palette ranks by its assessment, made here on opening.
  const ticket = useMemo(() => assessTicket(host.ticket), [host.ticket]);
  const find = useMemo(
    () =>
      createPaletteFinder({
        packs,
        ticket,
        uiLang,
        agentName: settings.agentName,
        companyName: settings.companyName,
        // the form of address the agent picked for this ticket in the side panel
        honorific: ticket.kind === 'ticket' ? ticket.honorific : undefined,
        fillIns: ticket.kind === 'ticket' ? ticket.fillIns : undefined,
        usage,
      }),
    [packs, ticket, uiLang, settings.agentName, settings.companyName, usage],
  );
  return (
    <Palette
      find={find}
      canInsert={host.hasEditor}
      shortcut={host.shortcut}
      loading={!ready}
      initialQuery={initialQuery}
      fillIns={ticket.kind === 'ticket' ? ticket.fillIns : undefined}
      onInsert={async (item, { keepOpen, values }): Promise<InsertAnswer> => {
        const { text, caretBack } = item.insertion(values);
        const extras = {
          phraseKey: item.key,
          ...(caretBack ? { caretBack } : {}),
          ...(values && item.fields.length ? { fillIns: values } : {}),
        };
        const answer = await host.insert(text, { keepOpen, extras });
        // Focus is in the editor now, where the phrase went.
        if (answer.ok && !keepOpen) close(false);
        return answer;
      }}
      onCopy={(item) => copyText(item.insertion().text, scratch())}
      onClose={() => close(true)}
    />
  );
}

/**
 * Events the palette reacts to. Only the agent's own input counts: an event a page script made (isTrusted
 * false) is stopped at the shadow root's body, before React's listeners below it see it.
 */
const GUARDED_EVENTS = ['keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'change', 'click', 'dblclick', 'mousedown', 'mouseup', 'mousemove', 'pointerdown', 'pointerup', 'cancel', 'close', 'submit', 'paste', 'copy'];

function ignoreUntrusted(root: Element) {
  for (const type of GUARDED_EVENTS) {
    root.addEventListener(type, (event) => event.isTrusted || event.stopImmediatePropagation(), { capture: true });
  }
}

let packs: { ctx: ContentScriptContext; store: PacksStore; usage: UsageStore } | null = null;
let open: { ui: ShadowRootContentScriptUi<Root>; host: PaletteHost } | null = null;
let opening: Promise<void> | null = null;

function close(options: { returnFocus?: boolean } = {}) {
  const current = open;
  if (!current) return;
  open = null;
  // Leave React's event handler before unmounting the tree it runs in.
  current.host.ctx.setTimeout(() => {
    current.ui.remove();
    if (options.returnFocus) current.host.returnFocus();
  }, 0);
}

async function mount(host: PaletteHost) {
  // The packs store lives as long as the content script: reopening the palette finds packs and index ready.
  if (packs?.ctx !== host.ctx) {
    packs = {
      ctx: host.ctx,
      store: createContentPacksStore(host.ctx),
      usage: createUsageStore(createStorageUsageSource(), { signal: host.ctx.signal }),
    };
    // The UI is removed with the context (createShadowRootUi does that); forget it here too.
    host.ctx.onInvalidated(() => {
      open = null;
      packs = null;
    });
  }
  const { store, usage: usageStore } = packs;
  const uiLang = uiLanguage();
  let cancelled = false;
  const ui = await createShadowRootUi<Root>(host.ctx, {
    // An element named calmreply-*: the editor tracker knows focus in it is ours, not the agent's editor.
    name: 'calmreply-palette',
    // Closed: the page's scripts can't reach in to read the agent's phrases, name or company.
    mode: 'closed',
    // A zero-size box at the end of the page; the palette itself is a modal <dialog> in the top layer,
    // above whatever the page stacks, transforms or clips (components/palette/palette.tsx).
    position: 'overlay',
    // The helpdesk's own hotkeys must not fire while the agent types here.
    isolateEvents: true,
    css,
    onMount(container) {
      ignoreUntrusted(container);
      const app = document.createElement('div');
      app.lang = uiLang;
      container.append(app);
      const root = createRoot(app);
      const ahead = host.takeTypedAhead();
      cancelled = ahead.cancelled;
      // Rendered and focused before this returns, so no key falls between the catcher and the field.
      flushSync(() =>
        root.render(
          <I18nContext.Provider value={t}>
            <PaletteApp
              host={host}
              initialQuery={ahead.text}
              store={store}
              usageStore={usageStore}
              uiLang={uiLang}
              close={(returnFocus) => close({ returnFocus })}
              // Inside the dialog: while it is modal, the rest of the page (even our own body) is inert.
              scratch={() => container.querySelector('dialog') ?? container}
            />
          </I18nContext.Provider>,
        ),
      );
      return root;
    },
    onRemove(root) {
      root?.unmount();
    },
  });
  ui.mount();
  open = { ui, host };
  // Esc while it was loading: the agent changed their mind.
  if (cancelled) close({ returnFocus: true });
}

/** Registered on the content script's global when this script loads (see entrypoints/content/palette). */
export const palette: PaletteModule = {
  async open(host) {
    if (open) return;
    opening ??= mount(host).finally(() => (opening = null));
    await opening;
  },
  close,
  isOpen: () => open !== null,
};
