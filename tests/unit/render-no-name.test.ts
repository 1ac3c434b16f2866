import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderPhrase, variablesFor, type Honorific } from '../../lib/packs/render';

/** Every built-in phrase, with its pack's language. */
const builtIn = readdirSync('phrases')
  .filter((file) => file.endsWith('.json'))
  .flatMap((file) => {
    const pack = JSON.parse(readFileSync(`phrases/${file}`, 'utf8')) as { lang: 'vi' | 'en'; phrases: { id: string; text: string }[] };
    return pack.phrases.map((phrase) => ({ pack: file, lang: pack.lang, ...phrase }));
  });

/**
 * What must never show in a phrase that had no customer name to fill in. Name fallbacks are rendered as
 * FALLBACK (see `marked`), so a fallback that stayed is told apart from the word "there" in the phrase itself.
 */
function flaws(text: string): string[] {
  const found: string[] = [];
  // A fallback for the name only after a greeting: "Hi there", "Dear Customer", "Kính gửi Quý khách".
  for (const match of text.matchAll(/FALLBACK/g)) {
    if (!/(\bhi|\bhello|\bhey|\bdear|kính gửi)\s+$/i.test(text.slice(0, match.index))) found.push(`a name fallback mid-sentence: …${text.slice(Math.max(0, match.index - 30), match.index + 8)}`);
  }
  if (/,\s*[,.!?;:]/.test(text)) found.push('a comma before punctuation');
  if (/[ \t][,.!?;:]/.test(text)) found.push('a space before punctuation');
  if (/(^|\n)[ \t]*[,.;:]/.test(text)) found.push('a line opening with punctuation');
  if (/[ \t]{2,}/.test(text)) found.push('a double space');
  if (/\{\{|\}\}/.test(text)) found.push('an unfilled variable');
  return found;
}

/** The phrase with every customer-name fallback spelled FALLBACK. */
const marked = (text: string) => text.replace(/(\{\{\s*customer\.(?:firstName|name)\s*)\|[^}]*\}\}/g, '$1|FALLBACK}}');

describe('phrases read naturally without the customer’s name', () => {
  it.each(['quý khách', 'anh', 'chị'] as Honorific[])('every built-in phrase, Vietnamese honorific “%s”', (honorific) => {
    expect(builtIn.length).toBeGreaterThan(50);
    const problems = builtIn
      .map((phrase) => ({ id: `${phrase.pack}:${phrase.id}`, text: renderPhrase(marked(phrase.text), variablesFor({ lang: phrase.lang, honorific, customerName: '' })) }))
      .map((phrase) => ({ ...phrase, flaws: flaws(phrase.text) }))
      .filter((phrase) => phrase.flaws.length > 0);
    expect(problems).toEqual([]);
  });

  it('drops an address and its comma mid-sentence, keeps "Hi there," and the name when there is one', () => {
    const none = variablesFor({ lang: 'en' });
    const dana = variablesFor({ lang: 'en', customerName: 'Dana Whitfield' });
    const cases: [string, string, string][] = [
      ['Thank you for writing to us, {{customer.firstName|there}}. I am on it.', 'Thank you for writing to us. I am on it.', 'Thank you for writing to us, Dana. I am on it.'],
      ['Sorry about that, {{customer.firstName|there}}, and thanks!', 'Sorry about that, and thanks!', 'Sorry about that, Dana, and thanks!'],
      ['Hi {{customer.firstName|there}}, thanks for waiting.', 'Hi there, thanks for waiting.', 'Hi Dana, thanks for waiting.'],
      ['{{customer.firstName}}, thanks for waiting.', 'Thanks for waiting.', 'Dana, thanks for waiting.'],
      ['Dear {{customer.name|Customer}},', 'Dear Customer,', 'Dear Dana Whitfield,'],
    ];
    for (const [text, without, withName] of cases) {
      expect(renderPhrase(text, none)).toBe(without);
      expect(renderPhrase(text, dana)).toBe(withName);
    }
  });

  it('Vietnamese: "chị Lan" becomes "chị" alone', () => {
    const text = 'Dạ, em chào {{honorific}} {{customer.firstName}}, em rất tiếc về sự cố này ạ.';
    expect(renderPhrase(text, variablesFor({ lang: 'vi', honorific: 'chị', customerName: 'Nguyễn Thị Lan' }))).toBe(
      'Dạ, em chào chị Lan, em rất tiếc về sự cố này ạ.',
    );
    expect(renderPhrase(text, variablesFor({ lang: 'vi', honorific: 'chị' }))).toBe('Dạ, em chào chị, em rất tiếc về sự cố này ạ.');
  });

  it('any sentence with the name as an address, mid-sentence or opening it, reads cleanly without it', () => {
    const word = fc.stringMatching(/^[a-z]{2,8}$/);
    const words = fc.array(word, { minLength: 1, maxLength: 5 }).map((w) => w.join(' '));
    const variable = fc.constantFrom('{{customer.firstName|FALLBACK}}', '{{customer.firstName}}', '{{customer.name|FALLBACK}}', '{{ customer.name }}');
    fc.assert(
      fc.property(words, variable, words, fc.constantFrom('.', '!', '?', ', and more.'), (head, name, tail, end) => {
        const mid = renderPhrase(`${head}, ${name}${end} ${tail}.`, variablesFor({ lang: 'en' }));
        const opening = renderPhrase(`${head}. ${name}, ${tail}.`, variablesFor({ lang: 'en' }));
        expect(flaws(mid)).toEqual([]);
        expect(flaws(opening)).toEqual([]);
      }),
    );
  });
});
