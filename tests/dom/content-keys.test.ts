import { describe, expect, it } from 'vitest';
import { createKeyHub } from '../../entrypoints/content/keys';

/** WXT's addEventListener, counting what the content script registers on the page. */
function fakeContext() {
  const registered: string[] = [];
  const controller = new AbortController();
  return {
    registered,
    stop: () => controller.abort(),
    addEventListener(target: EventTarget, type: string, handler: (event: KeyboardEvent) => void, options?: AddEventListenerOptions) {
      registered.push(type);
      target.addEventListener(type, handler as EventListener, { ...options, signal: controller.signal });
    },
  };
}

const press = (target: EventTarget, key: string) => target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));

describe('the content script’s one key listener', () => {
  it('registers one listener on the page however many features listen, and gives each every key', () => {
    const ctx = fakeContext();
    const keys = createKeyHub(ctx, () => true);
    const seen: string[][] = [[], [], []];
    const stops = seen.map((list) => keys.on((event) => list.push(event.key)));
    const input = document.body.appendChild(document.createElement('textarea'));
    press(input, 'a');
    press(document, 'b');
    expect(ctx.registered).toEqual(['keydown']);
    expect(seen).toEqual([['a', 'b'], ['a', 'b'], ['a', 'b']]);

    stops[1]!();
    press(input, 'c');
    expect(seen.map((list) => list.join(''))).toEqual(['abc', 'ab', 'abc']);
    ctx.stop();
    input.remove();
  });

  it('sees a key before the page’s own handlers, even one that stops it', () => {
    const ctx = fakeContext();
    const keys = createKeyHub(ctx, () => true);
    const seen: string[] = [];
    keys.on((event) => seen.push(event.key));
    const input = document.body.appendChild(document.createElement('input'));
    input.addEventListener('keydown', (event) => event.stopPropagation());
    document.addEventListener('keydown', (event) => event.stopImmediatePropagation(), { capture: true, once: true });
    press(input, 'x');
    expect(seen).toEqual(['x']);
    ctx.stop();
    input.remove();
  });

  it('ignores keys that a page script made (isTrusted false)', () => {
    const ctx = fakeContext();
    const keys = createKeyHub(ctx);
    const seen: string[] = [];
    keys.on((event) => seen.push(event.key));
    press(document, 'p');
    expect(seen).toEqual([]);
    ctx.stop();
  });
});
