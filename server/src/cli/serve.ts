/**
 * `plain-ig serve`: serves the browser page (dist/web/, built by
 * `npm run build:web`) on this computer only (127.0.0.1), on the port given
 * or a free one, and prints the address. It serves the page's files and
 * nothing else: no uploads, no API; the checking happens in the browser.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { UsageError } from './args.ts';

/** The help text of `plain-ig serve`. */
export const SERVE_USAGE = `Usage: plain-ig serve [--port N]

Opens Plain IG as a web page on this computer: paste or open a Word, PDF,
Markdown or text file and see the findings beside it. The page runs the
checks in your browser; nothing is sent anywhere.

Options:
  --port N     the port to listen on (default: a free one)
  -h, --help   show this help`;

/**
 * The same policy the page's own meta tag sets, sent as a header too. Scripts,
 * workers and style sheets come only from the page itself, and nothing may
 * connect or load fonts, images or frames from anywhere. CodeMirror writes its
 * own style element (allowed by the fixed nonce it is given, see
 * web/src/editor.ts) and sizes its parts with style attributes.
 */
export const PAGE_CSP =
  "default-src 'none'; script-src 'self'; worker-src 'self'; style-src 'self' 'nonce-plain-ig-editor'; style-src-attr 'unsafe-inline'; img-src 'self' data:; connect-src 'none'; font-src 'none'; media-src 'none'; object-src 'none'; frame-src 'none'; manifest-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** dist/web next to the CLI bundle (dist/cli.mjs), or in the repository when run from source. */
export function defaultPageFolder(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [join(here, 'web'), join(here, '../../../dist/web')];
  return candidates.find((folder) => existsSync(join(folder, 'index.html'))) ?? candidates[0]!;
}

/** A running page server. */
export interface PageServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

/**
 * Serves a built page folder on 127.0.0.1.
 * @param folder the built page (default: {@link defaultPageFolder})
 * @param port the port, 0 for a free one (default 0)
 */
export function startPageServer(folder: string = defaultPageFolder(), port = 0): Promise<PageServer> {
  const root = normalize(folder + sep);
  const server = createServer((request, response) => {
    const host = request.headers.host ?? '';
    const address = server.address();
    const ownPort = typeof address === 'object' && address ? address.port : port;
    // Only this computer's names: a page elsewhere cannot reach the server by rebinding its DNS name.
    if (host !== `127.0.0.1:${ownPort}` && host !== `localhost:${ownPort}`) {
      response.writeHead(403).end();
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    let path: string;
    try {
      path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found\n');
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-security-policy': PAGE_CSP,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cache-control': 'no-cache',
    });
    response.end(request.method === 'HEAD' ? undefined : readFileSync(file));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      resolve({ url: `http://127.0.0.1:${actual}/`, server, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}

/**
 * Runs `plain-ig serve` with the arguments after `serve`.
 * @returns -1 while the server runs; 0 after --help
 * @throws UsageError for a bad port, a port in use or a page that is not built
 */
export async function runServe(argv: string[], out: NodeJS.WritableStream): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: { port: { type: 'string' }, help: { type: 'boolean', short: 'h' } } }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) {
    out.write(`${SERVE_USAGE}\n`);
    return 0;
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a number from 0 to 65535, not "${values.port}"`);
  const folder = defaultPageFolder();
  if (!existsSync(join(folder, 'index.html'))) throw new UsageError('the page is not built yet: run `npm run build:web` first');
  let running: PageServer;
  try {
    running = await startPageServer(folder, port);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'EADDRINUSE' ? `port ${port} is in use; choose another with --port, or leave it out for a free one` : `cannot start the server (${code ?? 'error'})`);
  }
  out.write(`Plain IG is running at ${running.url}\nOpen it in your browser. Your text stays on this computer. Press Ctrl+C to stop.\n`);
  return -1;
}
