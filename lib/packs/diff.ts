import { CATEGORIES, type Category } from '../detect/types';
import { canonicalPhrase } from './format';
import type { Pack, Phrase } from './schema';

export interface PhraseChange {
  before: Phrase;
  after: Phrase;
  /** The phrase fields that differ, in canonical order (`text`, `categories` …). */
  fields: string[];
}

export interface PackDiff {
  added: Phrase[];
  removed: Phrase[];
  changed: PhraseChange[];
  unchanged: number;
  /** Pack fields other than phrases and playbook that differ (`name`, `version` …). */
  details: string[];
  playbook: { added: Category[]; removed: Category[]; changed: Category[] };
  /** True when the same phrases come in a different order. */
  reordered: boolean;
}

const DETAIL_FIELDS = ['name', 'lang', 'version', 'author', 'description'] as const;

/** What replacing `before` by `after` would do, phrase by phrase (matched by id). */
export function diffPacks(before: Pack, after: Pack): PackDiff {
  const old = new Map(before.phrases.map((p) => [p.id, p]));
  const next = new Map(after.phrases.map((p) => [p.id, p]));
  const diff: PackDiff = {
    added: after.phrases.filter((p) => !old.has(p.id)),
    removed: before.phrases.filter((p) => !next.has(p.id)),
    changed: [],
    unchanged: 0,
    details: DETAIL_FIELDS.filter((field) => (before[field] ?? '') !== (after[field] ?? '')),
    playbook: { added: [], removed: [], changed: [] },
    reordered: false,
  };
  for (const phrase of after.phrases) {
    const previous = old.get(phrase.id);
    if (!previous) continue;
    const fields = changedFields(canonicalPhrase(previous), canonicalPhrase(phrase));
    if (fields.length) diff.changed.push({ before: previous, after: phrase, fields });
    else diff.unchanged++;
  }
  for (const category of CATEGORIES) {
    const a = before.playbook?.[category];
    const b = after.playbook?.[category];
    if (!a && b) diff.playbook.added.push(category);
    else if (a && !b) diff.playbook.removed.push(category);
    else if (a && b && JSON.stringify(a) !== JSON.stringify(b)) diff.playbook.changed.push(category);
  }
  const kept = (list: readonly Phrase[], other: Map<string, Phrase>) => list.filter((p) => other.has(p.id)).map((p) => p.id);
  diff.reordered = kept(before.phrases, next).join('\n') !== kept(after.phrases, old).join('\n');
  return diff;
}

export function isEmptyDiff(diff: PackDiff): boolean {
  return (
    diff.added.length + diff.removed.length + diff.changed.length + diff.details.length === 0 &&
    diff.playbook.added.length + diff.playbook.removed.length + diff.playbook.changed.length === 0 &&
    !diff.reordered
  );
}

function changedFields(a: Record<string, unknown>, b: Record<string, unknown>): string[] {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return keys.filter((key) => JSON.stringify(a[key]) !== JSON.stringify(b[key]));
}
