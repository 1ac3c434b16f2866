import type { Pack, Phrase } from './schema';

/** Pure edits on a pack. Each returns a new pack and leaves the argument untouched. */

/** ASCII id fragment from any name, Vietnamese included: "Xin lỗi đơn hàng" → "xin-loi-don-hang". */
export function slugify(name: string, max = 40): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');
}

/** `base`, or `base-2`, `base-3` … whichever is not taken. */
export function uniqueId(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!used.has(candidate)) return candidate;
  }
}

/** A fresh id for a phrase in this pack, from its title or text. */
export function newPhraseId(pack: Pack, phrase: Pick<Phrase, 'step' | 'title' | 'text'>): string {
  const words = slugify(phrase.title || phrase.text.split(/\s+/).slice(0, 5).join(' '), 32);
  return uniqueId(`${pack.lang}-${phrase.step}-${words || 'phrase'}`, pack.phrases.map((p) => p.id));
}

export function touch(pack: Pack, now: Date): Pack {
  return { ...pack, updatedAt: now.toISOString().replace(/\.\d{3}Z$/, 'Z') };
}

/**
 * Saves a phrase: replaces the one with `originalId` in place, or adds a new one after the last
 * phrase of the same step (so it shows up among its siblings), or at the end.
 */
export function upsertPhrase(pack: Pack, phrase: Phrase, originalId?: string | null): Pack {
  const phrases = [...pack.phrases];
  const at = originalId ? phrases.findIndex((p) => p.id === originalId) : -1;
  if (at >= 0) phrases[at] = phrase;
  else {
    let last = -1;
    phrases.forEach((p, i) => {
      if (p.step === phrase.step) last = i;
    });
    phrases.splice(last >= 0 ? last + 1 : phrases.length, 0, phrase);
  }
  return { ...pack, phrases };
}

export function removePhrase(pack: Pack, id: string): Pack {
  return { ...pack, phrases: pack.phrases.filter((p) => p.id !== id) };
}

/** A copy of the phrase right after it, with a new id and " (copy)" on its title. */
export function duplicatePhrase(pack: Pack, id: string, copySuffix = 'copy'): { pack: Pack; id: string } {
  const index = pack.phrases.findIndex((p) => p.id === id);
  const original = pack.phrases[index];
  if (!original) return { pack, id };
  const copyId = uniqueId(`${id}-${copySuffix}`, pack.phrases.map((p) => p.id));
  const copy: Phrase = { ...original, id: copyId, categories: [...original.categories], tags: [...original.tags] };
  delete copy.shortcut; // shortcuts must stay unique to be useful
  const phrases = [...pack.phrases];
  phrases.splice(index + 1, 0, copy);
  return { pack: { ...pack, phrases }, id: copyId };
}

/** Moves phrase `id` to where `targetId` is (the target shifts by one). Used for move up/down among visible rows. */
export function movePhrase(pack: Pack, id: string, targetId: string): Pack {
  const from = pack.phrases.findIndex((p) => p.id === id);
  const to = pack.phrases.findIndex((p) => p.id === targetId);
  if (from < 0 || to < 0 || from === to) return pack;
  const phrases = [...pack.phrases];
  const [moved] = phrases.splice(from, 1);
  phrases.splice(to, 0, moved!);
  return { ...pack, phrases };
}

export function emptyPack(input: { id: string; name: string; lang: 'vi' | 'en'; author?: string; now: Date }): Pack {
  return touch(
    {
      id: input.id,
      name: input.name,
      lang: input.lang,
      version: '1.0.0',
      updatedAt: '',
      ...(input.author ? { author: input.author } : {}),
      phrases: [],
    },
    input.now,
  );
}

/** Bumps the patch number of a semantic version: 1.4.2 → 1.4.3 (a pre-release tag is dropped). */
export function bumpPatch(version: string): string {
  const match = /^(\d+)\.(\d+)\.(\d+)/.exec(version);
  if (!match) return '1.0.0';
  return `${match[1]}.${match[2]}.${Number(match[3]) + 1}`;
}
