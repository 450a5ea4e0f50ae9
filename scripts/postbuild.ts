// node scripts/postbuild.ts [--dist <dir>] [--quiet] [--zip-only]
// Runs after `astro build` (npm run build): minifies the classic scripts copied from public/, indexes the
// built pages with Pagefind and packs dist/dossier-offline.zip (whose search runs on the offline index
// Astro built, src/site/offline-index.ts).
import { transformSync } from 'esbuild';
import * as pagefind from 'pagefind';
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { reportPeak } from './lib/phase.ts';
import { escapeHtml } from '../src/site/html.ts';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
export const offlineZipName = 'dossier-offline.zip';

export interface PostbuildResult {
  pages: number;
  zipBytes: number;
  zipFiles: number;
}

// keepIndexUrl: result URLs end in index.html like every other link of the site.
// forceLanguage: one index, so Cyrillic aliases ("Токаев") sit beside the English text.
const PAGEFIND_CONFIG = { keepIndexUrl: true, forceLanguage: 'en' } as const;

/**
 * The same indexing as a command line for Pagefind's own binary: what the benchmark times, since the
 * binary's peak memory (GB at 10,000 pages) is not seen from the Node process that drives it.
 */
export function pagefindCliArgs(dist: string): string[] {
  return ['--site', dist, '--output-path', join(dist, 'pagefind'), '--force-language', PAGEFIND_CONFIG.forceLanguage, ...(PAGEFIND_CONFIG.keepIndexUrl ? ['--keep-index-url'] : [])];
}

/** Indexes every page that carries `data-pagefind-body` (articles and entity pages) into dist/pagefind/. */
export async function indexWithPagefind(dist: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ ...PAGEFIND_CONFIG });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: dist });
    if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(dist, 'pagefind') });
    if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}

/**
 * Which built files the offline archive carries: everything but the archive itself and Pagefind's
 * bundle (it cannot load from file://; the search page uses the offline index there).
 */
export function inOfflineZip(relativePath: string): boolean {
  return relativePath !== offlineZipName && !relativePath.startsWith('pagefind/');
}

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(full));
    else if (entry.isFile()) out.push(full);
  }
  return out;
}

const DOWNLOAD_SPAN = /<span class="offline-download">[\s\S]*?<\/code>\)<\/span>/gu;

/**
 * The archive's copy of a page: the footer's download link (Base.astro) points at the hosted archive
 * when the site has a public address (`hostedArchive`, from DOSSIER_SITE), and is left out otherwise,
 * since the archive cannot hold itself.
 */
export function offlinePage(html: string, hostedArchive: string | null): string {
  const replacement = hostedArchive
    ? `<span class="offline-download"> · <a href="${escapeHtml(hostedArchive)}" rel="external">Download the latest version of this site</a> (zip)</span>`
    : '';
  return html.replace(DOWNLOAD_SPAN, replacement);
}

/** Where the hosted site's archive lives, when DOSSIER_SITE gives the site a public address; else null. */
export function hostedArchiveUrl(env: NodeJS.ProcessEnv = process.env): string | null {
  if (!env['DOSSIER_SITE']) return null;
  const base = (env['DOSSIER_BASE'] ?? '/').replace(/^\/?/u, '/').replace(/\/?$/u, '/');
  return new URL(`${base}${offlineZipName}`, env['DOSSIER_SITE']).href;
}

/**
 * Packs the offline archive (files at the archive's root, so unpacking gives index.html directly),
 * streamed: one file read and deflated at a time, the archive written as it grows (at 10,000 articles,
 * holding every page and the whole archive in memory did not fit the memory budget). Written to a temporary name and
 * renamed, so no half archive is ever left under the real name.
 */
export function writeOfflineZip(dist: string, hostedArchive: string | null = hostedArchiveUrl()): { bytes: number; files: number } {
  const files = filesUnder(dist)
    .map((file) => relative(dist, file).split(sep).join('/'))
    .filter(inOfflineZip)
    .sort();
  const target = join(dist, offlineZipName);
  const temporary = `${target}.tmp-${process.pid}`;
  const fd = openSync(temporary, 'w');
  let bytes = 0;
  let failure: Error | null = null;
  try {
    const zip = new Zip((error, chunk) => {
      if (error) failure = error;
      else bytes += writeSync(fd, chunk);
    });
    for (const file of files) {
      // Already-compressed formats are stored, not deflated again.
      const entry = /\.(zip|png|jpe?g|webp|avif|gif|woff2?)$/u.test(file) ? new ZipPassThrough(file) : new ZipDeflate(file, { level: 6 });
      entry.mtime = ZIP_MTIME;
      zip.add(entry);
      const content = readFileSync(join(dist, file));
      entry.push(file.endsWith('.html') ? Buffer.from(offlinePage(content.toString('utf8'), hostedArchive)) : content, true);
    }
    zip.end();
  } finally {
    closeSync(fd);
  }
  if (failure) throw failure;
  renameSync(temporary, target);
  return { bytes, files: files.length };
}

/** One date for every entry: the same site gives the same archive. */
const ZIP_MTIME = new Date('2025-01-01T00:00:00Z');

/**
 * Minifies the site's classic scripts in dist/ (Astro copies public/ as is; `astro dev` serves the
 * readable sources). esbuild, already Vite's minifier, was chosen over a second one for this: the search
 * page's script is 5.7 KB gzip as written and 3.2 KB minified, a part of every first search's budget.
 */
export function minifyClassicScripts(dist: string, names: string[] = readdirSync(join(projectRoot, 'public')).filter((name) => name.endsWith('.js'))): number {
  let saved = 0;
  for (const name of names) {
    const file = join(dist, name);
    if (!existsSync(file)) continue;
    const source = readFileSync(file, 'utf8');
    const { code } = transformSync(source, { minify: true, loader: 'js', charset: 'utf8', target: 'es2019' });
    if (code.length >= source.length) continue;
    writeFileSync(file, code);
    saved += source.length - code.length;
  }
  return saved;
}

export async function postbuild(dist: string): Promise<PostbuildResult> {
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`postbuild: ${dist} has no index.html; run astro build first`);
  minifyClassicScripts(dist);
  const pages = await indexWithPagefind(dist);
  const { bytes, files } = writeOfflineZip(dist);
  return { pages, zipBytes: bytes, zipFiles: files };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const distAt = args.indexOf('--dist');
  const dist = resolve(distAt === -1 ? join(projectRoot, 'dist') : (args[distAt + 1] ?? 'dist'));
  const quiet = args.includes('--quiet');
  if (args.includes('--zip-only')) {
    // The benchmark times Pagefind's binary on its own (pagefindCliArgs), then this.
    const { bytes, files } = writeOfflineZip(dist);
    if (!quiet) console.log(`postbuild: ${offlineZipName} ${(bytes / 1024).toFixed(0)} KB (${files} files)`);
    reportPeak();
    return;
  }
  const result = await postbuild(dist);
  if (!quiet) {
    console.log(`postbuild: Pagefind indexed ${result.pages} pages; ${offlineZipName} ${(result.zipBytes / 1024).toFixed(0)} KB (${result.zipFiles} files)`);
  }
  if (statSync(join(dist, offlineZipName)).size === 0) throw new Error('postbuild: empty offline zip');
  reportPeak();
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
