// Writes public/phrase-pack.schema.json from the zod schema: `npm run schema`.
// First: zod's settings must be in place before any schema runs (lib/zod-config.ts).
import '../lib/zod-config';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatJsonSchema } from '../lib/packs/json-schema';

const target = fileURLToPath(new URL('../public/phrase-pack.schema.json', import.meta.url));
writeFileSync(target, formatJsonSchema());
console.log(`wrote ${target}`);
