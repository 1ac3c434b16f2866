import type { Pack } from './schema';

/** A place in a pack where text holds half of a UTF-16 surrogate pair. */
export interface LoneSurrogate {
  /** Where, as the import errors say it: `phrases[3].text`, `playbook.delivery.canOffer[0]`. */
  path: string;
  /** The phrase it belongs to, when it is inside one. */
  phraseId?: string;
}

const LONE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Every string in the pack that holds a lone surrogate (a JSON `\ud83d` escape without its other half).
 * Such text can't be stored as it is: the browser's storage writes it as U+FFFD, so an import preview
 * names each place before anything is saved.
 */
export function findLoneSurrogates(pack: Pack): LoneSurrogate[] {
  const found: LoneSurrogate[] = [];
  const visit = (value: unknown, path: string, phraseId: string | undefined) => {
    if (typeof value === 'string') {
      if (LONE.test(value)) found.push(phraseId === undefined ? { path } : { path, phraseId });
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => visit(item, `${path}[${i}]`, phraseId));
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, item] of Object.entries(value)) visit(item, path ? `${path}.${key}` : key, phraseId);
    }
  };
  for (const [key, value] of Object.entries(pack)) {
    if (key === 'phrases') pack.phrases.forEach((phrase, i) => visit(phrase, `phrases[${i}]`, phrase.id));
    else visit(value, key, undefined);
  }
  return found;
}
