// A minimal static server for the built app: same-origin files, index.html for navigations,
// and the security headers from the build's _headers file. Closing it takes the app "offline".
import { createServer, type Server, type ServerResponse } from 'node:http';
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

/** A slow link for every response, page and service worker alike (DevTools throttling reaches only the page). */
export interface Throttle {
  /** Time to first byte of each response. */
  latencyMs: number;
  /** The link's speed, shared by all responses in flight. */
  bytesPerSecond: number;
}

/** Sends a body down the shared slow link in small pieces, after the latency. */
function throttledSender(throttle: Throttle) {
  const PIECE = 4096;
  let linkFreeAt = 0;
  return (response: ServerResponse, body: Buffer) =>
    setTimeout(() => {
      let offset = 0;
      const next = () => {
        if (response.destroyed) return;
        if (offset >= body.length) return void response.end();
        const piece = body.subarray(offset, offset + PIECE);
        offset += piece.length;
        const now = Date.now();
        const start = Math.max(now, linkFreeAt);
        linkFreeAt = start + (piece.length / throttle.bytesPerSecond) * 1000;
        setTimeout(() => {
          response.write(piece);
          next();
        }, linkFreeAt - now);
      };
      next();
    }, throttle.latencyMs);
}

/** Serves `distDir` on a free localhost port, optionally over a slow link. */
export async function serveDist(distDir: string, options: { throttle?: Throttle } = {}): Promise<StaticServer> {
  const requests: string[] = [];
  const overrides = new Map<string, string>();
  const send = options.throttle ? throttledSender(options.throttle) : (response: ServerResponse, body: Buffer) => response.end(body);
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    requests.push(path);
    const overridden = overrides.get(path);
    if (overridden !== undefined) {
      response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'text/plain', 'cache-control': 'no-cache' });
      send(response, Buffer.from(overridden));
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
          send(response, gzip ? gzipSync(body) : body);
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
