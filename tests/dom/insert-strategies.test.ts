import { describe, expect, it } from 'vitest';
import { insertText, MESSAGES, saveSelection, type Strategy } from '../../lib/insert';

/** Fake strategies over a textarea: jsdom has no editing commands, the ordering logic is what is tested. */
function area(value = '', caret = value.length) {
  const el = document.createElement('textarea');
  el.value = value;
  document.body.replaceChildren(el);
  el.focus();
  el.setSelectionRange(caret, caret);
  return el;
}
const strategy = (name: string, apply: (el: HTMLTextAreaElement, text: string) => void): Strategy => ({
  name,
  applies: () => true,
  run: (el, text) => {
    apply(el as HTMLTextAreaElement, text);
    return true;
  },
});
const atCaret = (el: HTMLTextAreaElement, text: string) => el.setRangeText(text, el.selectionStart, el.selectionEnd, 'end');
const ignore = strategy('ignored', () => {});

describe('insertText', () => {
  it('tries strategies in order and reports the first that verifiably inserted once', async () => {
    const el = area('Hello world.', 6);
    const result = await insertText(el, 'dear ', undefined, { strategies: [ignore, strategy('works', atCaret)], settleMs: 20 });
    expect(result).toEqual({ status: 'inserted', strategy: 'works' });
    expect(el.value).toBe('Hello dear world.');
  });

  it('stops at a doubled insertion instead of trying more strategies', async () => {
    const el = area('Hi ');
    let thirdRan = false;
    const twice = strategy('twice', (e, t) => atCaret(e, t + t));
    const third = strategy('third', () => (thirdRan = true));
    const result = await insertText(el, 'Sorry!', undefined, { strategies: [twice, third], settleMs: 20 });
    expect(result).toEqual({ status: 'failed', why: 'duplicated', reason: MESSAGES.duplicated });
    expect(thirdRan).toBe(false);
  });

  it('restores the saved caret after focus moved away', async () => {
    const el = area('Hello world.', 5);
    const saved = saveSelection(el);
    const other = document.createElement('input');
    document.body.append(other);
    other.focus();
    el.setSelectionRange(0, 0);
    const result = await insertText(el, ',', saved, { strategies: [strategy('works', atCaret)], settleMs: 20 });
    expect(result.status).toBe('inserted');
    expect(el.value).toBe('Hello, world.');
  });

  it('fails with a clear reason when every strategy is ignored, and never throws', async () => {
    const el = area('');
    const broken = strategy('throws', () => {
      throw new Error('editor exploded');
    });
    expect(await insertText(el, 'x', undefined, { strategies: [ignore], settleMs: 10 })).toEqual({
      status: 'failed',
      why: 'rejected',
      reason: `${MESSAGES.rejected} (text box; tried ignored).`,
      detail: 'ignored',
    });
    expect(await insertText(el, 'x', undefined, { strategies: [broken], settleMs: 10 })).toEqual({ status: 'failed', why: 'error', reason: 'editor exploded', detail: 'editor exploded' });
    expect(await insertText(el, '  \n ', undefined, { strategies: [ignore] })).toEqual({ status: 'failed', why: 'empty', reason: MESSAGES.empty });
    el.remove();
    expect(await insertText(el, 'x')).toEqual({ status: 'failed', why: 'detached', reason: MESSAGES.detached });
  });
});
