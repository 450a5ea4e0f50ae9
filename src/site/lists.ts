// Long lists split into pages a reader (and a phone) can take: the article list and the archive's
// periods, the entity indexes, and an entity's mentions, quotes and co-mentions beyond what its summary
// page shows. The pages themselves come from Astro's paginate() (src/pages/**/[...page].astro); this
// module holds the sizes, the archive's periods and the navigation between pages.
import type { SiteArticle } from './article.ts';
import { html, type Html } from './html.ts';
import type { EntityInArticle, EntityPage } from './model.ts';
import { plural } from './format.ts';
import { archivePeriodPath, listPagePath, relativeHref, type EntityListKind } from './paths.ts';

/** Items per page of each paginated list. */
export const PAGE_SIZE = {
  /** `articles/`, the archive's years and months: a full article item each. */
  articles: 50,
  /** An entity's mentioning articles: one line each (a year of a busy entity in a page or two). */
  mentions: 200,
  /** An entity's quotes: a quotation card each. */
  quotes: 25,
  /** Everything mentioned alongside an entity: one table row each. */
  alongside: 200,
  /** An entity index (`people/`): one table row each. */
  entities: 100,
} as const;

/** How much an entity's summary page shows before linking to the full list. */
export const SUMMARY_LIMIT = {
  /** The newest mentioning articles, each with the passages around its mentions. */
  mentions: 10,
  /** Passages shown per article. */
  contexts: 4,
  quotes: 5,
} as const;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2024-05` → `May 2024`. */
export function monthLabel(month: string): string {
  return `${MONTHS[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
}

export interface Period {
  /** `2024`, `2024-05` or `undated`: the URL segment under `archive/`. */
  key: string;
  kind: 'year' | 'month' | 'undated';
  /** `2024`, `May 2024`, `Undated`. */
  label: string;
  /** Newest first. */
  articles: SiteArticle[];
}

export interface Archive {
  /** Newest first, each with its months newest first. */
  years: (Period & { months: Period[] })[];
  undated: Period | null;
}

/** The archive's periods of articles that are already newest first (the model's order): years, their months, and the undated. */
export function archiveOf(articles: SiteArticle[]): Archive {
  const years: Archive['years'] = [];
  const undated: SiteArticle[] = [];
  for (const article of articles) {
    if (!article.date) {
      undated.push(article);
      continue;
    }
    const yearKey = article.date.slice(0, 4);
    const monthKey = article.date.slice(0, 7);
    let year = years[years.length - 1];
    if (year?.key !== yearKey) years.push((year = { key: yearKey, kind: 'year', label: yearKey, articles: [], months: [] }));
    year.articles.push(article);
    let month = year.months[year.months.length - 1];
    if (month?.key !== monthKey) year.months.push((month = { key: monthKey, kind: 'month', label: monthLabel(monthKey), articles: [] }));
    month.articles.push(article);
  }
  return { years, undated: undated.length > 0 ? { key: 'undated', kind: 'undated', label: 'Undated', articles: undated } : null };
}

/** Every period with a page of its own: each year, each month, the undated. */
export function archivePeriods(archive: Archive): Period[] {
  return [...archive.years.flatMap((year) => [year, ...year.months]), ...(archive.undated ? [archive.undated] : [])];
}

/** The archive's year links (`2025 · 2024 · Undated`), for the top of the article list. */
export function yearLinksHtml(from: string, archive: Archive): Html {
  const periods = [...archive.years, ...(archive.undated ? [archive.undated] : [])];
  return html`<nav class="sort periods" aria-label="Articles by year"><span class="muted">By year:</span>${periods.map(
    (p) => html`<a href="${relativeHref(from, archivePeriodPath(p.key))}">${p.label}<span class="n"> ${p.articles.length}</span></a>`,
  )}</nav>`;
}

/**
 * The page numbers a numbered navigation shows: the first, the last, and two either side of the current
 * page; `null` where a run of pages is left out (shown as "…"). A gap of one page shows that page instead.
 */
export function pageNumbersToShow(current: number, last: number): (number | null)[] {
  const shown = new Set([1, last]);
  for (let n = current - 2; n <= current + 2; n++) if (n >= 1 && n <= last) shown.add(n);
  const sorted = [...shown].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  for (const n of sorted) {
    const previous = out[out.length - 1];
    if (typeof previous === 'number' && n - previous === 2) out.push(n - 1);
    else if (typeof previous === 'number' && n - previous > 2) out.push(null);
    out.push(n);
  }
  return out;
}

/**
 * Numbered navigation between the pages of a list whose first page is `firstPath`, with `rel="prev"` and
 * `rel="next"`; nothing when the list has one page. `label` names the list for assistive technology.
 */
export function pagerHtml(from: string, firstPath: string, current: number, last: number, label: string): Html | null {
  if (last <= 1) return null;
  const href = (n: number) => relativeHref(from, listPagePath(firstPath, n));
  const numbers = pageNumbersToShow(current, last).map((n) =>
    n === null
      ? html`<li class="gap" aria-hidden="true">…</li>`
      : n === current
        ? html`<li><span aria-current="page" aria-label="${`Page ${n}`}">${n}</span></li>`
        : html`<li><a href="${href(n)}" aria-label="${`Page ${n}`}">${n}</a></li>`,
  );
  return html`<nav class="pagination" aria-label="${label}">${
    current > 1 ? html`<a class="step" href="${href(current - 1)}" rel="prev">← Previous</a>` : html`<span class="step" aria-hidden="true">← Previous</span>`
  }<ol>${numbers}</ol>${current < last ? html`<a class="step" href="${href(current + 1)}" rel="next">Next →</a>` : html`<span class="step" aria-hidden="true">Next →</span>`}</nav>`;
}

/** "page 3 of 12" for titles and ledes; empty for a list of one page. */
function pageOfLabel(current: number, last: number): string {
  return last > 1 ? `page ${current} of ${last}` : '';
}

/** Where one page of a list is, and its neighbours (for `<link rel="prev">`/`"next"` in the head). */
export function listPage(firstPath: string, current: number, last: number): { path: string; prev: string | undefined; next: string | undefined; of: string } {
  return {
    path: listPagePath(firstPath, current),
    prev: current > 1 ? listPagePath(firstPath, current - 1) : undefined,
    next: current < last ? listPagePath(firstPath, current + 1) : undefined,
    of: pageOfLabel(current, last),
  };
}

/** A heading within a list page: a year, a month, or the undated. */
export interface Group<T> {
  /** `2024`, `2024-05`, `undated`; the heading's anchor is groupAnchor(key). */
  key: string;
  label: string;
  items: T[];
}

export type GroupKey = (date: string | null) => { key: string; label: string };

const undatedKey = { key: 'undated', label: 'Undated' };
export const yearOf: GroupKey = (date) => (date ? { key: date.slice(0, 4), label: date.slice(0, 4) } : undatedKey);
export const monthOf: GroupKey = (date) => (date ? { key: date.slice(0, 7), label: monthLabel(date.slice(0, 7)) } : undatedKey);

/** Consecutive runs of newest-first items in the same year (or month): the headings of one page. */
export function groupsOf<T>(items: T[], dateOf: (item: T) => string | null, keyOf: GroupKey): Group<T>[] {
  const groups: Group<T>[] = [];
  for (const item of items) {
    const { key, label } = keyOf(dateOf(item));
    const last = groups[groups.length - 1];
    if (last?.key === key) last.items.push(item);
    else groups.push({ key, label, items: [item] });
  }
  return groups;
}

export function groupAnchor(key: string): string {
  return `g-${key}`;
}

/** Where each year starts in a paginated newest-first list: the page holding its first item, and how many it has. */
export function yearStarts<T>(items: T[], dateOf: (item: T) => string | null, pageSize: number): { key: string; label: string; page: number; count: number }[] {
  const starts: { key: string; label: string; page: number; count: number }[] = [];
  items.forEach((item, index) => {
    const { key, label } = yearOf(dateOf(item));
    const last = starts[starts.length - 1];
    if (last?.key === key) last.count++;
    else starts.push({ key, label, page: Math.floor(index / pageSize) + 1, count: 1 });
  });
  return starts;
}

/** Whether an entity has pages for a list beyond what its summary shows. */
export function hasEntityList(page: EntityPage, kind: EntityListKind): boolean {
  switch (kind) {
    case 'mentions':
      return page.articles.length > SUMMARY_LIMIT.mentions;
    case 'quotes':
      return page.quotes.length > SUMMARY_LIMIT.quotes;
    case 'alongside':
      return page.coMentionsAll.length > Object.values(page.coMentions).reduce((n, list) => n + list.length, 0);
  }
}

// Every page of an entity's mention list shows the same jump links: counting the years of an entity named in
// most of 10,000 articles once per page (200 pages) was quadratic, 4 s of the build.
const yearStartsByList = new WeakMap<EntityInArticle[], ReturnType<typeof yearStarts>>();
function mentionYearStarts(articles: EntityInArticle[]): ReturnType<typeof yearStarts> {
  let starts = yearStartsByList.get(articles);
  if (!starts) yearStartsByList.set(articles, (starts = yearStarts(articles, (a) => a.article.date, PAGE_SIZE.mentions)));
  return starts;
}

/** Links to where each year starts in an entity's paginated list of mentioning articles; nothing for a single year. */
export function yearJumpHtml(from: string, firstPath: string, articles: EntityInArticle[], label: string): Html | null {
  const starts = mentionYearStarts(articles);
  if (starts.length < 2) return null;
  return html`<nav class="sort periods" aria-label="${label}"><span class="muted">By year:</span>${starts.map(
    (s) => html`<a href="${relativeHref(from, listPagePath(firstPath, s.page))}#${groupAnchor(s.key)}" aria-label="${`${s.label}: ${plural(s.count, 'article')}`}">${s.label}<span class="n"> ${s.count}</span></a>`,
  )}</nav>`;
}
