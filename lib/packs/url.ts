import { problem, type Problem } from './problems';

export type PackUrlCheck = { ok: true; url: URL } | { ok: false; error: Problem };

export interface PackUrlOptions {
  /**
   * Lets http://localhost and http://127.0.0.1 through. Only the end-to-end test build sets it (its
   * test server is plain http); the published build accepts https URLs and nothing else.
   */
  allowLocalHttp?: boolean;
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1']);

/** A pack URL must be https: the pack decides what agents say to customers, so it must not be tampered with on the way. */
export function checkPackUrl(input: string, options: PackUrlOptions = {}): PackUrlCheck {
  const text = input.trim();
  if (!text) return { ok: false, error: problem('urlEmpty') };
  if (text.length > 2000) return { ok: false, error: problem('urlTooLong') };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, error: problem('urlInvalid') };
  }
  if (url.protocol === 'https:') {
    if (url.username || url.password) return { ok: false, error: problem('urlCredentials') };
    return { ok: true, url };
  }
  if (options.allowLocalHttp && url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname)) return { ok: true, url };
  return { ok: false, error: problem('urlNotHttps', url.protocol) };
}

/** The host permission pattern that covers a pack URL: `https://packs.example.com/*`. */
export function originPattern(url: URL): string {
  return `${url.protocol}//${url.hostname}/*`;
}
