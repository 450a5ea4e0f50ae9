// node scripts/budgets.ts [--dist <dir>] [--articles 1000] [--scale 1000,10000]   (npm run budgets)
// Measures the budgets of a built site and prints them:
//   1. search in Chromium, served with gzip like any static host: the search assets (Pagefind's and
//      the page's own scripts) a first "Tokayev" search transfers (≤ 150 KB) and how soon its results
//      show after typing (≤ 300 ms, page load excluded); a second query (≤ 50 KB); the first results
//      from file:// (≤ 1 s from opening the page); and, for five names and five topics, that the hosted
//      and the offline search agree (the name's page first in both, the first ten articles online all
//      found offline);
//   2. the heaviest article page: HTML + CSS gzipped (≤ 50 KB), and that it needs no JavaScript to read;
//      the home page likewise (≤ 60 KB); the offline archive's size;
//   3. every page, per kind (home, article, index, entity summary, entity list): the heaviest uncompressed
//      (≤ 150 KB), gzipped (≤ 40 KB) and in DOM elements (≤ 2,000), scripts/lib/page-weights.ts;
//   4. the offline index loaded with the search page (search-index.js) for --articles synthetic
//      articles (≤ 300 KB per 1,000), built by the same functions as the site.
// --scale builds a site of that many articles made of real paragraphs (the benchmark's corpus) in a
// throw-away copy of the project, with `npm run build`, and measures 1–3 on it, for each size given.
// The measuring functions are exported for tests/browser/search.test.ts.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { SeedInput } from '../src/pipeline/annotate.ts';
import { annotateAll } from '../src/pipeline/generate.ts';
import { parseArticleFile } from '../src/site/prepare.ts';
import { buildSiteModel } from '../src/site/model.ts';
import { offlineIndexScript, offlineSearch, offlineShardScript } from '../src/site/offline-index.ts';
import { loadCuratedEntities, readSeeds } from './lib/project.ts';
import { paragraphCorpus, syntheticCorpus } from './lib/synthetic.ts';
import { realArticleTexts } from './lib/eval.ts';
import { copyProject } from './lib/project-copy.ts';
import { formatPageWeights, measurePageWeights, overPageLimits } from './lib/page-weights.ts';
import { spawnSync } from 'node:child_process';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));

// The offline index holds a line per article and one per entity with a page: its budget grows with both, so
// that a richer registry (more entities named) is not mistaken for heavier articles.
export const BUDGETS = {
  firstSearchBytes: 150 * 1024,
  firstResultsMs: 300,
  nextQueryBytes: 50 * 1024,
  offlineFirstResultsMs: 1000,
  offlineIndexBytesPer1000: 300 * 1024,
  offlineIndexBytesPerEntity: 256,
  articlePageGzipBytes: 50 * 1024,
  homePageGzipBytes: 60 * 1024,
};

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

/** The search page's own scripts, counted with Pagefind's files in the first search (they replaced Pagefind's Component UI). */
const SEARCH_PAGE_SCRIPTS = new Set(['/search-page.js', '/search-facet-ids.js']);

/** The five names and five topics whose results must agree online and offline (present in the seeds and in the benchmark's corpus). */
export const AGREEMENT_QUERIES = {
  names: ['Tokayev', 'Putin', 'Trump', 'Saidov', 'Rubio'],
  topics: ['tungsten', 'railway', 'uranium', 'election', 'sanctions'],
};

