import { coachDraft } from '../../coach';
import { slugify } from '../edit';
import { locate, locateIssues, type LocatedError } from '../issues';
import { jsonProblem } from '../import';
import { problem } from '../problems';
import { LIMITS, PackSchema, type Pack, type Step } from '../schema';
import { guessCsvMapping, parseCsvTable, readCsvRows, type CsvMapping, type CsvTable } from './csv';
import type { SourceFormat, SourceRead, SourceReply } from './types';
import { guessVendor, VENDOR_READERS } from './vendors';

export * from './types';
export { CSV_FIELDS, guessCsvMapping, type CsvField, type CsvMapping, type CsvTable } from './csv';
export { htmlToText } from './html-text';
export { mapPlaceholders } from './placeholders';
export { packToCsv, idFromFileName, EXPORT_COLUMNS } from './export-csv';

export interface ReadOptions {
  /** The file's name: a hint (`.csv`, `.tsv`), never the only evidence. */
  fileName?: string;
  /** The format the lead chose; otherwise recognised from the content. */
  from?: SourceFormat;
  /** CSV: the column mapping the lead confirmed; otherwise guessed from the header row. */
  mapping?: CsvMapping;
}

export interface SourceFile {
  format: SourceFormat | null;
  read: SourceRead;
  /** CSV only: the table and the mapping used, for the lead to check and change. */
  csv?: { table: CsvTable; mapping: CsvMapping };
  /** Our own pack format: the parsed data, for the ordinary pack import. */
  packData?: unknown;
}

const EMPTY_READ: SourceRead = { replies: [], problems: [], skipped: [] };

/**
 * Reads another tool's replies: a CSV/TSV from any spreadsheet, or the JSON of Zendesk macros, Freshdesk
 * canned responses, Help Scout saved replies or Gorgias macros. Recognised by content first. Never throws.
 */
