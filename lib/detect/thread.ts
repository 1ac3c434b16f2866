/**
 * Thread handling: pick the customer's messages out of the input and blank out what is not the customer's own
 * words (quoted earlier replies, signatures, HTML remnants, URLs, e-mail addresses, @mentions).
 *
 * Blanking replaces characters with spaces instead of removing them, so the cleaned string has the same length
 * as the original and every offset found in it points at the same place in the original text.
 */

/** Longest stretch of one message that is analysed (UTF-16 units). Longer input is cut and flagged. */
export const MAX_CHARS = 256 * 1024;
/** How many earlier customer messages are taken into account besides the latest. */
export const MAX_EARLIER = 3;

export interface Prepared {
  /** original text of the message */
  text: string;
  /** same length as the analysed window of `text`, non-customer parts blanked */
  clean: string;
  truncated: boolean;
}

export interface Thread {
  /** customer messages worth analysing, oldest first; the last one is the message the assessment is about */
  messages: Prepared[];
  /** the ticket subject, cleaned, when there is one */
  subject: Prepared | null;
}

/** Whether a cleaned message has anything to analyse: a letter, a digit or an emoji. */
const hasContent = (clean: string) => /[\p{L}\p{N}\p{Extended_Pictographic}]/u.test(clean);

export function readThread(input: unknown): Thread {
  if (typeof input === 'string') return { messages: [prepare(input)], subject: null };
  if (!input || typeof input !== 'object') return { messages: [], subject: null };
  const obj = input as { messages?: unknown; subject?: unknown };
  const list = Array.isArray(obj.messages) ? obj.messages : [];
  const picked: Prepared[] = [];
  // walk from the newest message back; keep the latest non-empty customer message and a few earlier ones
  for (let i = list.length - 1; i >= 0 && picked.length <= MAX_EARLIER; i--) {
    const m = list[i] as { author?: unknown; text?: unknown } | null;
    if (!m || typeof m !== 'object' || m.author === 'agent' || typeof m.text !== 'string') continue;
    if (m.author !== undefined && m.author !== 'customer') continue;
    const p = prepare(m.text);
    // The page sent only the start of a longer message (lib/messaging/fit.ts): the assessment says so.
    if ((m as { truncated?: unknown }).truncated === true) p.truncated = true;
    if (picked.length === 0 && !hasContent(p.clean)) continue;
    picked.push(p);
  }
  picked.reverse();
  const subject = typeof obj.subject === 'string' && obj.subject.trim() ? prepare(obj.subject.slice(0, 2000)) : null;
  return { messages: picked, subject };
}

/**
 * Follows a thread newest message first the way readThread picks messages: `reads(m)` says whether it
 * takes `m`, `done()` whether it has all it will take: the customer's latest message with content and the
 * MAX_EARLIER before it. The helpdesk adapters stop reading a conversation there (lib/sites/dom-text.ts).
 */
export function threadReader() {
  let counted = 0;
  return {
    reads(m: { author?: unknown; text?: unknown } | null | undefined): boolean {
      if (!m || typeof m !== 'object' || typeof m.text !== 'string') return false;
      if (m.author !== undefined && m.author !== 'customer') return false;
      if (counted > 0 || hasContentCached(m.text)) counted++;
      return true;
    },
    done: () => counted > MAX_EARLIER,
  };
}

/**
 * Whether a message has content, remembered for the last few texts: a page that keeps changing around a long
 * message makes the content script re-read it every second, and cleaning a 256 K window costs ~100 ms.
 * Comparing the new reading with the remembered one is a memory compare.
 */
const contentSeen: { text: string; has: boolean }[] = [];
function hasContentCached(text: string): boolean {
  const seen = contentSeen.find((entry) => entry.text === text);
  if (seen) return seen.has;
  const has = hasContent(prepare(text).clean);
  contentSeen.unshift({ text, has });
  contentSeen.length = Math.min(contentSeen.length, 4);
  return has;
}

export function prepare(text: string): Prepared {
  let end = text.length;
  let truncated = false;
  if (end > MAX_CHARS) {
    end = MAX_CHARS;
    // don't split a surrogate pair
    const c = text.charCodeAt(end - 1);
    if (c >= 0xd800 && c <= 0xdbff) end--;
    truncated = true;
  }
  const win = truncated ? text.slice(0, end) : text;
  return { text, clean: clean(win), truncated };
}

const blank = (m: string) => ' '.repeat(m.length);
const blankKeepBreak = (m: string) => '\n' + ' '.repeat(m.length - 1);

