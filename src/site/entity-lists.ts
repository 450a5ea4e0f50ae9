// The pages of an entity's full lists (src/pages/[section]/[id]/[list]/[...page].astro): every article
// that mentions it, every quote it said, everything mentioned alongside it. Its summary page shows the
// first few of each (page-content.ts); these hold the rest, a page at a time (lists.ts).
import type { Entity } from '../pipeline/types.ts';
import { entityTypeInfo } from '../pipeline/entity-types.ts';
import { formatDate, plural } from './format.ts';
import { html, type Html } from './html.ts';
import { groupAnchor, groupsOf, PAGE_SIZE, yearJumpHtml, yearOf } from './lists.ts';
import { entityLinkHtml, quoteCardHtml } from './markup.ts';
import type { EntityInArticle, EntityPage, QuoteRef, Ranked, SiteModel } from './model.ts';
import { articlePath, entityListPath, relativeHref, type EntityListKind } from './paths.ts';

/** The items of each list, in the order its pages show them. */
export interface EntityListItems {
  mentions: EntityInArticle;
  quotes: QuoteRef;
  alongside: Ranked;
}

export function entityListItems<K extends EntityListKind>(page: EntityPage, kind: K): EntityListItems[K][] {
  const lists: { [L in EntityListKind]: EntityListItems[L][] } = { mentions: page.articles, quotes: page.quotes, alongside: page.coMentionsAll };
  return lists[kind];
}

export const ENTITY_LIST_PAGE_SIZE: Record<EntityListKind, number> = { mentions: PAGE_SIZE.mentions, quotes: PAGE_SIZE.quotes, alongside: PAGE_SIZE.alongside };

/** The list's title: `Articles mentioning Kassym-Jomart Tokayev`. */
export function entityListTitle(kind: EntityListKind, entity: Entity): string {
  switch (kind) {
    case 'mentions':
      return `Articles mentioning ${entity.name}`;
    case 'quotes':
      return `Quotes by ${entity.name}`;
    case 'alongside':
      return `Mentioned alongside ${entity.name}`;
  }
}

/** The sentence under the title: how many in all, in what order. */
export function entityListLede(kind: EntityListKind, page: EntityPage): string {
  switch (kind) {
    case 'mentions':
      return `${plural(page.articles.length, 'article')} ${page.articles.length === 1 ? 'mentions' : 'mention'} ${page.entity.name}, newest first, ${plural(page.mentions, 'time')} in all.`;
    case 'quotes':
      return `${plural(page.quotes.length, 'quote')} attributed to ${page.entity.name}, newest article first.`;
    case 'alongside':
      return `${plural(page.coMentionsAll.length, 'entity', 'entities')} named in the same articles as ${page.entity.name}, by the number of articles that mention both.`;
  }
}

/** One page of an entity's list: `items` is that page's share of entityListItems(page, kind). */
export function entityListHtml(model: SiteModel, page: EntityPage, kind: EntityListKind, items: EntityListItems[EntityListKind][], from: string): Html {
  switch (kind) {
    case 'mentions':
      return mentionsHtml(page, items as EntityInArticle[], from);
    case 'quotes':
      return html`<ul class="quote-list">${(items as QuoteRef[]).map((quote) => quoteCardHtml(model, from, quote, 'article'))}</ul>`;
    case 'alongside':
      return alongsideHtml(model, page, items as Ranked[], from);
  }
}

/** Mentioning articles, one line each, under a heading per year; links to where each year starts. */
function mentionsHtml(page: EntityPage, items: EntityInArticle[], from: string): Html {
  const firstPath = entityListPath(page.entity.type, page.entity.id, 'mentions');
  const groups = groupsOf(items, (item) => item.article.date, yearOf);
  return html`${yearJumpHtml(from, firstPath, page.articles, `${page.entity.name}'s articles by year`)}${groups.map(
    (group) =>
      html`<section aria-labelledby="${groupAnchor(group.key)}"><h2 id="${groupAnchor(group.key)}">${group.label}</h2><ul class="plain-list mention-list">${group.items.map(
        ({ article, mentions }) =>
          html`<li><a href="${relativeHref(from, articlePath(article.slug))}">${article.title}</a> <span class="n">${article.date ? formatDate(article.date) : 'undated'}${
            article.source ? ` · ${article.source}` : ''
          } · ×${mentions}</span></li>`,
      )}</ul></section>`,
  )}`;
}

function alongsideHtml(model: SiteModel, page: EntityPage, items: Ranked[], from: string): Html {
  return html`<div class="table-wrap"><table><caption class="visually-hidden">${entityListTitle('alongside', page.entity)}</caption><thead><tr><th scope="col">Name</th><th scope="col">Type</th><th scope="col" class="num">Shared articles</th></tr></thead><tbody>${items.map(
    ({ entity, shared }) => html`<tr><td>${entityLinkHtml(model, from, entity)}</td><td>${entityTypeInfo(entity.type).label}</td><td class="num">${shared}</td></tr>`,
  )}</tbody></table></div>`;
}
