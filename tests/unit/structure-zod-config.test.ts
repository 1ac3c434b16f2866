import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** What each entrypoint imports first: its first `import` line. */
function firstImport(path: string): string | undefined {
  return readFileSync(path, 'utf8')
    .split('\n')
    .find((line) => line.startsWith('import '));
}

// Every JavaScript realm the extension runs zod in starts from one of these files.
const ENTRYPOINTS = [
  'entrypoints/background/index.ts',
  'entrypoints/content/index.ts',
  'entrypoints/sidepanel/main.tsx',
  'entrypoints/options/main.tsx',
  'entrypoints/palette/index.tsx',
];

describe('zod runs without its eval probe everywhere', () => {
  it.each(ENTRYPOINTS)('%s imports lib/zod-config before anything else', (path) => {
    expect(firstImport(path)).toBe("import '../../lib/zod-config';");
  });

  it('no other entrypoint exists that could skip it', () => {
    const found = readdirSync('entrypoints', { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && /^(index|main)\.tsx?$/.test(entry.name))
      .map((entry) => `${entry.parentPath}/${entry.name}`);
    expect(found.sort()).toEqual([...ENTRYPOINTS].sort());
  });

  // The scripts that run the product's code in node (bench-page drives a browser instead).
  it.each(['bench-coach', 'bench-detect', 'bench-search', 'eval', 'fit-detect', 'pack', 'write-schema'])(
    'scripts/%s.ts imports it first',
    (name) => {
      expect(firstImport(`scripts/${name}.ts`)).toBe("import '../lib/zod-config';");
    },
  );
});
