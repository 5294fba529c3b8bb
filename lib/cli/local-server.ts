import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What a route answers; undefined means 404. */
export interface Reply {
  body: string | Uint8Array;
  type: string;
}

export interface LocalServer {
  /** Base URL without a trailing slash, e.g. http://127.0.0.1:41234 */
  url: string;
  close(): Promise<void>;
}

/**
 * A throwaway HTTP server on 127.0.0.1 and a free port, so demos and benchmarks never touch the network
 * and never collide with a port something else holds.
 */
export async function startLocalServer(
  route: (path: string, req: IncomingMessage) => Reply | undefined | Promise<Reply | undefined>,
): Promise<LocalServer> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    Promise.resolve(route(path, req)).then(
      (reply) => {
        if (!reply) {
          res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
          return;
        }
        res.writeHead(200, { 'content-type': reply.type, 'cache-control': 'no-store' }).end(reply.body);
      },
      (error: unknown) => {
        res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end(String(error));
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
