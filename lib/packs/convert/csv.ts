import Papa from 'papaparse';
import { CATEGORIES, type Category } from '../../detect/types';
import { foldText } from '../filter';
import { locate } from '../issues';
import { problem } from '../problems';
import type { Step } from '../schema';
import { looksLikeHtml, htmlToText } from './html-text';
import { mapPlaceholders } from './placeholders';
import type { SourceRead, SourceReply } from './types';

/** The phrase fields a spreadsheet column can fill. */
export const CSV_FIELDS = ['title', 'text', 'step', 'categories', 'tags', 'shortcut', 'lang', 'tone', 'anger', 'minAnger', 'maxAnger', 'id'] as const;
export type CsvField = (typeof CSV_FIELDS)[number];
/** Which column (0-based) fills each field; absent = none. */
export type CsvMapping = Partial<Record<CsvField, number>>;

/** Header words per field, folded (no accents, lower case), English and Vietnamese. */
const HEADER_WORDS: Record<CsvField, readonly string[]> = {
  id: ['id', 'phrase id', 'ma', 'ma cau'],
  title: ['title', 'name', 'subject', 'macro', 'tieu de', 'ten', 'ten mau'],
  text: ['text', 'body', 'content', 'reply', 'message', 'response', 'answer', 'template', 'noi dung', 'van ban', 'cau tra loi', 'mau cau', 'cau'],
  step: ['step', 'stage', 'buoc'],
  categories: ['categories', 'category', 'situation', 'situations', 'tinh huong', 'loai', 'danh muc'],
  tags: ['tags', 'tag', 'labels', 'folder', 'folders', 'nhan', 'the', 'thu muc'],
  shortcut: ['shortcut', 'abbreviation', 'keyword', 'trigger', 'phim tat', 'tu khoa'],
  lang: ['lang', 'language', 'locale', 'ngon ngu'],
  tone: ['tone', 'giong', 'giong dieu'],
  anger: ['anger', 'anger range', 'muc gian', 'muc do gian'],
  minAnger: ['min anger', 'anger min', 'minanger', 'anger from', 'gian tu'],
  maxAnger: ['max anger', 'anger max', 'maxanger', 'anger to', 'gian den'],
};

const fold = (header: string) => foldText(header).replace(/[_\-.]+/g, ' ').replace(/\s+/g, ' ').trim();

/** The mapping a header row suggests: each field to the first column whose header names it. */
export function guessCsvMapping(headers: readonly string[]): CsvMapping {
  const mapping: CsvMapping = {};
  const folded = headers.map(fold);
  for (const field of CSV_FIELDS) {
    const index = folded.findIndex((h, i) => HEADER_WORDS[field].includes(h) && !Object.values(mapping).includes(i));
    if (index >= 0) mapping[field] = index;
  }
  return mapping;
}

export interface CsvTable {
  headers: string[];
  /** Data rows, each as its cells; `rows[0]` is spreadsheet row 2. */
  rows: string[][];
  delimiter: string;
}

const DELIMITERS = [',', ';', '\t', '|'] as const;

/**
 * The separator is the one the header row uses most. Headers are short names, so they tell it reliably;
 * reply texts full of commas and semicolons would mislead a guess over the whole file.
 */
function headerDelimiter(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/));
  const counts = DELIMITERS.map((d) => header.split(d).length - 1);
  const best = Math.max(...counts);
  return best > 0 ? DELIMITERS[counts.indexOf(best)]! : ',';
}

/** Parses CSV or TSV from any spreadsheet: UTF-8 BOM, `,` `;` or tab, quoted cells across lines. */
export function parseCsvTable(text: string): { table: CsvTable | null; problems: ReturnType<typeof locate>[] } {
  const clean = text.replace(/^\uFEFF/, '');
  if (!clean.trim()) return { table: null, problems: [locate('', problem('fileEmpty'))] };
  const result = Papa.parse<string[]>(clean, { delimiter: headerDelimiter(clean), skipEmptyLines: false });
  const problems = result.errors.map((e) => locate(e.row !== undefined ? `row ${e.row + 1}` : '', problem('csvBroken', e.message)));
  const [headers = [], ...rows] = result.data;
  // The line end after the last row is no row of its own.
  const last = rows[rows.length - 1];
  if (last && last.length === 1 && last[0] === '') rows.pop();
  if (!headers.some((h) => h.trim())) return { table: null, problems: [locate('row 1', problem('csvNoHeader'))] };
  return { table: { headers: headers.map((h) => h.trim()), rows, delimiter: result.meta.delimiter }, problems };
}

const STEP_WORDS: Record<string, Step> = {
  plan: 1, 'hoach dinh': 1, 'ke hoach': 1,
  empathize: 2, empathise: 2, empathy: 2, apologize: 2, apology: 2, 'show appreciation': 2, 'dong cam': 2, 'the hien su cam kich': 2, 'cam kich': 2, 'xin loi': 2,
  clarify: 3, 'lam ro': 3, 'lam ro van de': 3, question: 3,
  solve: 4, solution: 4, 'offer a solution': 4, resolve: 4, 'giai phap': 4, 'dua ra giai phap': 4,
  'check back': 5, check: 5, 'follow up': 5, 'kiem tra': 5,
};
const NO_STEP = new Set(['none', 'no step', '-', 'khong', 'khong co buoc']);

/** "2", "Empathize", "2 - Empathize", "Làm rõ" → a step; "none" → 'none'; "" → undefined (guess it); else null. */
export function readStep(cell: string): Step | 'none' | undefined | null {
  const folded = fold(cell);
  if (!folded) return undefined;
  if (NO_STEP.has(folded)) return 'none';
  const number = /^(?:step |buoc )?([1-5])\b/.exec(folded);
  if (number) return Number(number[1]) as Step;
  return STEP_WORDS[folded] ?? null;
}

