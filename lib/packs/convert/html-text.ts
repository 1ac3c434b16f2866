import { Parser } from 'htmlparser2';

/** Elements that end a line of text where they open and close. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer', 'form',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table',
  'tr', 'ul',
]);
/** Elements whose content is never text a reader sees. */
const HIDDEN = new Set(['script', 'style', 'head', 'title', 'template', 'noscript', 'svg']);
/** Elements after which a blank line separates paragraphs. */
const PARAGRAPHS = new Set(['p', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table']);

/**
 * A cheap look before parsing: does this text hold HTML markup? Only a line break or a closing tag of the
 * elements replies are written with counts, so "Press <Enter>" or "<A>" in plain text stays as it is.
 */
export const looksLikeHtml = (text: string) =>
  /<(?:br|hr)\s*\/?>|<\/(?:p|div|li|ul|ol|a|b|strong|em|i|u|span|h[1-6]|table|tr|td|blockquote|font)\s*>/i.test(text);

/**
 * A vendor's HTML reply as plain text a person would type: paragraphs and `<br>` become line breaks, list
 * items keep a "- " or "1. " mark, a link keeps its address after its words ("help centre (https://…)"),
 * entities are decoded and nothing is ever rendered. Parsed by htmlparser2, so broken markup degrades to text.
 */
export function htmlToText(html: string): string {
  let out = '';
  let hidden = 0;
  const lists: { ordered: boolean; next: number }[] = [];
  const links: { href: string; start: number }[] = [];
  let pre = 0;

  const breakLine = (blank = false) => {
    out = out.replace(/[ \t]+$/, '');
    if (out === '') return;
    const want = blank ? '\n\n' : '\n';
    if (!out.endsWith(want)) out = out.replace(/\n*$/, '') + want;
  };

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (HIDDEN.has(name)) hidden++;
        if (hidden) return;
        if (name === 'br') out += '\n';
        else if (name === 'pre') pre++;
        else if (name === 'ul' || name === 'ol') {
          breakLine();
          lists.push({ ordered: name === 'ol', next: Number(attrs.start) || 1 });
        } else if (name === 'li') {
          breakLine();
          const list = lists[lists.length - 1];
          const indent = '  '.repeat(Math.max(0, lists.length - 1));
          out += indent + (list?.ordered ? `${list.next++}. ` : '- ');
        } else if (name === 'a') links.push({ href: attrs.href ?? '', start: out.length });
        else if (name === 'img' && attrs.alt) out += attrs.alt;
        else if (BLOCKS.has(name)) breakLine(PARAGRAPHS.has(name));
      },
      ontext(text) {
        if (hidden) return;
        out += pre ? text : text.replace(/\s+/g, ' ').replace(/^ /, /[\s]$|^$/.test(out) ? '' : ' ');
      },
      onclosetag(name) {
        if (HIDDEN.has(name)) {
          hidden = Math.max(0, hidden - 1);
          return;
        }
        if (hidden) return;
        if (name === 'pre') pre = Math.max(0, pre - 1);
        if (name === 'ul' || name === 'ol') lists.pop();
        if (name === 'a') {
          const link = links.pop();
          const href = link?.href.trim() ?? '';
          const label = link ? out.slice(link.start).trim() : '';
          // The address is kept only where a reader would lose it: a label that isn't the address itself.
          if (/^(https?:|mailto:)/i.test(href) && label !== href && label !== href.replace(/^mailto:/i, '')) {
            out += ` (${href})`;
          }
        }
        if (BLOCKS.has(name)) breakLine(PARAGRAPHS.has(name));
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  return tidy(out);
}

/** Trailing spaces off every line, no more than one blank line in a row, none at either end. */
export function tidy(text: string): string {
  return text
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
