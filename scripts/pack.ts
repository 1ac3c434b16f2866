/**
 * The pack command line, for leads who keep their team's phrases in a repository:
 *
 *   npm run pack -- convert <file> [--from csv|zendesk|freshdesk|helpscout|gorgias] [--lang vi|en] [--id ID] [--name NAME]
 *   npm run pack -- check <pack.json>
 *   npm run pack -- export-csv <pack.json>
 *
 * Output (a canonical pack, or CSV) goes to stdout; problems go to stderr, one per line, and the exit
 * code is 1 when there is any. A file with replies in two languages converts to one pack per language:
 * then `--out-dir DIR` writes each as DIR/<id>.json (stdout holds one pack only).
 */
// First: zod's settings must be in place before any schema runs (lib/zod-config.ts).
import '../lib/zod-config';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { convertFile, idFromFileName, packToCsv, SOURCE_FORMATS, type SourceFormat } from '../lib/packs/convert';
import { describeError } from '../lib/packs/issues';
import { parsePackText } from '../lib/packs/import';
import { formatPack } from '../lib/packs/format';

const USAGE = `usage:
  npm run pack -- convert <file> [--from ${SOURCE_FORMATS.filter((f) => f !== 'pack').join('|')}] [--lang vi|en] [--id ID] [--name NAME] [--out-dir DIR]
  npm run pack -- check <pack.json>
  npm run pack -- export-csv <pack.json>`;

function fail(lines: string[]): never {
  for (const line of lines) process.stderr.write(line + '\n');
  process.exit(1);
}

function read(path: string | undefined): string {
  if (!path) fail([USAGE]);
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    fail([`${path}: ${(error as Error).message}`]);
  }
}

function readPack(path: string | undefined) {
  const result = parsePackText(read(path));
  if (!result.ok) fail(result.errors.map((e) => `${path}: ${describeError(e)}`));
  return result.pack;
}

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    from: { type: 'string' },
    lang: { type: 'string' },
    id: { type: 'string' },
    name: { type: 'string' },
    'out-dir': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});
const [command, file] = positionals;
if (values.help || !command) {
  process.stdout.write(USAGE + '\n');
  process.exit(command ? 0 : 1);
}

if (command === 'check') {
  const pack = readPack(file);
  process.stderr.write(`${file}: ${pack.name} (${pack.lang}, v${pack.version}), ${pack.phrases.length} phrases: valid\n`);
} else if (command === 'export-csv') {
  process.stdout.write(packToCsv(readPack(file)));
} else if (command === 'convert') {
  const from = values.from as SourceFormat | undefined;
  if (from && !SOURCE_FORMATS.includes(from)) fail([`--from must be one of: ${SOURCE_FORMATS.join(', ')}`]);
  const lang = values.lang;
  if (lang && lang !== 'vi' && lang !== 'en') fail(['--lang must be vi or en']);
  const text = read(file);
  const base = idFromFileName(basename(file!));
  const result = convertFile(text, { fileName: file, from, lang: lang as 'vi' | 'en' | undefined, id: values.id ?? base, name: values.name ?? base });
  const notes = [
    ...result.read.skipped.map((s) => `${file}: ${s.where}: skipped (${s.why === 'empty' ? 'empty' : 'no reply text'})`),
    ...result.unknownPlaceholders.map((u) => `${file}: placeholder ${u.name} has no CalmReply variable; kept as [${u.name}] in ${u.count} replies`),
  ];
  for (const note of notes) process.stderr.write(note + '\n');
  if (result.format === null || result.problems.length) fail(result.problems.map((e) => `${file}: ${describeError(e)}`));
  const outDir = values['out-dir'];
  if (result.packs.length > 1 && !outDir) {
    fail([`${file}: replies in ${result.packs.map((p) => p.lang).join(' and ')}: give --lang to make one pack, or --out-dir DIR for one pack per language`]);
  }
  if (outDir) {
    for (const pack of result.packs) {
      writeFileSync(join(outDir, `${pack.id}.json`), formatPack(pack));
      process.stderr.write(`${join(outDir, `${pack.id}.json`)}: ${pack.phrases.length} phrases\n`);
    }
  } else process.stdout.write(formatPack(result.packs[0]!));
} else fail([`unknown command "${command}"`, USAGE]);
