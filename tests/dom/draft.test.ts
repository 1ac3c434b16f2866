import { describe, expect, it } from 'vitest';
import { readDraft, selectDraftRange } from '../../lib/insert/draft';

function editable(html: string) {
  const el = document.createElement('div');
  el.contentEditable = 'true';
  el.innerHTML = html;
  document.body.replaceChildren(el);
  return el;
}

describe('reading the draft', () => {
  it('joins paragraphs with line breaks and skips caret fillers', () => {
    const el = editable('<p>Dạ em chào chị,</p><p>em xin lỗi\u2060 vì<br>sự chậm trễ.</p><p><br data-cke-filler="true"></p>');
    expect(readDraft(el).text).toBe('Dạ em chào chị,\nem xin lỗi vì\nsự chậm trễ.');
  });

  it('reads text controls by value', () => {
    const area = document.createElement('textarea');
    area.value = 'Hello\nthere';
    expect(readDraft(area).text).toBe('Hello\nthere');
  });

  it('selects exactly the words at the given offsets, across fillers and paragraphs', () => {
    const el = editable('<p>Thanks for waiting.</p><p>As I\u2060 already said, <b>you</b> should have checked.</p>');
    const text = readDraft(el).text;
    const start = text.indexOf('As I');
    const end = text.indexOf(', you');
    expect(selectDraftRange(el, start, end, 'As I already said')).toBe(true);
    expect(document.getSelection()!.toString().replace(/\u2060/g, '')).toBe('As I already said');
  });

  it('refuses when the draft no longer reads as expected', () => {
    const el = editable('<p>Hello there</p>');
    expect(selectDraftRange(el, 0, 5, 'Howdy')).toBe(false);
  });
});
