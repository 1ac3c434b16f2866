import { describe, expect, it } from 'vitest';
import { coachDraft } from '../../lib/coach';
import { CUE_SETS, TEXT_WARNING_KINDS } from '../../lib/coach/cues';
import { expand } from '../../lib/coach/patterns';

/** The simplest text a pattern describes: first alternative of every group, no gaps. */
const sample = (pattern: string, pick: 'first' | 'last' = 'first') =>
  pattern
    .replace(/!\([^)]*\)/g, ' ')
    .replace(/\(([^)]*)\)/g, (_, alts: string) => {
      const list = alts.split('|');
      return (pick === 'first' ? list[0] : list[list.length - 1]) ?? '';
    })
    .replace(/@Name/g, 'Acme')
    .replace(/\*+|\[|\]|<|>|\^|~/g, ' ')
    .replace(/(^| )_(?= |$)/g, ' thing')
    .replace(/\s+/g, ' ')
    .trim();

describe('cue data', () => {
  for (const set of CUE_SETS) {
    describe(set.lang, () => {
      it('compiles', () => {
        const all = [
          ...Object.values(set.steps).flat(),
          ...TEXT_WARNING_KINDS.flatMap((kind) => set[kind].map((c) => c.p)),
          ...set.offers,
          ...set.exceptions,
          ...set.thanks,
          ...set.closings,
          ...(set.greetings ?? []),
          ...(set.salutations ?? []),
        ];
        for (const p of all) expect(() => expand(p), p).not.toThrow();
      });

      it('every step cue is recognised in a sentence of its own', () => {
        for (const step of [2, 3, 4, 5] as const) {
          for (const p of set.steps[step]) {
            for (const pick of ['first', 'last'] as const) {
              const text = sample(p, pick);
              expect(coachDraft(`${text}.`).covered, `${p} → "${text}"`).toContain(step);
            }
          }
        }
      });

      it('every warning cue is reported, with a suggestion in its language', () => {
        for (const kind of TEXT_WARNING_KINDS) {
          for (const cue of set[kind]) {
            const text = sample(cue.p);
            const ws = coachDraft(`${text}.`).warnings.filter((w) => w.kind === kind);
            expect(ws.length, `${cue.p} → "${text}"`).toBe(1);
            expect(ws[0]!.lang).toBe(set.lang);
            if (cue.s) expect(ws[0]!.suggestion).toBeTruthy();
            else expect(ws[0]!.suggestion).toBeUndefined();
          }
        }
      });
    });
  }
});