const CONTROL_RE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const BLOCK_TAG_RE = /<\s*(?:br|\/p|\/div|\/li|\/tr|p|div|li|tr|hr)\b[^<>]{0,300}>/gi;
const TAG_RE = /<!--[\s\S]{0,2000}?-->|<\/?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]{0,300})?\/?>/g;
const ENTITY_RE = /&(?:[a-zA-Z]{2,8}|#\d{1,6}|#x[0-9a-fA-F]{1,5});/g;
const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>"]+/gi;
const EMAIL_RE = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const MENTION_RE = /(?<![\w@])@[\w.]+/g;
const HASH_RE = /#(?=\p{L})/gu;

export function clean(win: string): string {
  let s = win.replace(CONTROL_RE, (m) => ' '.repeat(m.length));
  if (s.includes('\r')) s = s.replace(/\r/g, ' ');
  if (s.includes('<')) s = s.replace(BLOCK_TAG_RE, blankKeepBreak).replace(TAG_RE, blank);
  if (s.includes('&')) s = s.replace(ENTITY_RE, blank);
  s = s.replace(URL_RE, blank);
  if (s.includes('@')) s = s.replace(EMAIL_RE, blank).replace(MENTION_RE, blank);
  if (s.includes('#')) s = s.replace(HASH_RE, ' ');
  return stripQuotes(s);
}

const QUOTE_HEADER_RE =
  /^\s*(?:on\b.{0,300}\bwrote:|vào\b.{0,300}\bđã viết:|le\b.{0,300}\ba écrit\s*:|-{2,}\s*(?:original message|forwarded message|tin nhắn gốc|thư chuyển tiếp)\s*-{2,})\s*$/i;
const HEADER_FIELD_RE = /^\s*(?:from|sent|date|to|subject|cc|từ|gửi|ngày|đến|tới|chủ đề|tiêu đề)\s*:/i;
const SIG_RE = /^\s*(?:--\s*|sent from my\b.*|get outlook for\b.*|sent from (?:mail|yahoo|outlook)\b.*|gửi từ\b.{0,40}(?:iphone|android|samsung|điện thoại).*)$/i;
const VALEDICTION_RE =
  /^\s*(?:(?:best|kind|warm|warmest)?\s*regards|best wishes|best|cheers|sincerely|yours(?: truly| sincerely)?|thanks(?: again)?|thank you|many thanks|thx|trân trọng|thân ái|thân|cảm ơn|xin cảm ơn|cám ơn)\s*,?\s*$/i;

/** Blank quoted lines ("> ..."), everything after a reply header ("On ... wrote:") and signatures. */
function stripQuotes(s: string): string {
  if (s.length === 0) return s;
  const starts: number[] = [0];
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) starts.push(i + 1);
  const nLines = starts.length;
  const lineAt = (i: number) => s.slice(starts[i]!, i + 1 < nLines ? starts[i + 1]! - 1 : s.length);
  let cutFrom = -1; // line index from which everything is blanked
  const quoted: number[] = [];
  let valediction = -1;
  for (let i = 0; i < nLines; i++) {
    const line = lineAt(i);
    if (line.length > 400) continue; // long lines are body text, not headers
    const t = line.trimStart();
    if (t.startsWith('>')) {
      quoted.push(i);
      continue;
    }
    if (QUOTE_HEADER_RE.test(line) || SIG_RE.test(line)) {
      cutFrom = i;
      break;
    }
    // "On Mon, 3 Jan 2024, Jane <jane@x.com>" + next line "wrote:"
    if (/^\s*(?:on|vào)\b/i.test(line) && i + 1 < nLines && /(?:wrote|đã viết):\s*$/i.test(lineAt(i + 1))) {
      cutFrom = i;
      break;
    }
    // an Outlook header block: "From: ..." followed by "Sent:/Date:/To:/Subject:"
    if (/^\s*(?:from|từ)\s*:/i.test(line)) {
      let fields = 0;
      for (let j = i + 1; j < Math.min(nLines, i + 5); j++) if (HEADER_FIELD_RE.test(lineAt(j))) fields++;
      if (fields >= 2) {
        cutFrom = i;
        break;
      }
    }
    if (VALEDICTION_RE.test(line) && i > 0) valediction = i;
  }
  // a valediction followed by a few short lines (name, title, phone): blank those lines, keep the valediction
  const end = cutFrom >= 0 ? cutFrom : nLines;
  let sigFrom = -1;
  if (valediction >= 0 && end - valediction - 1 <= 4) {
    let looksLikeSignature = true;
    for (let j = valediction + 1; j < end; j++) {
      const l = lineAt(j).trim();
      if (l.length > 40 || l.split(/\s+/).length > 5 || /[.?!…]$/.test(l)) looksLikeSignature = false;
    }
    if (looksLikeSignature) sigFrom = valediction + 1;
  }
  if (cutFrom < 0 && quoted.length === 0 && sigFrom < 0) return s;
  const parts: string[] = [];
  let pos = 0;
  const blankRange = (a: number, b: number) => {
    parts.push(s.slice(pos, a), s.slice(a, b).replace(/[^\n]/g, ' '));
    pos = b;
  };
  for (const i of quoted) {
    if (cutFrom >= 0 && i >= cutFrom) break;
    if (sigFrom >= 0 && i >= sigFrom) break;
    blankRange(starts[i]!, i + 1 < nLines ? starts[i + 1]! - 1 : s.length);
  }
  const from = sigFrom >= 0 ? (cutFrom >= 0 ? Math.min(sigFrom, cutFrom) : sigFrom) : cutFrom;
  if (from >= 0 && from < nLines) blankRange(starts[from]!, s.length);
  parts.push(s.slice(pos));
  return parts.join('');
}
