import { browser } from '#imports';
import { envelope } from '../../lib/messaging';
import { PALETTE_COMMAND } from '../../lib/search/shortcut';

/**
 * The browser's own shortcut for the palette (manifest `commands`, rebindable at
 * chrome://extensions/shortcuts): tell the tab's content script to open or close it. Pages where the
 * content script doesn't run (no helpdesk) have no palette; the error is expected there.
 */
export function startPaletteCommand() {
  browser.commands?.onCommand.addListener((command, tab) => {
    if (command !== PALETTE_COMMAND) return;
    const send = (tabId: number) => browser.tabs.sendMessage(tabId, envelope('togglePalette', {})).catch(() => {});
    if (tab?.id !== undefined) {
      void send(tab.id);
      return;
    }
    browser.tabs
      .query({ active: true, currentWindow: true })
      .then(([active]) => active?.id !== undefined && send(active.id))
      .catch(() => {});
  });
}
