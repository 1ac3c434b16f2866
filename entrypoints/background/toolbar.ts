import { browser } from '#imports';

/** Firefox's sidebar API, which the Chrome-shaped `browser` types don't describe. */
interface SidebarAction {
  toggle(): Promise<void>;
}

/**
 * The toolbar button opens and closes the panel. Chrome does it itself once told to (setPanelBehavior);
 * Firefox has no such setting, so the button's click toggles the sidebar. toggle() has to run inside the
 * click's handler, without awaiting anything first, or Firefox refuses it as not caused by the user.
 */
export function startToolbarButton() {
  if (browser.sidePanel) {
    browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => {});
    return;
  }
  const sidebar = (browser as unknown as { sidebarAction?: SidebarAction }).sidebarAction;
  if (!sidebar) return;
  const action = browser.action ?? browser.browserAction;
  action.onClicked.addListener(() => {
    void sidebar.toggle();
  });
}
