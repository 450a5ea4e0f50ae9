// node scripts/postbuild.ts [--dist <dir>] [--quiet]
// Runs after `astro build` (npm run build): indexes the built pages with Pagefind, copies the
// MiniSearch UMD build for the file:// search fallback, and packs dist/dossier-offline.zip.
import * as pagefind from 'pagefind';
import { zipSync, type Zippable } from 'fflate';
import { copyFileSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { reportPeak } from './lib/phase.ts';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
export const offlineZipName = 'dossier-offline.zip';

export interface PostbuildResult {
  pages: number;
  zipBytes: number;
  zipFiles: number;
}

/** Indexes every page that carries `data-pagefind-body` (articles and entity pages) into dist/pagefind/. */
export async function indexWithPagefind(dist: string): Promise<number> {
  // keepIndexUrl: result URLs end in index.html like every other link of the site.
  // forceLanguage: one index, so Cyrillic aliases ("Токаев") sit beside the English text.
  const { index, errors } = await pagefind.createIndex({ keepIndexUrl: true, forceLanguage: 'en' });
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

/** The MiniSearch UMD build (a classic script defining window.MiniSearch), for the offline search page. */
export function copyMiniSearch(dist: string, root = projectRoot): void {
  copyFileSync(join(root, 'node_modules', 'minisearch', 'dist', 'umd', 'index.js'), join(dist, 'minisearch.js'));
}

/**
 * Which built files the offline archive carries: everything but the archive itself and Pagefind's
 * index (it cannot load from file://); of Pagefind only the Component UI, which the offline search
 * page drives with the MiniSearch fallback.
 */
export function inOfflineZip(relativePath: string): boolean {
  if (relativePath === offlineZipName) return false;
  if (relativePath.startsWith('pagefind/')) return relativePath === 'pagefind/pagefind-component-ui.js';
  return true;
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

/** Packs the offline archive (files at the archive's root, so unpacking gives index.html directly). */
export function writeOfflineZip(dist: string): { bytes: number; files: number } {
  const tree: Zippable = {};
  const files = filesUnder(dist)
    .map((file) => relative(dist, file).split(sep).join('/'))
    .filter(inOfflineZip)
    .sort();
  // Already-compressed formats are stored, not deflated again.
  for (const file of files) tree[file] = [readFileSync(join(dist, file)), { level: /\.(zip|png|jpe?g|webp|avif|gif|woff2?)$/u.test(file) ? 0 : 9, mtime: new Date('2025-01-01T00:00:00Z') }];
  const zip = zipSync(tree);
  writeFileSync(join(dist, offlineZipName), zip);
  return { bytes: zip.length, files: files.length };
}

export async function postbuild(dist: string, root = projectRoot): Promise<PostbuildResult> {
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`postbuild: ${dist} has no index.html; run astro build first`);
  const pages = await indexWithPagefind(dist);
  copyMiniSearch(dist, root);
  const { bytes, files } = writeOfflineZip(dist);
  return { pages, zipBytes: bytes, zipFiles: files };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const distAt = args.indexOf('--dist');
  const dist = resolve(distAt === -1 ? join(projectRoot, 'dist') : (args[distAt + 1] ?? 'dist'));
  const quiet = args.includes('--quiet');
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
