import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useExtension } from './support/session';
import {
  EDITORS,
  actLikeOpenPanel,
  editorIn,
  insertLikePanel,
  openEditorPage,
  pointAtOffset,
  pointInWord,
  readModel,
  setContent,
} from './support/editors';

/**
 * The phrase goes where the agent left the caret, in every editor of the insertion matrix, however the
 * caret got there, with the side panel open (the content script then follows every key for the draft
 * coach) and closed. The insert is asked for the way the side panel asks, without moving the page's focus
 * (clicking in the panel leaves the editor focused in the page). Each case checks the editor's whole model
 * text against `before + phrase + after`.
 */

const ext = useExtension();

const START = 'Hello world.';
const PHRASE = 'Thank you for your patience.';

interface Case {
  name: string;
  /** Places the caret (or a selection) in an editor that holds START, focused, caret at the end. */
  act(page: Page): Promise<void>;
  expected: string;
}

const CASES: Case[] = [
  {
    name: 'typed, then a phrase at once',
    async act(page) {
      for (let i = 0; i < 'world.'.length; i++) await page.keyboard.press('ArrowLeft');
      await page.keyboard.type('dear ');
    },
    expected: `Hello dear ${PHRASE}world.`,
  },
  {
    name: 'caret moved with the arrow keys',
    async act(page) {
      for (let i = 0; i < 'world.'.length; i++) await page.keyboard.press('ArrowLeft');
    },
    expected: `Hello ${PHRASE}world.`,
  },
  {
    name: 'caret moved with the mouse after typing',
    async act(page) {
      await page.keyboard.type(' Bye.');
      const { x, y } = await pointAtOffset(page, 'Hello '.length);
      await page.mouse.click(x, y);
    },
    expected: `Hello ${PHRASE}world. Bye.`,
  },
  {
    name: 'a word selected with the mouse',
    async act(page) {
      const { x, y } = await pointInWord(page, 'Hello '.length, 'world'.length);
      await page.mouse.dblclick(x, y);
    },
    expected: `Hello ${PHRASE}.`,
  },
  {
    name: 'a word selected with Shift+arrows',
    async act(page) {
      await page.keyboard.press('ArrowLeft');
      for (let i = 0; i < 'world'.length; i++) await page.keyboard.press('Shift+ArrowLeft');
    },
    expected: `Hello ${PHRASE}.`,
  },
];

describe.each(EDITORS)('%s', (editor) => {
  let page: Page;
  beforeAll(async () => {
    page = await openEditorPage(ext.browser, ext.server.origin, editor);
  });
  afterAll(async () => {
    await page?.close();
  });

  describe.each([
    ['side panel closed', false],
    ['side panel open', true],
  ] as const)('%s', (_label, panelOpen) => {
    beforeAll(async () => {
      if (panelOpen) await actLikeOpenPanel(ext.browser, page);
    });

    it.each(CASES)('$name', async (c) => {
      await page.bringToFront();
      await setContent(page, START);
      await editorIn(page, editor).click();
      await page.keyboard.press('Control+End');
      await c.act(page);
      const outcome = await insertLikePanel(ext.browser, page, PHRASE);
      expect(outcome).toMatchObject({ status: 'inserted' });
      expect((await readModel(page)).text).toBe(c.expected);
    });
  });
});
