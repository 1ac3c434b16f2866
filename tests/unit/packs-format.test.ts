import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatPack } from '../../lib/packs/format';
import { formatJsonSchema } from '../../lib/packs/json-schema';
import { PackSchema, type PackInput } from '../../lib/packs/schema';

const messy: PackInput = {
  phrases: [{ shortcut: 'sorry', tags: ['t'], text: 'Sorry, {{customer.firstName|there}}.', step: 2, id: 'en-2-sorry', tone: 'warm', categories: ['delivery'] }],
  playbook: { billing: { knownFixes: [], goal: 'Refund what we owe.', cannotOffer: [], canOffer: ['Refund'] }, quality: { goal: 'Fix it.' } },
  updatedAt: '2026-05-01T10:00:00Z',
  version: '1.0.0',
  lang: 'en',
  name: 'Team',
  id: 'team',
};

describe('formatPack', () => {
  it('writes keys in canonical order, two-space indented, with a final newline', () => {
    const text = formatPack(PackSchema.parse(messy));
    expect(text.endsWith('}\n')).toBe(true);
    const data = JSON.parse(text);
    expect(Object.keys(data)).toEqual(['id', 'name', 'lang', 'version', 'updatedAt', 'playbook', 'phrases']);
    expect(Object.keys(data.phrases[0])).toEqual(['id', 'step', 'text', 'categories', 'tone', 'tags', 'shortcut']);
    // Playbook categories in the categories' own order, entries in field order, defaults written out.
    expect(Object.keys(data.playbook)).toEqual(['quality', 'billing']);
    expect(Object.keys(data.playbook.billing)).toEqual(['goal', 'canOffer', 'cannotOffer', 'knownFixes']);
    expect(data.playbook.quality).toEqual({ goal: 'Fix it.', canOffer: [], cannotOffer: [], knownFixes: [] });
    expect(text).toContain('\n  "phrases": [\n    {\n      "id": "en-2-sorry",');
  });

  it('round-trips: formatting a formatted pack changes nothing', () => {
    const once = formatPack(PackSchema.parse(messy));
    expect(formatPack(PackSchema.parse(JSON.parse(once)))).toBe(once);
  });

  it('puts title between step and text, anger limits after tone', () => {
    const text = formatPack(PackSchema.parse({ ...messy, phrases: [{ id: 'x', text: 'Hi', step: 3, maxAnger: 2, minAnger: 1, title: 'T' }] }));
    expect(Object.keys(JSON.parse(text).phrases[0])).toEqual(['id', 'step', 'title', 'text', 'categories', 'tone', 'minAnger', 'maxAnger', 'tags']);
  });
});

describe('public/phrase-pack.schema.json', () => {
  it('is what `npm run schema` writes from the zod schema (run it when this fails)', () => {
    const file = readFileSync(new URL('../../public/phrase-pack.schema.json', import.meta.url), 'utf8');
    expect(file).toBe(formatJsonSchema());
  });

  it('describes the input side: optional defaults, the limits, no extra keys', () => {
    const schema = JSON.parse(formatJsonSchema());
    expect(schema.required).toEqual(['id', 'name', 'lang', 'version', 'updatedAt', 'phrases']);
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.phrases.maxItems).toBe(5000);
    expect(schema.properties.phrases.items.required).toEqual(['id', 'text']);
    expect(schema.properties.phrases.items.properties.step).toMatchObject({ minimum: 1, maximum: 5 });
  });
});

describe('public/managed-schema.json', () => {
  it("follows Chrome's rules: top-level object without additionalProperties, typed properties", () => {
    const schema = JSON.parse(readFileSync(new URL('../../public/managed-schema.json', import.meta.url), 'utf8'));
    expect(schema.type).toBe('object');
    expect(schema).not.toHaveProperty('additionalProperties');
    expect(schema.properties.teamPackUrl.type).toBe('string');
    expect(schema.properties.lockTeamPack.type).toBe('boolean');
  });
});
