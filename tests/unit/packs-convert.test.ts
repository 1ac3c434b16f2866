import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  convertFile,
  guessCsvMapping,
  htmlToText,
  mapPlaceholders,
  packToCsv,
  readSourceFile,
  type Conversion,
} from '../../lib/packs/convert';
import { describeError } from '../../lib/packs/issues';
import { PackSchema, type Pack } from '../../lib/packs/schema';

const NOW = new Date('2026-12-01T08:00:00Z');
const sample = (name: string) => readFileSync(`tests/fixtures/imports/${name}`, 'utf8');
const convert = (name: string, options: Parameters<typeof convertFile>[1] = {}) => convertFile(sample(name), { fileName: name, now: NOW, ...options });
/** What the preview shows per reply, field by field. */
const rows = (c: Conversion) => c.items.map(({ where, title, text, lang, step, stepGuessed, tags }) => ({ where, title, text, lang, step, stepGuessed, tags }));

describe('htmlToText', () => {
  it('keeps paragraphs, line breaks, list items and link addresses, and runs nothing', () => {
    const html =
      '<p>Hi <b>Lan</b>,</p><p>Two ways:</p><ol><li>Open <a href="https://help.example.com/a">the guide</a></li><li>Call &amp; wait</li></ol>' +
      '<ul><li>one<ul><li>inner</li></ul></li></ul><script>alert(1)</script><style>p{}</style><p>Mail <a href="mailto:care@example.com">care@example.com</a><br>Bye&nbsp;now</p>';
    expect(htmlToText(html)).toBe(
      'Hi Lan,\n\nTwo ways:\n\n1. Open the guide (https://help.example.com/a)\n2. Call & wait\n- one\n  - inner\n\nMail care@example.com\nBye now',
    );
  });

  it('drops a javascript: address and keeps the words', () => {
    expect(htmlToText('<a href="javascript:alert(1)">click</a>')).toBe('click');
  });

  it('reads broken markup as text', () => {
    expect(htmlToText('<div>unclosed <b>bold <i>both')).toBe('unclosed bold both');
  });
});

describe('mapPlaceholders', () => {
  it.each([
    ['{{ticket.requester.first_name}}', '{{customer.firstName}}'],
    ['{{ ticket.requester.name }}', '{{customer.name}}'],
    ['{{ticket.requester.first_name | capitalize}}', '{{customer.firstName}}'],
    ['{{ticket.requester.first_name | default: "bạn"}}', '{{customer.firstName|bạn}}'],
    ['{{current_user.name}}', '{{agent.name}}'],
    ['{{ticket.id}}', '{{ticket.id}}'],
    ['{{ticket.account}}', '{{company.name}}'],
    ['{{ticket.requester.firstname}} {{ticket.agent.name}} {{helpdesk_name}}', '{{customer.firstName}} {{agent.name}} {{company.name}}'],
    ['{%customer.firstName,fallback=there%} {%user.fullName%}', '{{customer.firstName|there}} {{agent.name}}'],
    ['{{ticket.customer.firstname}} {{current_user.firstname}}', '{{customer.firstName}} {{agent.name}}'],
    ['{{customer.name|anh/chị}} {{honorific}}', '{{customer.name|anh/chị}} {{honorific}}'],
  ])('%s → %s', (input, output) => {
    expect(mapPlaceholders(input)).toEqual({ text: output, unknown: [] });
  });

  it('keeps a placeholder with no CalmReply variable as visible text, and lists it', () => {
    expect(mapPlaceholders('Due {{ticket.due_date}}, plan {%customer.company%}. {% if x %}y{% endif %}')).toEqual({
      text: 'Due [ticket.due_date], plan [customer.company]. [% if x %]y[% endif %]',
      unknown: ['% if x %', '% endif %', 'customer.company', 'ticket.due_date'],
    });
  });
});

