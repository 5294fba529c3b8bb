import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

/**
 * A local fixture server: serves test/fixtures/pages/ on 127.0.0.1 with an OS-chosen port, so browser
 * tests never touch live sites. Paths outside the root are refused; unknown paths get 404.
 */

export const FIXTURE_ROOT = resolve(import.meta.dirname, '../../fixtures/pages');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export interface FixtureServer {
  /** Origin without trailing slash, e.g. http://127.0.0.1:43123 */
  origin: string;
  /** Absolute URL of a fixture path such as 'english.html'. */
  url(path: string): string;
  close(): Promise<void>;
}

export interface FixtureServerOptions {
  root?: string;
  /** Extra response headers per path (e.g. a strict Content-Security-Policy for one page). */
  headers?: (path: string) => Record<string, string>;
}

export async function startFixtureServer(options: FixtureServerOptions = {}): Promise<FixtureServer> {
  const root = options.root ?? FIXTURE_ROOT;
  const server: Server = createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    // SPA fixtures route every /spa/... path to their index page.
    const relative = pathname.startsWith('/spa/') ? 'spa.html' : pathname.replace(/^\/+/, '') || 'index.html';
    const file = normalize(join(root, relative));
    if (!file.startsWith(root + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        ...(options.headers?.(relative) ?? {}),
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => `${origin}/${path.replace(/^\/+/, '')}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
