import type { CDPSession, Page } from 'playwright-core';

/**
 * The search palette lives in a closed shadow root, which the page (and Playwright's locators) can't
 * enter. DevTools can: these helpers find the root through the DevTools protocol (Chromium only) and run
 * a function on it in the page's main world, to read what the agent sees and where it is on screen.
 */

const sessions = new WeakMap<Page, Promise<CDPSession>>();
const sessionFor = (page: Page) => {
  let session = sessions.get(page);
  if (!session) {
    session = page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  return session;
};

interface DomNode {
  localName?: string;
  backendNodeId: number;
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
}

function findHost(node: DomNode): DomNode | null {
  if (node.localName === 'calmreply-palette') return node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const found = findHost(child);
    if (found) return found;
  }
  return null;
}

/** Runs `fn(shadowRoot, arg)` on the palette's shadow root; null when no palette is in the page. */
export async function inPalette<T, A = undefined>(page: Page, fn: (root: ShadowRoot, arg: A) => T, arg?: A): Promise<T | null> {
  const cdp = await sessionFor(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const shadow = findHost(root)?.shadowRoots?.[0];
  if (!shadow) return null;
  const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
  try {
    const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId!,
      functionDeclaration: `function (arg) { return (${fn.toString()})(this, arg); }`,
      arguments: [{ value: arg }],
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(`in the palette: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value as T;
  } finally {
    await cdp.send('Runtime.releaseObject', { objectId: object.objectId! });
  }
}

/** What the palette shows, as the agent sees it. */
export interface PaletteView {
  /** The palette's card is open and has a size on screen. */
  shown: boolean;
  /** The dialog is modal: shown with showModal(), so it is in the top layer. */
  modal: boolean;
  /** The search field has focus. */
  focused: boolean;
  query: string;
  /** Text of each result row, in order. */
  options: string[];
  /** The highlighted row: its whole text and its preview (the phrase as it will be inserted). */
  active: { text: string; preview: string } | null;
  /** Suggestion groups (one per step) shown for an empty query. */
  groups: number;
  status: string;
  note: string | null;
  empty: string | null;
  shortcut: string | null;
  /** The dialog's accessible name. */
  label: string | null;
  /** Everything the dialog shows, as laid out text. */
  text: string;
}

/**
 * What the palette shows, read from its shadow root. It runs inside the page (either browser's helper sends
 * its source there), so it uses nothing from outside its own body.
 */
export function readPaletteView(root: ShadowRoot): PaletteView {
  const text = (el: Element | null) => (el ? (el.textContent ?? '').replace(/\s+/g, ' ').trim() : null);
  const dialog = root.querySelector('dialog');
  const input = root.querySelector<HTMLInputElement>('input[role="combobox"]');
  const active = root.querySelector('[role="option"][aria-selected="true"]');
  const rect = root.querySelector('.palette')?.getBoundingClientRect();
  return {
    shown: (dialog ? dialog.open : true) && !!rect && rect.width > 0 && rect.height > 0,
    modal: !!dialog?.matches(':modal'),
    focused: !!input && root.activeElement === input,
    query: input?.value ?? '',
    options: [...root.querySelectorAll('[role="option"]')].map((el) => text(el) ?? ''),
    // The preview exactly as it will be inserted (line breaks kept).
    active: active ? { text: text(active) ?? '', preview: active.querySelector('.preview')?.textContent ?? '' } : null,
    groups: root.querySelectorAll('[role="group"]').length,
    status: text(root.querySelector('[role="status"]')) ?? '',
    note: text(root.querySelector('[role="note"]')),
    empty: text(root.querySelector('.empty')),
    shortcut: text(root.querySelector('.shortcut')),
    label: root.querySelector('[role="dialog"], dialog')?.getAttribute('aria-label') ?? null,
    text: (dialog as HTMLElement | null)?.innerText ?? '',
  };
}

export async function paletteView(page: Page): Promise<PaletteView | null> {
  return inPalette(page, readPaletteView);
}

/** Shorthands for polling. */
export const paletteShown = async (page: Page) => (await paletteView(page))?.shown ?? false;
export const activePreview = async (page: Page) => (await paletteView(page))?.active?.preview ?? null;

/** Replaces the search field's text as the agent would (select all, type); the field must have focus. */
export async function fillSearch(page: Page, text: string): Promise<void> {
  await page.keyboard.press('Control+A');
  if (text) await page.keyboard.insertText(text);
  else await page.keyboard.press('Backspace');
}

/** The viewport centre of the first element matching `selector` in the palette (runs inside the page). */
export function centreIn(root: ShadowRoot, selector: string): { x: number; y: number } | null {
  const rect = root.querySelector(selector)?.getBoundingClientRect();
  return rect ? { x: rect.left + rect.width / 2, y: rect.top + Math.min(rect.height / 2, 20) } : null;
}

export async function centreOf(page: Page, selector: string): Promise<{ x: number; y: number } | null> {
  return inPalette(page, centreIn, selector);
}

/** A computed style property of the first element matching `selector` in the palette. */
export async function styleOf(page: Page, selector: string, property: string): Promise<string | null> {
  return inPalette(
    page,
    (root, { sel, prop }) => {
      const el = root.querySelector(sel);
      return el ? getComputedStyle(el).getPropertyValue(prop) : null;
    },
    { sel: selector, prop: property },
  );
}
