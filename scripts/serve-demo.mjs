// Serves public/ on 127.0.0.1 so the demo dashboard and the e2e fixture pages have a real
// http origin (content scripts do not run on file:// URLs without a user toggle).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const servedDirs = { '/demo/': 'public/demo/', '/fixtures/': 'test/fixtures/' };
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
};
const portFlag = process.argv.indexOf('--port');
const port = portFlag > 0 ? Number(process.argv[portFlag + 1]) : 4517;

/** Maps a URL path onto a file under one of the served folders, or null. */
function resolveFile(urlPath) {
  for (const [prefix, dir] of Object.entries(servedDirs)) {
    if (!urlPath.startsWith(prefix)) continue;
    const base = path.join(root, dir);
    const file = path.normalize(path.join(base, decodeURIComponent(urlPath.slice(prefix.length))));
    return file.startsWith(base) ? file : null;
  }
  return null;
}

async function serve(req, res) {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname === '/') {
    res.writeHead(302, { location: '/demo/dashboard.html' }).end();
    return;
  }
  const file = resolveFile(url.pathname);
  try {
    if (!file || !(await stat(file)).isFile()) throw new Error('not found');
    const headers = { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' };
    // A fixture may ask for response headers (a strict CSP, Trusted Types) through ?csp=.
    const csp = url.searchParams.get('csp');
    if (csp) headers['content-security-policy'] = csp;
    res.writeHead(200, headers).end(await readFile(file));
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
  }
}

createServer(serve).listen(port, '127.0.0.1', () => {
  console.log(`KPI Lens demo server on http://127.0.0.1:${port}/demo/dashboard.html`);
});
// Also on IPv6 loopback: a host KPI Lens does not run on without asking, for the popup's tests.
createServer(serve)
  .on('error', () => undefined)
  .listen(port, '::1');
