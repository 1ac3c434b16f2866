import type { ContentScriptContext } from '#imports';
import { readDraft } from '../../lib/insert/draft';
import type { Draft } from '../../lib/messaging';
import type { KeyHub } from './keys';
import { createTimers } from './timers';

/** Typing comes in bursts; the coach only needs the draft once the agent pauses. */
const PAUSE_MS = 300;

/**
 * Reports the reply draft as the agent types, for the draft coach. Silent until a side panel has asked
 * for the draft once, so agents who never open the panel pay nothing while they type.
 */
export function watchDraft(
  ctx: ContentScriptContext,
  keys: KeyHub,
  findEditor: () => HTMLElement | null,
  onChange: (draft: Draft) => void,
) {
  let wanted = false;
  let last: string | null = null;
  let lastEdit = 0;
  const timers = createTimers(ctx);

  const read = (): Draft => {
    const editor = findEditor();
    return editor ? { text: readDraft(editor).text, hasEditor: true } : { text: '', hasEditor: false };
  };
  const report = timers.whenDue(
    () => lastEdit + PAUSE_MS,
    () => {
      const draft = read();
      if (draft.text === last) return;
      last = draft.text;
      onChange(draft);
    },
  );
  const schedule = () => {
    if (!wanted) return;
    lastEdit = Date.now();
    report.poke();
  };
  const onEdit = (event: Event) => {
    if (!event.isTrusted) return;
    const editor = findEditor();
    if (editor && event.target instanceof Node && editor.contains(event.target)) schedule();
  };
  // Listening starts with the first request: until a panel asks, keystrokes don't even call into this script.
  const listen = () => {
    ctx.addEventListener(document, 'input', onEdit, { capture: true });
    // Some editors re-render without an input event reaching the document (IME commits, undo via toolbar);
    // keys come through the content script's one key listener.
    keys.on(onEdit);
  };

  return {
    get(): Draft {
      if (!wanted) listen();
      wanted = true;
      const draft = read();
      last = draft.text;
      return draft;
    },
    /** Our own insertions fire no input event: re-read after them. */
    changed: schedule,
  };
}
