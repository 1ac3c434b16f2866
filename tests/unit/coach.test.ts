import { describe, expect, it } from 'vitest';
import { applySuggestion, coachDraft, type CoachWarning, type WarningKind } from '../../lib/coach';

const spanOf = (draft: string, w: Pick<CoachWarning, 'start' | 'end'>) => draft.slice(w.start, w.end);
const kinds = (draft: string, ctx?: Parameters<typeof coachDraft>[1]) =>
  coachDraft(draft, ctx).warnings.map((w) => w.kind);
const only = (draft: string, kind: WarningKind, ctx?: Parameters<typeof coachDraft>[1]) =>
  coachDraft(draft, ctx).warnings.filter((w) => w.kind === kind);

describe('coachDraft — coverage in English', () => {
  it.each([
    ["I'm really sorry the parcel arrived with a cracked lid.", 2],
    ['That must have been frustrating after waiting all week.', 2],
    ['Thank you for flagging the wrong charge on your card.', 2],
    ['Could you send me a photo of the label on the box?', 3],
    ['Just to confirm, the blender stopped working on the second day?', 3],
    ['I have arranged a replacement that leaves our warehouse tomorrow.', 4],
    ["We'll refund the delivery fee to your original payment method.", 4],
    ['Does that work for you?', 5],
    ['Are you happy with that plan?', 5],
  ] as const)('%s → step %i', (draft, step) => {
    expect(coachDraft(draft).covered).toContain(step);
  });

  it('recognises a complete reply and raises nothing', () => {
    const draft =
      "Hi Marco,\nI'm sorry the headphones stopped charging so soon. Could you tell me whether the light turns on when you plug them in? " +
      "Either way, I will send you a new pair today with free return postage for the old ones. Does that sound good to you?\n" +
      'Thanks for your patience,\nLena';
    const r = coachDraft(draft, { lang: 'en' });
    expect(r.covered).toEqual([2, 3, 4, 5]);
    expect(r.warnings).toEqual([]);
    expect(r.draftLang).toBe('en');
    expect(r.truncated).toBe(false);
    expect(r.analysedChars).toBe(draft.length);
  });

  it('gives evidence spans that point at the words', () => {
    const draft = 'Hello again. Could you share the order number from your receipt?';
    const hit = coachDraft(draft).coverage.find((h) => h.step === 3);
    expect(hit?.source).toBe('cue');
    expect(spanOf(draft, hit!)).toMatch(/^Could you share/);
  });

  it('does not claim steps from unrelated text', () => {
    expect(coachDraft('The weather in Lisbon was lovely last spring.').covered).toEqual([]);
  });
});

