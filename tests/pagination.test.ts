// Pagination at a size where it shows (src/site/lists.ts): 300 articles of real paragraphs, built as a
// pull request would be. Walking `articles/` and the busiest entity's list by their rel="next" links finds
// every article exactly once, in order; the archive holds each article once; the sitemap lists every page
// and the feeds the newest articles; every page is within the page-weight limits; and no link is broken.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, projectRoot, runAnnotate, runAstroBuild, runPostbuild, type ProjectCopy } from './lib/corpus-site.ts';
import { paragraphCorpus } from '../scripts/lib/synthetic.ts';
import { realArticleTexts } from '../scripts/lib/eval.ts';
import { measurePageWeights, overPageLimits } from '../scripts/lib/page-weights.ts';
import { checkLinks } from '../scripts/check-links.ts';
import { PAGE_SIZE, SUMMARY_LIMIT } from '../src/site/lists.ts';
import { FEED_SIZE } from '../src/site/feeds.ts';
import { htmlFilesIn } from '../scripts/lib/site-check-cli.ts';

interface ApiArticle {
  slug: string;
  date: string | null;
}
interface ApiEntity {
  id: string;
  url: string;
  articles: string[];
}

const COUNT = 300;

describe(`pagination of ${COUNT} articles`, () => {
  let project: ProjectCopy;
  let dist: string;
  let articles: ApiArticle[];
  let entities: ApiEntity[];

  beforeAll(() => {
    project = copyProject(paragraphCorpus(COUNT, realArticleTexts(projectRoot)).map((a) => ({ file: a.file, bytes: a.text })));
    const annotate = runAnnotate(project.root, ['--quiet']);
    expect(annotate.status, annotate.stderr.slice(-2000)).toBe(0);
    dist = path.join(project.root, 'dist');
    const build = runAstroBuild(project.root, { outDir: dist });
    expect(build.status, build.stderr.slice(-2000)).toBe(0);
    // The offline archive the footer links to, and the search index, as `npm run build` makes them.
    expect(runPostbuild(project.root, dist)?.status).toBe(0);
    articles = JSON.parse(readFileSync(path.join(dist, 'api', 'articles.json'), 'utf8')) as ApiArticle[];
    entities = JSON.parse(readFileSync(path.join(dist, 'api', 'entities.json'), 'utf8')) as ApiEntity[];
  });

  afterAll(() => project?.cleanup());

  /** The article links of a list of article items (`articles/`, the archive). */
  const articleItems = (main: string) => [...main.matchAll(/<li class="article-item"><h3><a href="([^"]+)"/gu)].map((m) => m[1]!);
  /** The article links of an entity's mentions list. */
  const mentionItems = (main: string) =>
    [...main.matchAll(/<ul class="plain-list mention-list">(.*?)<\/ul>/gsu)].flatMap((list) => [...list[1]!.matchAll(/<li><a href="([^"]+)">/gu)].map((m) => m[1]!));

  /** The page paths met following rel="next" from `first`, and the article slugs each page lists. */
  function walk(first: string, itemsOf: (main: string) => string[]): { pages: string[]; slugs: string[] } {
    const pages: string[] = [];
    const slugs: string[] = [];
    let page: string | null = first;
    while (page !== null) {
      expect(pages, `${page} reached twice`).not.toContain(page);
      pages.push(page);
      const html: string = readFileSync(path.join(dist, page, 'index.html'), 'utf8');
      const main: string = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
      slugs.push(...itemsOf(main).map((href) => path.posix.basename(path.posix.dirname(path.posix.join(page!, href)))));
      const next: string | undefined = /<a class="step" href="([^"]+)" rel="next">/u.exec(main)?.[1];
      const prev = /<a class="step" href="([^"]+)" rel="prev">/u.exec(main)?.[1];
      if (pages.length > 1) expect(path.posix.join(page, prev!.replace(/index\.html$/u, ''))).toBe(pages[pages.length - 2]);
      else expect(prev).toBeUndefined();
      page = next ? path.posix.join(page, next.replace(/index\.html$/u, '')) : null;
    }
    return { pages, slugs };
  }

  it('walks articles/ page by page and meets every article once, newest first', () => {
    const { pages, slugs } = walk('articles/', articleItems);
    expect(pages).toHaveLength(Math.ceil(articles.length / PAGE_SIZE.articles));
    expect(pages.slice(0, 3)).toEqual(['articles/', 'articles/2/', 'articles/3/']);
    expect(slugs).toHaveLength(articles.length);
    expect(new Set(slugs).size).toBe(slugs.length);
    // The API lists the articles in the site's order (newest first, undated last).
    expect(slugs).toEqual(articles.map((a) => a.slug));
  });

  it('walks the busiest entity’s mentions and meets every article that mentions it once', () => {
    const busiest = [...entities].sort((a, b) => b.articles.length - a.articles.length)[0]!;
    expect(busiest.articles.length).toBeGreaterThan(PAGE_SIZE.mentions);
    const summaryPath = busiest.url.replace(/index\.html$/u, '');
    const summary = readFileSync(path.join(dist, busiest.url), 'utf8');
    expect(summary).toContain(`<a href="mentions/index.html">All ${busiest.articles.length} articles mentioning`);
    expect(summary.match(/<li class="article-item">/gu)).toHaveLength(SUMMARY_LIMIT.mentions);
    const { pages, slugs } = walk(`${summaryPath}mentions/`, mentionItems);
    expect(pages.length).toBe(Math.ceil(busiest.articles.length / PAGE_SIZE.mentions));
    expect(new Set(slugs).size).toBe(slugs.length);
    expect([...slugs].sort()).toEqual([...busiest.articles].sort());
  });

  it('has every article in exactly one year and one month of the archive (or the undated)', () => {
    const seen = new Map<string, number>();
    const archive = readFileSync(path.join(dist, 'archive', 'index.html'), 'utf8');
    const periods = [...archive.matchAll(/<a href="((?:\d{4}(?:-\d\d)?|undated))\/index\.html">/gu)].map((m) => m[1]!);
    expect(periods.length).toBeGreaterThan(2);
    for (const period of periods) {
      const { slugs } = walk(`archive/${period}/`, articleItems);
      for (const slug of slugs) seen.set(slug, (seen.get(slug) ?? 0) + 1);
    }
    for (const article of articles) expect(seen.get(article.slug), article.slug).toBe(article.date ? 2 : 1);
  });

  it('lists every page in the sitemap, and follows the newest articles in feeds', () => {
    const locs = [...readFileSync(path.join(dist, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>https:\/\/dossier\.example\.org\/([^<]*)<\/loc>/gu)].map((m) => m[1]!);
    const pages = htmlFilesIn(dist).map((file) => file.replace(/index\.html$/u, ''));
    expect(new Set(locs)).toEqual(new Set(pages));
    const items = (feed: string) => [...readFileSync(path.join(dist, feed), 'utf8').matchAll(/<item><title>[^<]*<\/title><link>https:\/\/dossier\.example\.org\/articles\/([^/<]+)\/<\/link>/gu)].map((m) => m[1]!);
    expect(items('feed.xml')).toEqual(articles.slice(0, FEED_SIZE.site).map((a) => a.slug));
    const busiest = [...entities].sort((a, b) => b.articles.length - a.articles.length)[0]!;
    const followed = items(busiest.url.replace(/index\.html$/u, 'feed.xml'));
    expect(followed).toHaveLength(FEED_SIZE.entity);
    for (const slug of followed) expect(busiest.articles).toContain(slug);
  });

  it('keeps every page within the page-weight limits', () => {
    expect(overPageLimits(measurePageWeights(dist))).toEqual([]);
  });

  it('builds the same bytes twice (the network layouts, the map, every page)', () => {
    const again = path.join(project.root, 'dist-again');
    const build = runAstroBuild(project.root, { outDir: again });
    expect(build.status, build.stderr.slice(-2000)).toBe(0);
    const files = htmlFilesIn(again);
    expect(files).toEqual(htmlFilesIn(dist));
    const differing = files.filter((file) => !readFileSync(path.join(again, file)).equals(readFileSync(path.join(dist, file))));
    expect(differing).toEqual([]);
    expect(readFileSync(path.join(again, 'graph', 'index.html'), 'utf8')).toContain('<svg class="net"');
  });

  it('has no broken link or fragment', async () => {
    const report = await checkLinks(dist);
    expect(report.broken).toEqual([]);
  });
});
