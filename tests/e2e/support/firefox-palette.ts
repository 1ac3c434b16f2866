import type { Page } from 'puppeteer-core';
import { bidiOf, contextOf } from './firefox';
import { centreIn, readPaletteView, type PaletteView } from './palette';

/**
 * The palette's closed shadow root in Firefox. Page scripts can't enter it (`shadowRoot` is null for them),
 * but WebDriver BiDi hands a test the root of a closed shadow tree when asked to serialise its host with
 * `includeShadowTree: "all"`; the root then serves as `this` of a function run in the page. The same
 * readers as the Chromium helper (support/palette.ts) run there.
 */
export async function inFirefoxPalette<T, A = null>(page: Page, fn: (root: ShadowRoot, arg: A) => T, arg?: A): Promise<T | null> {
  const bidi = bidiOf(page.browser());
  const target = { context: contextOf(page) };
  const host = await bidi.send('script.evaluate', {
    expression: `document.querySelector('calmreply-palette')`,
    target,
    awaitPromise: false,
    resultOwnership: 'none',
    serializationOptions: { includeShadowTree: 'all', maxDomDepth: 0 },
  });
  const root = (host.result.result as { value?: { shadowRoot?: { sharedId?: string } | null } } | undefined)?.value?.shadowRoot;
  if (!root?.sharedId) return null;
  const called = await bidi.send('script.callFunction', {
    functionDeclaration: `function (arg) { return JSON.stringify((${fn.toString()})(this, JSON.parse(arg))); }`,
    this: { sharedId: root.sharedId },
    arguments: [{ type: 'string', value: JSON.stringify(arg ?? null) }],
    target,
    awaitPromise: false,
    resultOwnership: 'none',
  });
  if (called.result.type === 'exception') throw new Error(`in the palette: ${JSON.stringify(called.result.exceptionDetails)}`);
  return JSON.parse((called.result.result as { value: string }).value) as T;
}

export const firefoxPaletteView = (page: Page): Promise<PaletteView | null> => inFirefoxPalette(page, readPaletteView);

export const firefoxCentreOf = (page: Page, selector: string) => inFirefoxPalette(page, centreIn, selector);
