import { existsSync } from 'node:fs';

// `npm test` builds the e2e extension (Chrome and Firefox) and the fixture pages first; fail early and clearly if they're missing.
export default function setup() {
  const out = process.env.CALMREPLY_OUT ?? '.output';
  for (const path of [`${out}/chrome-mv3-e2e/manifest.json`, `${out}/firefox-mv2-e2e/manifest.json`, `${out}/fixtures/zendesk/index.html`]) {
    if (!existsSync(path)) throw new Error(`${path} is missing: run "npm run build:e2e && npm run build:fixtures" first`);
  }
}
