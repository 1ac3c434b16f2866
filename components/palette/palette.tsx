import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import type { PaletteItem, PaletteView } from '../../lib/search/palette';
import type { FillInValues } from '../../lib/packs/fill-ins';
import { FillInForm } from '../fill-in-form';
import { useT } from '../i18n';
import { insertFailureText } from '../insert-failure';
import type { InsertFailure } from '../../lib/insert/failures';
import { categoryKey, stepKey } from '../labels';

/** `typedAhead`: keys the agent pressed while the insertion had the editor focused (see PaletteHost.insert). */
export type InsertAnswer =
  | { ok: true; typedAhead?: { text: string; cancelled: boolean } }
  | { ok: false; message: string; why?: InsertFailure; detail?: string };

export interface PaletteProps {
  /** What to list for a query (the ticket's suggestions for an empty one). Pure and fast. */
  find(query: string): PaletteView;
  /** False when the page has no reply editor: Enter copies instead of inserting. */
  canInsert: boolean;
  /**
   * Inserts at the caret remembered when the palette opened. With `keepOpen: false` the owner closes
   * the palette once the phrase is in; on failure the palette stays and shows the message.
   */
  onInsert(item: PaletteItem, options: { keepOpen: boolean; values?: FillInValues }): Promise<InsertAnswer>;
  /** Fill-in values given earlier on this ticket: a phrase's questions start with them. */
  fillIns?: FillInValues;
  /** Puts the phrase on the clipboard; resolves to whether it worked. */
  onCopy(item: PaletteItem): Promise<boolean>;
  /** Esc, a click outside, or the owner's shortcut again. The owner returns focus to the editor. */
  onClose(): void;
  /** The key combination that opens the palette, shown in the footer ("Alt+Shift+P"). */
  shortcut?: string;
  /** Packs are still loading from storage: the list may grow. */
  loading?: boolean;
  /** What the agent typed before the palette appeared (it loads on first use). */
  initialQuery?: string;
}

type Status = { tone: 'ok' | 'error'; text: string } | null;

/** True for key events that belong to an input method's composition (Telex, VNI …): never act on them. */
const composing = (event: KeyboardEvent) => event.nativeEvent.isComposing || event.keyCode === 229 || event.key === 'Process';

/**
 * Shows the palette's dialog in the browser's top layer, above anything the page stacks, transforms or
 * clips. Modal while the agent searches: the page is inert, so its focus traps and clicks can't take the
 * keys. While a phrase goes in, the page must not be inert (the editor has to take focus and the caret),
 * so the dialog stays in the top layer as a manual popover meanwhile; switching within one task shows no gap.
 */
function raise(dialog: HTMLDialogElement | null, modal: boolean) {
  if (!dialog) return;
  // DOM tests: jsdom has no top layer.
  if (typeof dialog.showModal !== 'function' || typeof dialog.showPopover !== 'function') {
    dialog.setAttribute('open', '');
    return;
  }
  if (modal) {
    if (dialog.matches(':popover-open')) dialog.hidePopover();
    dialog.removeAttribute('popover');
    if (!dialog.open) dialog.showModal();
  } else if (dialog.open) {
    dialog.close();
    dialog.popover = 'manual';
    dialog.showPopover();
  }
}

/**
 * The search palette: a combobox over a listbox of phrases. The text field keeps focus the whole time;
 * arrows move the active option (aria-activedescendant), Enter inserts and closes, Shift+Enter inserts
 * and stays, Esc closes. Renders only text, never markup.
 */
