// Shared pieces of the browser tests: find the system Chromium, launch it headless through
// playwright-core, serve a built site over HTTP, and collect everything a page did wrong.
//
// Pagefind and module scripts refuse file:// (origin 'null'), so the site is served over a real
// HTTP origin; the server is ours (node:http) so that content types and 404s are known exactly.
import { execFileSync } from 'node:child_process';
import { accessSync, constants, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** The Chromium to test with: `$CHROME_PATH`, else Debian's `/usr/bin/chromium`; null when neither exists. */
export function findChromium(): string | null {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium'].filter((c): c is string => !!c);
  return candidates.find(isExecutable) ?? null;
}

/**
 * Whether browser suites run, and the reason when they do not. Locally a missing Chromium skips
 * them with a message; in CI (`CI` set) it is an error, so a gate cannot pass by being skipped.
 */
export function browserAvailability(): { chromium: string | null; skipReason: string } {
  const found = findChromium();
  if (found) return { chromium: found, skipReason: '' };
  const reason = 'no Chromium found ($CHROME_PATH or /usr/bin/chromium); run `bash scripts/install-chromium.sh`';
  if (process.env.CI) throw new Error(`browser tests: ${reason} (CI is set, so this is a failure, not a skip)`);
  console.warn(`browser tests skipped: ${reason}`);
  return { chromium: null, skipReason: reason };
}

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox', // CI containers run as root, where the sandbox cannot start
  '--disable-gpu',
  '--no-first-run',
  // No traffic of the browser's own, so a "failed request" is always the page's.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launches headless Chromium. Playwright gives every `launch()` a fresh temporary profile (user-data-dir). */
export async function launch(executablePath: string | null = findChromium()): Promise<Browser> {
  if (!executablePath) throw new Error('launch: no Chromium found; run `bash scripts/install-chromium.sh` or set CHROME_PATH');
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  // WebAssembly.instantiateStreaming insists on this exact type (Pagefind's wasm).
  '.wasm': 'application/wasm',
  // Pagefind's index chunks and fragments are gzipped binary blobs it fetches and inflates itself.
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.zip': 'application/zip',
  '.webmanifest': 'application/manifest+json',
};

export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export interface StaticServer {
  /** Origin plus base, e.g. `http://127.0.0.1:41234/dossier/`. */
  url: string;
  origin: string;
  /** Every path requested that answered 404, in order. */
  notFound: string[];
  close(): Promise<void>;
}

/**
 * Serves `dir` on 127.0.0.1 at a random port, mounted at `base` (`/` or `/dossier/`), the way a
 * static host would: `index.html` for directories, a redirect from `/dir` to `/dir/`, 404 otherwise.
 */
export async function serveStatic(dir: string, options: { base?: string } = {}): Promise<StaticServer> {
  const root = path.resolve(dir);
  const base = normalizeBase(options.base ?? '/');
  const notFound: string[] = [];
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      response.writeHead(400).end('bad request');
      return;
    }
    const send404 = () => {
      notFound.push(url.pathname);
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`404 ${url.pathname}`);
    };
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    if (`${pathname}/` === base) {
      response.writeHead(301, { location: base }).end();
      return;
    }
    if (!pathname.startsWith(base)) return send404();
    const file = path.resolve(root, `.${path.posix.normalize(`/${pathname.slice(base.length)}`)}`);
    // path.resolve + normalize already folds `..`; this also rejects anything that escaped anyway.
    if (file !== root && !file.startsWith(`${root}${path.sep}`)) return send404();
    let target = file;
    if (existsSync(target) && statSync(target).isDirectory()) {
      if (!pathname.endsWith('/')) {
        response.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
        return;
      }
      target = path.join(target, 'index.html');
    }
    if (!existsSync(target) || !statSync(target).isFile()) return send404();
    const body = readFileSync(target);
    response.writeHead(200, { 'content-type': contentTypeOf(target), 'content-length': body.length, 'cache-control': 'no-store' });
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}${base}`,
    origin,
    notFound,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

function normalizeBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

export interface Problem {
  kind: 'console-error' | 'page-error' | 'request-failed' | 'http-error' | 'dialog';
  text: string;
}

/**
 * Records what went wrong on a page from now on: console errors, uncaught exceptions, failed
 * requests and 4xx/5xx responses, and any dialog (alert/confirm/prompt), which is dismissed
 * so a hostile `alert(1)` cannot hang the test. Read the returned array after navigating.
 */
export function collectProblems(page: Page): Problem[] {
  const problems: Problem[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push({ kind: 'console-error', text: `${message.text()} (${message.location().url})` });
  });
  page.on('pageerror', (error) => problems.push({ kind: 'page-error', text: error.message }));
  page.on('requestfailed', (request) => problems.push({ kind: 'request-failed', text: `${request.url()}: ${request.failure()?.errorText ?? 'failed'}` }));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push({ kind: 'http-error', text: `${response.status()} ${response.url()}` });
  });
  page.on('dialog', (dialog) => {
    problems.push({ kind: 'dialog', text: `${dialog.type()}: ${dialog.message()}` });
    void dialog.dismiss().catch(() => {});
  });
  return problems;
}

/** Builds the project's site into `outDir`: astro build, then scripts/postbuild.ts (as `npm run build` does after annotate). */
export function buildSite(outDir: string, options: { root?: string; base?: string; site?: string } = {}): void {
  const root = options.root ?? projectRoot;
  const astro = path.join(projectRoot, 'node_modules/astro/bin/astro.mjs');
  execFileSync(process.execPath, [astro, 'build', '--root', root, '--outDir', outDir], {
    cwd: root,
    env: { ...cleanEnv(), ...(options.base ? { DOSSIER_BASE: options.base } : {}), ...(options.site ? { DOSSIER_SITE: options.site } : {}) },
    stdio: 'pipe',
    maxBuffer: 64 * 1024 * 1024,
  });
  // `npm run build` runs a postbuild step (Pagefind index, offline zip) after astro build.
  const postbuild = path.join(root, 'scripts/postbuild.ts');
  if (existsSync(postbuild)) {
    execFileSync(process.execPath, [postbuild, '--dist', outDir, '--quiet'], { cwd: root, env: cleanEnv(), stdio: 'pipe', maxBuffer: 64 * 1024 * 1024 });
  }
}

/** process.env without Vitest's own variables, which would leak into Vite's import.meta.env (BASE_URL=/, MODE…). */
export function cleanEnv(): Record<string, string> {
  const entries = Object.entries(process.env).filter(
    (entry): entry is [string, string] => entry[1] !== undefined && !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST.*)$/.test(entry[0]),
  );
  return { ...Object.fromEntries(entries), ASTRO_TELEMETRY_DISABLED: '1' };
}
