// First: zod's settings must be in place before any schema runs (lib/zod-config.ts).
import '../../lib/zod-config';
import { defineUnlistedScript } from '#imports';
import { registerPalette } from '../content/palette/host';
import { palette } from './mount';

/**
 * The search palette (React, the search index, the packs), loaded by the content script with import()
 * the first time the agent opens it, so none of it weighs on the helpdesk page before that.
 */
export default defineUnlistedScript(() => {
  registerPalette(palette);
});
