/**
 * The local HTTPS server of the real-browser tests, shared by the Chromium harness (harness.ts),
 * the Firefox harness (firefox-harness.ts) and the store screenshots: it answers for every host
 * name the browser maps to it, with a throwaway self-signed certificate made by openssl.
 *
 * Why HTTPS on a real questionnaire host name: the release content script only matches the known
 * questionnaire hosts (lib/hosts.ts), never 127.0.0.1, and the tests load the release build, not a
 * special one.
 *
 * Served:
 *   /<file>        tests/e2e/pages/<file>   (fixtures)
 *   /demo/<file>   demo/<file>              (the demo questionnaire)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file is tests/e2e/server.ts). */
export const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
/** Fixture pages, served at `/`. */
export const PAGES_DIR = join(ROOT, 'tests', 'e2e', 'pages');
/** The demo questionnaire and its assets, served at `/demo/`. */
export const DEMO_DIR = join(ROOT, 'demo');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** One request that reached the local HTTPS server (every host name resolves to it). */
export interface ServerHit {
  host: string;
  path: string;
  method: string;
  /** `Sec-Fetch-Site`, `Sec-Fetch-Mode`, `Sec-Fetch-Dest` and `Origin`, when sent. */
  headers: Record<string, string>;
}

/** A throwaway self-signed certificate (valid one day), made with openssl into `dir`. */
export function makeCertificate(dir: string): { key: Buffer; cert: Buffer } {
  const keyPath = join(dir, 'key.pem');
  const certPath = join(dir, 'cert.pem');
  const result = spawnSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-subj',
      '/CN=localhost',
      '-days',
      '1',
      '-keyout',
      keyPath,
      '-out',
      certPath,
    ],
    { encoding: 'utf8' },
  );
  if (result.error || result.status !== 0) {
    throw new Error(
      `openssl could not make the test certificate (is openssl installed? ` +
        `\`sudo apt-get install -y openssl\`): ${result.error?.message ?? result.stderr}`,
    );
  }
  return { key: readFileSync(keyPath), cert: readFileSync(certPath) };
}

/** Maps a URL path to a file inside one of the served folders, or null (404). No traversal. */
export function resolveServedFile(urlPath: string): string | null {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(urlPath, 'https://x').pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  const [root, rest] = pathname.startsWith('/demo/')
    ? [DEMO_DIR, pathname.slice('/demo/'.length)]
    : [PAGES_DIR, pathname.slice(1)];
  const file = resolve(root, rest);
  if (!file.startsWith(root + sep)) return null;
  try {
    if (!statSync(file).isFile()) return null;
  } catch {
    return null;
  }
  return file;
}

export async function startServer(
  certDir: string,
  hits: ServerHit[],
): Promise<{ server: Server; port: number }> {
  const server = createServer(makeCertificate(certDir), (request, response) => {
    const path = request.url ?? '/';
    const headers: Record<string, string> = {};
    for (const name of ['sec-fetch-site', 'sec-fetch-mode', 'sec-fetch-dest', 'origin']) {
      const value = request.headers[name];
      if (typeof value === 'string') headers[name] = value;
    }
    hits.push({ host: request.headers.host ?? '', path, method: request.method ?? '', headers });
    const file =
      request.method === 'GET' || request.method === 'HEAD' ? resolveServedFile(path) : null;
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('Not found');
      return;
    }
    const body = readFileSync(file);
    response.writeHead(200, {
      'content-type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'content-length': body.length,
      'cache-control': 'no-store',
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
  return { server, port: (server.address() as AddressInfo).port };
}

/** A running test server, with its own temporary folder for the certificate. */
export interface TestServer {
  port: number;
  /** Every request that reached the server since it started. */
  hits: ServerHit[];
  /** Stops the server and removes its temporary folder. */
  close(): Promise<void>;
}

/** Starts the HTTPS server on 127.0.0.1 with a fresh certificate in a temporary folder. */
export async function startTestServer(): Promise<TestServer> {
  const certDir = mkdtempSync(join(tmpdir(), 'which-soc-cert-'));
  const hits: ServerHit[] = [];
  try {
    const { server, port } = await startServer(certDir, hits);
    return {
      port,
      hits,
      close: () =>
        new Promise<void>((done) => {
          server.closeAllConnections();
          server.close(() => {
            rmSync(certDir, { recursive: true, force: true });
            done();
          });
        }),
    };
  } catch (error) {
    rmSync(certDir, { recursive: true, force: true });
    throw error;
  }
}
