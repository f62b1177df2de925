// A minimal static server for the built app: same-origin files, index.html for navigations,
// and the security headers from the build's _headers file. Closing it takes the app "offline".
import { createServer, type Server } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** A running server over a dist folder. */
export interface StaticServer {
  origin: string;
  /** Every path requested, in order. */
  requests: string[];
  /** Serves `body` at `path` from now on instead of the file (e.g. a new service worker). */
  override: (path: string, body: string) => void;
  close: () => Promise<void>;
}

/** Serves `distDir` on a free localhost port. */
export async function serveDist(distDir: string): Promise<StaticServer> {
  const requests: string[] = [];
  const overrides = new Map<string, string>();
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    requests.push(path);
    const overridden = overrides.get(path);
    if (overridden !== undefined) {
      response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'text/plain', 'cache-control': 'no-cache' });
      response.end(overridden);
      return;
    }
    const file = normalize(join(distDir, path === '/' ? 'index.html' : path));
    const safe = file.startsWith(distDir);
    readFile(safe ? file : join(distDir, 'index.html'))
      .catch(() => (extname(path) === '' ? readFile(join(distDir, 'index.html')) : Promise.reject(new Error('not found'))))
      .then(
        (body) => {
          const type = TYPES[extname(file)] ?? (extname(path) === '' ? TYPES['.html'] : 'application/octet-stream');
          const headers: Record<string, string> = { 'content-type': type ?? 'application/octet-stream', 'cache-control': 'no-cache' };
          // Compressed as any static host would serve it, so size and speed figures are real.
          const gzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? '')) && !type?.startsWith('image/png');
          if (gzip) headers['content-encoding'] = 'gzip';
          response.writeHead(200, headers);
          response.end(gzip ? gzipSync(body) : body);
        },
        () => {
          response.writeHead(404, { 'content-type': 'text/plain' });
          response.end('not found');
        },
      );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server did not get a port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    requests,
    override: (path, body) => overrides.set(path, body),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
