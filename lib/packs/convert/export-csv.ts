import Papa from 'papaparse';
import type { Pack } from '../schema';

/** What a spreadsheet would run as a formula, and text that already starts with the guard (so it survives). */
const FORMULA = /^'*[=+\-@\t\r]/;

/** The columns of an exported pack; the import maps them back by these same header names. */
export const EXPORT_COLUMNS = ['id', 'title', 'text', 'step', 'categories', 'tags', 'shortcut', 'lang', 'tone', 'min anger', 'max anger'] as const;

/**
 * Tags that hold a list separator are written one per line, each line ended, so they come back exactly as
 * they were (a cell with a line break is read one item per line).
 */
function joinList(values: readonly string[]): string {
  return values.some((v) => /[,;|]/.test(v)) ? values.map((v) => `${v}\n`).join('') : values.join(', ');
}

/**
 * A pack as a spreadsheet: UTF-8 with a byte-order mark and CRLF line ends, so Excel opens Vietnamese text
 * correctly, and every cell that a spreadsheet would run as a formula (=, +, -, @) guarded with a leading
 * apostrophe, which the import takes off again.
 */
export function packToCsv(pack: Pack): string {
  const rows = pack.phrases.map((p) => [
    p.id,
    p.title ?? '',
    p.text,
    p.step === undefined ? 'none' : String(p.step),
    p.categories.join(', '),
    joinList(p.tags),
    p.shortcut ?? '',
    pack.lang,
    p.tone,
    p.minAnger === undefined ? '' : String(p.minAnger),
    p.maxAnger === undefined ? '' : String(p.maxAnger),
  ]);
  return '\uFEFF' + Papa.unparse({ fields: [...EXPORT_COLUMNS], data: rows }, { newline: '\r\n', escapeFormulae: FORMULA, quotes: false }) + '\r\n';
}

/** The pack id an exported file's name suggests: "team-vi-1.2.0.csv" → "team-vi". */
export function idFromFileName(fileName: string): string {
  return fileName
    .replace(/^.*[\\/]/, '')
    .replace(/\.[a-z0-9]+$/i, '')
    .replace(/-\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/, '');
}
