import { locate } from '../issues';
import { problem } from '../problems';
import { htmlToText, looksLikeHtml, tidy } from './html-text';
import { mapPlaceholders } from './placeholders';
import type { SourceFormat, SourceRead, SourceReply } from './types';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const str = (value: unknown) => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '');

/** A body as plain text: HTML when the vendor gives HTML, else the text as it is. */
function bodyText(html: string, plain: string): string {
  if (html.trim()) return htmlToText(html);
  return looksLikeHtml(plain) ? htmlToText(plain) : tidy(plain.replace(/\r\n?/g, '\n'));
}

function reply(where: string, title: string, body: string, extra: Partial<SourceReply> = {}): SourceReply {
  const mapped = mapPlaceholders(body);
  const mappedTitle = mapPlaceholders(title);
  return {
    where,
    title: mappedTitle.text.trim(),
    text: mapped.text,
    unknownPlaceholders: [...new Set([...mapped.unknown, ...mappedTitle.unknown])],
    ...extra,
  };
}

/** The list a vendor's API answers with: the bare array, or the array under one of its keys. */
function itemsOf(data: unknown, keys: readonly string[]): { items: unknown[]; path: string } | null {
  if (Array.isArray(data)) return { items: data, path: '' };
  if (!isObject(data)) return null;
  for (const key of keys) {
    const value = key.split('.').reduce<unknown>((v, k) => (isObject(v) ? v[k] : undefined), data);
    if (Array.isArray(value)) return { items: value, path: key };
    if (isObject(value)) return { items: [value], path: key };
  }
  return null;
}
const at = (path: string, index: number) => (path ? `${path}[${index}]` : `[${index}]`);

/** Zendesk's `::` folder nesting: "Billing::Refunds::Approved" is the reply "Approved" in two folders. */
function zendeskTitle(title: string): { title: string; folders: string[] } {
  const parts = title.split('::').map((p) => p.trim()).filter(Boolean);
  return { title: parts.pop() ?? '', folders: parts };
}

/** A Zendesk comment action's value: a string, or the older `["channel:all", "text"]` pair. */
function zendeskValue(value: unknown): string {
  if (Array.isArray(value)) return str(value[value.length - 1]);
  return str(value);
}

/** Zendesk macros as GET /api/v2/macros answers: `{ macros: [{ title, actions: [{ field, value }] }] }`. */
export function readZendesk(data: unknown): SourceRead {
  const out: SourceRead = { replies: [], problems: [], skipped: [] };
  const list = itemsOf(data, ['macros', 'macro']);
  if (!list) return { ...out, problems: [locate('', problem('notVendorFile', 'Zendesk'))] };
  list.items.forEach((item, i) => {
    const where = at(list.path, i);
    if (!isObject(item) || !Array.isArray(item.actions)) {
      out.problems.push(locate(where, problem('vendorItemShape', 'title, actions')));
      return;
    }
    const actions = item.actions.filter(isObject);
    const html = actions.filter((a) => a.field === 'comment_value_html').map((a) => zendeskValue(a.value)).join('\n');
    const plain = actions.filter((a) => a.field === 'comment_value').map((a) => zendeskValue(a.value)).join('\n');
    const text = bodyText(html, plain);
    if (!text) return void out.skipped.push({ where, why: 'noReplyText' });
    const { title, folders } = zendeskTitle(str(item.title));
    out.replies.push(reply(where, title, text, { tags: folders }));
  });
  return out;
}

/** Freshdesk canned responses (GET /api/v2/canned_responses/…): `[{ title, content, content_html, folder_id }]`. */
export function readFreshdesk(data: unknown): SourceRead {
  const out: SourceRead = { replies: [], problems: [], skipped: [] };
  const list = itemsOf(data, ['canned_responses', 'responses']);
  if (!list) return { ...out, problems: [locate('', problem('notVendorFile', 'Freshdesk'))] };
  list.items.forEach((item, i) => {
    const where = at(list.path, i);
    if (!isObject(item) || (typeof item.content !== 'string' && typeof item.content_html !== 'string')) {
      out.problems.push(locate(where, problem('vendorItemShape', 'title, content_html')));
      return;
    }
    const text = bodyText(str(item.content_html), str(item.content));
    if (!text) return void out.skipped.push({ where, why: 'noReplyText' });
    out.replies.push(reply(where, str(item.title), text));
  });
  return out;
}

