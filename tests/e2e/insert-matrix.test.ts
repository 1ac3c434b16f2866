import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';
import { EDITORS, editorIn, insertLikePanel, openEditorPage, readModel, setContent, type EditorId } from './support/editors';
import { startFixtureServer, type FixtureServer } from './support/server';
import { shot } from './support/zendesk';

/**
 * The insertion matrix: every editor page under tests/fixtures/editors hosts a real editor from npm.
 * For each, the agent's caret is set with the keyboard, focus moves to another field (as when the side
 * panel or palette takes it), and the extension's content script is asked to insert, exactly as the side
 * panel asks. The editor's own model must then hold exactly one copy at the right place, and Ctrl+Z must
 * take it out again.
 */

const START = 'Hello world.';
const PHRASE = 'Thank you for your patience.';
const LINES = ['Dạ, em chào chị Lan.', 'Em rất tiếc về sự bất tiện này.', 'Em sẽ kiểm tra ngay ạ.'];

interface Case {
  id: string;
  label: string;
  initial: string;
  /** Keys pressed after Ctrl+End to place the caret or select. */
  keys: string[];
  text: string;
  expected: string;
}

const CASES: Case[] = [
  { id: 'end', label: 'at end', initial: START, keys: [], text: PHRASE, expected: START + PHRASE },
  { id: 'middle', label: 'mid-text', initial: START, keys: Array(6).fill('ArrowLeft'), text: PHRASE, expected: `Hello ${PHRASE}world.` },
  {
    id: 'selection',
    label: 'over selection',
    initial: START,
    keys: ['ArrowLeft', ...Array(5).fill('Shift+ArrowLeft')],
    text: PHRASE,
    expected: `Hello ${PHRASE}.`,
  },
  { id: 'lines', label: '3 lines', initial: '', keys: [], text: LINES.join('\n'), expected: LINES.join('\n') },
];

/** One cell of the printed matrix per editor and case. */
const matrix = new Map<EditorId, Record<string, string>>();
const undoTally = new Map<EditorId, { ok: number; all: number }>();
const record = (editor: EditorId, column: string, value: string) => {
  matrix.set(editor, { ...(matrix.get(editor) ?? {}), [column]: value });
};

let server: FixtureServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchWithExtension();
});

afterAll(async () => {
  printMatrix();
  await browser?.close();
  await server?.close();
});

function printMatrix() {
  const columns = [...CASES.map((c) => c.label), 'undo', 'caret'];
  const rows = EDITORS.filter((e) => matrix.has(e)).map((e) => [e, ...columns.map((c) => matrix.get(e)?.[c] ?? '—')]);
  const widths = ['editor', ...columns].map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  const out = [line(['editor', ...columns]), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
  console.log(`\nInsertion matrix (strategy that verifiably inserted; ✗ = failed)\n${out.join('\n')}\n`);
}

const openEditor = (path: string) => openEditorPage(browser, server.origin, path);

const insertFromExtension = (page: Page, text: string, extras?: { caretBack?: number }) => insertLikePanel(browser, page, text, extras);

/** Places the caret with the keyboard, then moves focus to the page's search field, as a panel would. */
async function prepare(page: Page, editor: string, c: Case) {
  await setContent(page, c.initial);
  await editorIn(page, editor).click();
  await page.keyboard.press('Control+End');
  for (const key of c.keys) await page.keyboard.press(key);
  await page.locator('#elsewhere').click();
}

describe.each(EDITORS)('%s', (editor) => {
  let page: Page;
  beforeAll(async () => {
    page = await openEditor(editor);
  });
  afterAll(async () => {
    await page?.close();
  });

  it.each(CASES)('inserts $label exactly once, into the model, and Ctrl+Z removes it', async (c) => {
    await prepare(page, editor, c);
    const outcome = await insertFromExtension(page, c.text);
    const model = await readModel(page);
    const ok = outcome.status === 'inserted' && model.text === c.expected;
    // For three lines, also how the editor stored them: paragraphs (¶) and line breaks (↵).
    const shape = c.id === 'lines' ? ` ${model.blocks}¶ ${model.breaks}↵` : '';
    record(editor, c.label, ok ? `✓ ${outcome.strategy}${shape}` : `✗ ${outcome.strategy ?? outcome.reason ?? outcome.status}`);
    if (c.id === 'lines') await shot(page, `insert-matrix-${editor}`);
    expect(outcome).toMatchObject({ status: 'inserted' });
    expect(model.text).toBe(c.expected);
    if (c.id === 'lines') {
      // Three lines in the editor's own terms: paragraphs, or line breaks inside one.
      expect(model.blocks + model.breaks).toBeGreaterThanOrEqual(3);
    }

    await page.keyboard.press('Control+z');
    const undo = expect.poll(async () => (await readModel(page)).text).toBe(c.initial);
    const undone = await undo.then(() => true, () => false);
    const tally = undoTally.get(editor) ?? { ok: 0, all: 0 };
    undoTally.set(editor, { ok: tally.ok + (undone ? 1 : 0), all: tally.all + 1 });
    record(editor, 'undo', `${tally.ok + (undone ? 1 : 0)}/${tally.all + 1}`);
    expect(undone, 'Ctrl+Z restores the text before the insertion').toBe(true);
  });

  it('leaves the caret at the phrase’s {{cursor}} mark, across a line break: typing goes there', async () => {
    await prepare(page, editor, CASES[1]!);
    // "Order #{{cursor}}, ready.\nThanks!" inserted at "Hello |world."
    const tail = ', ready.\nThanks!';
    const outcome = await insertFromExtension(page, `Order #${tail}`, { caretBack: tail.length });
    await page.keyboard.type('77');
    const expected = `Hello Order #77${tail}world.`;
    const typed = await expect.poll(async () => (await readModel(page)).text).toBe(expected).then(() => true, () => false);
    record(editor, 'caret', typed ? '✓' : `✗ ${JSON.stringify((await readModel(page)).text)}`);
    expect(outcome).toMatchObject({ status: 'inserted' });
    expect((await readModel(page)).text).toBe(expected);
  });
});

describe('editors that refuse the usual ways', () => {
  it('reaches CKEditor through the page-world helper when synthetic events are swallowed', async () => {
    const page = await openEditor('ckeditor5/?locked');
    await prepare(page, 'ckeditor5', CASES[0]!);
    const outcome = await insertFromExtension(page, PHRASE);
    expect(outcome).toEqual({ status: 'inserted', strategy: 'page-world' });
    expect((await readModel(page)).text).toBe(START + PHRASE);
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await readModel(page)).text).toBe(START);
    await page.close();
  });

  it('reports a clear failure, without throwing into the page, when an editor rejects everything', async () => {
    const before = browser.pageErrors.length;
    const page = await openEditor('contenteditable/?rejecting');
    await editorIn(page, 'contenteditable').click();
    await page.locator('#elsewhere').click();
    const outcome = await insertFromExtension(page, PHRASE);
    expect(outcome.status).toBe('failed');
    expect(outcome.reason).toContain('did not accept the text');
    expect((await readModel(page)).text).toBe('');
    expect(browser.pageErrors.slice(before)).toEqual([]);
    await page.close();
  });
});
