#!/usr/bin/env node
// A small static server for dist/: what `npm start` serves and what the browser tests drive.
// It compresses text as any static host would.
// Usage: node test/serve.mjs [--port 4321] [--dir dist]
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm', '.txt': 'text/plain; charset=utf-8', '.png': 'image/png', '.ico': 'image/x-icon',
  '.pf_fragment': 'application/octet-stream', '.pf_index': 'application/octet-stream', '.pf_meta': 'application/octet-stream', '.pagefind': 'application/octet-stream',
};

export function serve({ port = 4321, dir = 'dist', host = '127.0.0.1' } = {}) {
  const root = resolve(dir);
  // Each file is compressed once (until it changes): the browser tests load the same pages hundreds of times.
  const compressed = new Map();
  const gzipped = (file) => {
    const { mtimeMs, size } = statSync(file);
    const kept = compressed.get(file);
    if (kept?.mtimeMs === mtimeMs && kept.size === size) return kept.body;
    const body = gzipSync(readFileSync(file));
    compressed.set(file, { mtimeMs, size, body });
    return body;
  };
  // Request lines up to 64 KB: a calculator link may carry a pasted list (Node's default stops at 16 KB).
  const server = createServer({ maxHeaderSize: 64 * 1024 }, (req, res) => {
    let path;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      res.writeHead(400).end('Bad request');
      return;
    }
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end('Forbidden');
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        res.writeHead(301, { Location: `${path}/` }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    const found = existsSync(file) && statSync(file).isFile();
    const target = found ? file : join(root, '404.html');
    if (!existsSync(target)) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const type = types[extname(target)] ?? 'application/octet-stream';
    // Text goes out compressed, as every static host sends it (and as DESIGN §8 measures it).
    const gzip = /^(text\/|application\/json|image\/svg)/.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    res.writeHead(found ? 200 : 404, {
      'Content-Type': type,
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
      Vary: 'Accept-Encoding',
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    });
    if (req.method === 'HEAD') res.end();
    else if (gzip) res.end(gzipped(target));
    else createReadStream(target).pipe(res);
  });
  return new Promise((ok) => server.listen(port, host, () => ok(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  const port = Number(arg('port', process.env.PORT ?? 4321));
  await serve({ port, dir: arg('dir', 'dist'), host: arg('host', '127.0.0.1') });
  console.log(`Customer Success Playbook: http://localhost:${port}/ (Ctrl+C to stop)`);
}
