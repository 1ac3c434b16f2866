import { describeError, locate, locateIssues, type LocatedError } from './issues';
import { problem } from './problems';
import { jsonErrorOffset } from './json-position';
import { LIMITS, PackSchema, type Pack } from './schema';

export type PackImport = { ok: true; pack: Pack } | { ok: false; errors: LocatedError[] };

/** Errors beyond this are summarised: a broken 5,000-phrase file should not produce 5,000 lines. */
const MAX_ERRORS = 50;

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** A size check that can run before anything is read or parsed (File.size, Content-Length). */
export function checkPackSize(bytes: number): LocatedError | null {
  if (bytes <= LIMITS.packBytes) return null;
  return locate('', problem('packTooBig', megabytes(bytes), megabytes(LIMITS.packBytes)));
}

/** UTF-8 length without allocating a copy of a possibly huge string. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4; // a surrogate pair is one 4-byte character
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * Reads a pack from untrusted text (a file, pasted JSON, a download): size first, then JSON, then the
 * schema. Every failure is an error list; nothing here throws, and nothing is stored by it.
 */
export function parsePackText(text: string): PackImport {
  // Checked before JSON.parse so a huge paste or download never gets parsed at all.
  const tooBig = text.length > LIMITS.packBytes ? checkPackSize(text.length) : checkPackSize(utf8Length(text));
  if (tooBig) return { ok: false, errors: [tooBig] };
  if (text.trim() === '') return { ok: false, errors: [locate('', problem('fileEmpty'))] };

  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, errors: [locate('', jsonProblem(text, error))] };
  }
  return parsePackData(data);
}

/** Validates already-parsed data as a pack, with located errors. */
export function parsePackData(data: unknown): PackImport {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, errors: [locate('', problem('notAPack'))] };
  }
  const phrases = (data as { phrases?: unknown }).phrases;
  // Counted up front so an oversized pack gets one clear message instead of thousands of checks.
  if (Array.isArray(phrases) && phrases.length > LIMITS.phrases) {
    return { ok: false, errors: [locate('phrases', problem('tooManyPhrases', LIMITS.phrases, phrases.length))] };
  }
  const result = PackSchema.safeParse(data);
  if (result.success) return { ok: true, pack: result.data };
  return { ok: false, errors: summarise(locateIssues(result.error, data)) };
}

function summarise(errors: LocatedError[]): LocatedError[] {
  if (errors.length <= MAX_ERRORS) return errors;
  return [...errors.slice(0, MAX_ERRORS), locate('', problem('moreProblems', errors.length - MAX_ERRORS))];
}

/** "not valid JSON at line 3, column 7: Unexpected token …" whatever the engine's wording (which stays as the engine says it). */
export function jsonProblem(text: string, error: unknown) {
  const raw = error instanceof Error ? error.message : String(error);
  // V8 appends the position or a quoted excerpt of the input; the location below says it better.
  const reason = raw.replace(/\s*\(line \d+ column \d+\)/, '').replace(/\s*in JSON at position \d+/, '').replace(/, "[\s\S]*$/, '');
  const offset = jsonErrorOffset(text);
  if (offset < 0) return problem('jsonInvalid', reason);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return problem('jsonInvalidAt', line, column, reason);
}

/** One message for a failed import, one located error per line (for notices and logs). */
export function describeImportErrors(errors: readonly LocatedError[]): string {
  return errors.map(describeError).join('\n');
}