/** Help Scout saved replies (GET /v2/mailboxes/{id}/saved-replies/{id}): `{ name, text, chatText }`, text in HTML. */
export function readHelpScout(data: unknown): SourceRead {
  const out: SourceRead = { replies: [], problems: [], skipped: [] };
  const list = itemsOf(data, ['_embedded.replies', '_embedded.saved-replies', 'replies', 'savedReplies']);
  if (!list) return { ...out, problems: [locate('', problem('notVendorFile', 'Help Scout'))] };
  list.items.forEach((item, i) => {
    const where = at(list.path, i);
    if (!isObject(item) || typeof item.name !== 'string') {
      out.problems.push(locate(where, problem('vendorItemShape', 'name, text')));
      return;
    }
    // The list endpoint only gives a preview; a full export (one GET per reply) has `text`.
    const text = bodyText(str(item.text), str(item.chatText) || str(item.preview));
    if (!text) return void out.skipped.push({ where, why: 'noReplyText' });
    out.replies.push(reply(where, item.name, text));
  });
  return out;
}

/** Gorgias macros (GET /api/macros): `{ data: [{ name, language, actions: [{ name: 'setResponseText', arguments }] }] }`. */
export function readGorgias(data: unknown): SourceRead {
  const out: SourceRead = { replies: [], problems: [], skipped: [] };
  const list = itemsOf(data, ['data', 'macros']);
  if (!list) return { ...out, problems: [locate('', problem('notVendorFile', 'Gorgias'))] };
  list.items.forEach((item, i) => {
    const where = at(list.path, i);
    if (!isObject(item) || !Array.isArray(item.actions)) {
      out.problems.push(locate(where, problem('vendorItemShape', 'name, actions')));
      return;
    }
    const responses = item.actions.filter((a): a is Json => isObject(a) && a.name === 'setResponseText' && isObject(a.arguments));
    const html = responses.map((a) => str((a.arguments as Json).body_html)).join('\n');
    const plain = responses.map((a) => str((a.arguments as Json).body_text)).join('\n');
    const text = bodyText(html, plain);
    if (!text) return void out.skipped.push({ where, why: 'noReplyText' });
    const language = str(item.language).toLowerCase();
    const tags = item.intent ? [str(item.intent)] : [];
    out.replies.push(reply(where, str(item.name), text, { tags, lang: language === 'vi' || language === 'en' ? language : undefined }));
  });
  return out;
}

export const VENDOR_READERS: Record<Exclude<SourceFormat, 'pack' | 'csv'>, (data: unknown) => SourceRead> = {
  zendesk: readZendesk,
  freshdesk: readFreshdesk,
  helpscout: readHelpScout,
  gorgias: readGorgias,
};

/** Which vendor's JSON this is, from its shape; null when none fits (then the caller asks or fails). */
export function guessVendor(data: unknown): Exclude<SourceFormat, 'csv'> | null {
  const first = (list: ReturnType<typeof itemsOf>) => (list && isObject(list.items[0]) ? list.items[0] : null);
  if (isObject(data) && Array.isArray(data.phrases) && typeof data.lang === 'string') return 'pack';
  const macro = first(itemsOf(data, ['macros', 'macro']));
  if (macro && Array.isArray(macro.actions) && macro.actions.some((a) => isObject(a) && 'field' in a)) return 'zendesk';
  const gorgias = first(itemsOf(data, ['data', 'macros']));
  if (gorgias && Array.isArray(gorgias.actions) && gorgias.actions.some((a) => isObject(a) && 'arguments' in a)) return 'gorgias';
  const item = first(itemsOf(data, ['_embedded.replies', 'canned_responses']));
  if (item && ('content_html' in item || 'folder_id' in item)) return 'freshdesk';
  if (item && typeof item.name === 'string' && ('text' in item || 'chatText' in item || 'preview' in item)) return 'helpscout';
  return null;
}
