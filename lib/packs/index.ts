import { z } from 'zod';
import { PackSchema, type Pack } from './schema';
import builtinEn from '../../phrases/en.json';
import builtinVi from '../../phrases/vi.json';

export * from './schema';
export * from './render';
export * from './format';
export * from './import';
export * from './issues';
export * from './merge';

export type PackParseResult = { ok: true; pack: Pack } | { ok: false; error: string };

/** Validates a pack from untrusted JSON data; the error names each failing field ("phrases[12].step: …"). */
export function parsePack(data: unknown): PackParseResult {
  const result = PackSchema.safeParse(data);
  return result.success ? { ok: true, pack: result.data } : { ok: false, error: z.prettifyError(result.error) };
}

/** The packs shipped with the extension, parsed once (a broken built-in pack fails the build's tests). */
export const builtinPacks: readonly Pack[] = [PackSchema.parse(builtinVi), PackSchema.parse(builtinEn)];
