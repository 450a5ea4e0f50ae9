// Every internal URL of the site is built here, so that all links are made the same way.
//
// A *page path* is site-relative and has no leading slash: '' is the home page,
// 'people/donald-trump/' a directory page, 'api/articles.json' a file.
// Links between pages are relative to the current page and name `index.html`
// explicitly, so one build works hosted at `/`, under a sub-path (DOSSIER_BASE),
// and opened from disk (file://), where directory URLs do not resolve to index.html.

import { entityTypeInfo, type EntityType } from '../pipeline/entity-types.ts';

/** The URL segment of a type's pages: `people`. */
export function sectionOfType(type: EntityType): string {
  return entityTypeInfo(type).section;
}

export const homePath = '';
export const articlesPath = 'articles/';
export const searchPath = 'search/';

export function articlePath(slug: string): string {
  return `articles/${slug}/`;
}

export function entityIndexPath(type: EntityType): string {
  return `${sectionOfType(type)}/`;
}

export function entityPath(type: EntityType, id: string): string {
  return `${sectionOfType(type)}/${id}/`;
}

/** Static alternative orderings of an index page (no JavaScript needed to "sort"). */
export function entityIndexByMentionsPath(type: EntityType): string {
  return `${sectionOfType(type)}/by-mentions/`;
}

// ---- Long lists split into pages ----
// A list's first page is its own path; page n > 1 is `<first>n/` (what Astro's paginate() makes of a
// `[...page]` route). Article slugs and entity ids are never all digits (isReservedSlug in
// src/pipeline/slug.ts), so `articles/2/` and `people/2/` cannot be an article or a person.

/** Page `n` (from 1) of a paginated list whose first page is `firstPath`. */
export function listPagePath(firstPath: string, n: number): string {
  return n <= 1 ? firstPath : `${firstPath}${n}/`;
}

/** The archive: every year and month with its articles (`archive/`). */
export const archivePath = 'archive/';

/**
 * One period of the archive: a year (`2024`), a month (`2024-05`) or `undated`. A month is written with
 * a hyphen so that `archive/2024/10/` stays page 10 of 2024, never October.
 */
export function archivePeriodPath(period: string): string {
  return `${archivePath}${period}/`;
}

/** What lists beside an entity's summary page hold: every mentioning article, every quote, everything mentioned alongside. */
export type EntityListKind = 'mentions' | 'quotes' | 'alongside';
export const ENTITY_LIST_KINDS: readonly EntityListKind[] = ['mentions', 'quotes', 'alongside'];

export function entityListPath(type: EntityType, id: string, kind: EntityListKind): string {
  return `${entityPath(type, id)}${kind}/`;
}

/** The kinds of page the budgets are kept per (scripts/budgets.ts), told apart by their path alone. */
export type PageKind = 'home' | 'article' | 'index' | 'entity' | 'entity-list';

export function pageKindOf(pagePath: string): PageKind {
  const parts = pagePath.split('/').filter(Boolean);
  if (parts.length === 0) return 'home';
  const [first, second, third] = parts;
  if (first === 'articles') return parts.length === 2 && !/^\d+$/u.test(second!) ? 'article' : 'index';
  if (first === 'archive' || first === 'search' || first === 'graph' || parts.length === 1 || second === 'by-mentions' || /^\d+$/u.test(second!)) return 'index';
  return third === undefined ? 'entity' : 'entity-list';
}

/** The network of the most connected entities (`graph/`), or of one type's (`graph/people/`). */
export function graphPath(type: EntityType | null): string {
  return type ? `graph/${sectionOfType(type)}/` : 'graph/';
}

/** The RSS feed of the site's newest articles. */
export const feedPath = 'feed.xml';

/** The RSS feed of the newest articles mentioning an entity: `people/x/feed.xml`. */
export function entityFeedPath(type: EntityType, id: string): string {
  return `${entityPath(type, id)}feed.xml`;
}

/** The file a page path is served from: directory pages end in `index.html`. */
export function pageFile(pagePath: string): string {
  return pagePath === '' || pagePath.endsWith('/') ? `${pagePath}index.html` : pagePath;
}

/** The clean, hosted form of a page path (used for canonical URLs): `/base/people/x/`. */
export function cleanUrl(base: string, pagePath: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return `${prefix}${pagePath}`;
}

/**
 * A relative href from one page to another (or to a file), e.g.
 * relativeHref('articles/a/', 'people/x/') === '../../people/x/index.html'.
 * `toPath` may carry a `#fragment`.
 */
export function relativeHref(fromPagePath: string, toPath: string): string {
  const hashAt = toPath.indexOf('#');
  const fragment = hashAt === -1 ? '' : toPath.slice(hashAt);
  const target = pageFile(hashAt === -1 ? toPath : toPath.slice(0, hashAt));
  const from = fromParts(fromPagePath);
  // Most links leave the current section (an article linking a person): then the href is one "../" per
  // directory level, then the target. Called for every link of every page, so this case skips the walk.
  if (from.section !== '' && !target.startsWith(from.section)) return `${from.up}${target}${fragment}`;
  const toParts = target.split('/');
  let shared = 0;
  while (shared < from.parts.length && shared < toParts.length - 1 && from.parts[shared] === toParts[shared]) shared++;
  const up = '../'.repeat(from.parts.length - shared);
  return `${up}${toParts.slice(shared).join('/')}${fragment}`;
}

interface FromParts {
  /** The directories of the page's file, e.g. ['articles', 'a']. */
  parts: string[];
  /** Its first directory with the slash ('articles/'), or '' for a page at the root. */
  section: string;
  /** One '../' per directory: from the page's directory to the root. */
  up: string;
}

// A page's links are made one after another, so the last page's parts are usually the ones asked for.
let lastFrom: { path: string; parts: FromParts } | undefined;

function fromParts(fromPagePath: string): FromParts {
  if (lastFrom?.path === fromPagePath) return lastFrom.parts;
  // The directory the current page's file lives in.
  const fromDir = fromPagePath.endsWith('/') || fromPagePath === '' ? fromPagePath : fromPagePath.slice(0, fromPagePath.lastIndexOf('/') + 1);
  const parts = fromDir.split('/').filter(Boolean);
  const firstSlash = fromDir.indexOf('/');
  const computed = { parts, section: firstSlash === -1 ? '' : fromDir.slice(0, firstSlash + 1), up: '../'.repeat(parts.length) };
  lastFrom = { path: fromPagePath, parts: computed };
  return computed;
}