describe('coachDraft — English warnings', () => {
  it('flags blame with a replacement that fits the sentence', () => {
    const draft = 'As I already said, the coupon expired on Monday.';
    const [w] = only(draft, 'blame');
    expect(spanOf(draft, w!)).toBe('As I already said');
    expect(applySuggestion(draft, w!)).toBe('To recap, the coupon expired on Monday.');

    const draft2 = 'Sadly you should have kept the original receipt.';
    const [w2] = only(draft2, 'blame');
    expect(spanOf(draft2, w2!)).toBe('you should have');
    expect(applySuggestion(draft2, w2!)).toBe('Sadly it would have helped to have kept the original receipt.');
    expect(w2!.scope).toBe('text');
    expect(w2!.lang).toBe('en');
    expect(w2!.message).toMatch(/blam/i);
  });

  it('flags deflection and arguing', () => {
    const d1 = 'Refunds are not my department, sorry.';
    expect(spanOf(d1, only(d1, 'deflect')[0]!)).toBe('not my department');
    const d2 = "There's nothing I can do about the courier.";
    const w2 = only(d2, 'deflect')[0]!;
    expect(spanOf(d2, w2)).toBe("There's nothing I can do");
    expect(w2.suggestion).toMatch(/^I wish I could/);
    const d3 = "That’s impossible, the tracking says it was delivered.";
    const w3 = only(d3, 'argue')[0]!;
    expect(spanOf(d3, w3)).toBe('That’s impossible');
    expect(w3.suggestion).toMatch(/^That's unexpected/);
    expect(kinds('Please calm down and read my message.')).toContain('absolute');
    expect(kinds('You must have entered the old address.')).toContain('blame');
  });

  it('does not flag kind or informative sentences that contain warning words', () => {
    for (const draft of [
      'You should have received an email with the tracking link this morning.',
      "Please don't worry, it's not your fault at all.",
      "I'll make sure this never happens again.",
      'You must have been so worried when the screen went black.',
      "I'm sorry it's impossible to log in right now.",
      "I can't help but smile at your dog's photo!",
      'Once things calm down after the sale, the queue will shrink.',
    ]) {
      expect(kinds(draft).filter((k) => k === 'blame' || k === 'deflect' || k === 'argue' || k === 'absolute'), draft).toEqual([]);
    }
  });

  it('matches cue words only as whole words', () => {
    // "unsorry"/"calmer" contain cue letters but are different words.
    expect(coachDraft('The calmer tone helped; nobody was unsorry.').covered).toEqual([]);
    expect(kinds('We keep notes on user errors.')).not.toContain('blame');
  });

  it('asks for thanks and a check-back at the end of a complete draft', () => {
    const draft = 'Hi Omar,\nI looked at your account and the double charge is real. I will reverse it today.';
    const r = coachDraft(draft, { lang: 'en' });
    const thanks = r.warnings.find((w) => w.kind === 'no-thanks')!;
    const check = r.warnings.find((w) => w.kind === 'no-check-back')!;
    expect(thanks.scope).toBe('draft');
    expect([thanks.start, thanks.end]).toEqual([draft.length, draft.length]);
    expect(applySuggestion(draft, check)).toBe(draft + ' Does this work for you?');
    expect(applySuggestion(draft, thanks)).toBe(draft + ' Thank you for your patience.');
  });

  it('inserts the missing sentence before the sign-off', () => {
    const draft = 'Hi Omar,\nI reversed the double charge this morning, it shows within two days.\nKind regards,\nPriya';
    const check = only(draft, 'no-check-back')[0]!;
    expect(check.start).toBe(draft.indexOf('Kind regards'));
    expect(applySuggestion(draft, check)).toBe(
      'Hi Omar,\nI reversed the double charge this morning, it shows within two days.\nDoes this work for you?\nKind regards,\nPriya',
    );
    // A thanks line counts as closing too: the question goes before it.
    const d2 = 'I reversed the double charge this morning and it shows within two days. Thanks for bearing with us!';
    const c2 = only(d2, 'no-check-back')[0]!;
    expect(c2.start).toBe(d2.indexOf('Thanks'));
    expect(only(d2, 'no-thanks')).toEqual([]);
  });

  it('accepts a question near the end as a check-back', () => {
    const draft = 'Hi Omar,\nI reversed the double charge and it shows within two days. Would you like a receipt by email?\nBest,\nPriya';
    expect(kinds(draft)).not.toContain('no-check-back');
  });

  it('stays quiet about thanks and check-back while the draft is short or one sentence', () => {
    expect(kinds('Hi Omar, I see the problem.', { lang: 'en' })).toEqual([]);
    // 90 characters but still one sentence being typed.
    expect(kinds('I have looked at the order history and I can see that the parcel left our warehouse on', { lang: 'en' })).toEqual([]);
  });

  it('flags a reply in the other language than the customer', () => {
    const draft = 'Hello Minh, we are sorry about the late delivery and we will refund the fee.';
    const w = only(draft, 'language', { assessment: { lang: 'vi' } })[0]!;
    expect(w.scope).toBe('draft');
    expect([w.start, w.end]).toEqual([0, draft.length]);
    expect(w.suggestion).toBeUndefined();
    expect(w.message).toMatch(/Vietnamese/);
    // context.lang wins over the assessment; 'other' never warns.
    expect(only(draft, 'language', { lang: 'en', assessment: { lang: 'vi' } })).toEqual([]);
    expect(only(draft, 'language', { lang: 'other' })).toEqual([]);
    expect(only(draft, 'language')).toEqual([]);
  });
});

describe('coachDraft — result shape for a UI', () => {
  it('orders warnings by position, with unique ids, and text warnings never overlap', () => {
    const draft = "As I said, that's not my department and you're wrong. You should have called the shop.";
    const r = coachDraft(draft);
    const ids = new Set(r.warnings.map((w) => w.id));
    expect(ids.size).toBe(r.warnings.length);
    const starts = r.warnings.map((w) => w.start);
    expect(starts).toEqual([...starts].sort((x, y) => x - y));
    const text = r.warnings.filter((w) => w.scope === 'text');
    for (let i = 1; i < text.length; i++) expect(text[i]!.start).toBeGreaterThanOrEqual(text[i - 1]!.end);
    expect(text.map((w) => w.kind)).toEqual(['blame', 'deflect', 'argue', 'blame']);
  });

  it('applySuggestion leaves the draft alone when there is no suggestion', () => {
    expect(applySuggestion('abc', { start: 0, end: 3 })).toBe('abc');
    expect(applySuggestion('abc', { start: 5, end: 9, suggestion: '!' })).toBe('abc!');
  });
});
