import { z } from 'zod';
import { checkPackSize, parsePackText } from './import';
import { asProblem } from './issues';
import { errorText, isProblemCode, problem, type Problem, type ProblemArg } from './problems';
import { LIMITS, PackSchema, type Pack } from './schema';
import { checkPackUrl } from './url';

/**
 * The subscribed team pack: the last good copy and what happened at the last check. A failed check
 * only records its error; the copy stays in use until a valid pack replaces it.
 */
export interface SubscriptionState {
  /** The address this state belongs to. */
  url: string;
  /** The last good copy; absent until a first download succeeded. */
  pack?: Pack;
  /** Where that copy came from (it stays in use while a newly entered address fails). */
  packUrl?: string;
  etag?: string;
  /** When the copy was downloaded: its age. */
  installedAt?: string;
  /** Last check that succeeded (new copy, or "not modified"). */
  checkedAt?: string;
  error?: SubscriptionError;
}

/** `message` is English; `code` and `args` let the options page say it in its language (lib/packs/problems). */
export interface SubscriptionError extends Problem {
  /** `storage`: the download was good but the browser's storage refused it (full); the last copy stays. */
  kind: 'url' | 'network' | 'http' | 'too-big' | 'invalid' | 'storage';
  at: string;
}

/** A stored problem is read back as far as it makes sense: an unknown code leaves the English message alone. */
const StoredProblemArgSchema: z.ZodType<ProblemArg> = z.lazy(() =>
  z.union([z.string().max(4000), z.number(), StoredProblemSchema]),
);
const StoredProblemSchema: z.ZodType<Problem> = z.object({
  message: z.string().max(4000),
  code: z.string().refine(isProblemCode).optional().catch(undefined),
  args: z.array(StoredProblemArgSchema).max(9).optional().catch(undefined),
}) as z.ZodType<Problem>;

const iso = z.string().max(40);
/**
 * Stored state is read back field by field: whatever doesn't parse is dropped on its own, never thrown, and
 * never takes the last good copy down with it (an administrator's address over 2,000 characters is stored
 * with its error; read back, only the address is forgotten).
 */
export const SubscriptionStateSchema = z.object({
  url: z.string().max(2000).catch(''),
  pack: PackSchema.optional().catch(undefined),
  packUrl: z.string().max(2000).optional().catch(undefined),
  etag: z.string().max(500).optional().catch(undefined),
  installedAt: iso.optional().catch(undefined),
  checkedAt: iso.optional().catch(undefined),
  error: z
    .object({ kind: z.enum(['url', 'network', 'http', 'too-big', 'invalid', 'storage']), at: iso })
    .and(StoredProblemSchema)
    .optional()
    .catch(undefined),
});

export function parseSubscriptionState(raw: unknown): SubscriptionState | null {
  const result = SubscriptionStateSchema.safeParse(raw);
  // An object with neither an address nor a copy is not a subscription.
  if (!result.success || (!result.data.url && !result.data.pack)) return null;
  return result.data as SubscriptionState;
}

/** The part of `fetch` the refresh uses, so tests pass a fake and the extension passes the real one. */
export type FetchPack = (
  url: string,
  init: { headers: Record<string, string>; cache: 'no-store'; redirect: 'follow'; signal?: AbortSignal },
) => Promise<Response>;

export interface RefreshDeps {
  fetch: FetchPack;
  now(): Date;
  allowLocalHttp?: boolean;
  /** Gives up on a server that doesn't answer; default 30 s. */
  timeoutMs?: number;
}

const stamp = (date: Date) => date.toISOString();

/**
 * One check of the pack URL: a conditional GET (If-None-Match with the stored ETag), size limit before
 * parsing, full validation, and only then the new copy. Never throws: failures become `error`.
 */
