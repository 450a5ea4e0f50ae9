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
