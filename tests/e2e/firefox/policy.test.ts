import { describe, expect, it } from 'vitest';
import { ADDON_ID, useFirefox } from '../support/firefox';
import { shot } from '../support/zendesk';

const TEAM_PACK = {
  id: 'acme-support',
  name: 'Acme support team',
  lang: 'en',
  version: '1.0.0',
  updatedAt: '2026-05-01T10:00:00Z',
  phrases: [{ id: 'acme-3-clarify', step: 3, text: 'TEAM: could you tell me your order number?' }],
};
const PACK_PATH = '/packs/team.json';

// The administrator's policy as README tells them to write it, in the installation's policies.json.
const ff = useFirefox({
  policies: (server) => {
    server.routes.set(PACK_PATH, (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(TEAM_PACK));
    });
    return { '3rdparty': { Extensions: { [ADDON_ID]: { teamPackUrl: `${server.origin}${PACK_PATH}`, lockTeamPack: true } } } };
  },
});

describe("an administrator's policies.json in Firefox", () => {
  it('reaches the extension: managed storage has it, and the team pack is subscribed from its address', async () => {
    const url = `${ff.server.origin}${PACK_PATH}`;
    const options = await ff.openExtensionPage('options.html');
    const managed = await options.evaluate(() =>
      (globalThis as unknown as { browser: { storage: { managed: { get(k: null): Promise<unknown> } } } }).browser.storage.managed.get(null),
    );
    expect(managed).toEqual({ teamPackUrl: url, lockTeamPack: true });

    // The background subscribed at install; the options page shows the administrator's address and the pack.
    await (await options.waitForSelector('::-p-aria(Team subscription)'))!.click();
    await expect.poll(() => options.$eval('.notice .mono', (el) => el.textContent).catch(() => null)).toBe(url);
    await expect
      .poll(() => options.$eval('[data-testid="subscription-copy"]', (el) => el.textContent).catch(() => ''))
      .toContain('In use: “Acme support team”, version 1.0.0, 1 phrase,');
    expect(await options.$$eval('.notice', (els) => els.map((el) => el.textContent))).toContain(
      "Your administrator locked the team pack: it is always on, can't be edited, and its phrases come before personal ones.",
    );
    await shot(options, 'firefox-options-policy', { fullPage: false });
  });
});
