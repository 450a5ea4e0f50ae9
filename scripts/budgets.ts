// node scripts/budgets.ts [--dist <dir>] [--articles 1000] [--scale 1000,10000]   (npm run budgets)
// Measures the search and page-weight budgets and prints them:
//   1. first search over HTTP: bytes transferred for Pagefind's assets during a first "Tokayev"
//      search in Chromium, served with gzip like any static host (≤ 150 KB for the seeds site);
//   2. offline index: size of search-index.js for the synthetic corpus (≤ 300 KB per 1,000 articles),
//      computed with the same functions the build uses (annotate → MDX → parse → model → index);
//   3. the heaviest article page: HTML + CSS gzipped (≤ 50 KB), and that it needs no JavaScript to read;
//      the home page likewise (≤ 60 KB);
//   4. every page, per kind (home, article, index, entity summary, entity list): the heaviest uncompressed
//      (≤ 150 KB), gzipped (≤ 40 KB) and in DOM elements (≤ 2,000), scripts/lib/page-weights.ts.
// --scale builds a site of that many articles made of real paragraphs (the benchmark's corpus) in a
// throw-away copy of the project, with `npm run build`, and measures 4 on it, for each size given.
// The measuring functions are exported for tests/browser/search.test.ts.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { SeedInput } from '../src/pipeline/annotate.ts';
import { annotateAll } from '../src/pipeline/generate.ts';
import { parseArticleFile } from '../src/site/prepare.ts';
import { buildSiteModel } from '../src/site/model.ts';
import { offlineIndex, offlineIndexScript } from '../src/site/search-data.ts';
import { loadCuratedEntities, readSeeds } from './lib/project.ts';
import { paragraphCorpus, syntheticCorpus } from './lib/synthetic.ts';
import { realArticleTexts } from './lib/eval.ts';
import { copyProject } from './lib/project-copy.ts';
import { formatPageWeights, measurePageWeights, overPageLimits } from './lib/page-weights.ts';
import { spawnSync } from 'node:child_process';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));

// The offline index holds a line per article and one per entity with a page: its budget grows with both, so
// that a richer registry (more entities named) is not mistaken for heavier articles.
export const BUDGETS = { firstSearchBytes: 150 * 1024, offlineIndexBytesPer1000: 300 * 1024, offlineIndexBytesPerEntity: 256, articlePageGzipBytes: 50 * 1024, homePageGzipBytes: 60 * 1024 };

/** What the offline index may weigh for this many articles and entities. */
export function offlineIndexBudget(articles: number, entities: number): number {
  return (BUDGETS.offlineIndexBytesPer1000 * articles) / 1000 + BUDGETS.offlineIndexBytesPerEntity * entities;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.zip': 'application/zip',
};
// Pagefind's index files are gzip already; a host would not compress them again.
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.svg']);

export interface Transfer {
  path: string;
  bytes: number;
}

