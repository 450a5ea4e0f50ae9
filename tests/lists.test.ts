// Paginated lists (src/site/lists.ts) and their URLs (src/site/paths.ts): which page numbers the navigation
// shows, the archive's periods, where each year starts, and that no slug or id can take a list page's URL.
import { describe, expect, it } from 'vitest';
import type { SiteArticle } from '../src/site/article.ts';
import { archiveOf, archivePeriods, groupsOf, monthLabel, monthOf, pageNumbersToShow, pagerHtml, yearOf, yearStarts } from '../src/site/lists.ts';
import { archivePeriodPath, listPagePath, pageKindOf, relativeHref } from '../src/site/paths.ts';
import { isReservedSlug, uniqueSlugs } from '../src/pipeline/slug.ts';

const dated = (slug: string, date: string | null) => ({ slug, title: slug, date }) as SiteArticle;

describe('page numbers', () => {
  it('shows the first, the last and two either side of the current page, with gaps', () => {
    expect(pageNumbersToShow(1, 1)).toEqual([1]);
    expect(pageNumbersToShow(1, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(pageNumbersToShow(1, 20)).toEqual([1, 2, 3, null, 20]);
    expect(pageNumbersToShow(10, 20)).toEqual([1, null, 8, 9, 10, 11, 12, null, 20]);
    expect(pageNumbersToShow(20, 20)).toEqual([1, null, 18, 19, 20]);
    // A gap of one page shows the page: "1 … 3" would hide only page 2.
    expect(pageNumbersToShow(5, 20)).toEqual([1, 2, 3, 4, 5, 6, 7, null, 20]);
  });

  it('links every page shown, relative to the page, with rel prev and next', () => {
    const nav = String(pagerHtml('articles/3/', 'articles/', 3, 4, 'Pages of Articles'));
    expect(nav).toContain('<a class="step" href="../2/index.html" rel="prev">← Previous</a>');
    expect(nav).toContain('<a class="step" href="../4/index.html" rel="next">Next →</a>');
    expect(nav).toContain('<a href="../index.html" aria-label="Page 1">1</a>');
    expect(nav).toContain('<span aria-current="page" aria-label="Page 3">3</span>');
    const first = String(pagerHtml('articles/', 'articles/', 1, 4, 'Pages of Articles'));
    expect(first).not.toContain('rel="prev"');
    expect(first).toContain('href="2/index.html" rel="next"');
    expect(pagerHtml('articles/', 'articles/', 1, 1, 'Pages of Articles')).toBeNull();
  });

  it('puts page n of a list under its first page', () => {
    expect(listPagePath('articles/', 1)).toBe('articles/');
    expect(listPagePath('articles/', 2)).toBe('articles/2/');
    expect(listPagePath('people/x/mentions/', 7)).toBe('people/x/mentions/7/');
    expect(relativeHref('people/x/mentions/7/', 'people/x/')).toBe('../../index.html');
  });
});

describe('the archive', () => {
  const articles = [dated('e', '2025-02-10'), dated('d', '2025-02-01'), dated('c', '2025-01-31'), dated('b', '2024-12-31'), dated('a', null)];

  it('groups newest-first articles into years, months and the undated', () => {
    const archive = archiveOf(articles);
    expect(archive.years.map((y) => [y.key, y.articles.map((a) => a.slug), y.months.map((m) => [m.key, m.label, m.articles.length])])).toEqual([
      ['2025', ['e', 'd', 'c'], [['2025-02', 'February 2025', 2], ['2025-01', 'January 2025', 1]]],
      ['2024', ['b'], [['2024-12', 'December 2024', 1]]],
    ]);
    expect(archive.undated?.articles.map((a) => a.slug)).toEqual(['a']);
    expect(archivePeriods(archive).map((p) => archivePeriodPath(p.key))).toEqual([
      'archive/2025/',
      'archive/2025-02/',
      'archive/2025-01/',
      'archive/2024/',
      'archive/2024-12/',
      'archive/undated/',
    ]);
    // Every article is in exactly one year (or the undated) and one month.
    const years = [...archive.years.flatMap((y) => y.articles), ...(archive.undated?.articles ?? [])];
    expect(years.map((a) => a.slug).sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(archive.years.flatMap((y) => y.months.flatMap((m) => m.articles)).length).toBe(4);
  });

  it('has no periods when there are no articles', () => {
    expect(archivePeriods(archiveOf([]))).toEqual([]);
  });

  it('names months in English whatever the locale', () => {
    expect(monthLabel('2024-05')).toBe('May 2024');
    expect(monthOf('2024-11-30')).toEqual({ key: '2024-11', label: 'November 2024' });
    expect(yearOf(null)).toEqual({ key: 'undated', label: 'Undated' });
  });

  it('groups a page by year and finds the page each year starts on', () => {
    expect(groupsOf(articles, (a) => a.date, yearOf).map((g) => [g.key, g.items.length])).toEqual([
      ['2025', 3],
      ['2024', 1],
      ['undated', 1],
    ]);
    expect(yearStarts(articles, (a) => a.date, 2)).toEqual([
      { key: '2025', label: '2025', page: 1, count: 3 },
      { key: '2024', label: '2024', page: 2, count: 1 },
      { key: 'undated', label: 'Undated', page: 3, count: 1 },
    ]);
  });
});

describe('URLs of list pages', () => {
  it('tells the kinds of page apart by path', () => {
    expect(pageKindOf('')).toBe('home');
    expect(pageKindOf('articles/')).toBe('index');
    expect(pageKindOf('articles/12/')).toBe('index');
    expect(pageKindOf('articles/a-headline/')).toBe('article');
    expect(pageKindOf('archive/2024-05/2/')).toBe('index');
    expect(pageKindOf('people/')).toBe('index');
    expect(pageKindOf('people/3/')).toBe('index');
    expect(pageKindOf('people/by-mentions/2/')).toBe('index');
    expect(pageKindOf('search/')).toBe('index');
    expect(pageKindOf('people/donald-trump/')).toBe('entity');
    expect(pageKindOf('people/donald-trump/mentions/4/')).toBe('entity-list');
    expect(pageKindOf('countries/russia/alongside/')).toBe('entity-list');
  });

  it('never gives an article a slug that is a page of the list', () => {
    expect(isReservedSlug('2024')).toBe(true);
    expect(isReservedSlug('by-mentions')).toBe(true);
    expect(isReservedSlug('g7')).toBe(false);
    const slugs = uniqueSlugs([
      { file: 'a.txt', slug: '2024' },
      { file: 'b.txt', slug: '2024' },
      { file: 'c.txt', slug: 'news' },
    ]);
    expect([...slugs.values()]).toEqual(['2024-2', '2024-3', 'news']);
    expect(() => uniqueSlugs([{ file: 'a.txt', slug: '7', fixed: true }])).toThrow(/a\.txt: override slug "7" is the URL of a list page/);
  });
});
