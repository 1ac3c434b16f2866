import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePackText } from '../../lib/packs/import';
import { findLoneSurrogates } from '../../lib/packs/surrogates';

const packJson = (text: string, title = 'Sorry', goal = 'Fix it') =>
  `{"id":"p","name":"P","lang":"en","version":"1.0.0","updatedAt":"2026-05-01T10:00:00Z",
    "playbook":{"delivery":{"goal":${JSON.stringify(goal)}}},
    "phrases":[{"id":"a","step":2,"text":"Fine 😀"},{"id":"b","step":2,"title":${JSON.stringify(title)},"text":${JSON.stringify(text)}}]}`;

describe('lone surrogates in an imported pack are named, not stored silently', () => {
  it('names each phrase and field that holds one', () => {
    const parsed = parsePackText(packJson('Broken \ud83d here', 'Half \ude00', '\udbff goal'));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(findLoneSurrogates(parsed.pack)).toEqual([
      { path: 'phrases[1].text', phraseId: 'b' },
      { path: 'phrases[1].title', phraseId: 'b' },
      { path: 'playbook.delivery.goal' },
    ]);
  });

  it('whole pairs are fine, wherever they are; any lone half is found', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0xd800, max: 0xdfff }), (text, at, half) => {
        const clean = packJson(text || 'x');
        const ok = parsePackText(clean);
        if (!ok.ok) return;
        expect(findLoneSurrogates(ok.pack)).toEqual([]);
        const cut = Math.min(at, text.length);
        // A lone half next to ordinary text (a letter on both sides, so it can't pair up by accident).
        const broken = parsePackText(packJson(`${text.slice(0, cut)}a${String.fromCharCode(half)}a${text.slice(cut)}`));
        if (!broken.ok) return;
        expect(findLoneSurrogates(broken.pack)).toEqual([{ path: 'phrases[1].text', phraseId: 'b' }]);
      }),
      { numRuns: 200 },
    );
  });
});
