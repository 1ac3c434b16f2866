import { ContentScriptContext as WxtContext } from 'wxt/utils/content-script-context';

/** Where the live copy of each content script of this extension registers, in the content scripts' own world. */
const LIVE_COPIES = Symbol.for('calmreply.live-content-scripts');

/**
 * WXT's content-script context, without a way for the helpdesk page to switch CalmReply off or spot it.
 *
 * WXT 0.21 tells an older copy of a content script that a newer one started through the page: a DOM event
 * on `document` named `<extension id>:<script>:wxt:content-script-started`, also posted to the page with
 * window.postMessage. The page saw the name (and so that CalmReply runs, and its id) and could send the
 * same event, which invalidated the script until reload. Here the copies meet in the content scripts'
 * isolated world, whose globals no page script can reach: a newer copy of the same script in this frame
 * stops the older one directly, and nothing is dispatched in the page. A copy left behind by an extension
 * update whose world is not shared stops at its next check that the extension is still there.
 * wxt.config.ts resolves `wxt/utils/content-script-context` to this file for WXT's content-script entry.
 */
export class ContentScriptContext extends WxtContext {
  override stopOldScripts(): void {
    const live = ((globalThis as Record<symbol, Map<string, () => void> | undefined>)[LIVE_COPIES] ??= new Map());
    // Set by WXT's constructor before it calls this method.
    const name = (this as unknown as { contentScriptName: string }).contentScriptName;
    live.get(name)?.();
    live.set(name, () => this.notifyInvalidated());
  }

  override listenForNewerScripts(): void {
    // A newer copy calls the older one's entry above; there is nothing in the page to listen to.
  }
}
