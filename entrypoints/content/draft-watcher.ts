import type { ContentScriptContext } from '#imports';
import { readDraft } from '../../lib/insert/draft';
import type { Draft } from '../../lib/messaging';

/** Typing comes in bursts; the coach only needs the draft once the agent pauses. */
const PAUSE_MS = 300;

/**
 * Reports the reply draft as the agent types, for the draft coach. Silent until a side panel has asked
 * for the draft once, so agents who never open the panel pay nothing beyond a cheap event check.
 */
export function watchDraft(ctx: ContentScriptContext, findEditor: () => HTMLElement | null, onChange: (draft: Draft) => void) {
  let wanted = false;
  let last: string | null = null;
  let timer: number | undefined;

  const read = (): Draft => {
    const editor = findEditor();
    return editor ? { text: readDraft(editor).text, hasEditor: true } : { text: '', hasEditor: false };
  };
  const report = () => {
    timer = undefined;
    const draft = read();
    if (draft.text === last) return;
    last = draft.text;
    onChange(draft);
  };
  const schedule = () => {
    if (!wanted) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = ctx.setTimeout(report, PAUSE_MS);
  };
  const onEdit = (event: Event) => {
    if (!wanted) return;
    const editor = findEditor();
    if (editor && event.target instanceof Node && editor.contains(event.target)) schedule();
  };
  ctx.addEventListener(document, 'input', onEdit, { capture: true });
  // Some editors re-render without an input event reaching the document (IME commits, undo via toolbar).
  ctx.addEventListener(document, 'keyup', onEdit, { capture: true });

  return {
    get(): Draft {
      wanted = true;
      const draft = read();
      last = draft.text;
      return draft;
    },
    /** Our own insertions fire no input event: re-read after them. */
    changed: schedule,
  };
}
