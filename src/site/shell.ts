// The site navigation every page carries (src/layouts/Base.astro): the sections, in the compact menu
// and in the sidebar, and the region's five countries.
//
// Its list items depend only on where their links point from the page, so every page whose nav hrefs
// are the same (all 1,000 article pages of the synthetic benchmark, say) shares one rendering: the items
// are built as HTML once per set of hrefs and section rather than templated afresh on every page.
import type { SiteModel } from './model.ts';
import { regionCountries } from './model.ts';
import { articlesPath, entityIndexPath, graphPath, homePath, relativeHref, searchPath } from './paths.ts';
import { indexedSections, type Section } from './sections.ts';
import { html, type Html } from './html.ts';
import { flagHtml } from './flags.ts';

/** An entry of a page's table of contents: a heading's id and its label. */
export interface TocItem {
  id: string;
  label: string;
}

/** Which part of the site a page belongs to: its nav entry is marked current. */
export type NavSection = 'home' | 'articles' | Section['key'] | 'graph' | 'search';

interface NavItem {
  key: NavSection;
  label: string;
  to: string;
  count: number | null;
}

/** The sidebar's entries with their page counts: the entity sections are those with index pages (sections.ts). */
function navItems(model: SiteModel): NavItem[] {
  return [
    { key: 'home', label: 'Home', to: homePath, count: null },
    { key: 'articles', label: 'Articles', to: articlesPath, count: model.articles.length },
    ...indexedSections(model).map(({ key, title, type }) => ({ key, label: title, to: entityIndexPath(type), count: model.byType(type).length })),
    { key: 'graph', label: 'Who with whom', to: graphPath(null), count: null },
    { key: 'search', label: 'Search', to: searchPath, count: null },
  ];
}

export interface SiteNav {
  /** `<li>` items of the sections, the current one marked (menu and sidebar). */
  sections: Html;
  /** `<li>` items of the region's countries; null when none has a page. */
  region: Html | null;
}

interface NavTargets {
  items: NavItem[];
  region: { flag: Html | null; name: string; to: string }[];
  rendered: Map<string, SiteNav>;
}

const targetsOf = new WeakMap<SiteModel, NavTargets>();

/** The nav of the page at `path` (a page path, src/site/paths.ts) in `section`. */
export function siteNav(model: SiteModel, path: string, section: NavSection): SiteNav {
  let targets = targetsOf.get(model);
  if (!targets) {
    const region = regionCountries(model).map(({ entity, path: to }) => ({ flag: flagHtml(entity), name: entity.name, to }));
    targets = { items: navItems(model), region, rendered: new Map() };
    targetsOf.set(model, targets);
  }
  const sectionHrefs = targets.items.map((item) => relativeHref(path, item.to));
  const regionHrefs = targets.region.map((country) => relativeHref(path, country.to));
  const key = `${section}\n${sectionHrefs.join('\n')}\n${regionHrefs.join('\n')}`;
  let nav = targets.rendered.get(key);
  if (!nav) {
    const sections = html`${targets.items.map((item, i) => {
      const current = item.key === section ? html` aria-current="page"` : null;
      const count = item.count !== null ? html`<span class="count">${item.count}</span>` : null;
      return html`<li><a href="${sectionHrefs[i]!}"${current}>${item.label}${count}</a></li>`;
    })}`;
    const region = targets.region.length === 0 ? null : html`${targets.region.map(({ flag, name }, i) => html`<li><a href="${regionHrefs[i]!}">${flag}${name}</a></li>`)}`;
    nav = { sections, region };
    targets.rendered.set(key, nav);
  }
  return nav;
}
