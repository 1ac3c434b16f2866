import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkPackSize, describeImportErrors, parsePackText, utf8Length } from '../../lib/packs/import';
import { describeError, errorsByField, formatPath } from '../../lib/packs/issues';
import type { PackInput, PhraseInput } from '../../lib/packs/schema';

const phrase = (over: Partial<PhraseInput> = {}): PhraseInput => ({
  id: `p-${Math.random().toString(36).slice(2, 8)}`,
  step: 2,
  text: 'Thank you for telling us, {{customer.firstName|there}}.',
  ...over,
});
const pack = (over: Partial<PackInput> = {}): PackInput => ({
  id: 'team-en',
  name: 'Team',
  lang: 'en',
  version: '1.0.0',
  updatedAt: '2026-05-01T10:00:00Z',
  phrases: [phrase({ id: 'a' }), phrase({ id: 'b' })],
  ...over,
});
const messages = (text: string) => {
  const result = parsePackText(text);
  return result.ok ? [] : result.errors.map(describeError);
};

afterEach(() => vi.restoreAllMocks());

describe('parsePackText', () => {
  it('accepts a valid pack and fills defaults', () => {
    const result = parsePackText(JSON.stringify(pack()));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.pack.phrases[0]).toMatchObject({ categories: [], tone: 'neutral', tags: [] });
  });

  it('locates each problem: "phrases[12].step: expected 1-5"', () => {
    const phrases = Array.from({ length: 13 }, (_, i) => phrase({ id: `p${i}` }));
    phrases[12] = phrase({ id: 'p12', step: 9 });
    expect(messages(JSON.stringify(pack({ phrases })))).toEqual(['phrases[12].step: expected 1-5']);
  });

  it('refuses a pack over 2 MB before parsing it', () => {
    const parse = vi.spyOn(JSON, 'parse');
    const huge = JSON.stringify(pack({ description: 'x'.repeat(2 * 1024 * 1024) }));
    expect(messages(huge)).toEqual(['the pack is 2.0 MB; the limit is 2.0 MB']);
    expect(parse).not.toHaveBeenCalled();
    // Counted in UTF-8 bytes, not characters: 800k Vietnamese letters are 2.4 MB.
    expect(messages('"' + 'ộ'.repeat(800_000) + '"')[0]).toMatch(/^the pack is 2\.3 MB; the limit is 2\.0 MB$/);
    expect(parse).not.toHaveBeenCalled();
  });

  it('refuses more than 5,000 phrases with one message', () => {
    const phrases = Array.from({ length: 5001 }, (_, i) => ({ id: `p${i}`, step: 2, text: 'Sorry.' }));
    expect(messages(JSON.stringify(pack({ phrases })))).toEqual(['phrases: at most 5000 phrases (this pack has 5001)']);
  });

  it('refuses a string over 4,000 characters, naming the field', () => {
    expect(messages(JSON.stringify(pack({ phrases: [phrase({ id: 'long', text: 'a'.repeat(4001) })] })))).toEqual([
      'phrases[0].text: must be at most 4000 characters',
    ]);
  });

  it('refuses an unknown variable and says which ones exist', () => {
    const [message] = messages(JSON.stringify(pack({ phrases: [phrase({ id: 'v', text: 'Hi {{customer.nickname}}' })] })));
    expect(message).toMatch(/^phrases\[0\]\.text: unknown variable \{\{customer\.nickname\}\}; known: customer\.name, /);
  });

  it('refuses duplicate phrase ids, pointing at both', () => {
    expect(messages(JSON.stringify(pack({ phrases: [phrase({ id: 'same' }), phrase({ id: 'other' }), phrase({ id: 'same' })] })))).toEqual([
      'phrases[2].id: duplicate id "same" (also phrases[0])',
    ]);
  });

  it('explains broken JSON with a line and column', () => {
    const [message] = messages('{\n  "id": "x",\n  "name": \n}');
    expect(message).toMatch(/^not valid JSON at line 4, column \d+: /);
  });

  it('explains an empty file, an array, unknown keys', () => {
    expect(messages('  ')).toEqual(['the file is empty']);
    expect(messages('[]')[0]).toMatch(/^expected a pack/);
    expect(messages(JSON.stringify({ ...pack(), extra: 1 }))[0]).toMatch(/extra/);
  });

  it('caps a flood of errors with a summary line', () => {
    const phrases = Array.from({ length: 80 }, (_, i) => ({ id: `p${i}`, step: 0, text: 'x' }));
    const errors = messages(JSON.stringify(pack({ phrases })));
    expect(errors).toHaveLength(51);
    expect(errors.at(-1)).toBe('… and 30 more problems');
  });

  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((v) => JSON.stringify({ ...pack(), phrases: [v] }))), (text) => {
        const result = parsePackText(text);
        expect(typeof result.ok).toBe('boolean');
        if (!result.ok) expect(describeImportErrors(result.errors).length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});

describe('helpers', () => {
  it('measures UTF-8 bytes and sizes', () => {
    expect(utf8Length('aộ😀')).toBe(1 + 3 + 4);
    expect(checkPackSize(2 * 1024 * 1024)).toBeNull();
    expect(checkPackSize(2 * 1024 * 1024 + 1)?.message).toMatch(/limit is 2\.0 MB/);
  });

  it('formats paths and groups errors by field', () => {
    expect(formatPath(['phrases', 12, 'step'])).toBe('phrases[12].step');
    expect(formatPath([])).toBe('');
    expect(
      errorsByField(
        [
          { path: 'phrases[3].text', message: 'too long' },
          { path: 'phrases[3].tags[1]', message: 'bad tag' },
          { path: 'phrases[30].text', message: 'other phrase' },
        ],
        'phrases[3]',
      ),
    ).toEqual({ text: 'too long', 'tags[1]': 'bad tag' });
  });
});

describe('jsonErrorOffset', () => {
  it('finds where JSON first goes wrong, and -1 for valid JSON', async () => {
    const { jsonErrorOffset } = await import('../../lib/packs/json-position');
    expect(jsonErrorOffset('{"a": [1, 2, {"b": null}], "c": "x\\n"}')).toBe(-1);
    expect(jsonErrorOffset('{"a": 1,}')).toBe(8);
    expect(jsonErrorOffset('[1 2]')).toBe(3);
    expect(jsonErrorOffset('{"a" 1}')).toBe(5);
    expect(jsonErrorOffset('{"a": tru}')).toBe(6);
    expect(jsonErrorOffset('"abc')).toBe(4);
    expect(jsonErrorOffset('{} x')).toBe(3);
    expect(jsonErrorOffset('[[[[[[')).toBe(6);
    expect(jsonErrorOffset('['.repeat(200_000))).toBe(200_000);
    fc.assert(fc.property(fc.jsonValue(), (v) => jsonErrorOffset(JSON.stringify(v, null, 1)) === -1));
  });
});
