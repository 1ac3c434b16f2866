import { describe, expect, it } from 'vitest';
import { readDrafts, scoreDrafts, THRESHOLDS } from '../../scripts/coach-drafts';

/**
 * The coach against drafts written blind for this project (tests/data/README.md). The development half was
 * used to work out the patterns; the final half is only ever scored, here and by `npm run eval:coach`.
 */
describe('draft coach on the development drafts', () => {
  const { score } = scoreDrafts(readDrafts('tests/data/coach-drafts.develop.jsonl'));

  it('finds the marked blame, deflection and arguing', () => {
    expect(score.unlocated).toBe(0);
    expect(score.recall).toBeGreaterThanOrEqual(THRESHOLDS.recall);
  });

  it('stays quiet where nothing of a kind is marked', () => {
    expect(score.falseRate).toBeLessThanOrEqual(THRESHOLDS.falseRate);
  });

  it('recognises the covered steps', () => {
    expect(score.stepF1).toBeGreaterThanOrEqual(THRESHOLDS.stepF1);
  });
});

describe('draft coach on the final drafts (scored only, never used for tuning)', () => {
  const { score } = scoreDrafts(readDrafts('tests/data/coach-drafts.final.jsonl'));

  // KNOWN SHORTFALL (issue 17): at the end of the round that wrote the patterns, recall here was 0.39 (39/100)
  // against the 0.85 target. `it.fails` keeps the suite honest both ways: it fails as soon as the coach
  // reaches the target, and must then become a plain `it`.
  it.fails('finds the marked blame, deflection and arguing', () => {
    expect(score.unlocated).toBe(0);
    expect(score.recall).toBeGreaterThanOrEqual(THRESHOLDS.recall);
  });

  it('stays quiet where nothing of a kind is marked', () => {
    expect(score.falseRate).toBeLessThanOrEqual(THRESHOLDS.falseRate);
  });

  it('recognises the covered steps', () => {
    expect(score.stepF1).toBeGreaterThanOrEqual(THRESHOLDS.stepF1);
  });
});
