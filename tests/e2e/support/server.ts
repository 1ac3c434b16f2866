import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { basename, extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** Extensions of pages a helpdesk renders on its server; other unknown files are 404s. */
const SERVER_PAGES = new Set(['.html', '.php']);

export type Route = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

export interface FixtureServer {
  /** http://localhost:<port> */
  origin: string;
  /** Routes added while running (pack URLs for subscription tests, …); matched before files. */
  routes: Map<string, Route>;
  close(): Promise<void>;
}

/**
 * Serves the built fixture pages. Unknown paths under /<site>/ get that site's index.html, as an SPA
 * host would, so /zendesk/agent/tickets/4821 opens the Zendesk fixture on that ticket; an unknown
 * /<site>/…/<page>.html or .php gets <site>/<page>/index.html if there is one.
 */
export async function startFixtureServer(root = resolve(process.env.CALMREPLY_OUT ?? '.output', 'fixtures'), port = 0): Promise<FixtureServer> {
  const routes = new Map<string, Route>();
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      const route = routes.get(path);
      if (route) return void (await route(req, res));
      const file = await resolveFile(root, path);
      if (!file) {
        res.writeHead(404).end('not found');
        return;
      }
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(await readFile(file));
    } catch (error) {
      res.writeHead(500).end(String(error));
    }
  });
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
  const { port: actual } = server.address() as AddressInfo;
  return {
    origin: `http://localhost:${actual}`,
    routes,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}

async function resolveFile(root: string, path: string): Promise<string | null> {
  const safe = normalize(path).replace(/^(\.\.[/\\])+/, '');
  const direct = join(root, safe);
  if (!direct.startsWith(root)) return null;
  if (await isFile(direct)) return direct;
  if (await isFile(join(direct, 'index.html'))) return join(direct, 'index.html');
  const segments = safe.split('/').filter(Boolean);
  const site = segments[0];
  const ext = extname(safe);
  if (!site || (ext && !SERVER_PAGES.has(ext))) return null;
  // A server-rendered helpdesk page (/request-tracker/Ticket/Update.html, /osticket/scp/tickets.php) is the
  // site's <page>/index.html when the fixture has one, else the site's index.html.
  const page = basename(segments.at(-1) ?? '', ext).toLowerCase();
  if (ext && segments.length > 1 && (await isFile(join(root, site, page, 'index.html')))) return join(root, site, page, 'index.html');
  if (await isFile(join(root, site, 'index.html'))) return join(root, site, 'index.html');
  return null;
}

async function isFile(path: string) {
  return stat(path).then((s) => s.isFile(), () => false);
}
