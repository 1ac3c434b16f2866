import type { Pack, Phrase, Playbook, PlaybookEntry } from './schema';
import { CATEGORIES } from '../detect/types';

/**
 * The one way a pack is written to a file: fixed key order, two-space indent, a final newline.
 * Built-in packs are kept in this form (a test checks it) and exports use it, so diffs between two
 * versions of a pack show only what changed.
 */
export function formatPack(pack: Pack): string {
  return JSON.stringify(canonicalPack(pack), null, 2) + '\n';
}

/** The pack as a plain object with its keys in canonical order and absent optionals left out. */
export function canonicalPack(pack: Pack): Record<string, unknown> {
  return compact({
    id: pack.id,
    name: pack.name,
    lang: pack.lang,
    version: pack.version,
    updatedAt: pack.updatedAt,
    author: pack.author,
    description: pack.description,
    playbook: pack.playbook && canonicalPlaybook(pack.playbook),
    phrases: pack.phrases.map(canonicalPhrase),
  });
}

export function canonicalPhrase(phrase: Phrase): Record<string, unknown> {
  return compact({
    id: phrase.id,
    step: phrase.step,
    title: phrase.title,
    text: phrase.text,
    categories: phrase.categories,
    tone: phrase.tone,
    minAnger: phrase.minAnger,
    maxAnger: phrase.maxAnger,
    tags: phrase.tags,
    shortcut: phrase.shortcut,
  });
}

/** Playbook entries in the categories' own order (DESIGN.md), whatever order the source had. */
function canonicalPlaybook(playbook: Playbook): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const category of CATEGORIES) {
    const entry = playbook[category];
    if (entry) out[category] = canonicalEntry(entry);
  }
  return out;
}

function canonicalEntry(entry: PlaybookEntry): Record<string, unknown> {
  return { goal: entry.goal, canOffer: entry.canOffer, cannotOffer: entry.cannotOffer, knownFixes: entry.knownFixes };
}

function compact(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
}