/** What the search page's own backend returns for a query (Pagefind hosted, the offline index from disk): result page paths in rank order. */
async function backendResults(page: import('playwright-core').Page, query: string, limit: number): Promise<string[]> {
  return page.evaluate(
    async ({ query, limit }) => {
      type Backend = { search(q: string, o: object): Promise<{ results: { data(): Promise<{ url: string }> }[] }> };
      // The search page's backend, which it exposes for this comparison (public/search-page.js).
      const backend = (window as unknown as { DossierSearchPage: { backend: Backend } }).DossierSearchPage.backend;
      const { results } = await backend.search(query, { filters: {} });
      const urls = await Promise.all(results.slice(0, limit).map(async (r) => (await r.data()).url));
      // '/articles/x/index.html', '../articles/x/index.html?highlight=…' → 'articles/x/'
      return urls.map((url) => url.replace(/[?#].*$/u, '').replace(/^(\.\.\/|\/)+/u, '').replace(/index\.html$/u, ''));
    },
    { query, limit },
  );
}

export interface SearchMeasurement {
  /** Search assets (Pagefind's files and the page's own search scripts) sent from opening the search page to the first query's first result, gzip as a host sends them. */
  firstSearch: { total: number; files: Transfer[]; firstResult: string; msToResults: number };
  /** Bytes sent for a second, different query. */
  secondQuery: { query: string; total: number; msToResults: number };
  /** From file://: milliseconds from opening search/index.html?q=… to its first result on screen. */
  offline: { query: string; msToResults: number; firstResult: string };
  /** Per query: the first result online and offline, and the online top ten's articles missing offline. */
  agreement: { query: string; kind: 'name' | 'topic'; online: string; offline: string; missingOffline: string[] }[];
}

/** Waits until the first result is the filled-in one for `query` (Pagefind fills placeholders in arrival order) and returns when, in page time. */
async function firstResultShown(page: import('playwright-core').Page, query: string): Promise<number> {
  const handle = await page.waitForFunction(
    (q) => {
      const first = document.querySelector('[data-search-results] li');
      return first?.classList.contains('search-result') && first.querySelector('a')?.getAttribute('href')?.toLowerCase().includes(`highlight=${q}`) ? performance.now() : false;
    },
    encodeURIComponent(query.toLowerCase()),
    { polling: 'raf', timeout: 60_000 },
  );
  return (await handle.jsonValue()) as number;
}

/**
 * Search as a reader meets it, in Chromium: served over HTTP with gzip, a first query typed once
 * the page has loaded, then a second; the same search page opened from disk; and, for five names
 * and five topics, the hosted and offline results compared.
 */
export async function measureSearch(dist: string, query = 'Tokayev', secondQuery = 'uranium'): Promise<SearchMeasurement> {
  const { launch } = await import('../tests/browser/harness.ts');
  const server = await gzipServer(resolve(dist));
  const browser = await launch();
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}search/index.html`);
    await page.waitForSelector('[data-search-ready="pagefind"]');
    // Page load excluded: what the page fetches by itself (Pagefind's engine, warmed once loaded) is done.
    await page.waitForLoadState('networkidle');
    const typedAt = await page.evaluate(() => performance.now());
    await page.locator('[data-search-input]').fill(query);
    const shownAt = await firstResultShown(page, query);
    await page.waitForLoadState('networkidle');
    const firstResult = (await page.locator('[data-search-results] li').first().locator('.search-result__link').textContent()) ?? '';
    const files = server.sent.filter((t) => t.path.startsWith('/pagefind/') || SEARCH_PAGE_SCRIPTS.has(t.path));
    const firstSearch = { total: files.reduce((sum, t) => sum + t.bytes, 0), files, firstResult, msToResults: shownAt - typedAt };

    const sentBefore = server.sent.length;
    const secondTypedAt = await page.evaluate(() => performance.now());
    await page.locator('[data-search-input]').fill(secondQuery);
    const secondShownAt = await firstResultShown(page, secondQuery);
    await page.waitForLoadState('networkidle');
    const second = { query: secondQuery, total: server.sent.slice(sentBefore).reduce((sum, t) => sum + t.bytes, 0), msToResults: secondShownAt - secondTypedAt };

    const queries = [...AGREEMENT_QUERIES.names.map((q) => ({ query: q, kind: 'name' as const })), ...AGREEMENT_QUERIES.topics.map((q) => ({ query: q, kind: 'topic' as const }))];
    const onlineResults = new Map<string, string[]>();
    for (const { query: q } of queries) onlineResults.set(q, await backendResults(page, q, 10));
    await page.close();

    const offlinePage = await browser.newPage();
    await offlinePage.goto(`${pathToFileURL(join(resolve(dist), 'search', 'index.html')).href}?q=${encodeURIComponent(query)}`);
    const offlineShownAt = await firstResultShown(offlinePage, query);
    const offline = { query, msToResults: offlineShownAt, firstResult: (await offlinePage.locator('[data-search-results] li').first().locator('.search-result__link').textContent()) ?? '' };
    const agreement: SearchMeasurement['agreement'] = [];
    for (const { query: q, kind } of queries) {
      const online = onlineResults.get(q) ?? [];
      const offlineAll = await backendResults(offlinePage, q, Number.MAX_SAFE_INTEGER);
      const found = new Set(offlineAll);
      agreement.push({ query: q, kind, online: online[0] ?? '', offline: offlineAll[0] ?? '', missingOffline: online.filter((p) => p.startsWith('articles/') && !found.has(p)) });
    }
    return { firstSearch, secondQuery: second, offline, agreement };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** search-index.js for `count` synthetic articles, built by the same functions as the site. */
export function measureOfflineIndex(count = 1000, root = projectRoot): { articles: number; entities: number; bytes: number; gzipBytes: number; shards: number; largestShardBytes: number } {
  const curated = loadCuratedEntities(root);
  const seedTexts = readSeeds(root).map((s) => new TextDecoder().decode(s.bytes));
  const encoder = new TextEncoder();
  const seeds: SeedInput[] = syntheticCorpus(count, seedTexts, curated).map((a) => ({ file: a.file, displayPath: a.file, bytes: encoder.encode(a.text) }));
  const output = annotateAll(seeds, curated);
  const entities = [...curated, ...output.discovered];
  const registry = new Map(entities.map((e) => [e.id, e]));
  const articles = [...output.files].filter(([path]) => path.startsWith('articles/')).map(([path, text]) => parseArticleFile(path, text, registry));
  const { index, shards } = offlineSearch(buildSiteModel(articles, entities));
  const script = offlineIndexScript(index);
  const bytes = Buffer.byteLength(script);
  const largestShardBytes = Math.max(...shards.map((shard, n) => Buffer.byteLength(offlineShardScript(n, shard))));
  return { articles: articles.length, entities: index.entities.length, bytes, gzipBytes: gzipSync(script).length, shards: shards.length, largestShardBytes };
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
  let failed = !(await measureBuild(dist, `this build (${dist})`));

  const offline = measureOfflineIndex(count);
  failed =
    !check(
      `offline search-index.js, ${offline.articles} synthetic articles and ${offline.entities} entities`,
      offline.bytes,
      offlineIndexBudget(offline.articles, offline.entities),
      `${kb(offline.gzipBytes)} gzip; ${offline.shards} shards, the largest ${kb(offline.largestShardBytes)}`,
    ) || failed;

  const scaleAt = args.indexOf('--scale');
  const sizes = scaleAt === -1 ? [] : (args[scaleAt + 1] ?? '').split(',').map(Number);
  for (const size of sizes) {
    if (!Number.isInteger(size) || size < 1) throw new Error(`budgets: --scale takes article counts such as 1000,10000, not ${args[scaleAt + 1]}`);
    failed = !(await measureAtScale(size)) || failed;
  }
  return failed ? 1 : 0;
}

/** Prints one budget line; false when over. */
function check(label: string, value: number, budget: number, detail = '', unit: (n: number) => string = kb): boolean {
  const ok = value <= budget;
  console.log(`${ok ? 'ok  ' : 'OVER'} ${label}: ${unit(value)} (budget ${unit(budget)})${detail ? ` — ${detail}` : ''}`);
  return ok;
}

const ms = (n: number) => `${n.toFixed(0)} ms`;

/** Every budget of one built site (search online and from disk, the heaviest pages, the offline archive); false when one is over. */
async function measureBuild(dist: string, label: string): Promise<boolean> {
  console.log(`\n── ${label}`);
  let ok = true;
  const search = await measureSearch(dist);
  const first = search.firstSearch;
  ok = check(`first "Tokayev" search over HTTP (gzip), search assets`, first.total, BUDGETS.firstSearchBytes, `${first.files.length} requests; first result "${first.firstResult}"`) && ok;
  for (const t of [...first.files].sort((a, b) => b.bytes - a.bytes)) console.log(`       ${kb(t.bytes).padStart(9)}  ${t.path}`);
  ok = check('  results on screen after typing it', first.msToResults, BUDGETS.firstResultsMs, 'page load excluded', ms) && ok;
  ok = check(`a second query ("${search.secondQuery.query}")`, search.secondQuery.total, BUDGETS.nextQueryBytes, `results on screen after ${ms(search.secondQuery.msToResults)}`) && ok;
  ok = check(`first results from file:// ("${search.offline.query}")`, search.offline.msToResults, BUDGETS.offlineFirstResultsMs, `from opening the page; first result "${search.offline.firstResult}"`, ms) && ok;
  for (const a of search.agreement) {
    const agrees = a.missingOffline.length === 0 && (a.kind === 'topic' || (a.online === a.offline && /^(people|countries|organizations)\//u.test(a.online)));
    ok = agrees && ok;
    console.log(`${agrees ? 'ok  ' : 'DIFF'} online and offline agree on "${a.query}" (${a.kind}): first ${a.online}${a.online === a.offline ? ' in both' : ` online, ${a.offline} offline`}${a.missingOffline.length ? `; not found offline: ${a.missingOffline.join(', ')}` : ''}`);
  }

  const article = measureArticlePages(dist);
  ok = check('heaviest article page, HTML + CSS gzip', article.total, BUDGETS.articlePageGzipBytes, `${article.slug}: HTML ${kb(article.htmlGzip)} + CSS ${kb(article.cssGzip)}; module scripts ${article.moduleScripts}; text in HTML: ${article.readableWithoutJs ? 'yes' : 'NO'}`) && ok;
  if (article.moduleScripts > 0 || !article.readableWithoutJs) ok = false;
  const home = measureHomePage(dist);
  ok = check('home page, HTML + CSS gzip', home.total, BUDGETS.homePageGzipBytes, `HTML ${kb(home.htmlGzip)} + CSS ${kb(home.cssGzip)}`) && ok;
  const zip = join(dist, 'dossier-offline.zip');
  if (existsSync(zip)) console.log(`     offline archive: ${(statSync(zip).size / 1024 / 1024).toFixed(1)} MB`);
  return pageWeights(dist, label) && ok;
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

/** Builds `count` articles of real paragraphs with `npm run build` in a copy of the project and measures every budget on it. */
async function measureAtScale(count: number): Promise<boolean> {
  const copy = copyProject(paragraphCorpus(count, realArticleTexts(projectRoot)).map((a) => ({ file: a.file, bytes: a.text })));
  try {
    const started = performance.now();
    const build = spawnSync(process.execPath, [join(copy.root, 'scripts', 'build.ts'), '--root', copy.root], { cwd: copy.root, encoding: 'utf8', maxBuffer: 1 << 28 });
    if (build.status !== 0) throw new Error(`budgets: building ${count} articles failed:\n${(build.stderr || build.stdout).slice(-3000)}`);
    return await measureBuild(join(copy.root, 'dist'), `${count} articles of real paragraphs (built in ${((performance.now() - started) / 1000).toFixed(0)} s)`);
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
