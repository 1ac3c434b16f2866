import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtinPacks } from '../../lib/packs';
import { describeError } from '../../lib/packs/issues';
import { PHRASE_TEXT_PATTERN } from '../../lib/packs/json-schema';
import { parsePackText } from '../../lib/packs/import';
import { fillInsOf, renderInsertion, renderPhrase, variablesFor } from '../../lib/packs/render';

const en = variablesFor({ lang: 'en', customerName: 'Dana Whitfield', ticketId: '4821' });

describe('fill-ins', () => {
  it('lists the fields a phrase asks for, each once, in order', () => {
    expect(fillInsOf('Order {{input:Order number}} gets {{choice:a refund|a replacement}}; #{{input:order number}} {{cursor}}')).toEqual([
      { kind: 'input', key: 'input:order number', label: 'Order number' },
      { kind: 'choice', key: 'choice:a refund|a replacement', options: ['a refund', 'a replacement'] },
    ]);
    expect(fillInsOf('Hi {{customer.firstName|there}}, thanks. {{cursor}}')).toEqual([]);
  });

  it('inserts the values, and the caret goes back to the cursor mark', () => {
    const text = 'Hi {{customer.firstName}}, order {{input:Order number}} gets {{choice:a refund|a replacement}}. {{cursor}} Thanks!';
    const values = { 'input:order number': 'A-77', 'choice:a refund|a replacement': 'a replacement' };
    // the spaces around the mark stay: what the agent types goes between them
    expect(renderInsertion(text, en, values)).toEqual({ text: 'Hi Dana, order A-77 gets a replacement.  Thanks!', caretBack: ' Thanks!'.length });
  });

  it('falls back sensibly when a field is left empty: the input’s own fallback or nothing, the first option', () => {
    expect(renderInsertion('Order {{input:Order number|your order}} gets {{choice:a refund|a replacement}}.', en, {}).text).toBe(
      'Order your order gets a refund.',
    );
    expect(renderInsertion('We checked order {{input:Order number}}, and it ships today.', en, { 'input:order number': '  ' }).text).toBe(
      'We checked order, and it ships today.',
    );
    // a value that is not one of the options is not inserted
    expect(renderInsertion('{{choice:a refund|a replacement}}', en, { 'choice:a refund|a replacement': 'cash' }).text).toBe('A refund');
  });

  it('shows unanswered fields as their label in lists, answered ones as their value, and no cursor mark', () => {
    const text = 'Order {{input:Order number}}: {{choice:a refund|a replacement}}{{cursor}}.';
    expect(renderPhrase(text, en)).toBe('Order [Order number]: [a refund / a replacement].');
    expect(renderPhrase(text, en, { 'input:order number': 'A-77' })).toBe('Order A-77: [a refund / a replacement].');
  });

  it('puts the caret exactly at the mark for any text around it', () => {
    const before = fc.stringMatching(/^[A-Z][a-z0-9]{0,8}( [a-z0-9]{1,8}){0,3} $/);
    const after = fc.stringMatching(/^[a-z0-9]{1,8}( [a-z0-9]{1,8}){0,3}$/);
    fc.assert(
      fc.property(before, after, (head, tail) => {
        expect(renderInsertion(`${head}{{cursor}}${tail}`, en)).toEqual({ text: head + tail, caretBack: tail.length });
      }),
    );
  });
});

describe('fill-ins in pack files', () => {
  const packWith = (text: string) =>
    JSON.stringify({ id: 't', name: 'T', lang: 'en', version: '1.0.0', updatedAt: '2026-05-01T10:00:00Z', phrases: [{ id: 'p', step: 4, text }] });
  const problems = (text: string) => {
    const result = parsePackText(packWith(text));
    return result.ok ? [] : result.errors.map(describeError);
  };

  it('accepts complete fill-ins', () => {
    expect(problems('Order {{input:Order number|your order}}: {{choice:a refund|a replacement}}. {{cursor}}')).toEqual([]);
  });

  it('says what is wrong with a broken one', () => {
    expect(problems('Order {{input:}}')).toEqual(['phrases[0].text: {{input:}} needs a label after "input:", like {{input:Order number}}']);
    expect(problems('{{choice:only one}}')).toEqual([
      'phrases[0].text: {{choice:only one}} needs at least two options, like {{choice:a refund|a replacement}}',
    ]);
    expect(problems('{{cursor}} and {{cursor}}')).toEqual(['phrases[0].text: {{cursor}} may appear only once']);
  });
});

describe('the JSON Schema’s pattern for phrase text', () => {
  const pattern = new RegExp(PHRASE_TEXT_PATTERN, 'u');

  it('accepts every built-in phrase and complete fill-ins', () => {
    for (const pack of builtinPacks) for (const phrase of pack.phrases) expect(pattern.test(phrase.text), phrase.id).toBe(true);
    expect(pattern.test('Order {{input:Order number|your order}}: {{choice:a refund|a replacement}}. {{cursor}}')).toBe(true);
  });

  it('refuses what the pack check refuses', () => {
    for (const text of ['Hi {{customer.nickname}}', 'Order {{input:}}', '{{choice:only one}}', '{{choice:a|}}']) {
      expect(pattern.test(text), text).toBe(false);
    }
  });
});
