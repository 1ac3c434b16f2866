import { config } from 'zod/mini';

/**
 * Imported first by every entrypoint and script, before any schema parses. zod otherwise probes once
 * whether `new Function` works, to compile faster parsers; an extension's content security policy forbids
 * eval, so the probe fails and the browser logs a blocked-eval error in the console of the extension's
 * pages and worker. The plain parsers are fast enough for the small payloads CalmReply checks.
 */
config({ jitless: true });
