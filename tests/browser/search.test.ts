// Search over HTTP in a real Chromium: the search page (public/search-page.js) over the Pagefind index built by
// scripts/postbuild.ts. Name queries, facets, deep links, the "/" quick search, highlighting on
// the result page, no console errors on any page type, the filter pane's counts against the JSON
// API, the first-search transfer budget, and hosted and offline search agreeing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { browserAvailability, collectProblems, launch, serveStatic, type StaticServer } from './harness.ts';
import { builtSiteWithSearch, type BuiltSite } from './built-site.ts';
import { AGREEMENT_QUERIES, BUDGETS, measureSearch } from '../../scripts/budgets.ts';
import { FACET_SUMMARY_LIMIT } from '../../src/site/search-data.ts';

const { chromium, skipReason } = browserAvailability();
const TOKAYEV = 'kassym-jomart-tokayev';

describe.skipIf(!chromium)(`search over HTTP${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
  let site: BuiltSite;
  let server: StaticServer;
  let browser: Browser;
  let articlesMentioningTokayev: string[];

  beforeAll(async () => {
    site = await builtSiteWithSearch('dossier-search-');
    server = await serveStatic(site.dist);
    browser = await launch(chromium);
    const api = JSON.parse(readFileSync(path.join(site.dist, 'api/entities.json'), 'utf8')) as { id: string; articles: string[] }[];
    articlesMentioningTokayev = api.find((e) => e.id === TOKAYEV)?.articles ?? [];
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    site?.cleanup();
  });

  // Results render lazily as they scroll into view: a tall window shows (and loads) all of them.
  async function open(pagePath: string): Promise<{ page: Page; problems: ReturnType<typeof collectProblems> }> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 4000 } });
    const problems = collectProblems(page);
    await page.goto(`${server.url}${pagePath}`);
    return { page, problems };
  }

  /** Waits until the results are those of `query` (links carry ?highlight=<query>), then returns every result link. */
  async function resultLinks(page: Page, query?: string): Promise<string[]> {
    await page.waitForSelector('[data-search-ready="pagefind"]');
    // Pagefind lists a placeholder for each result in rank order and replaces it when that result's data
    // arrives, in whatever order the fetches finish. Read the list only once no placeholder is left: else
    // the first result to arrive is taken for the best ranked (it was, once, under load in CI).
    await page.waitForFunction((q) => {
      const first = document.querySelector('[data-search-results] .search-result');
      if (!first?.parentElement) return false;
      if (q && !first.querySelector('a')?.getAttribute('href')?.includes(`highlight=${q}`)) return false;
      return [...first.parentElement.children].every((item) => item.classList.contains('search-result'));
    }, query ? encodeURIComponent(query.toLowerCase()) : '');
    await page.waitForLoadState('networkidle');
    return page.locator('[data-search-results] .search-result a.search-result__link').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  }

  async function resultCount(page: Page): Promise<number> {
    return page.locator('[data-search-results] li.search-result').count();
  }

  it('"Tokayev" puts his person page first, then the articles that mention him', async () => {
    expect(articlesMentioningTokayev.length).toBeGreaterThanOrEqual(3);
    const { page, problems } = await open('search/index.html');
    await page.waitForSelector('[data-search-ready="pagefind"]');
    await page.locator('[data-search-input]').fill('Tokayev');
    const links = await resultLinks(page, 'Tokayev');
    expect(links[0]).toContain(`/people/${TOKAYEV}/index.html`);
    const articleLinks = links.filter((href) => href.includes('/articles/'));
    for (const slug of articlesMentioningTokayev) expect(articleLinks.some((href) => href.includes(`/articles/${slug}/index.html`))).toBe(true);
    // The excerpts highlight the term.
    expect(await page.locator('[data-search-results] .search-result__excerpt mark').count()).toBeGreaterThan(0);
    // Typing wrote the query into the URL.
    expect(new URL(page.url()).searchParams.get('q')).toBe('Tokayev');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('finds the same person by other spellings and scripts', async () => {
    for (const query of ['Tokaev', 'Токаев']) {
      const { page } = await open(`search/index.html?q=${encodeURIComponent(query)}`);
      const links = await resultLinks(page, query);
      expect(links[0], query).toContain(`/people/${TOKAYEV}/index.html`);
      await page.close();
    }
  });

  it('the country facet "Uzbekistan" narrows the results, and is kept in the URL', async () => {
    const { page, problems } = await open('search/index.html?q=Trump');
    await resultLinks(page, 'Trump');
    const before = await resultCount(page);
    // Facet controls are there (before and after typing): tick Uzbekistan.
    const uzbekistan = page.locator('[data-search-facets] label', { hasText: 'Uzbekistan' }).first();
    await uzbekistan.click();
    // Applying a filter empties the list for a moment before the narrowed results arrive: wait for a
    // non-empty, fully rendered list shorter than before (an empty one was once read as the answer, under load in CI).
    await page.waitForFunction((n) => {
      const list = document.querySelector('[data-search-results] .search-result')?.parentElement;
      const items = list ? [...list.children] : [];
      return items.length > 0 && items.length < n && items.every((item) => item.classList.contains('search-result'));
    }, before);
    const after = await resultCount(page);
    expect(after).toBeGreaterThan(0);
    expect(after).toBeLessThan(before);
    expect(new URL(page.url()).searchParams.getAll('country')).toEqual(['uzbekistan']);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('a deep link restores the query and the facets', async () => {
    const { page, problems } = await open('search/index.html?q=boeing&country=kazakhstan');
    const links = await resultLinks(page, 'boeing');
    expect(links.length).toBeGreaterThan(0);
    expect(await page.locator('[data-search-input]').inputValue()).toBe('boeing');
    const checked = await page.locator('[data-search-facets] input[type="checkbox"]:checked').evaluateAll((boxes) => boxes.map((b) => b.closest('label')?.textContent ?? ''));
    expect(checked.join(' ')).toContain('Kazakhstan');
    expect(checked).toHaveLength(1);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('facet controls are visible before typing', async () => {
    const { page } = await open('search/index.html');
    await page.waitForSelector('[data-search-ready="pagefind"]');
    await page.waitForSelector('[data-search-facets] input[type="checkbox"]');
    expect(await page.locator('[data-search-facets] input[type="checkbox"]').count()).toBeGreaterThan(10);
    expect(await page.locator('[data-search-facets]', { hasText: 'Uzbekistan' }).isVisible()).toBe(true);
    await page.close();
  });

  /** Per facet, each value the filter pane lists with its count. */
  async function paneCounts(page: Page): Promise<Record<string, Record<string, number>>> {
    return page.locator('[data-search-facets] .search-facet').evaluateAll((groups) =>
      Object.fromEntries(
        groups.map((group) => [
          group.getAttribute('data-facet') ?? '',
          Object.fromEntries(
            [...group.querySelectorAll('label')].map((label) => [label.querySelector('input')?.value ?? '', Number(label.querySelector('.search-facet__count')?.textContent ?? NaN)]),
          ),
        ]),
      ),
    );
  }

  type ApiArticle = { date: string | null; source: string | null; entities: { id: string; type: string }[] };
  const apiArticles = () => JSON.parse(readFileSync(path.join(site.dist, 'api/articles.json'), 'utf8')) as ApiArticle[];

  /** What each facet value should count, from dist/api: the articles filed under it, plus the entity pages (their own page, and their country's). */
  function apiFacetCounts(articles: ApiArticle[]): Record<string, Record<string, number>> {
    type ApiEntity = { id: string; type: string; name: string; country: string | null };
    const pages = new Map((JSON.parse(readFileSync(path.join(site.dist, 'api/entities.json'), 'utf8')) as ApiEntity[]).map((e) => [e.id, e]));
    const counts: Record<string, Record<string, number>> = {};
    const add = (facet: string, value: string) => {
      const values = (counts[facet] ??= {});
      values[value] = (values[value] ?? 0) + 1;
    };
    const faceted = new Set(['person', 'country', 'organization']);
    for (const article of articles) {
      add('type', 'article');
      for (const { id, type } of article.entities) if (faceted.has(type) && pages.has(id)) add(type, pages.get(id)!.name);
      if (article.source) add('source', article.source);
      if (article.date) add('year', article.date.slice(0, 4));
    }
    for (const entity of pages.values()) {
      if (entity.type !== 'place') add('type', entity.type);
      if (faceted.has(entity.type)) add(entity.type, entity.name);
      const country = entity.country && entity.type !== 'country' ? pages.get(entity.country) : undefined;
      if (country) add('country', country.name);
    }
    return counts;
  }

  it('the filter pane lists each facet’s commonest values with the counts of dist/api/*.json, and fetches no filter index until one is chosen', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 4000 } });
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${server.url}search/index.html?q=Tokayev`);
    await resultLinks(page, 'Tokayev');
    const articles = apiArticles();
    const expected = apiFacetCounts(articles);
    const shown = await paneCounts(page);
    expect(Object.keys(shown).sort()).toEqual(Object.keys(expected).sort());
    for (const [facet, values] of Object.entries(shown)) {
      const all = expected[facet]!;
      expect(Object.keys(values).length, facet).toBe(Math.min(FACET_SUMMARY_LIMIT, Object.keys(all).length));
      for (const [value, count] of Object.entries(values)) expect(count, `${facet} ${value}`).toBe(all[value]);
      // The commonest: no value left out counts more than the least one listed.
      const least = Math.min(...Object.values(values));
      expect(Object.entries(all).filter(([value, count]) => !(value in values) && count > least), facet).toEqual([]);
    }
    expect(requested.filter((p) => p.includes('/pagefind/filter/'))).toEqual([]);
    expect(requested.some((p) => p.endsWith('.pf_index'))).toBe(true);
    // Entities' ids and names (for the URL) load only once an entity is named; Pagefind's own UI never.
    expect(requested.filter((p) => p.endsWith('/search-facet-ids.js') || p.includes('pagefind-component-ui'))).toEqual([]);

    // Choosing a filter loads the filter index, and the counts then follow the results: with no
    // query, Uzbekistan's pages, among them exactly the articles that mention it.
    await page.goto(`${server.url}search/index.html`);
    await page.waitForSelector('[data-search-facets] input[type="checkbox"]');
    await page.locator('[data-search-facets] label', { hasText: 'Uzbekistan' }).first().click();
    const articlesOnUzbekistan = articles.filter((a) => a.entities.some((e) => e.id === 'uzbekistan')).length;
    await expect.poll(async () => (await paneCounts(page))['type']?.['article']).toBe(articlesOnUzbekistan);
    expect(requested.some((p) => p.includes('/pagefind/filter/'))).toBe(true);
    expect(new URL(page.url()).searchParams.getAll('country')).toEqual(['uzbekistan']);
    expect(requested.filter((p) => p.endsWith('/search-facet-ids.js'))).toHaveLength(1);
    await page.close();
  });

  it('an entity page links to the articles mentioning it, facet preselected', async () => {
    const { page, problems } = await open(`people/${TOKAYEV}/index.html`);
    await page.locator('.search-mentioning a').click();
    await page.waitForURL(/search\/index\.html\?/u);
    const params = new URL(page.url()).searchParams;
    expect(params.get('person')).toBe(TOKAYEV);
    await resultLinks(page);
    await page.waitForFunction((n) => document.querySelectorAll('[data-search-results] li.search-result').length === n, articlesMentioningTokayev.length);
    const links = await page.locator('[data-search-results] a.search-result__link').evaluateAll((a) => a.map((x) => x.getAttribute('href') ?? ''));
    expect(links.every((href) => href.includes('/articles/'))).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('the "/" key opens the quick search from any page, and Enter runs the search', async () => {
    const { page, problems } = await open(`articles/${articlesMentioningTokayev[0]}/index.html`);
    await page.waitForLoadState('load');
    expect(await page.locator('#quick-search').isVisible()).toBe(false);
    await page.keyboard.press('/');
    await expect.poll(() => page.locator('#quick-search').isVisible()).toBe(true);
    await page.keyboard.type('Tokayev');
    await page.keyboard.press('Enter');
    await page.waitForURL(/search\/index\.html\?q=Tokayev/u);
    const links = await resultLinks(page, 'Tokayev');
    expect(links[0]).toContain(`/people/${TOKAYEV}/index.html`);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('landing on a result highlights the search terms', async () => {
    const { page } = await open('search/index.html?q=Tokayev');
    const links = await resultLinks(page, 'Tokayev');
    const article = links.find((href) => href.includes('/articles/'))!;
    await page.goto(new URL(article, server.url).href);
    await expect.poll(() => page.locator('main mark.search-hit').count()).toBeGreaterThan(0);
    expect((await page.locator('main mark.search-hit').first().textContent())?.toLowerCase()).toContain('tokayev');
    await page.close();
  });

  it('no console errors, failed requests or 404s on any page type', async () => {
    const pages = ['', 'articles/index.html', `articles/${articlesMentioningTokayev[0]}/index.html`, `people/${TOKAYEV}/index.html`, 'countries/kazakhstan/index.html', 'people/index.html', 'organizations/index.html', 'countries/index.html', 'search/index.html', 'search/index.html?q=Tokayev&country=kazakhstan'];
    const api = JSON.parse(readFileSync(path.join(site.dist, 'api/entities.json'), 'utf8')) as { type: string; url: string }[];
    const organization = api.find((e) => e.type === 'organization');
    if (organization) pages.push(organization.url);
    server.notFound.length = 0;
    for (const pagePath of pages) {
      const { page, problems } = await open(pagePath);
      await page.waitForLoadState('networkidle');
      if (pagePath.startsWith('search/')) await page.waitForSelector('[data-search-ready="pagefind"]');
      expect(problems, pagePath).toEqual([]);
      await page.close();
    }
    expect(server.notFound).toEqual([]);
  });

  it(`the first search transfers at most ${BUDGETS.firstSearchBytes / 1024} KB of search assets, a second query at most ${BUDGETS.nextQueryBytes / 1024} KB, and hosted and offline search agree`, async () => {
    const measured = await measureSearch(site.dist);
    expect(measured.firstSearch.firstResult).toBe('Kassym-Jomart Tokayev');
    expect(measured.firstSearch.files.some((f) => f.path.endsWith('.pf_index'))).toBe(true);
    expect(measured.firstSearch.total).toBeLessThanOrEqual(BUDGETS.firstSearchBytes);
    expect(measured.secondQuery.total).toBeLessThanOrEqual(BUDGETS.nextQueryBytes);
    expect(measured.offline.firstResult).toBe('Kassym-Jomart Tokayev');
    // Five names: the name's own page first, online and offline. Five topics: the first ten articles online are all found offline.
    expect(measured.agreement.map((a) => a.query)).toEqual([...AGREEMENT_QUERIES.names, ...AGREEMENT_QUERIES.topics]);
    for (const a of measured.agreement) {
      if (a.kind === 'name') {
        expect(a.online, a.query).toMatch(/^people\/[^/]+\/$/u);
        expect(a.offline, a.query).toBe(a.online);
      }
      expect(a.missingOffline, a.query).toEqual([]);
    }
  });
});
