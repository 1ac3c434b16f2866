import { fieldText, hiddenByMarkup } from './dom-text';

/**
 * The customer's name from a labelled field outside the thread ("Requester: …", "Reporter", "Khách hàng:",
 * "Người dùng:"), or from an element named like one (`.requester-name`). '' when the page has none; the
 * reader then takes the sender of the first message.
 */
const LABEL =
  /^(requesters?|requestors?|requested by|reporter|customer|customer name|client|contact|person|end[- ]user|user|submitted by|opened by|người dùng|khách hàng|tên khách hàng|người yêu cầu|người gửi|liên hệ)\s*:?$/i;
/** "Requested by Natalie Brooks": the words before the name in a named field. */
const LEADING_LABEL = /^\s*(requested by|requester|requestor|reporter|customer|from|khách hàng|người dùng|người yêu cầu)\s*:?\s*/i;
const NAMED = '[class*="requester" i],[class*="customer-name" i],[class*="contact-name" i],[data-field="requester"],[data-testid*="requester" i]';
const LABEL_TAGS = 'dt,th,td,label,span,b,strong,div,p,small,em';

const inside = (el: Element, root: Element) => root.contains(el);

function valueAfter(label: Element, labelText: string): string {
  // A label alone in its box ("<div><b>Person</b></div><div>Name</div>"): the value is the next box.
  const box = !label.nextElementSibling && label.parentElement && fieldText(label.parentElement) === labelText ? label.parentElement : label;
  let next = box.nextElementSibling;
  while (next && hiddenByMarkup(next)) next = next.nextElementSibling;
  if (next) return fieldText(next);
  const parent = label.parentElement;
  if (!parent) return '';
  return fieldText(parent).replace(labelText, '').replace(/^\s*:?\s*/, '').trim();
}

export function findRequester(document: Document, thread: Element): string {
  for (const el of document.querySelectorAll(LABEL_TAGS)) {
    if (el.children.length > 1 || inside(el, thread)) continue;
    const text = fieldText(el);
    if (text.length > 30 || !LABEL.test(text)) continue;
    const value = valueAfter(el, text);
    if (value && value.length <= 120 && !LABEL.test(value)) return value.split('\n')[0]!.trim();
  }
  for (const el of document.querySelectorAll(NAMED)) {
    if (inside(el, thread) || hiddenByMarkup(el)) continue;
    const text = fieldText(el).replace(LEADING_LABEL, '');
    if (text && text.length <= 120 && !LABEL.test(text)) return text.split('\n')[0]!.trim();
  }
  return '';
}