describe('Zendesk macros', () => {
  const result = convert('zendesk-macros.json', { name: 'Support', id: 'support' });

  it('reads each reply, its folders, HTML and the older [channel, text] value, and skips macros without a reply', () => {
    expect(result.format).toBe('zendesk');
    expect(result.problems).toEqual([]);
    expect(result.read.skipped).toEqual([{ where: 'macros[2]', why: 'noReplyText' }]);
    expect(rows(result)).toEqual([
      {
        where: 'macros[0]',
        title: 'Apologise and track',
        text:
          "Hi {{customer.firstName}},\n\nI'm really sorry your parcel is late. I have asked the courier to trace it and will write again by tomorrow.\n\n" +
          '- Ticket: #{{ticket.id}}\n- Tracking: track your parcel (https://track.example.com/)\n\nBest,\n{{agent.name}}',
        lang: 'en',
        step: 2,
        stepGuessed: true,
        tags: ['Delivery', 'Late parcel'],
      },
      {
        where: 'macros[1]',
        title: 'Refund issued',
        text: 'Hello {{customer.name}}, I have refunded the duplicate charge today. It shows on your statement within [ticket.ticket_field_7731] days. Does that work for you?',
        lang: 'en',
        step: 4,
        stepGuessed: true,
        tags: ['Billing'],
      },
      {
        where: 'macros[3]',
        title: 'Refund issued',
        text: 'Chào anh/chị {{customer.firstName}}, bên em đã hoàn tiền cho đơn hàng {{ticket.id}} rồi ạ. [% if ticket.organization %]Công ty của mình sẽ nhận hoá đơn riêng.[% endif %]',
        lang: 'vi',
        step: 4,
        stepGuessed: true,
        tags: ['Billing'],
      },
    ]);
  });

  it('lists every placeholder it could not map, with how many replies use it', () => {
    expect(result.unknownPlaceholders).toEqual([
      { name: '% endif %', count: 1 },
      { name: '% if ticket.organization %', count: 1 },
      { name: 'ticket.ticket_field_7731', count: 1 },
    ]);
  });

  it('makes one valid pack per language, with unique ids for duplicate titles', () => {
    expect(result.packs.map((p) => [p.id, p.name, p.lang, p.phrases.map((x) => x.id)])).toEqual([
      ['support-vi', 'Support (Tiếng Việt)', 'vi', ['vi-4-refund-issued']],
      ['support-en', 'Support (English)', 'en', ['en-2-apologise-and-track', 'en-4-refund-issued']],
    ]);
    for (const pack of result.packs) expect(PackSchema.safeParse(pack).success).toBe(true);
  });
});

describe('Freshdesk, Help Scout and Gorgias', () => {
  it('reads Freshdesk canned responses from their HTML, and keeps a reply of no step', () => {
    const result = convert('freshdesk-canned-responses.json');
    expect(result.format).toBe('freshdesk');
    expect(rows(result)).toEqual([
      {
        where: '[0]',
        title: 'We are looking into it',
        text: 'Hi {{customer.firstName}}, thank you for telling us.\n\nCould you send a photo of the damaged box?\n\nRegards,\n{{agent.name}}\n{{company.name}}',
        lang: 'en',
        step: 2,
        stepGuessed: true,
        tags: undefined,
      },
      { where: '[1]', title: 'Opening hours', text: 'Our support desk answers from 8:00 to 20:00 on weekdays.', lang: 'en', step: undefined, stepGuessed: false, tags: undefined },
    ]);
    expect(result.packs[0]!.phrases[1]).toEqual({ id: 'en-x-opening-hours', title: 'Opening hours', text: 'Our support desk answers from 8:00 to 20:00 on weekdays.', categories: [], tone: 'neutral', tags: [] });
  });

  it('reads Help Scout saved replies with their fallbacks', () => {
    const result = convert('helpscout-saved-replies.json');
    expect(result.format).toBe('helpscout');
    expect(result.items.map((i) => i.text)).toEqual([
      "Hi {{customer.firstName|there}},\n\nI'm sorry you had to wait so long for an answer. I understand how frustrating that is.\n\n{{agent.name}}",
      'I can send you a replacement today or refund the order in full, whichever you prefer. Reference {{ticket.id}}, {{company.name}}. Your plan: [customer.company].',
    ]);
    expect(result.unknownPlaceholders).toEqual([{ name: 'customer.company', count: 1 }]);
  });

  it('reads Gorgias macros, their language and intent', () => {
    const result = convert('gorgias-macros.json');
    expect(result.format).toBe('gorgias');
    expect(rows(result).map(({ where, title, lang, tags }) => ({ where, title, lang, tags }))).toEqual([
      { where: 'data[0]', title: 'Xin lỗi giao chậm', lang: 'vi', tags: ['shipping/delivery-issue'] },
      { where: 'data[1]', title: 'Order status', lang: 'en', tags: [] },
    ]);
    expect(result.items[0]!.text).toBe('Dạ chào {{customer.firstName}},\n\nEm rất xin lỗi vì đơn hàng đến chậm. Em đã liên hệ bên vận chuyển giúp mình rồi ạ.');
  });
});

