import fc from 'fast-check';

/**
 * Ticket pages the way real helpdesks differ: one ticket model, rendered in each helpdesk's markup with
 * the variations seen on real pages (issue #15): avatar initials in name fields (with or without a class,
 * glued or not), an e-mail after the name, extra wrappers, nbsp and zero-width characters, English or
 * Vietnamese labels, newest-first or oldest-first threads, attachment-only messages, internal notes,
 * system events, CC'd participants.
 */

export type Kind = 'customer' | 'agent' | 'note' | 'system';

export interface Person {
  name: string;
  email: string;
}

export interface Message {
  kind: Kind;
  /** Paragraphs of the body; none for an attachment-only message. */
  paragraphs: string[];
  minutesAgo: number;
}

export interface Ticket {
  id: string;
  subject: string;
  customer: Person;
  agent: Person;
  cc: Person;
  /** Oldest first. */
  messages: Message[];
}

export interface Variant {
  avatar: 'none' | 'classed' | 'bare' | 'glued';
  email: 'none' | 'angle' | 'paren';
  wrappers: 0 | 1 | 2;
  noise: boolean;
  lang: 'en' | 'vi';
  newestFirst: boolean;
}

/** What a reading must give, exactly. */
export function expected(ticket: Ticket) {
  const latest = ticket.messages.filter((m) => m.kind === 'customer' && m.paragraphs.length > 0).at(-1);
  return { subject: ticket.subject, requester: ticket.customer.name, latest: latest?.paragraphs.join('\n') ?? null };
}

// ---- generators

const PEOPLE: Person[] = [
  { name: 'Nguyễn Thị Lan', email: 'lan.nguyen@example.test' },
  { name: 'Priya Natarajan', email: 'priya.n@example.test' },
  { name: 'Đỗ Văn Đức', email: 'duc.do@example.test' },
  { name: 'Oliver Grant', email: 'oliver@example.test' },
  { name: 'Trần Minh Anh', email: 'minhanh.tran@example.test' },
  { name: 'Amélie Durand', email: 'amelie.durand@example.test' },
];
const AGENTS: Person[] = [
  { name: 'Sam Carter', email: 'sam@support.example' },
  { name: 'Lê Hoàng Minh', email: 'minh@support.example' },
];
const SENTENCES = [
  'My order arrived broken and nobody answers my emails.',
  'Đơn hàng giao sai màu, tôi rất thất vọng.',
  'This is the third time I write to you about the refund!',
  'Tôi đã chờ 5 ngày rồi mà vẫn chưa nhận được hàng.',
  'Please cancel my subscription today.',
  'Máy lọc nước bị rò rỉ sau một tuần sử dụng.',
  'Why was I charged twice for one order?',
  'Shop làm ăn kiểu gì vậy???',
];
const REPLIES = ['Thanks for your patience, we are checking.', 'Dạ em xin lỗi chị, bên em đang kiểm tra ạ.'];
const NOTES = ['Internal: check the warehouse before promising anything.', 'Ghi chú: lô hàng tháng 11 bị lỗi nhiều.'];
const SUBJECTS = ['Refund still missing', 'Giao sai màu sản phẩm', 'Charged twice', 'Máy lọc nước rò rỉ'];

const paragraphs = fc.array(fc.constantFrom(...SENTENCES), { minLength: 1, maxLength: 2 });

export const tickets = (kinds: readonly Kind[] = ['customer', 'agent', 'note', 'system']): fc.Arbitrary<Ticket> =>
  fc
    .record({
      id: fc.integer({ min: 10, max: 99999 }).map(String),
      subject: fc.constantFrom(...SUBJECTS),
      people: fc.shuffledSubarray(PEOPLE, { minLength: 2, maxLength: 2 }),
      agent: fc.constantFrom(...AGENTS),
      first: paragraphs,
      rest: fc.array(
        fc.record({ kind: fc.constantFrom(...kinds), text: paragraphs, attachmentOnly: fc.boolean() }),
        { minLength: 1, maxLength: 5 },
      ),
    })
    .map(({ id, subject, people, agent, first, rest }) => {
      const total = rest.length + 1;
      const messages: Message[] = [
        { kind: 'customer', paragraphs: first, minutesAgo: total * 60 },
        ...rest.map((m, i): Message => ({
          kind: m.kind,
          paragraphs:
            m.kind === 'customer' ? (m.attachmentOnly ? [] : m.text) : m.kind === 'agent' ? [REPLIES[i % 2]!] : m.kind === 'note' ? [NOTES[i % 2]!] : [],
          minutesAgo: (total - 1 - i) * 60 + 5,
        })),
      ];
      return { id, subject, customer: people[0]!, cc: people[1]!, agent, messages };
    });

export const variants = (orders: readonly ('oldest' | 'newest')[] = ['oldest', 'newest']): fc.Arbitrary<Variant> =>
  fc.record({
    avatar: fc.constantFrom('none', 'classed', 'bare', 'glued'),
    email: fc.constantFrom('none', 'angle', 'paren'),
    wrappers: fc.constantFrom(0, 1, 2),
    noise: fc.boolean(),
    lang: fc.constantFrom('en', 'vi'),
    newestFirst: fc.constantFrom(...orders).map((o) => o === 'newest'),
  });

// ---- rendering helpers

export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const initials = (name: string) => {
  const words = name.split(' ');
  return `${words[0]![0]}${words.at(-1)![0]}`.toUpperCase();
};

/** A space becomes a no-break space and a zero-width space lands inside: invisible on the page. */
function noisy(text: string, v: Variant): string {
  if (!v.noise) return esc(text);
  const i = text.indexOf(' ');
  const withNbsp = i < 0 ? text : `${text.slice(0, i)}\u00a0${text.slice(i + 1)}`;
  return esc(`\u200b${withNbsp}\u200b`);
}

/** A name field's content: avatar initials before it, an e-mail after it. */
export function nameHtml(person: Person, v: Variant): string {
  const avatar = {
    none: '',
    classed: `<span class="avatar">${initials(person.name)}</span> `,
    bare: `<span>${initials(person.name)}</span> `,
    glued: `<span>${initials(person.name)}</span>`,
  }[v.avatar];
  const email = { none: '', angle: ` &lt;${person.email}&gt;`, paren: ` (${person.email})` }[v.email];
  return `${avatar}${noisy(person.name, v)}${email}`;
}

export function bodyHtml(m: Message, v: Variant): string {
  const inner = m.paragraphs.map((p) => `<p>${noisy(p, v)}</p>`).join('');
  let html = inner;
  for (let i = 0; i < v.wrappers; i++) html = `<div class="wrap-${i}">${html}</div>`;
  return html;
}

export const ATTACHMENT = '<div class="attachments"><a href="#">photo.jpg</a></div>';

export const iso = (minutesAgo: number) => new Date(Date.UTC(2026, 10, 30, 12, 0) - minutesAgo * 60_000).toISOString();

export const relative = (minutesAgo: number, lang: Variant['lang']) =>
  lang === 'vi' ? (minutesAgo < 60 ? `${minutesAgo} phút trước` : `${Math.round(minutesAgo / 60)} giờ trước`) : minutesAgo < 60 ? `${minutesAgo} min ago` : `${Math.round(minutesAgo / 60)} hours ago`;

export const authorOf = (t: Ticket, m: Message) => (m.kind === 'customer' ? t.customer : t.agent);

/** The thread in the page's order. */
export const inOrder = (t: Ticket, v: Variant) => (v.newestFirst ? [...t.messages].reverse() : t.messages);

export const L = (v: Variant, en: string, vi: string) => (v.lang === 'vi' ? vi : en);
