import type { z } from 'zod';

/** One problem with a pack, located by a path a person can find in the file: `phrases[12].step`. */
export interface LocatedError {
  path: string;
  message: string;
}

/** `['phrases', 12, 'step']` → `phrases[12].step`; the empty path is the pack itself. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

/** The issues of a failed zod parse, each with its location, in the order zod found them. */
export function locateIssues(error: z.ZodError): LocatedError[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
}

/** `phrases[12].step: expected 1-5`, one line each (the form shown to people and in tests). */
export function describeError(error: LocatedError): string {
  return error.path ? `${error.path}: ${error.message}` : error.message;
}

/**
 * Errors keyed by path, for forms that show each message next to its field. Paths are relative to
 * `prefix` (`phrases[3]` → `text`, `step` …); errors outside the prefix are left out.
 */
export function errorsByField(errors: readonly LocatedError[], prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const error of errors) {
    let path = error.path;
    if (prefix) {
      if (path !== prefix && !path.startsWith(prefix + '.') && !path.startsWith(prefix + '[')) continue;
      path = path.slice(prefix.length).replace(/^\./, '');
    }
    out[path] ??= error.message;
  }
  return out;
}