describe('spreadsheets', () => {
  it("reads Excel's UTF-8 CSV: byte-order mark, ';', CRLF, a multi-line cell, Vietnamese headers; skips empty rows", () => {
    const result = convert('excel-semicolon.csv');
    expect(result.format).toBe('csv');
    expect(result.csv?.table.delimiter).toBe(';');
    expect(result.csv?.mapping).toEqual({ title: 0, text: 1, step: 2, categories: 3, lang: 4 });
    expect(result.read.skipped).toEqual([{ where: 'row 4', why: 'empty' }]);
    expect(rows(result)).toEqual([
      { where: 'row 2', title: 'Xin lỗi', text: 'Dạ em xin lỗi {{honorific}} vì sự bất tiện này.\nEm sẽ kiểm tra ngay ạ.', lang: 'vi', step: 2, stepGuessed: false, tags: undefined },
      { where: 'row 3', title: 'Hỏi mã đơn', text: 'Dạ {{honorific}} cho em xin mã đơn hàng; em kiểm tra liền ạ', lang: 'vi', step: 3, stepGuessed: false, tags: undefined },
      { where: 'row 5', title: 'Refund done', text: 'We have refunded your order in full. Does that work for you?', lang: 'en', step: 4, stepGuessed: false, tags: undefined },
    ]);
    expect(result.items[0]!.categories).toEqual(['delivery', 'quality']);
  });

  it('reads Google Sheets CSV and LibreOffice TSV', () => {
    const sheets = convert('sheets.csv');
    expect(sheets.csv?.table.delimiter).toBe(',');
    expect(sheets.items.map((i) => [i.title, i.text, i.tags])).toEqual([
      ['Thanks for waiting', 'Thank you for your patience, {{customer.firstName|there}}.', ['polite', 'waiting']],
      ['Duplicate title', 'First wording of this reply.', undefined],
      ['Duplicate title', 'Second wording of this reply.', undefined],
    ]);
    expect(sheets.packs[0]!.phrases.map((p) => p.id)).toEqual(['en-2-thanks-for-waiting', 'en-x-duplicate-title', 'en-x-duplicate-title-2']);
    const tsv = convert('libreoffice.tsv');
    expect(tsv.csv?.table.delimiter).toBe('\t');
    expect(tsv.items.map((i) => [i.title, i.lang])).toEqual([
      ['Cảm ơn', 'vi'],
      ['How to reset', 'en'],
    ]);
  });

  it('guesses the mapping from English or Vietnamese headers, with or without accents', () => {
    expect(guessCsvMapping(['Name', 'Body', 'Stage', 'Labels', 'Keyword', 'Language', 'Tone', 'Anger range'])).toEqual({
      title: 0, text: 1, step: 2, tags: 3, shortcut: 4, lang: 5, tone: 6, anger: 7,
    });
    expect(guessCsvMapping(['tieu de', 'NOI DUNG', 'Bước', 'Phím tắt'])).toEqual({ title: 0, text: 1, step: 2, shortcut: 3 });
  });

  it('uses the mapping the lead chose instead of the guess', () => {
    const text = 'a,b\nFirst title,First text\n';
    expect(readSourceFile(text, { mapping: { text: 0, title: 1 } }).read.replies.map((r) => [r.title, r.text])).toEqual([['First text', 'First title']]);
  });

  it('names the row and column of every cell it cannot read, and builds no pack', () => {
    const text = 'title,text,step,categories,lang,anger\nA,Some text,7,delivery,vi,1-2\nB,,2,,en,\nC,Other text,2,weather,fr,5\n';
    const result = convertFile(text, { now: NOW });
    expect(result.problems.map(describeError)).toEqual([
      'row 2, step: "7" is not one of: 1-5, empathize, clarify, solve, check back',
      'row 3, text: must not be empty',
      'row 4, categories: "weather" is not one of: quality, delivery, return-cancel, wrong-info, past-experience, conflict, abuse, policy, manager, billing',
      'row 4, lang: "fr" is not one of: vi, en',
      'row 4, anger: "5" is not one of: 0-3, 1-3 …',
    ]);
    expect(result.packs).toEqual([]);
  });

  it('says when no column holds the text', () => {
    expect(convertFile('title,owner\nA,B\n').problems.map(describeError)).toEqual(['row 1: no column holds the reply text; columns: title, owner']);
  });

  it('names the row of a phrase the pack schema refuses', () => {
    const text = `title,text,shortcut\nA,Fine text,ok-1\nB,${'x'.repeat(4001)},\nC,Text,Not Valid!\n`;
    expect(convertFile(text, { now: NOW }).problems.map(describeError)).toEqual([
      'row 3, text: must be at most 4000 characters',
      'row 4, shortcut: lowercase letters, digits and dashes',
    ]);
  });

  it('converts 5,000 rows', () => {
    const lines = ['title,text,step'];
    for (let i = 0; i < 5000; i++) lines.push(`Reply ${i},"I am sorry, we will refund order ${i} today.",${(i % 4) + 2}`);
    const result = convertFile(lines.join('\n'), { now: NOW });
    expect(result.problems).toEqual([]);
    expect(result.packs[0]!.phrases).toHaveLength(5000);
    expect(new Set(result.packs[0]!.phrases.map((p) => p.id)).size).toBe(5000);
  }, 60_000);
});

