import { injectScript } from '#imports';
import type { PageWorldInserter } from '../../lib/insert';

let injected: Promise<void> | null = null;

/**
 * Hands the text to the page-world helper (entrypoints/insert-page-world.ts), injected on first use only.
 * Resolves false when the helper is missing, knows no API for the editor, or does not answer in time.
 */
export const insertInPageWorld: PageWorldInserter = async (editor, text) => {
  try {
    injected ??= injectScript('/insert-page-world.js').then(() => undefined);
    await injected;
  } catch {
    injected = null;
    return false;
  }
  const nonce = crypto.randomUUID();
  // The helper runs in the top page: an editor inside an iframe is addressed through its <iframe>.
  const target = editor.ownerDocument === document ? editor : (editor.ownerDocument.defaultView?.frameElement ?? null);
  if (!target) return false;
  return new Promise<boolean>((resolve) => {
    const done = (used: boolean) => {
      document.removeEventListener('calmreply:page-inserted', onAnswer);
      clearTimeout(timer);
      resolve(used);
    };
    const onAnswer = (event: Event) => {
      try {
        const answer = JSON.parse(String((event as CustomEvent).detail)) as { nonce?: string; used?: string };
        if (answer.nonce === nonce) done(Boolean(answer.used));
      } catch {
        // Not our answer.
      }
    };
    const timer = setTimeout(() => done(false), 1000);
    document.addEventListener('calmreply:page-inserted', onAnswer);
    target.dispatchEvent(new CustomEvent('calmreply:page-insert', { detail: JSON.stringify({ nonce, text }), bubbles: true, composed: true }));
  });
};