const CATEGORY_WORDS: Record<string, Category> = {
  return: 'return-cancel', refund: 'return-cancel', cancel: 'return-cancel', cancellation: 'return-cancel',
  'wrong info': 'wrong-info', misinformation: 'wrong-info', 'past experience': 'past-experience',
  threat: 'conflict', insult: 'abuse', profanity: 'abuse', charge: 'billing', payment: 'billing', shipping: 'delivery',
  'chat luong': 'quality', 'giao hang': 'delivery', 'doi tra': 'return-cancel', 'hoan tien': 'return-cancel',
  'sai thong tin': 'wrong-info', 'xung dot': 'conflict', 'xuc pham': 'abuse', 'chinh sach': 'policy',
  'quan ly': 'manager', 'thanh toan': 'billing',
};
/** A list cell: one item per line when it has several lines (so items may hold commas), else split on , ; or |. */
const list = (cell: string) => cell.split(cell.includes('\n') ? /\n/ : /[,;|]/).map((s) => s.trim()).filter(Boolean);

/** A spreadsheet's guard against formulas ("'=…", "'- item") is not part of the text. */
const unguard = (cell: string) => (/^'(?='*[=+\-@\t\r])/.test(cell) ? cell.slice(1) : cell);

function readCategory(word: string): Category | null {
  const folded = fold(word);
  const id = folded.replace(/ /g, '-');
  if ((CATEGORIES as readonly string[]).includes(id)) return id as Category;
  return CATEGORY_WORDS[folded] ?? null;
}

function readLang(cell: string): 'vi' | 'en' | undefined | null {
  const folded = fold(cell);
  if (!folded) return undefined;
  if (['vi', 'vn', 'vie', 'vietnamese', 'tieng viet', 'vi vn'].includes(folded)) return 'vi';
  if (['en', 'eng', 'english', 'tieng anh', 'en us', 'en gb'].includes(folded)) return 'en';
  return null;
}

function readAnger(cell: string): number | undefined | null {
  if (!cell.trim()) return undefined;
  return /^[0-3]$/.test(cell.trim()) ? Number(cell.trim()) : null;
}

/** Spreadsheet rows as replies, by the mapping the lead confirmed. Row numbers are the spreadsheet's own. */
export function readCsvRows(table: CsvTable, mapping: CsvMapping): SourceRead {
  const out: SourceRead = { replies: [], problems: [], skipped: [] };
  if (mapping.text === undefined) {
    out.problems.push(locate('row 1', problem('csvNoTextColumn', table.headers.join(', '))));
    return out;
  }
  table.rows.forEach((cells, i) => {
    const where = `row ${i + 2}`;
    const rawCell = (field: CsvField) => {
      const index = mapping[field];
      return index === undefined ? '' : unguard(cells[index] ?? '');
    };
    const cell = (field: CsvField) => rawCell(field).trim();
    if (cells.every((c) => !c.trim())) return void out.skipped.push({ where, why: 'empty' });
    const bad = (field: CsvField, value: string, expected: string) =>
      out.problems.push(locate(`${where}, ${table.headers[mapping[field] ?? 0] ?? field}`, problem('csvBadCell', value, expected)));

    const raw = unguard(cells[mapping.text ?? 0] ?? '').replace(/\r\n?/g, '\n');
    // Plain text stays exactly as the cell holds it (an exported pack comes back unchanged).
    const body = looksLikeHtml(raw) ? htmlToText(raw) : raw.trim();
    if (!body) {
      out.problems.push(locate(`${where}, ${table.headers[mapping.text ?? 0] ?? 'text'}`, problem('empty')));
      return;
    }
    const mapped = mapPlaceholders(body);
    const title = mapPlaceholders(cell('title'));
    const reply: SourceReply = { where, title: title.text, text: mapped.text, unknownPlaceholders: [...new Set([...mapped.unknown, ...title.unknown])] };

    const step = readStep(cell('step'));
    if (step === null) bad('step', cell('step'), '1-5, empathize, clarify, solve, check back');
    else if (step !== undefined) reply.step = step;

    const categories = list(rawCell('categories')).map((word) => ({ word, category: readCategory(word) }));
    for (const { word, category } of categories) if (!category) bad('categories', word, CATEGORIES.join(', '));
    const known = categories.flatMap((c) => (c.category ? [c.category] : []));
    if (known.length) reply.categories = [...new Set(known)];

    const tags = list(rawCell('tags'));
    if (tags.length) reply.tags = tags;
    if (cell('shortcut')) reply.shortcut = cell('shortcut');
    if (cell('id')) reply.id = cell('id');

    const lang = readLang(cell('lang'));
    if (lang === null) bad('lang', cell('lang'), 'vi, en');
    else if (lang) reply.lang = lang;

    const tone = fold(cell('tone'));
    if (tone === 'formal' || tone === 'warm' || tone === 'neutral') reply.tone = tone;
    else if (tone) bad('tone', cell('tone'), 'formal, warm, neutral');

    const range = /^\s*([0-3])\s*(?:[-–…]|\.\.)\s*([0-3])\s*$/.exec(cell('anger'));
    if (range) [reply.minAnger, reply.maxAnger] = [Number(range[1]), Number(range[2])];
    else if (cell('anger')) bad('anger', cell('anger'), '0-3, 1-3 …');
    for (const field of ['minAnger', 'maxAnger'] as const) {
      const value = readAnger(cell(field));
      if (value === null) bad(field, cell(field), '0, 1, 2 or 3');
      else if (value !== undefined) reply[field] = value;
    }
    out.replies.push(reply);
  });
  return out;
}