export async function refreshSubscription(
  previous: SubscriptionState | null,
  url: string,
  deps: RefreshDeps,
): Promise<SubscriptionState> {
  const now = stamp(deps.now());
  const sameUrl = previous?.url === url;
  const base: SubscriptionState = previous
    ? { ...previous, url, ...(sameUrl ? {} : { etag: undefined, checkedAt: undefined }) }
    : { url };
  const fail = (kind: SubscriptionError['kind'], what: Problem): SubscriptionState => ({
    ...base,
    error: { kind, ...what, at: now },
  });

  const checked = checkPackUrl(url, { allowLocalHttp: deps.allowLocalHttp });
  if (!checked.ok) return fail('url', checked.error);

  let response: Response;
  try {
    const headers: Record<string, string> = { accept: 'application/json' };
    // Only ask "has it changed?" when we hold the copy that ETag describes.
    if (sameUrl && base.etag && base.pack && base.packUrl === url) headers['if-none-match'] = base.etag;
    const signal = typeof AbortSignal.timeout === 'function' ? AbortSignal.timeout(deps.timeoutMs ?? 30_000) : undefined;
    response = await deps.fetch(checked.url.href, { headers, cache: 'no-store', redirect: 'follow', signal });
  } catch (error) {
    return fail('network', problem('unreachable', checked.url.host, errorText(error)));
  }

  // A redirect must not lead off https either, nor to another site: the agent chose this host's pack, and a
  // host that moved its pack elsewhere is shown the new address rather than followed without a word.
  if (response.url && response.url !== checked.url.href) {
    const target = checkPackUrl(response.url, { allowLocalHttp: deps.allowLocalHttp });
    if (!target.ok) return fail('url', problem('redirectNotAllowed', target.error));
    if (target.url.host !== checked.url.host) return fail('url', problem('redirectOtherHost', target.url.href));
  }
  if (response.status === 304) {
    // "Not modified" only means something for the copy the ETag came from.
    if (!base.pack || base.packUrl !== url) return fail('http', problem('notModifiedNoCopy'));
    return { ...base, checkedAt: now, error: undefined };
  }
  if (!response.ok) {
    return fail('http', problem('httpStatus', `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`));
  }

  const body = await readCapped(response, LIMITS.packBytes).catch((error: unknown) => ({
    error: problem('downloadBroke', errorText(error)),
  }));
  if (typeof body !== 'string') {
    if ('tooBig' in body) return fail('too-big', body.tooBig);
    return 'notText' in body ? fail('invalid', body.notText) : fail('network', body.error);
  }
  const parsed = parsePackText(body);
  if (!parsed.ok) {
    const [first, ...rest] = parsed.errors;
    if (!first) return fail('invalid', problem('packNotValid', problem('notAPack')));
    if (first.code === 'packTooBig') return fail('too-big', problem('packNotValid', first));
    const where = asProblem(first);
    return fail('invalid', rest.length ? problem('packNotValidMore', where, rest.length) : problem('packNotValid', where));
  }
  return {
    url,
    pack: parsed.pack,
    packUrl: url,
    etag: response.headers.get('etag') ?? undefined,
    installedAt: now,
    checkedAt: now,
  };
}

/** Reads a body up to `max` bytes; a bigger one is cancelled without being read to the end. */
async function readCapped(response: Response, max: number): Promise<string | { tooBig: Problem } | { notText: Problem }> {
  const declared = Number(response.headers.get('content-length'));
  const early = Number.isFinite(declared) ? checkPackSize(declared) : null;
  if (early) {
    await response.body?.cancel().catch(() => {});
    const { path: _whole, ...tooBig } = early;
    return { tooBig };
  }
  if (!response.body) return decodeStrict(new Uint8Array(await response.arrayBuffer()));
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      await reader.cancel().catch(() => {});
      // Cancelled part way: the real size is unknown, only that it is over.
      return { tooBig: problem('downloadTooBig', ...(checkPackSize(total)!.args ?? [])) };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return decodeStrict(bytes);
}

/**
 * UTF-8 or nothing: a replacing decoder would turn broken bytes into U+FFFD and the agents would insert
 * them into replies. The first bad byte is found by decoding the prefix before it, which only runs on failure.
 */
function decodeStrict(bytes: Uint8Array): string | { notText: Problem } {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { notText: problem('notUtf8', firstBadByte(bytes)) };
  }
}

/** 1-based position of the first byte that makes the text invalid UTF-8 (a binary search over prefixes). */
function firstBadByte(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const validPrefix = (end: number) => {
    try {
      decoder.decode(bytes.subarray(0, end), { stream: true });
      return true;
    } catch {
      return false;
    } finally {
      try {
        decoder.decode(); // resets the streaming state; throws when the prefix ends inside a character
      } catch {
        // that prefix was still valid so far
      }
    }
  };
  let [good, bad] = [0, bytes.length];
  while (bad - good > 1) {
    const mid = (good + bad) >>> 1;
    if (validPrefix(mid)) good = mid;
    else bad = mid;
  }
  return bad;
}

/** Where the subscription lives and how to reach the network: storage in the extension, fakes in tests. */
export interface SubscriptionIO extends RefreshDeps {
  /** The URL in force: the administrator's, else the user's; null when not subscribed. */
  readUrl(): Promise<string | null>;
  read(): Promise<SubscriptionState | null>;
  write(state: SubscriptionState): Promise<void>;
}

/** Checks the subscribed URL once and stores the outcome. Does nothing when there is no subscription. */
export async function syncSubscription(io: SubscriptionIO): Promise<SubscriptionState | null> {
  const url = await io.readUrl();
  if (!url) return io.read();
  const previous = await io.read();
  const next = await refreshSubscription(previous, url, io);
  try {
    await io.write(next);
    return next;
  } catch (error) {
    // Storage refused the new state (full): keep the last good copy and record why; that record is small.
    const kept: SubscriptionState = { ...(previous ?? { url }), url, error: { kind: 'storage', ...problem('couldNotSave', errorText(error)), at: io.now().toISOString() } };
    await io.write(kept);
    return kept;
  }
}
