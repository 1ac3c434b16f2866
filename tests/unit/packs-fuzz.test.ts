import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePackText } from '../../lib/packs/import';
import { formatPack } from '../../lib/packs/format';
import { createOptionsStore } from '../../lib/store/options-store';
import { createFakeOptionsClient, storedWith, testBuiltin, userPack } from '../fixtures/storage/fake-client';

/** A valid pack to break in many ways. */
const base = JSON.parse(formatPack(userPack())) as Record<string, unknown>;

const hostileValue = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.boolean(),
  fc.double(),
  fc.integer({ min: -1e9, max: 1e9 }),
  fc.string(),
  fc.constant('x'.repeat(4001)),
  fc.constant('{{customer.password}}'),
  fc.constant('<img src=x onerror=alert(1)>'),
  fc.constant('\u202e\u200bdesrever'),
  fc.array(fc.anything(), { maxLength: 5 }),
  fc.dictionary(fc.string(), fc.anything(), { maxKeys: 4 }),
);

const FIELDS = ['id', 'name', 'lang', 'version', 'updatedAt', 'phrases', 'playbook', 'author', 'description'];
const PHRASE_FIELDS = ['id', 'step', 'text', 'title', 'categories', 'tone', 'minAnger', 'maxAnger', 'tags', 'shortcut'];

/** Valid JSON text of a pack with one or more fields replaced by hostile values. */
const brokenPack = fc
  .tuple(
    fc.array(fc.tuple(fc.constantFrom(...FIELDS), hostileValue), { minLength: 1, maxLength: 3 }),
    fc.array(fc.tuple(fc.nat(3), fc.constantFrom(...PHRASE_FIELDS), hostileValue), { maxLength: 3 }),
  )
  .map(([fields, phraseFields]) => {
    const pack = structuredClone(base) as Record<string, unknown> & { phrases: Record<string, unknown>[] };
    for (const [i, field, value] of phraseFields) {
      const phrase = pack.phrases[i];
      if (phrase) phrase[field] = value;
    }
    for (const [field, value] of fields) pack[field] = value;
    return JSON.stringify(pack) ?? 'undefined';
  });

/** Text that is not a pack at all: garbage, truncated JSON, decoded random bytes, lone surrogates. */
const garbage = fc.oneof(
  fc.string(),
  fc.uint8Array({ maxLength: 200 }).map((bytes) => new TextDecoder('utf-8').decode(bytes)),
  fc.string().map((s) => `${s}\ud800${s}`),
  fc.nat(200).map((n) => JSON.stringify(base).slice(0, n)),
  fc.jsonValue().map((v) => JSON.stringify(v)),
);

/** Structures built to hurt a parser: deep nesting and prototype-pollution keys. */
const attacks = fc.oneof(
  fc.integer({ min: 1000, max: 20000 }).map((depth) => '['.repeat(depth) + ']'.repeat(depth)),
  fc.integer({ min: 1000, max: 5000 }).map((depth) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth)),
  fc.constantFrom('__proto__', 'constructor', 'prototype').map((key) =>
    JSON.stringify(base).replace('{', `{"${key}":{"polluted":true,"isAdmin":true},`),
  ),
  fc.constant(JSON.stringify({ ...base, phrases: [{ ...(base.phrases as object[])[0], __proto__: { polluted: true } }] }).replace('"phrases":[{', '"phrases":[{"__proto__":{"polluted":true},')),
);

describe('importing hostile pack files', () => {
  it('answers 1,000+ malformed files with a clear error, never a throw, and never a write', async () => {
    const { client, fake } = createFakeOptionsClient({ stored: storedWith({ pack: userPack() }) });
    const store = createOptionsStore(client, testBuiltin);
    await store.getState().load();
    const before = JSON.stringify(fake.snapshot.stored);
    const writes = fake.packWrites;

    let rejected = 0;
    const check = async (text: string) => {
      // parsePackText must answer, not throw: a throw fails the property right here.
      const result = parsePackText(text);
      if (!result.ok) {
        rejected++;
        expect(result.errors.length).toBeGreaterThan(0);
        for (const error of result.errors) {
          expect(typeof error.message).toBe('string');
          expect(error.message.length).toBeGreaterThan(3);
        }
        return;
      }
      // A mutation that happens to stay valid is a valid pack: importing it goes through the diff first.
      expect(() => store.getState().planImport(result.pack)).not.toThrow();
    };

    await fc.assert(fc.asyncProperty(brokenPack, check), { numRuns: 600 });
    await fc.assert(fc.asyncProperty(garbage, check), { numRuns: 300 });
    await fc.assert(fc.asyncProperty(attacks, check), { numRuns: 100 });

    expect(rejected).toBeGreaterThan(950);
    expect(JSON.stringify(fake.snapshot.stored)).toBe(before);
    expect(fake.packWrites).toBe(writes);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('refuses a 50 MB file before parsing it', () => {
    const huge = `{"id":"x","phrases":[${'"a",'.repeat(13_000_000)}"a"]}`;
    const result = parsePackText(huge);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]!.message).toMatch(/limit is 2\.0 MB/);
  });

  it('names the field of each problem', () => {
    const pack = structuredClone(base) as { phrases: Record<string, unknown>[] };
    pack.phrases[1]!.step = 9;
    pack.phrases[2]!.text = 'Hello {{customer.password}}';
    const result = parsePackText(JSON.stringify(pack));
    const messages = !result.ok ? result.errors.map((e) => `${e.path}: ${e.message}`) : [];
    expect(messages.join('\n')).toMatch(/phrases\[1\]\.step: expected 1-5/);
    expect(messages.join('\n')).toMatch(/phrases\[2\]\.text: unknown variable \{\{customer\.password\}\}/);
  });
});