/** A static server that gzips like a typical host and records the bytes it sent per request. */
async function gzipServer(dist: string): Promise<{ url: string; sent: Transfer[]; close(): Promise<void> }> {
  const sent: Transfer[] = [];
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let file = join(dist, decodeURIComponent(url.pathname));
    if (!file.startsWith(dist)) return void response.writeHead(404).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return void response.writeHead(404).end();
    let body: Buffer = readFileSync(file);
    const headers: Record<string, string> = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' };
    if (extname(file) === '.wasm') headers['content-type'] = 'application/wasm';
    if (COMPRESSIBLE.has(extname(file)) && /\bgzip\b/u.test(String(request.headers['accept-encoding'] ?? ''))) {
      body = gzipSync(body, { level: 9 });
      headers['content-encoding'] = 'gzip';
    }
    sent.push({ path: url.pathname, bytes: body.length });
    response.writeHead(200, { ...headers, 'content-length': String(body.length) }).end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    sent,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** Bytes of Pagefind assets (UI, engine, wasm, index, fragments) sent during a first search in Chromium. */
export async function measureFirstSearch(dist: string, query = 'Tokayev'): Promise<{ total: number; files: Transfer[]; firstResult: string }> {
  const { launch } = await import('../tests/browser/harness.ts');
  const server = await gzipServer(resolve(dist));
  const browser = await launch();
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}search/index.html`);
    await page.waitForSelector('[data-search-ready="pagefind"]');
    await page.locator('pagefind-input input').fill(query);
    // Pagefind lists a placeholder per result in rank order and fills each as its data arrives, in
    // whatever order the fetches finish: read the first item only once it is filled, else
    // the first to arrive is taken for the best ranked (it was, under load in CI). Results further down
    // load only as they scroll into view, so wait for the first list item alone.
    await page.waitForFunction((q) => {
      const first = document.querySelector('pagefind-results li');
      return first?.classList.contains('search-result') && first.querySelector('a')?.getAttribute('href')?.includes(`highlight=${q}`);
    }, encodeURIComponent(query.toLowerCase()));
    await page.waitForLoadState('networkidle');
    const firstResult = (await page.locator('pagefind-results li').first().locator('.pf-result-link').textContent()) ?? '';
    const files = server.sent.filter((t) => t.path.startsWith('/pagefind/'));
    return { total: files.reduce((sum, t) => sum + t.bytes, 0), files, firstResult };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** search-index.js for `count` synthetic articles, built by the same functions as the site. */
export function measureOfflineIndex(count = 1000, root = projectRoot): { articles: number; entities: number; bytes: number; gzipBytes: number } {
  const curated = loadCuratedEntities(root);
  const seedTexts = readSeeds(root).map((s) => new TextDecoder().decode(s.bytes));
  const encoder = new TextEncoder();
  const seeds: SeedInput[] = syntheticCorpus(count, seedTexts, curated).map((a) => ({ file: a.file, displayPath: a.file, bytes: encoder.encode(a.text) }));
  const output = annotateAll(seeds, curated);
  const entities = [...curated, ...output.discovered];
  const registry = new Map(entities.map((e) => [e.id, e]));
  const articles = [...output.files].filter(([path]) => path.startsWith('articles/')).map(([path, text]) => parseArticleFile(path, text, registry));
  const index = offlineIndex(buildSiteModel(articles, entities));
  const script = offlineIndexScript(index);
  const bytes = Buffer.byteLength(script);
  return { articles: articles.length, entities: index.entities.length, bytes, gzipBytes: gzipSync(script).length };
}

/** The heaviest article page of a build: HTML plus its stylesheets, gzipped; and whether it has scripts it needs. */
export function measureArticlePages(dist: string): { slug: string; htmlGzip: number; cssGzip: number; total: number; moduleScripts: number; readableWithoutJs: boolean } {
  const dir = join(dist, 'articles');
  let worst = { slug: '', htmlGzip: 0, cssGzip: 0, total: 0, moduleScripts: 0, readableWithoutJs: true };
  const css = ['dossier.css', 'flags.css'].reduce((sum, f) => sum + gzipSync(readFileSync(join(dist, f))).length, 0);
  for (const slug of readdirSync(dir)) {
    const file = join(dir, slug, 'index.html');
    if (!existsSync(file)) continue;
    const html = readFileSync(file, 'utf8');
    const htmlGzip = gzipSync(html).length;
    const moduleScripts = (html.match(/<script[^>]*type="module"/gu) ?? []).length;
    // Readable without JavaScript: the body text is in the HTML itself, not rendered by a script.
    const readableWithoutJs = /<div class="prose article-body">\s*<p/u.test(html);
    const total = htmlGzip + css;
    if (total > worst.total) worst = { slug, htmlGzip, cssGzip: css, total, moduleScripts, readableWithoutJs };
  }
  return worst;
}

/** The home page (map, timeline, lists): HTML plus its stylesheets, gzipped. */
export function measureHomePage(dist: string): { htmlGzip: number; cssGzip: number; total: number } {
  const gzipped = (file: string) => gzipSync(readFileSync(join(dist, file))).length;
  const htmlGzip = gzipped('index.html');
  const cssGzip = ['dossier.css', 'flags.css'].reduce((sum, f) => sum + gzipped(f), 0);
  return { htmlGzip, cssGzip, total: htmlGzip + cssGzip };
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const distAt = args.indexOf('--dist');
  const dist = resolve(distAt === -1 ? join(projectRoot, 'dist') : (args[distAt + 1] ?? 'dist'));
  const countAt = args.indexOf('--articles');
  const count = countAt === -1 ? 1000 : Number(args[countAt + 1]);
  if (!existsSync(join(dist, 'pagefind', 'pagefind.js'))) {
    console.error(`budgets: ${dist} has no Pagefind index; run "npm run build" first`);
    return 1;
  }
  let failed = false;
  const check = (label: string, value: number, budget: number, detail = '') => {
    const ok = value <= budget;
    failed ||= !ok;
    console.log(`${ok ? 'ok  ' : 'OVER'} ${label}: ${kb(value)} (budget ${kb(budget)})${detail ? ` — ${detail}` : ''}`);
  };

  const search = await measureFirstSearch(dist);
  check('first "Tokayev" search over HTTP (gzip), Pagefind assets', search.total, BUDGETS.firstSearchBytes, `${search.files.length} requests; first result "${search.firstResult}"`);
  for (const t of [...search.files].sort((a, b) => b.bytes - a.bytes)) console.log(`       ${kb(t.bytes).padStart(9)}  ${t.path}`);

  const offline = measureOfflineIndex(count);
  check(
    `offline search-index.js, ${offline.articles} synthetic articles and ${offline.entities} entities`,
    offline.bytes,
    offlineIndexBudget(offline.articles, offline.entities),
    `${kb(offline.gzipBytes)} gzip`,
  );

  const article = measureArticlePages(dist);
  check('heaviest article page, HTML + CSS gzip', article.total, BUDGETS.articlePageGzipBytes, `${article.slug}: HTML ${kb(article.htmlGzip)} + CSS ${kb(article.cssGzip)}; module scripts ${article.moduleScripts}; text in HTML: ${article.readableWithoutJs ? 'yes' : 'NO'}`);
  if (article.moduleScripts > 0 || !article.readableWithoutJs) failed = true;
  const home = measureHomePage(dist);
  check('home page, HTML + CSS gzip', home.total, BUDGETS.homePageGzipBytes, `HTML ${kb(home.htmlGzip)} + CSS ${kb(home.cssGzip)}`);

  failed = !pageWeights(dist, `this build (${dist})`) || failed;
  const scaleAt = args.indexOf('--scale');
  const sizes = scaleAt === -1 ? [] : (args[scaleAt + 1] ?? '').split(',').map(Number);
  for (const size of sizes) {
    if (!Number.isInteger(size) || size < 1) throw new Error(`budgets: --scale takes article counts such as 1000,10000, not ${args[scaleAt + 1]}`);
    failed = !pageWeightsAtScale(size) || failed;
  }
  return failed ? 1 : 0;
}

/** Prints the page weights of a build; false when a page is over a limit. */
function pageWeights(dist: string, label: string): boolean {
  const weights = measurePageWeights(dist);
  const over = overPageLimits(weights);
  console.log(`\npage weights, ${label}:\n${formatPageWeights(weights)}`);
  for (const line of over) console.log(`OVER ${line}`);
  if (over.length === 0) console.log('ok   every page within the limits');
  return over.length === 0;
}

/** Builds `count` articles of real paragraphs with `npm run build` in a copy of the project and prints its page weights. */
function pageWeightsAtScale(count: number): boolean {
  const copy = copyProject(paragraphCorpus(count, realArticleTexts(projectRoot)).map((a) => ({ file: a.file, bytes: a.text })));
  try {
    const started = performance.now();
    const build = spawnSync(process.execPath, [join(copy.root, 'scripts', 'build.ts'), '--root', copy.root], { cwd: copy.root, encoding: 'utf8', maxBuffer: 1 << 28 });
    if (build.status !== 0) throw new Error(`budgets: building ${count} articles failed:\n${(build.stderr || build.stdout).slice(-3000)}`);
    return pageWeights(join(copy.root, 'dist'), `${count} articles of real paragraphs (built in ${((performance.now() - started) / 1000).toFixed(0)} s)`);
  } finally {
    copy.cleanup();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
