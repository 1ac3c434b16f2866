import { describe, expect, it } from 'vitest';
import { judge, occurrences, squash, type Snapshot } from '../../lib/insert/verify';

const snap = (before: string, selected: string, after: string): Snapshot => ({
  full: squash(before + selected + after),
  before: squash(before),
  after: squash(after),
});

describe('judging an insertion by the editor text before and after', () => {
  const phrase = 'Em rất tiếc ạ.';

  it('accepts exactly one copy at the caret, whitespace and block breaks aside', () => {
    expect(judge(snap('Hello ', '', 'world.'), squash('Hello Em rất tiếc ạ.\n\nworld.'), phrase)).toBe('at-caret');
  });

  it('accepts a copy that replaced the selection', () => {
    expect(judge(snap('Hello ', 'world', '.'), squash(`Hello ${phrase}.`), phrase)).toBe('at-caret');
  });

  it('says "unchanged" when the editor ignored the strategy, so the next one may try', () => {
    expect(judge(snap('Hello', '', ''), squash('Hello'), phrase)).toBe('unchanged');
  });

  it('says "selection-removed" when only the selected text went away', () => {
    expect(judge(snap('Hello ', 'world', '.'), squash('Hello .'), phrase)).toBe('selection-removed');
  });

  it('flags two copies, so no further strategy makes it three', () => {
    expect(judge(snap('Hi ', '', ''), squash(`Hi ${phrase}${phrase}`), phrase)).toBe('duplicated');
  });

  it('tells a copy that landed elsewhere from one at the caret', () => {
    expect(judge(snap('Hello ', '', 'world.'), squash(`${phrase}Hello world.`), phrase)).toBe('elsewhere');
  });

  it('calls partial or mangled text "garbled"', () => {
    expect(judge(snap('Hello', '', ''), squash('Hello Em rất'), phrase)).toBe('garbled');
  });

  it('compares precomposed and decomposed Vietnamese as the same text', () => {
    const decomposed = phrase.normalize('NFD');
    expect(judge(snap('', '', ''), squash(decomposed), phrase)).toBe('at-caret');
    expect(occurrences(squash(`a${phrase}b${phrase}`), squash(phrase))).toBe(2);
  });
});
