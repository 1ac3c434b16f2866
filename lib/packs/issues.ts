import type { z } from 'zod';
import { isProblemCode, problem, type Problem, type ProblemArg } from './problems';

/** One problem with a pack, located by a path a person can find in the file: `phrases[12].step`. */
export interface LocatedError extends Problem {
  path: string;
}

export const locate = (path: string, what: Problem): LocatedError => ({ path, ...what });

/** `['phrases', 12, 'step']` → `phrases[12].step`; the empty path is the pack itself. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

/**
 * The issues of a failed zod parse, each with its location, in the order zod found them. `input`, the
 * value that was parsed, lets a wrong-type problem say what was found instead.
 */
export function locateIssues(error: z.ZodError, input?: unknown): LocatedError[] {
  return error.issues.map((issue) => locate(formatPath(issue.path), issueProblem(issue, input)));
}

/** The value at a zod path; undefined where a key is absent (a missing field). */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (typeof value !== 'object' || value === null || !Object.prototype.hasOwnProperty.call(value, key)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}
/** Stands for "the parsed value was not given", so the problem can't say what was found. */
const unknown = Symbol('unknown');

const TYPE_WORDS: Record<string, Problem> = {
  string: problem('typeText'),
  number: problem('typeNumber'),
  int: problem('typeWholeNumber'),
  array: problem('typeList'),
  object: problem('typeObject'),
  boolean: problem('typeTrueFalse'),
};
const typeWord = (name: string): ProblemArg => TYPE_WORDS[name] ?? name;
/** What JSON holds where a value of another type was expected (zod's issues don't carry it). */
function receivedType(input: unknown): ProblemArg {
  if (input === null) return 'null';
  if (Array.isArray(input)) return typeWord('array');
  return typeWord(typeof input);
}
const quoted = (values: readonly unknown[]) => values.map((v) => JSON.stringify(v)).join(', ');

/**
 * One zod issue as a problem the options page can translate. The schema's own checks name their problem
 * (`params.problem`, or the field: a pack's `version`, a phrase's `step`); zod's built-in checks are
 * worded here from the issue's code, so no English text of zod's reaches the page.
 */
export function issueProblem(issue: z.core.$ZodIssue, input?: unknown): Problem {
  const params = issue.code === 'custom' ? (issue.params as { problem?: unknown; args?: ProblemArg[] } | undefined) : undefined;
  if (isProblemCode(params?.problem)) return problem(params.problem, ...(params.args ?? []));
  const field = issue.path.filter((key) => typeof key === 'string').at(-1);
  if (field === 'step') return problem(issue.code === 'invalid_type' && issue.expected !== 'int' ? 'stepNumber' : 'stepRange');
  switch (issue.code) {
    case 'invalid_type': {
      const found = 'input' in issue ? issue.input : input === undefined ? unknown : valueAt(input, issue.path);
      if (found === undefined) return problem('required');
      if (found === unknown) return problem('expected', typeWord(issue.expected));
      return problem('wrongType', typeWord(issue.expected), receivedType(found));
    }
    case 'too_big':
      if (issue.origin === 'string') return problem('tooLong', Number(issue.maximum));
      if (issue.origin === 'array' && field === 'phrases') return problem('phraseLimit', Number(issue.maximum));
      if (issue.origin === 'array') return problem('tooManyItems', Number(issue.maximum));
      return problem('tooLarge', Number(issue.maximum));
    case 'too_small':
      if (issue.origin === 'string') return problem('empty');
      if (issue.origin === 'array') return problem('tooFewItems', Number(issue.minimum));
      return problem('tooSmall', Number(issue.minimum));
    case 'invalid_format':
      if (field === 'id') return problem('idChars');
      if (field === 'shortcut') return problem('shortcutChars');
      if (field === 'version') return problem('semver');
      if (issue.format === 'datetime') return problem('datetime');
      return problem('badFormat');
    case 'invalid_value':
      return problem('oneOf', issue.values.map(String).join(', '));
    case 'unrecognized_keys':
      return problem('unknownField', quoted(issue.keys));
    default:
      return { message: issue.message };
  }
}

/** Words a problem: English by default, the page's language where a `say` is given (components/problem-text). */
export type SayProblem = (problem: Problem) => string;
export const sayEnglish: SayProblem = (p) => p.message;

/** A located error as one problem, `path: what`, to be said alone or inside another ("the pack is not valid: …"). */
export const asProblem = (error: LocatedError): Problem => (error.path ? problem('at', error.path, error) : error);

/** `phrases[12].step: expected 1-5`, one line each (the form shown to people and in tests). */
export function describeError(error: LocatedError): string {
  return asProblem(error).message;
}

/** describeError in the page's language. */
export const describeErrorIn =
  (say: SayProblem) =>
  (error: LocatedError): string =>
    say(asProblem(error));

/**
 * Errors keyed by path, for forms that show each message next to its field. Paths are relative to
 * `prefix` (`phrases[3]` → `text`, `step` …); errors outside the prefix are left out.
 */
export function errorsByField(errors: readonly LocatedError[], prefix = '', say: SayProblem = sayEnglish): Record<string, string> {
  const out: Record<string, string> = {};
  for (const error of errors) {
    let path = error.path;
    if (prefix) {
      if (path !== prefix && !path.startsWith(prefix + '.') && !path.startsWith(prefix + '[')) continue;
      path = path.slice(prefix.length).replace(/^\./, '');
    }
    out[path] ??= say(error);
  }
  return out;
}
