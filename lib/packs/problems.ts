/**
 * Problems a person has to fix (a broken pack, a refused address, a failed save), kept as a code and its
 * arguments so the options page can say them in its own language. `message` is the English wording, for
 * logs, tests and anything that shows no UI; the UI looks up `problem_<code>` in its messages.json,
 * whose English entries must read exactly as below (a unit test holds them together).
 *
 * `$1` … `$9` are the arguments, as in chrome.i18n. An argument may itself be a problem (a pack error inside
 * "the pack is not valid: …"), said in the same language.
 */
export const PROBLEM_EN = {
  // Reading a pack file
  packTooBig: 'the pack is $1; the limit is $2',
  downloadTooBig: 'the pack is over $1; the limit is $2',
  fileEmpty: 'the file is empty',
  jsonInvalid: 'not valid JSON: $1',
  jsonInvalidAt: 'not valid JSON at line $1, column $2: $3',
  notAPack: 'expected a pack: a JSON object with id, name, lang, version, updatedAt and phrases',
  tooManyPhrases: 'at most $1 phrases (this pack has $2)',
  moreProblems: '… and $1 more problems',
  // Replies from a spreadsheet or another helpdesk
  unknownFormat: 'not a format CalmReply knows: expected a CalmReply pack, a CSV or TSV file, or Zendesk, Freshdesk, Help Scout or Gorgias JSON',
  notVendorFile: 'this does not look like an export from $1',
  vendorItemShape: 'expected a reply with $1',
  csvBroken: 'the file cannot be read as CSV: $1',
  csvNoHeader: 'the first row must name the columns (title, text, step …)',
  csvNoTextColumn: 'no column holds the reply text; columns: $1',
  csvBadCell: '"$1" is not one of: $2',
  // A field of a pack or phrase
  tooLong: 'must be at most $1 characters',
  empty: 'must not be empty',
  required: 'is missing',
  unknownVariable: 'unknown variable {{$1}}; known: $2',
  fillInLabel: '$1 needs a label after "input:", like {{input:Order number}}',
  fillInOptions: '$1 needs at least two options, like {{choice:a refund|a replacement}}',
  fillInCursorTwice: '{{cursor}} may appear only once',
  stepNumber: 'expected a step number 1-5',
  stepRange: 'expected 1-5',
  idChars: 'use letters, digits, dot, dash or underscore',
  shortcutChars: 'lowercase letters, digits and dashes',
  angerOrder: 'minAnger must not exceed maxAnger',
  semver: 'expected a semantic version like 1.2.0',
  datetime: 'expected an ISO date-time like 2026-01-31T09:00:00Z',
  phraseLimit: 'at most $1 phrases',
  duplicateId: 'duplicate id "$1" (also phrases[$2])',
  oneOf: 'expected one of: $1',
  unknownField: 'not a field here: $1',
  wrongType: 'expected $1, got $2',
  expected: 'expected $1',
  typeText: 'text',
  typeNumber: 'a number',
  typeWholeNumber: 'a whole number',
  typeList: 'a list',
  typeObject: 'an object',
  typeTrueFalse: 'true or false',
  tooLarge: 'must be at most $1',
  tooSmall: 'must be at least $1',
  tooManyItems: 'at most $1 items',
  tooFewItems: 'at least $1 items',
  badFormat: 'is not in the expected format',
  at: '$1: $2',
  // The team pack address and its download
  urlEmpty: 'enter the address of the team pack',
  urlTooLong: 'the address is longer than 2,000 characters',
  urlInvalid: 'not a web address; it should look like https://example.com/team-pack.json',
  urlCredentials: 'the address must not contain a user name or password',
  urlNotHttps: 'only https addresses are allowed (this one starts with $1//)',
  unreachable: 'could not reach $1: $2',
  redirectNotAllowed: 'the server redirected to an address that is not allowed: $1',
  redirectOtherHost: 'the server sent the pack from another site, $1; subscribe to that address if you trust it',
  notModifiedNoCopy: 'the server answered "not modified" but there is no copy of the pack here yet',
  notUtf8: 'the pack is not valid UTF-8 text (byte $1 is not part of a character)',
  httpStatus: 'the server answered $1',
  downloadBroke: 'the download broke off: $1',
  packNotValid: 'the pack is not valid: $1',
  packNotValidMore: 'the pack is not valid: $1 (and $2 more)',
  // Saving in the options page
  couldNotSave: 'could not save: $1',
  couldNotSaveSettings: 'could not save the settings: $1',
  couldNotReadPacks: 'could not read the saved packs: $1',
  couldNotCheck: 'could not check the team pack: $1',
  readOnly: 'this pack is read-only',
  notSaved: 'not saved',
  packChangedElsewhere: 'this pack was changed in another tab; the page now shows that version',
  phraseIdTaken: 'another phrase in this pack already has the id "$1"',
  samePackId: 'two packs have the id "$1"',
  storedPackInvalid: 'pack "$1" is not valid: $2',
  storedPackTooBig: 'pack "$1" is over the 2 MB limit',
} as const;

export type ProblemCode = keyof typeof PROBLEM_EN;
export type ProblemArg = string | number | Problem;

export interface Problem {
  /** The English wording. */
  message: string;
  /** Absent on problems that only have words (an older stored error, a browser's own message). */
  code?: ProblemCode;
  args?: ProblemArg[];
}

/** Fills `$1` … `$9` of a template (chrome.i18n's rule: `$$` is a dollar sign). */
export function fillTemplate(template: string, args: readonly string[]): string {
  return template.replace(/\$(\$|[1-9])/g, (_m, n: string) => (n === '$' ? '$' : (args[Number(n) - 1] ?? '')));
}

const argText = (arg: ProblemArg, say: (p: Problem) => string) => (typeof arg === 'object' ? say(arg) : String(arg));

/** A problem with its English wording. */
export function problem(code: ProblemCode, ...args: ProblemArg[]): Problem {
  const message = fillTemplate(PROBLEM_EN[code], args.map((a) => argText(a, (p) => p.message)));
  return args.length ? { code, args, message } : { code, message };
}

export const isProblemCode = (code: unknown): code is ProblemCode =>
  typeof code === 'string' && Object.prototype.hasOwnProperty.call(PROBLEM_EN, code);

/**
 * A problem in another language: `say(code, args)` words a code with its arguments (already in that
 * language), or gives undefined where the language has no wording (then the English message stands).
 */
export function sayProblem(p: Problem, say: (code: ProblemCode, args: string[]) => string | undefined): string {
  if (!p.code || !isProblemCode(p.code)) return p.message;
  return say(p.code, (p.args ?? []).map((a) => argText(a, (inner) => sayProblem(inner, say)))) ?? p.message;
}

/** A caught exception's words, for arguments ("could not save: $1"). */
export const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));
