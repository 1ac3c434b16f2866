import { expect, it } from 'vitest';
import { openPanelFor } from './support/browser';
import { useExtension } from './support/session';
import { ckeditorModel, editorData, shot, shotOf, waitForEditor } from './support/zendesk';

const ext = useExtension();

it('flags a blaming draft typed into CKEditor and replaces it with the kinder alternative in the editor model', async () => {
  const page = await ext.browser.context.newPage();
  await page.goto(`${ext.server.origin}/zendesk/agent/tickets/4823`);
  await waitForEditor(page);
  const panel = await openPanelFor(ext.browser, page);
  const coach = panel.getByRole('region', { name: 'Your reply' });
  await expect.poll(() => coach.textContent()).toContain('Start typing your reply');

  await page.bringToFront();
  await page.locator('[data-test-id="omnicomposer-rich-text-ckeditor"]').click();
  await page.keyboard.type("I'm sorry about the wait. As I already said, you should have checked the tracking page.");

  const strip = coach.getByRole('list', { name: 'Steps your reply covers' });
  await expect.poll(() => strip.getByRole('listitem', { name: /Empathize: covered/ }).count()).toBe(1);
  expect(await strip.getByRole('listitem', { name: /Check back: not yet/ }).count()).toBe(1);

  // The other blame warning's sentence shows these words too: pick the warning whose highlighted words they are.
  const blame = coach.locator('.warning[data-kind="blame"]').filter({ has: panel.locator('mark.flagged', { hasText: 'As I already said' }) });
  await expect.poll(() => blame.count()).toBe(1);
  await shot(panel, 'coach-blaming-draft');

  const button = blame.getByRole('button', { name: /Replace with/ });
  const replacement = (await button.textContent())!.match(/“(.+)”/)![1]!;
  await button.click();
  await expect
    .poll(async () => (await ckeditorModel(page)).text)
    .toBe(`I'm sorry about the wait. ${replacement}, you should have checked the tracking page.`);
  // The coach re-reads the edited draft: that warning is gone.
  await expect.poll(() => blame.count()).toBe(0);

  // A check-back question lights up step 5.
  await page.bringToFront();
  await page.locator('[data-test-id="omnicomposer-rich-text-ckeditor"]').press('End');
  await page.keyboard.type(' Does this work for you?');
  await expect.poll(() => strip.getByRole('listitem', { name: /Check back: covered/ }).count()).toBe(1);
  await shot(panel, 'coach-after-replace');
});

it('flags a deflecting draft in CKEditor 5 with the words highlighted; one click writes the kinder alternative, Ctrl+Z brings the draft back', async () => {
  const page = await ext.browser.context.newPage();
  await page.goto(`${ext.server.origin}/zendesk/agent/tickets/4823`);
  await waitForEditor(page);
  const panel = await openPanelFor(ext.browser, page);
  const coach = panel.getByRole('region', { name: 'Your reply' });
  await expect.poll(() => coach.textContent()).toContain('Start typing your reply');

  const draft =
    "I'm sorry your parcel is late. Delays are handled by the courier, so you'll need to contact DPD directly with your tracking number.";
  const editor = page.locator('[data-test-id="omnicomposer-rich-text-ckeditor"]');
  await page.bringToFront();
  await editor.click();
  await page.keyboard.type(draft);
  await expect.poll(() => editorData(page)).toBe(`<p>${draft}</p>`);

  const deflect = coach.locator('.warning[data-kind="deflect"]');
  await expect.poll(() => deflect.count()).toBe(1);
  expect(await deflect.locator('.warning-kind').textContent()).toBe('Sending the customer elsewhere');
  expect(await deflect.locator('mark.flagged').textContent()).toBe("you'll need to contact DPD");
  expect(await deflect.locator('.warning-context').textContent()).toBe(
    "Delays are handled by the courier, so you'll need to contact DPD directly with your tracking number.",
  );
  await shot(panel, 'coach-deflecting-draft');
  await shotOf(coach, 'coach-deflecting-draft-warnings');

  await deflect.getByRole('button', { name: "Replace with “I'll contact DPD for you”" }).click();
  const kinder =
    "I'm sorry your parcel is late. Delays are handled by the courier, so I'll contact DPD for you directly with your tracking number.";
  await expect.poll(() => editorData(page)).toBe(`<p>${kinder}</p>`);
  await expect.poll(() => deflect.count()).toBe(0);

  await page.bringToFront();
  await editor.focus();
  await page.keyboard.press('Control+z');
  await expect.poll(() => editorData(page)).toBe(`<p>${draft}</p>`);
  // The coach reads the restored draft again.
  await expect.poll(() => deflect.count()).toBe(1);
});
