import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../lib/detect/types';
import { formatPack } from '../../lib/packs/format';
import { KNOWN_VARIABLES, PackSchema, VARIABLE_PATTERN, type Pack } from '../../lib/packs/schema';

const dir = fileURLToPath(new URL('../../phrases/', import.meta.url));
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
const packs = files.map((file) => {
  const text = readFileSync(dir + file, 'utf8');
  return { file, text, parsed: PackSchema.safeParse(JSON.parse(text)) };
});
const valid = (name: string): Pack => {
  const entry = packs.find((p) => p.file === name);
  if (!entry?.parsed.success) throw new Error(`${name} does not parse`);
  return entry.parsed.data;
};

describe('built-in phrase packs', () => {
  it('ship one pack per language, Vietnamese and English, named after the language', () => {
    expect(files.sort()).toEqual(['en.json', 'vi.json']);
    for (const { file, parsed } of packs) {
      expect(parsed.success, `${file}: ${parsed.success ? '' : parsed.error.message}`).toBe(true);
      if (parsed.success) expect(`${parsed.data.lang}.json`).toBe(file);
    }
  });

  it.each(['vi.json', 'en.json'])('%s is in canonical format (formatPack), so diffs stay reviewable', (file) => {
    const entry = packs.find((p) => p.file === file)!;
    expect(entry.text).toBe(formatPack(valid(file)));
  });

  it.each(['vi.json', 'en.json'])('%s has at least 150 phrases', (file) => {
    expect(valid(file).phrases.length).toBeGreaterThanOrEqual(150);
  });

  it.each(['vi.json', 'en.json'])('%s has two phrases or more for every category at each of steps 2-5', (file) => {
    const pack = valid(file);
    const missing: string[] = [];
    for (const category of CATEGORIES) {
      for (const step of [2, 3, 4, 5]) {
        const count = pack.phrases.filter((p) => p.step === step && p.categories.includes(category)).length;
        if (count < 2) missing.push(`${category} step ${step}: ${count}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it.each(['vi.json', 'en.json'])('%s has a step-1 playbook for every category', (file) => {
    const pack = valid(file);
    const missing = CATEGORIES.filter((c) => !pack.playbook?.[c]?.goal.trim());
    expect(missing).toEqual([]);
    for (const category of CATEGORIES) {
      const entry = pack.playbook![category]!;
      expect(entry.canOffer.length + entry.cannotOffer.length + entry.knownFixes.length, category).toBeGreaterThan(0);
    }
  });

  it.each(['vi.json', 'en.json'])('%s uses only known variables', (file) => {
    const unknown = valid(file).phrases.flatMap((p) =>
      [...p.text.matchAll(new RegExp(VARIABLE_PATTERN.source, 'g'))]
        .map((m) => m[1] ?? '')
        .filter((name) => !(KNOWN_VARIABLES as readonly string[]).includes(name))
        .map((name) => `${p.id}: {{${name}}}`),
    );
    expect(unknown).toEqual([]);
    // Stray braces would reach the customer verbatim.
    const stray = valid(file).phrases.filter((p) => /\{\{|\}\}/.test(p.text.replace(new RegExp(VARIABLE_PATTERN.source, 'g'), '')));
    expect(stray.map((p) => p.id)).toEqual([]);
  });

  it('gives every phrase an id unique across both packs', () => {
    const ids = [...valid('vi.json').phrases, ...valid('en.json').phrases].map((p) => p.id);
    expect(ids.length - new Set(ids).size).toBe(0);
  });
});