export function Palette({ find, canInsert, onInsert, onCopy, onClose, shortcut, loading, initialQuery, fillIns }: PaletteProps) {
  const t = useT();
  const id = useId();
  const [query, setQuery] = useState(initialQuery ?? '');
  const [active, setActive] = useState(0);
  const [status, setStatus] = useState<Status>(null);
  /** A phrase with fill-ins waiting for its answers, and whether it stays open after inserting (Shift+Enter). */
  const [asking, setAsking] = useState<{ item: PaletteItem; keepOpen: boolean } | null>(null);
  const busy = useRef(false);
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLDivElement>(null);
  const layer = useRef<HTMLDialogElement>(null);

  const view = useMemo(() => find(query), [find, query]);
  const items = useMemo(
    () => (view.kind === 'results' ? view.items : view.kind === 'suggestions' ? [...view.used, ...view.sections.flatMap((s) => s.items)] : []),
    [view],
  );
  const optionId = (index: number) => `${id}-option-${index}`;
  const current = items[Math.min(active, items.length - 1)];

  // Focus during the commit, so the next key already lands in the search field.
  useLayoutEffect(() => {
    raise(layer.current, true);
    input.current?.focus();
  }, []);
  useEffect(() => setActive(0), [view]);
  useEffect(() => {
    const el = list.current?.querySelectorAll<HTMLElement>('[role="option"]')[active];
    el?.scrollIntoView?.({ block: 'nearest' });
  }, [active, view]);

  const choose = (index: number, keepOpen: boolean) => {
    const item = items[index];
    if (!item || busy.current) return;
    if (canInsert && item.fields.length > 0) {
      setStatus(null);
      setAsking({ item, keepOpen });
      return;
    }
    void insertItem(item, keepOpen);
  };

  const insertItem = async (item: PaletteItem, keepOpen: boolean, values?: FillInValues) => {
    if (busy.current) return;
    busy.current = true;
    setStatus(null);
    let closing = false;
    try {
      if (canInsert) {
        raise(layer.current, false);
        const answer = await onInsert(item, { keepOpen, ...(values ? { values } : {}) });
        if (!answer.ok) setStatus({ tone: 'error', text: t('outcomeFailed', insertFailureText(t, { ...answer, reason: answer.message })) });
        else if (keepOpen && answer.typedAhead?.cancelled) {
          // Esc right after Shift+Enter: it was meant for the palette.
          closing = true;
          onClose();
        } else if (keepOpen) {
          setStatus({ tone: 'ok', text: t('paletteInserted') });
          const typed = answer.typedAhead?.text;
          if (typed) setQuery((q) => q + typed);
        }
        // The owner closes the palette; focus stays in the editor, after the phrase.
        else closing = true;
      } else {
        const copied = await onCopy(item);
        setStatus(copied ? { tone: 'ok', text: t('outcomeCopied') } : { tone: 'error', text: t('outcomeNotCopied') });
      }
    } finally {
      busy.current = false;
      // Inserting focused the editor; with the palette still open, typing continues here.
      if (!closing) {
        raise(layer.current, true);
        input.current?.focus();
      }
    }
  };

  const copyCurrent = async () => {
    if (!current || busy.current) return;
    busy.current = true;
    try {
      const copied = await onCopy(current);
      setStatus(copied ? { tone: 'ok', text: t('outcomeCopied') } : { tone: 'error', text: t('outcomeNotCopied') });
    } finally {
      busy.current = false;
      input.current?.focus();
    }
  };

  const move = (to: number) => {
    if (items.length === 0) return;
    setActive(((to % items.length) + items.length) % items.length);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (composing(event)) return;
    const page = 5;
    switch (event.key) {
      case 'ArrowDown':
        move(active + 1);
        break;
      case 'ArrowUp':
        move(active - 1);
        break;
      case 'PageDown':
        move(Math.min(items.length - 1, active + page));
        break;
      case 'PageUp':
        move(Math.max(0, active - page));
        break;
      case 'Enter':
        choose(active, event.shiftKey);
        break;
      case 'Escape':
        onClose();
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  // Focus stays inside the dialog: Tab cycles between the search field and the copy button.
  const onDialogKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Tab' || composing(event)) return;
    const root = event.currentTarget;
    const focusable = [...root.querySelectorAll<HTMLElement>('input, select, button:not([disabled])')];
    if (focusable.length === 0) return;
    const here = Math.max(0, focusable.indexOf(event.target as HTMLElement));
    const next = focusable[(here + (event.shiftKey ? -1 : 1) + focusable.length) % focusable.length];
    event.preventDefault();
    next?.focus();
  };

  const onBackdrop = (event: MouseEvent<HTMLDialogElement>) => {
    if (event.target === event.currentTarget) onClose();
  };

  const renderOption = (item: PaletteItem, index: number) => (
    <div
      key={item.key}
      id={optionId(index)}
      role="option"
      aria-selected={index === active}
      className="option"
      data-step={item.step}
      // Keep focus in the search field when clicking a row.
      onMouseDown={(e) => e.preventDefault()}
      onMouseMove={() => index !== active && setActive(index)}
      onClick={(e) => choose(index, e.shiftKey)}
    >
      <div className="meta">
        {item.step !== undefined && (
          <span className="step" title={t('paletteStep', String(item.step), t(stepKey(item.step)))}>
            <span className="step-number" aria-hidden="true">
              {item.step}
            </span>
            <span className="step-name">{t(stepKey(item.step))}</span>
          </span>
        )}
        {item.category && <span className="category">{t(categoryKey(item.category))}</span>}
        {item.shortcut && (
          <span className="phrase-shortcut" title={t('paletteShortcutHint')}>
            {item.shortcut}
          </span>
        )}
        <span className="pack">{item.packName}</span>
      </div>
      {item.title && <div className="title">{item.title}</div>}
      <div className="preview">{item.text}</div>
    </div>
  );

  const emptyText =
    view.kind !== 'none'
      ? null
      : view.reason === 'no-match'
        ? t('paletteNoMatch', query.trim())
        : view.reason === 'too-long'
          ? t('paletteTooLong', String(view.maxChars))
          : view.reason === 'symbols'
            ? t('paletteSymbols')
            : t('paletteBlank');

  return (
    <dialog
      ref={layer}
      className="layer"
      aria-label={t('paletteTitle')}
      onMouseDown={onBackdrop}
      // Esc where the search field's own handler doesn't see it (the Copy button): close once, our way.
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <div className="palette" onKeyDown={onDialogKeyDown}>
        <div className="search">
          <svg className="search-icon" viewBox="0 0 20 20" aria-hidden="true">
            <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="2" />
            <path d="M13 13l4.5 4.5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
          </svg>
          <input
            ref={input}
            type="text"
            role="combobox"
            aria-expanded={items.length > 0}
            aria-controls={`${id}-list`}
            aria-autocomplete="list"
            aria-activedescendant={current ? optionId(items.indexOf(current)) : undefined}
            aria-label={t('paletteTitle')}
            placeholder={t('palettePlaceholder')}
            autoComplete="off"
            spellCheck={false}
            maxLength={200}
            value={query}
            onChange={(e) => {
              setQuery(e.target.value);
              setStatus(null);
            }}
            onKeyDown={onKeyDown}
          />
          <kbd className="esc">Esc</kbd>
        </div>
        {!canInsert && (
          <p className="notice" role="note">
            {t('paletteNoEditor')}
          </p>
        )}
        {asking && (
          <div className="asking">
            {asking.item.title && <div className="title">{asking.item.title}</div>}
            <FillInForm
              fields={asking.item.fields}
              initial={fillIns}
              preview={(values) => asking.item.insertion(values)}
              onSubmit={(values) => {
                setAsking(null);
                void insertItem(asking.item, asking.keepOpen, values);
              }}
              onCancel={() => {
                setAsking(null);
                input.current?.focus();
              }}
            />
          </div>
        )}
        <div className="list" id={`${id}-list`} role="listbox" aria-label={t('paletteResults')} ref={list} hidden={asking !== null}>
          {view.kind === 'suggestions' && (
            <>
              <p className="list-caption" role="presentation">
                {t('paletteSuggested')}
              </p>
              {view.used.length > 0 && (
                <div role="group" aria-labelledby={`${id}-used`}>
                  <div className="group-label" id={`${id}-used`} role="presentation">
                    {t('paletteMostUsed')}
                  </div>
                  {view.used.map((item, i) => renderOption(item, i))}
                </div>
              )}
              {view.sections.map((section) => {
                const offset = items.indexOf(section.items[0]!);
                return (
                  <div key={section.step} role="group" aria-labelledby={`${id}-step-${section.step}`}>
                    <div className="group-label" id={`${id}-step-${section.step}`} role="presentation">
                      {t('paletteStep', String(section.step), t(stepKey(section.step)))}
                    </div>
                    {section.items.map((item, i) => renderOption(item, offset + i))}
                  </div>
                );
              })}
            </>
          )}
          {view.kind === 'results' && items.map(renderOption)}
        </div>
        {emptyText && <p className="empty">{loading ? t('paletteLoading') : emptyText}</p>}
        <p className={status ? `status ${status.tone}` : 'status sr-only'} role="status" aria-live="polite">
          {status?.text ?? (view.kind === 'results' ? t('paletteCount', String(items.length)) : '')}
        </p>
        <footer className="footer">
          <span className="keys">
            <span>
              <kbd>↑</kbd>
              <kbd>↓</kbd> {t('paletteKeyMove')}
            </span>
            <span>
              <kbd>↵</kbd> {canInsert ? t('paletteKeyInsert') : t('paletteKeyCopy')}
            </span>
            {canInsert && (
              <span>
                <kbd>⇧</kbd>
                <kbd>↵</kbd> {t('paletteKeyInsertStay')}
              </span>
            )}
            {shortcut && <span className="shortcut">{shortcut}</span>}
          </span>
          <button type="button" className="copy" disabled={!current} onClick={() => void copyCurrent()}>
            {t('paletteCopy')}
          </button>
        </footer>
      </div>
    </dialog>
  );
}
