// First: zod's settings must be in place before any schema runs (lib/zod-config.ts).
import '../../lib/zod-config';
import { browser, defineBackground } from '#imports';
import { assessTicket } from '../../lib/detect/ticket';
import { createListener } from '../../lib/messaging';
import { badgeFor } from './badge';
import { startPaletteCommand } from './commands';
import { setupCustomSites } from './custom-sites';
import { startTeamPackSubscription } from './subscription';
import { startToolbarButton } from './toolbar';

export default defineBackground(() => {
  startToolbarButton();
  startTeamPackSubscription();
  startPaletteCommand();
  setupCustomSites();

  browser.runtime.onMessage.addListener(
    createListener({
      ticketStateChanged: async (reading, sender) => {
        const tabId = (sender as { tab?: { id?: number } }).tab?.id;
        if (tabId === undefined) return null;
        // The detector runs here rather than in the helpdesk page: the page only reads the ticket.
        const badge = badgeFor(assessTicket(reading));
        const action = browser.action ?? browser.browserAction;
        await action.setBadgeText({ tabId, text: badge.text });
        await action.setBadgeBackgroundColor({ tabId, color: badge.color });
        return null;
      },
    }),
  );
});