describe('recognising a file', () => {
  it('tells a CalmReply pack from other JSON and reads it as a pack', () => {
    const pack = { id: 'p', name: 'P', lang: 'en', version: '1.0.0', updatedAt: '2026-01-01T00:00:00Z', phrases: [] };
    expect(readSourceFile(JSON.stringify(pack)).format).toBe('pack');
  });

  it('says clearly what is wrong with JSON it cannot read, or does not know', () => {
    expect(convertFile('{"macros": [').problems.map(describeError)[0]).toMatch(/^not valid JSON/);
    expect(convertFile('{"items": [{"x": 1}]}').problems.map(describeError)).toEqual([
      'not a format CalmReply knows: expected a CalmReply pack, a CSV or TSV file, or Zendesk, Freshdesk, Help Scout or Gorgias JSON',
    ]);
    expect(convertFile('{"data": []}', { from: 'zendesk' }).problems.map(describeError)).toEqual(['this does not look like an export from Zendesk']);
    expect(convertFile('').problems.map(describeError)).toEqual(['the file is empty']);
  });
});

describe('CSV export', () => {
  const phraseText = fc.oneof(
    fc.constantFrom('Dạ em xin lỗi {{honorific}} ạ.', '- first item\n- second', '=SUM(A1)', '+1 555', '@here', 'Say "hi", then; go | stop', 'Cảm ơn {{customer.name|anh/chị}}!\n\nEm chào.'),
    fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim().length > 0 && !s.includes('{{') && !/^\s|\s$/.test(s) && !/[\r\u0000-\u0008]/.test(s)),
  );
  const phrase = fc.record({
    title: fc.option(fc.constantFrom('Xin lỗi', 'Refund, done', '-dash', 'Quote "x"'), { nil: undefined }),
    text: phraseText,
    step: fc.option(fc.constantFrom(1, 2, 3, 4, 5), { nil: undefined }),
    categories: fc.uniqueArray(fc.constantFrom('delivery', 'billing', 'quality', 'abuse'), { maxLength: 3 }),
    tone: fc.constantFrom('formal', 'warm', 'neutral'),
    tags: fc.uniqueArray(fc.constantFrom('vip', 'a, b', 'x;y', 'giao hàng'), { maxLength: 3 }),
    shortcut: fc.option(fc.constantFrom('sorry', 'refund-1'), { nil: undefined }),
    minAnger: fc.option(fc.constantFrom(0, 1), { nil: undefined }),
    maxAnger: fc.option(fc.constantFrom(2, 3), { nil: undefined }),
  });

  it('round-trips any pack through a spreadsheet file without loss', () => {
    fc.assert(
      fc.property(fc.array(phrase, { minLength: 1, maxLength: 8 }), fc.constantFrom('vi', 'en'), (phrases, lang) => {
        const pack: Pack = PackSchema.parse({
          id: 'team-pack',
          name: 'Team pack',
          lang,
          version: '1.0.0',
          updatedAt: NOW.toISOString(),
          phrases: phrases.map((p, i) => ({ id: `p-${i}`, ...p })),
        });
        const back = convertFile(packToCsv(pack), { fileName: 'team-pack.csv', id: pack.id, name: pack.name, now: NOW });
        expect(back.problems).toEqual([]);
        expect(back.packs).toEqual([pack]);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('writes a byte-order mark, CRLF and guards formulas', () => {
    const pack = PackSchema.parse({
      id: 'p', name: 'P', lang: 'vi', version: '1.0.0', updatedAt: NOW.toISOString(),
      phrases: [{ id: 'a', step: 2, text: '=1+1', title: 'Dạ' }],
    });
    expect(packToCsv(pack)).toBe('\uFEFFid,title,text,step,categories,tags,shortcut,lang,tone,min anger,max anger\r\na,Dạ,"\'=1+1",2,,,,vi,neutral,,\r\n');
  });
});

describe('a reply of no step', () => {
  it('is found by the search palette and offered in no step of the panel', async () => {
    const { buildSearchIndex, searchPhrases } = await import('../../lib/search');
    const { suggest } = await import('../../lib/suggest');
    const { assess } = await import('../../lib/detect');
    const [pack] = convert('freshdesk-canned-responses.json').packs;
    const outcome = searchPhrases(buildSearchIndex([pack!]), 'opening hours');
    expect(outcome.status === 'results' ? outcome.hits.map((h) => h.phrase.id) : outcome).toEqual(['en-x-opening-hours']);
    const byStep = suggest(assess('My parcel is late and nobody answers.'), [pack!], { fallbackLang: 'en' });
    expect(Object.values(byStep).flat().map((s) => s.phrase.id)).toEqual(['en-2-we-are-looking-into-it']);
  });
});

describe('npm run pack', () => {
  const run = (...args: string[]) => spawnSync('node_modules/.bin/vite-node', ['scripts/pack.ts', '--', ...args], { encoding: 'utf8' });

  it('converts a spreadsheet to a canonical pack on stdout, checks it, and exports it again', () => {
    const converted = run('convert', 'tests/fixtures/imports/sheets.csv', '--id', 'sheets-en', '--name', 'Sheets');
    expect(converted.status).toBe(0);
    const pack = PackSchema.parse(JSON.parse(converted.stdout));
    expect([pack.id, pack.name, pack.lang, pack.phrases.length]).toEqual(['sheets-en', 'Sheets', 'en', 3]);
  });

  it('writes the problems to stderr and exits with 1', () => {
    const broken = run('convert', 'tests/fixtures/imports/libreoffice.tsv');
    expect(broken.status).toBe(1);
    expect(broken.stdout).toBe('');
    expect(broken.stderr.trim()).toBe(
      'tests/fixtures/imports/libreoffice.tsv: replies in vi and en: give --lang to make one pack, or --out-dir DIR for one pack per language',
    );
    const unknown = run('convert', 'package.json');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr.trim()).toBe(
      'package.json: not a format CalmReply knows: expected a CalmReply pack, a CSV or TSV file, or Zendesk, Freshdesk, Help Scout or Gorgias JSON',
    );
  });
});
