/**
 * The product's main job, end to end: builds the e2e extension and the fixture helpdesk, serves it on
 * localhost and opens Chromium with CalmReply loaded on an angry ticket.
 * With a display: a real browser window; click the CalmReply toolbar button to open the side panel.
 * Without one (or with --headless): prints the assessment and saves screenshots instead.
 * --ticket <id> opens another fixture ticket (4821 angry Vietnamese, 4822 calm English, 4823 angry English).
 */
import { execSync } from 'node:child_process';
import { launchWithExtension, openPanelFor } from '../tests/e2e/support/browser';
import { startFixtureServer } from '../tests/e2e/support/server';
import { SCREENSHOTS, shot, waitForEditor } from '../tests/e2e/support/zendesk';

const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
const skipBuild = process.argv.includes('--no-build');
const ticketArg = process.argv.indexOf('--ticket');
const ticket = ticketArg > 0 ? process.argv[ticketArg + 1]! : '4821';
const suffix = ticketArg > 0 ? `-${ticket}` : '';

if (!skipBuild) {
  console.log('Building the extension (e2e build) and the fixture helpdesk…');
  execSync('npm run --silent build:e2e && npm run --silent build:fixtures', { stdio: 'inherit' });
}

const server = await startFixtureServer();
const browser = await launchWithExtension({ headless });
const page = await browser.context.newPage();
const url = `${server.origin}/zendesk/agent/tickets/${ticket}`;
await page.goto(url);
await waitForEditor(page);
console.log(`\nFixture helpdesk: ${url}`);

if (!headless) {
  console.log('Chromium is open with CalmReply loaded. Click the CalmReply toolbar button (pin it from the');
  console.log('puzzle menu) to open the side panel. Other tickets are in the left column. Close the window to stop.');
  await new Promise<void>((done) => browser.context.on('close', () => done()));
  await server.close();
  process.exit(0);
}

const panel = await openPanelFor(browser, page);
await panel.getByRole('region', { name: 'How the customer feels' }).waitFor();
const text = (selector: string) => panel.locator(selector).first().textContent();
console.log('\nAssessment of the open ticket');
console.log(`  ticket:     ${await text('.ticket-id')} · ${await text('.subject')}`);
console.log(`  anger:      ${await panel.getByRole('meter').getAttribute('aria-label')}`);
console.log(`  complaint:  ${await text('.assessment .pill')}`);
console.log(`  categories: ${(await panel.locator('.assessment .chip').allTextContents()).join(', ') || '—'}`);
console.log(`  triggers:   ${(await panel.locator('blockquote mark').allTextContents()).join(' · ')}`);

await page.locator('[data-test-id="omnicomposer-rich-text-ckeditor"]').click();
await panel.locator('[data-step="2"] button.phrase').first().click();
await panel.getByRole('status').filter({ hasText: /\S/ }).first().waitFor();
console.log(`  insert:     ${await panel.getByRole('status').first().textContent()}`);

await shot(page, `demo-helpdesk${suffix}`);
// What the agent sees when the panel opens, and the whole panel.
await panel.setViewportSize({ width: 400, height: 1000 });
await panel.evaluate(() => scrollTo(0, 0));
await shot(panel, `demo-sidepanel${suffix}`, { fullPage: false });
await shot(panel, `demo-sidepanel${suffix}-full`);
console.log(`\nScreenshots: ${SCREENSHOTS}/demo-helpdesk${suffix}.png, ${SCREENSHOTS}/demo-sidepanel${suffix}.png (and -full)`);
await browser.close();
await server.close();
