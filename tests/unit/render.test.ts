import { describe, expect, it } from 'vitest';
import { firstNameOf, renderPhrase, renderText, variablesFor } from '../../lib/packs/render';

describe('phrase variables', () => {
  it('fills known variables and uses fallbacks when a value is missing', () => {
    const vars = variablesFor({ lang: 'en', customerName: 'Dana Whitfield', ticketId: '4823' });
    expect(renderText('Hi {{customer.firstName|there}}, about #{{ticket.id}}', vars)).toBe('Hi Dana, about #4823');
    expect(renderText('Hi {{customer.firstName|there}}!', variablesFor({ lang: 'en' }))).toBe('Hi there!');
    expect(renderText('Thanks, {{agent.name}}', variablesFor({ lang: 'en' }))).toBe('Thanks,');
  });

  it('addresses Vietnamese customers with the chosen honorific, "quý khách" by default', () => {
    const text = '{{honorific}} vui lòng cho em xin mã đơn hàng ạ.';
    expect(renderPhrase(text, variablesFor({ lang: 'vi' }))).toBe('Quý khách vui lòng cho em xin mã đơn hàng ạ.');
    expect(renderPhrase(text, variablesFor({ lang: 'vi', honorific: 'chị' }))).toBe('Chị vui lòng cho em xin mã đơn hàng ạ.');
    expect(renderPhrase('Dạ, em cảm ơn {{honorific}} ạ.', variablesFor({ lang: 'vi', honorific: 'anh' }))).toBe('Dạ, em cảm ơn anh ạ.');
  });

  it('drops an empty English honorific without leaving gaps', () => {
    expect(renderText('Thank you {{honorific}}, we are on it.', variablesFor({ lang: 'en' }))).toBe('Thank you, we are on it.');
  });

  it('takes the given name: last word in Vietnamese, first in English', () => {
    expect(firstNameOf('Nguyễn Thị Lan', 'vi')).toBe('Lan');
    expect(firstNameOf('Dana Whitfield', 'en')).toBe('Dana');
    expect(firstNameOf('   ', 'en')).toBe('');
  });

  it('never interprets markup: values stay literal text', () => {
    const vars = variablesFor({ lang: 'en', customerName: '<img src=x onerror=alert(1)>' });
    expect(renderText('Hi {{customer.name}}', vars)).toBe('Hi <img src=x onerror=alert(1)>');
  });
});