export function readSourceFile(text: string, options: ReadOptions = {}): SourceFile {
  const clean = text.replace(/^\uFEFF/, '');
  if (!clean.trim()) return { format: null, read: { ...EMPTY_READ, problems: [locate('', problem('fileEmpty'))] } };
  const looksJson = /^\s*[[{]/.test(clean);
  const format = options.from ?? (looksJson ? null : 'csv');
  if (format === 'csv' || (!looksJson && !format)) return readCsv(clean, options.mapping);

  let data: unknown;
  try {
    data = JSON.parse(clean);
  } catch (error) {
    // A spreadsheet whose first cell starts with "[" is still a spreadsheet, if the name says so.
    if (/\.(csv|tsv|txt)$/i.test(options.fileName ?? '')) return readCsv(clean, options.mapping);
    return { format: null, read: { ...EMPTY_READ, problems: [locate('', jsonProblem(clean, error))] } };
  }
  const vendor = format ?? guessVendor(data);
  if (!vendor) return { format: null, read: { ...EMPTY_READ, problems: [locate('', problem('unknownFormat'))] } };
  if (vendor === 'pack') return { format: 'pack', read: EMPTY_READ, packData: data };
  return { format: vendor, read: VENDOR_READERS[vendor](data) };
}

function readCsv(text: string, mapping?: CsvMapping): SourceFile {
  const { table, problems } = parseCsvTable(text);
  if (!table) return { format: 'csv', read: { ...EMPTY_READ, problems } };
  const used = mapping ?? guessCsvMapping(table.headers);
  const read = readCsvRows(table, used);
  return { format: 'csv', read: { ...read, problems: [...problems, ...read.problems] }, csv: { table, mapping: used } };
}

/** A reply on its way to a phrase, as the preview shows it: the language and step can still change. */
export interface ImportItem extends Omit<SourceReply, 'step'> {
  lang: 'vi' | 'en';
  /** null: none of steps 2-5 (information, a policy text): kept, searchable in the palette, in no step list. */
  step?: Step;
  /** The step came from the coach's step detection, not from the file. */
  stepGuessed: boolean;
}

/** The step the coach's cue words cover most of, in one coach result. */
function mostCoveredStep(coverage: readonly { step: Step; start: number; end: number }[]): Step | undefined {
  const weight = new Map<Step, number>();
  for (const hit of coverage) weight.set(hit.step, (weight.get(hit.step) ?? 0) + (hit.end - hit.start));
  let best: Step | undefined;
  for (const [step, w] of weight) if (best === undefined || w > (weight.get(best) ?? 0)) best = step;
  return best;
}

/** The step a reply mostly does: the step whose cue words cover the most of its text (the coach's detection). */
export function guessStep(text: string, lang: 'vi' | 'en'): Step | undefined {
  return mostCoveredStep(coachDraft(text, { lang }).coverage);
}

/** What the coach reads in a reply, once: its language (unless given) and the step it mostly does. */
function analyse(reply: SourceReply, forced?: 'vi' | 'en'): { lang: 'vi' | 'en' | null; step?: Step } {
  const lang = forced ?? reply.lang;
  const result = coachDraft(reply.text, lang ? { lang } : {});
  return { lang: lang ?? result.draftLang, step: mostCoveredStep(result.coverage) };
}

/** Languages and steps for every reply: the file's own where it gave them, detected otherwise. */
export function prepareItems(replies: readonly SourceReply[], options: { lang?: 'vi' | 'en' } = {}): ImportItem[] {
  const read = replies.map((r) => analyse(r, options.lang));
  const usual = usualLang(read);
  return replies.map((reply, i) => prepareItem(reply, read[i]!, usual));
}

/**
 * The same as prepareItems, in slices of about 16 ms with a pause between them, so the options page stays
 * responsive while 5,000 replies are read. `onProgress` gets how many are done.
 */
export async function prepareItemsInSlices(
  replies: readonly SourceReply[],
  options: { lang?: 'vi' | 'en'; onProgress?(done: number): void; signal?: AbortSignal } = {},
): Promise<ImportItem[]> {
  const read: ReturnType<typeof analyse>[] = [];
  let sliceStart = performance.now();
  for (const reply of replies) {
    read.push(analyse(reply, options.lang));
    if (performance.now() - sliceStart > 16) {
      options.onProgress?.(read.length);
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (options.signal?.aborted) return [];
      sliceStart = performance.now();
    }
  }
  options.onProgress?.(read.length);
  const usual = usualLang(read);
  return replies.map((reply, i) => prepareItem(reply, read[i]!, usual));
}

/** The file's usual language, for replies too short to tell. */
function usualLang(read: readonly { lang: 'vi' | 'en' | null }[]): 'vi' | 'en' {
  const vi = read.filter((r) => r.lang === 'vi').length;
  return vi > read.filter((r) => r.lang === 'en').length ? 'vi' : 'en';
}

function prepareItem(reply: SourceReply, read: ReturnType<typeof analyse>, usual: 'vi' | 'en'): ImportItem {
  const lang = read.lang ?? usual;
  // A reply whose language was only guessed is read again in the language it is given, for its steps.
  const guessed = reply.step === undefined ? (read.lang ? read.step : guessStep(reply.text, lang)) : undefined;
  const step = reply.step === 'none' ? undefined : (reply.step ?? guessed);
  return { ...reply, lang, step, stepGuessed: reply.step === undefined && step !== undefined };
}

export interface PackOptions {
  /** The pack's id; with replies in two languages, `-vi` / `-en` is added. */
  id?: string;
  name?: string;
  now?: Date;
}

export interface PacksResult {
  packs: Pack[];
  problems: LocatedError[];
}

const LANG_NAMES = { vi: 'Tiếng Việt', en: 'English' } as const;

/** One pack per language, through the same validation as a pack import; problems say which row or item. */
export function packsFrom(items: readonly ImportItem[], options: PackOptions = {}): PacksResult {
  const problems: LocatedError[] = [];
  const packs: Pack[] = [];
  const langs = (['vi', 'en'] as const).filter((lang) => items.some((item) => item.lang === lang));
  const name = options.name?.trim() || 'Imported replies';
  const baseId = slugify(options.id?.trim() || name) || 'imported';
  if (items.length > LIMITS.phrases) problems.push(locate('', problem('tooManyPhrases', LIMITS.phrases, items.length)));
  for (const lang of langs) {
    const mine = items.filter((item) => item.lang === lang);
    const taken = new Set<string>();
    const phrases = mine.map((item) => {
      const words = slugify(item.title || item.text.split(/\s+/).slice(0, 5).join(' '), 32) || 'reply';
      const base = item.id && /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(item.id) ? item.id : `${lang}-${item.step ?? 'x'}-${words}`;
      let id = base;
      for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
      taken.add(id);
      return {
        id,
        step: item.step,
        title: item.title || undefined,
        text: item.text,
        categories: item.categories ?? [],
        tone: item.tone,
        minAnger: item.minAnger,
        maxAnger: item.maxAnger,
        tags: item.tags ?? [],
        shortcut: item.shortcut,
      };
    });
    const data = {
      id: langs.length > 1 ? `${baseId}-${lang}` : baseId,
      name: langs.length > 1 ? `${name} (${LANG_NAMES[lang]})` : name,
      lang,
      version: '1.0.0',
      updatedAt: (options.now ?? new Date()).toISOString(),
      phrases,
    };
    const result = PackSchema.safeParse(data);
    if (result.success) packs.push(result.data);
    else {
      // Problems name the row or item of the file, not the phrase's place in a pack the lead never saw.
      for (const error of locateIssues(result.error, data)) {
        const index = /^phrases\[(\d+)\]\.?(.*)$/.exec(error.path);
        const item = index ? mine[Number(index[1])] : undefined;
        problems.push(item ? { ...error, path: [item.where, index?.[2]].filter(Boolean).join(', ') } : error);
      }
    }
  }
  return { packs: problems.length ? [] : packs, problems };
}

export interface Conversion extends SourceFile {
  items: ImportItem[];
  packs: Pack[];
  problems: LocatedError[];
  /** Each placeholder with no CalmReply variable, with how many replies use it. */
  unknownPlaceholders: { name: string; count: number }[];
}

export function unknownPlaceholders(items: readonly SourceReply[]): { name: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const item of items) for (const name of item.unknownPlaceholders) counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

/** The whole way from a file to packs, for the CLI and tests; the dialog runs the same steps one by one. */
export function convertFile(text: string, options: ReadOptions & PackOptions & { lang?: 'vi' | 'en' } = {}): Conversion {
  const file = readSourceFile(text, options);
  if (file.format === 'pack') {
    const result = PackSchema.safeParse(file.packData);
    return result.success
      ? { ...file, items: [], packs: [result.data], problems: [], unknownPlaceholders: [] }
      : { ...file, items: [], packs: [], problems: locateIssues(result.error, file.packData), unknownPlaceholders: [] };
  }
  const items = prepareItems(file.read.replies, options);
  const built = file.read.problems.length ? { packs: [], problems: [] } : packsFrom(items, options);
  return { ...file, items, packs: built.packs, problems: [...file.read.problems, ...built.problems], unknownPlaceholders: unknownPlaceholders(items) };
}
