// The content of article and entity pages (src/pages/articles/[slug].astro, src/pages/[section]/[id].astro):
// the head (title, metadata, search facts) and the main content below the table of contents, as HTML
// strings built from the model, with the table of contents that goes with them. The pages place them in
// the layout (src/layouts/Base.astro).
//
// Why strings rather than components: these pages are 1,100 of a 1,000-article site's 1,123 pages and
// nearly all its bytes, and Astro's renderer pays per component instance and per expression. With their
// main content written as strings, generating the 1,000-article benchmark's pages took 3.2 s instead of
// 3.7 s (medians of 8 alternating runs), and the build's CPU time 9.3 s instead of 10.0 s. The markup is
// byte for byte what the templates wrote (html.ts escapes as Astro does). As pure functions of the
// model, the pages' content is also tested without building the site (tests/site-model.test.ts).
import type { Entity } from '../pipeline/types.ts';
import type { SiteArticle } from './article.ts';
import { formatDate, plural } from './format.ts';
import { htmlAttribute, htmlText } from './html.ts';
import { contextsHtml, entityLinkHtml, fieldTextHtml, quoteCardHtml, timeHtml } from './markup.ts';
import { articleEntityGroups, articleQuotes, entityTypes, type ArticlePage, type EntityPage, type Ranked, type SiteLookup, type SiteModel } from './model.ts';
import { articlePath, relativeHref, searchPath } from './paths.ts';
import { articleRenderContext, renderArticleBody } from './render.ts';
import { articleRecord, entityRecord, searchFactsHtml } from './search-data.ts';
import { sectionOf } from './sections.ts';
import type { TocItem } from './shell.ts';

// ---- Article pages ----

export function articleToc(page: ArticlePage): TocItem[] {
  return [
    { id: 'text', label: 'Text' },
    ...(page.groups.length ? [{ id: 'in-this-article', label: 'In this article' }] : []),
    ...(page.quotes.length ? [{ id: 'quotes', label: `Quotes (${page.quotes.length})` }] : []),
    ...(page.related.length ? [{ id: 'related', label: 'Related articles' }] : []),
  ];
}

/** An article page's head: search facts, kicker, title, and its date, source, byline (linked where they name an entity). */
export function articleHeadHtml(model: SiteModel, page: ArticlePage): string {
  const { article, path: from } = page;
  let html = searchFactsHtml(articleRecord(model, article));
  html += `<p class="kicker">Article${article.titleGenerated ? '<span class="badge badge--discovered">Title generated from the text</span>' : ''}</p>`;
  html += `<h1 class="article-title" data-pagefind-meta="title">${htmlText(article.title)}</h1><ul class="article-meta">`;
  html += `<li>${article.date ? `<time datetime="${htmlAttribute(article.date)}"><strong>${htmlText(formatDate(article.date))}</strong></time>` : '<strong>Undated</strong>'}</li>`;
  if (article.source) html += `<li>Source: <strong>${fieldTextHtml(model, from, article, 'source', 0, article.source)}</strong></li>`;
  if (article.byline) {
    html += `<li>By <strong>${fieldTextHtml(model, from, article, 'byline', 0, article.byline)}</strong>`;
    // The byline as printed, when the source wrote it differently (in Cyrillic, say).
    if (article.bylineText && article.bylineText !== article.byline) {
      html += `<span${/[\u0400-\u04FF]/u.test(article.bylineText) ? ' lang="ru"' : ''}> (${htmlText(article.bylineText)})</span>`;
    }
    html += '</li>';
  }
  if (article.dateline) html += `<li>Dateline: ${htmlText(article.dateline)}</li>`;
  return `${html}<li>${plural(article.entities.length, 'entity', 'entities')} linked</li></ul>`;
}

/** What an article's own content lists: made from the article and the registry alone, and kept on its ArticlePage. */
type OwnParts = Pick<ArticlePage, 'groups' | 'quotes'>;

/**
 * An article's own content: captions, the linked body, the entities in it, its quotes. It needs of the
 * site only the lookup (which entities have pages, their counts); the pages pass the groups and quotes
 * their model already holds.
 */
export function articleOwnHtml(
  site: SiteLookup,
  article: SiteArticle,
  { groups, quotes }: OwnParts = { groups: articleEntityGroups(article, site.registry), quotes: articleQuotes(article) },
): string {
  const from = articlePath(article.slug);
  let html = '<h2 id="text" class="visually-hidden">Text</h2>';
  if (article.captions.length > 0) {
    html += '<ul class="captions" aria-label="Image captions">';
    article.captions.forEach((caption, i) => {
      const credit = caption.credit ? fieldTextHtml(site, from, article, 'credit', i, caption.credit) : null;
      html += '<li><span aria-hidden="true">🖼 </span>';
      if (caption.text) {
        html += `Image: ${fieldTextHtml(site, from, article, 'caption', i, caption.text)}`;
        if (credit) html += ` · <span class="credit">Credit: ${credit}</span>`;
      } else if (credit) {
        // A credit line with no caption (`Image: Stephen M. Bland/Allexxandar` in a seed).
        html += `<span class="credit">Image credit: ${credit}</span>`;
      }
      html += '</li>';
    });
    html += '</ul>';
  }
  html += `<div class="prose article-body">${renderArticleBody(article, articleRenderContext(article.slug, site))}</div>`;

  if (groups.length > 0) {
    html += '<section class="panel" aria-labelledby="in-this-article" data-pagefind-ignore><h2 id="in-this-article">In this article</h2><div class="entity-groups">';
    for (const group of groups) {
      html += `<div><h3>${htmlText(sectionOf(group.type).title)} <span class="count">${group.entries.length}</span></h3><ul class="plain-list">`;
      for (const { entity, mentions, surfaces } of group.entries) {
        html += `<li>${entityLinkHtml(site, from, entity)}<span class="n">×${mentions}</span>`;
        if (surfaces.some((s) => s !== entity.name)) html += `<span class="surfaces">as ${htmlText(surfaces.map((s) => `“${s}”`).join(', '))}</span>`;
        html += '</li>';
      }
      html += '</ul></div>';
    }
    html += '</div></section>';
  }

  if (quotes.length > 0) {
    html += '<section aria-labelledby="quotes" data-pagefind-ignore><h2 id="quotes">Quotes</h2><ul class="quote-list">';
    for (const quote of quotes) html += quoteCardHtml(site, from, quote, 'speaker');
    html += '</ul></section>';
  }
  return html;
}

/**
 * An article page's main content: its own content (articleOwnHtml; `own` when it was rendered ahead),
 * then related articles, previous and next.
 */
export function articleMainHtml(model: SiteModel, page: ArticlePage): string {
  const own = articleOwnHtml(model, page.article, page);
  const href = (slug: string) => htmlAttribute(relativeHref(page.path, articlePath(slug)));
  let html = own;
  if (page.related.length > 0) {
    html += '<section aria-labelledby="related" data-pagefind-ignore><h2 id="related">Related articles</h2><ul class="article-list">';
    for (const { article: other, shared, sharedEntities } of page.related) {
      const names = sharedEntities.slice(0, 6).map((e) => e.name).join(', ') + (sharedEntities.length > 6 ? ', …' : '');
      html +=
        `<li class="article-item"><h3><a href="${href(other.slug)}">${htmlText(other.title)}</a></h3><p class="meta-line">` +
        `<span>${other.date ? htmlText(formatDate(other.date)) : 'Undated'}</span><span>${plural(shared, 'shared entity', 'shared entities')}: ${htmlText(names)}</span></p></li>`;
    }
    html += '</ul></section>';
  }

  if (page.previous || page.next) {
    html += '<nav class="pager" aria-label="Previous and next article by date" data-pagefind-ignore>';
    if (page.previous) html += `<a class="prev" href="${href(page.previous.slug)}" rel="prev"><span class="dir">← Older</span>${htmlText(page.previous.title)}</a>`;
    if (page.next) html += `<a class="next" href="${href(page.next.slug)}" rel="next"><span class="dir">Newer →</span>${htmlText(page.next.title)}</a>`;
    html += '</nav>';
  }
  return html;
}

// ---- Entity pages ----

// Very frequent entities (a country in every article) would make pages of megabytes: the newest
// articles get their sentences in context, older ones a compact list.
const detailedLimit = 60;
const contextLimit = 4;

interface EntityGroup<T> {
  title: string;
  list: T[];
}

/** A country's people, organizations and places, by type. */
function memberGroups(model: SiteModel, entity: Entity): EntityGroup<Entity>[] {
  if (entity.type !== 'country') return [];
  const members = model.membersOf(entity.id);
  return entityTypes
    .filter((type) => type !== 'country')
    .map((type) => ({ title: sectionOf(type).title, list: members.filter((m) => m.type === type) }))
    .filter((group) => group.list.length > 0);
}

function coMentionGroups(page: EntityPage): EntityGroup<Ranked>[] {
  return entityTypes.map((type) => ({ title: sectionOf(type).title, list: page.coMentions[type] })).filter((group) => group.list.length > 0);
}

export function entityToc(model: SiteModel, page: EntityPage): TocItem[] {
  return [
    { id: 'names', label: 'Names and spellings' },
    ...(page.quotes.length ? [{ id: 'quotes', label: `Quotes (${page.quotes.length})` }] : []),
    ...(memberGroups(model, page.entity).length ? [{ id: 'members', label: `Of ${page.entity.name}` }] : []),
    { id: 'mentions', label: `Mentions (${page.articles.length})` },
    ...(coMentionGroups(page).length ? [{ id: 'co-mentions', label: 'Mentioned alongside' }] : []),
  ];
}

/** An entity page's head: search facts, kicker, name, description, and its facts (country, codes, counts, dates, Wikidata). */
export function entityHeadHtml(model: SiteModel, page: EntityPage): string {
  const { entity, path: from } = page;
  const section = sectionOf(entity.type);
  const name = htmlText(entity.name);
  let html = searchFactsHtml(entityRecord(model, page));
  html += `<p class="kicker kicker--${entity.type}">${htmlText(section.singular)}`;
  if (entity.historical) html += '<span class="badge">historical</span>';
  if (entity.discovered) html += '<span class="badge badge--discovered">Discovered · not yet curated</span>';
  html += '</p>';
  if (entity.type === 'country' && entity.flag) html += `<span class="hero-flag" role="img" aria-label="${htmlAttribute(`Flag of ${entity.name}`)}">${htmlText(entity.flag)}</span>`;
  // A name query should find the entity's own page first: its names weigh more than any mention.
  html += `<h1 data-pagefind-meta="title" data-pagefind-weight="10">${name}</h1>`;
  if (entity.description) html += `<p class="lede">${htmlText(entity.description)}</p>`;
  if (entity.discovered) {
    html +=
      `<p class="note">This ${htmlText(section.singular.toLowerCase())} was found in the articles by the annotator but is not yet in the curated registry ` +
      '(<code>content/entities/</code>), so the name, description and links may be incomplete.</p>';
  }
  html += '<dl class="facts" data-pagefind-ignore>';
  const country = entity.country ? model.registry.get(entity.country) : undefined;
  if (country) html += `<dt>Country</dt><dd>${entityLinkHtml(model, from, country)}</dd>`;
  if (entity.type === 'country' && entity.iso2) html += `<dt>ISO code</dt><dd>${htmlText(entity.iso2)}${entity.iso3 ? htmlText(` / ${entity.iso3}`) : ''}</dd>`;
  if (entity.capital) html += `<dt>Capital</dt><dd>${htmlText(entity.capital)}</dd>`;
  if (entity.demonyms && entity.demonyms.length > 0) html += `<dt>Demonym</dt><dd>${htmlText(entity.demonyms.join(', '))}</dd>`;
  html += `<dt>Mentioned</dt><dd>${plural(page.mentions, 'time')} in ${plural(page.articles.length, 'article')}</dd>`;
  if (page.firstDate) {
    html += `<dt>First / last</dt><dd>${timeHtml(page.firstDate)}${page.lastDate && page.lastDate !== page.firstDate ? ` – ${timeHtml(page.lastDate)}` : ''}</dd>`;
  }
  if (entity.wikidata) {
    html += `<dt>Wikidata</dt><dd><a href="${htmlAttribute(`https://www.wikidata.org/wiki/${entity.wikidata}`)}" rel="external">${htmlText(entity.wikidata)}</a></dd>`;
  }
  html += '</dl>';
  // "Search articles mentioning X": the search page with this entity's facet preselected (ids in the URL).
  if (entity.type !== 'place') {
    const search = `${relativeHref(from, searchPath)}?type=article&${entity.type}=${encodeURIComponent(entity.id)}`;
    html += `<p class="search-mentioning" data-pagefind-ignore><a href="${htmlAttribute(search)}">Search articles mentioning ${name}</a></p>`;
  }
  return html;
}

/** An entity page's main content: its spellings, quotes, a country's members, every article that mentions it (in context) and what is mentioned alongside it. */
export function entityMainHtml(model: SiteModel, page: EntityPage): string {
  const { entity, path: from } = page;
  const articleHref = (article: SiteArticle) => htmlAttribute(relativeHref(from, articlePath(article.slug)));
  const name = htmlText(entity.name);

  const spellingsSeen = new Set(page.spellings.map((s) => s.text));
  const otherNames = entity.aliases.filter((a) => !spellingsSeen.has(a));
  let html = `<section aria-labelledby="names"><h2 id="names">Names and spellings</h2><p class="muted small">Every spelling linked to ${name} in the articles, with how often it occurs.</p><ul class="spellings" data-pagefind-weight="8">`;
  for (const s of page.spellings) html += `<li>${htmlText(s.text)}<span class="n" data-pagefind-ignore>×${s.count}</span></li>`;
  html += '</ul>';
  // Every registry alias is listed (and weighted), so "Tokaev" or "Токаев" finds this page.
  if (otherNames.length > 0) html += `<p class="small muted">Also known as: <span data-pagefind-weight="8">${htmlText(otherNames.join(' · '))}</span></p>`;
  html += '</section>';

  if (page.quotes.length > 0) {
    html += '<section aria-labelledby="quotes" data-pagefind-ignore><h2 id="quotes">Quotes</h2><ul class="quote-list">';
    for (const quote of page.quotes) html += quoteCardHtml(model, from, quote, 'article');
    html += '</ul></section>';
  }

  const members = memberGroups(model, entity);
  if (members.length > 0) {
    html += `<section aria-labelledby="members" data-pagefind-ignore><h2 id="members">Of ${name}</h2><div class="columns">`;
    for (const group of members) {
      html += `<div><h3>${htmlText(group.title)}</h3><ul class="plain-list">`;
      for (const member of group.list) {
        const count = model.mentionCount(member.id);
        html += `<li>${entityLinkHtml(model, from, member)}<span class="n">${count > 0 ? `×${count}` : 'not mentioned'}</span>`;
        if (member.description) html += `<span class="surfaces">${htmlText(member.description)}</span>`;
        html += '</li>';
      }
      html += '</ul></div>';
    }
    html += '</div></section>';
  }

  // The passages repeat the articles' text (indexed there): the entity page is found by its names.
  html += '<section aria-labelledby="mentions" data-pagefind-ignore><h2 id="mentions">Mentions</h2><ul class="article-list">';
  for (const { article, mentions, contexts } of page.articles.slice(0, detailedLimit)) {
    html +=
      `<li class="article-item"><h3><a href="${articleHref(article)}">${htmlText(article.title)}</a></h3><p class="meta-line">` +
      `<span>${article.date ? timeHtml(article.date) : 'Undated'}</span>` +
      (article.source ? `<span>${htmlText(article.source)}</span>` : '') +
      `<span>${plural(mentions, 'mention')}</span></p>${contextsHtml(from, contexts.slice(0, contextLimit))}`;
    if (contexts.length > contextLimit) {
      html += `<p class="small muted">and ${plural(contexts.length - contextLimit, 'more passage')} in <a href="${articleHref(article)}">this article</a>.</p>`;
    }
    html += '</li>';
  }
  html += '</ul>';
  const older = page.articles.slice(detailedLimit);
  if (older.length > 0) {
    html += '<h3>Older articles</h3><ul class="plain-list">';
    for (const { article, mentions } of older) {
      html += `<li><a href="${articleHref(article)}">${htmlText(article.title)}</a> <span class="n">${article.date ? htmlText(formatDate(article.date)) : 'undated'} · ×${mentions}</span></li>`;
    }
    html += '</ul>';
  }
  html += '</section>';

  const coMentions = coMentionGroups(page);
  if (coMentions.length > 0) {
    html += '<section aria-labelledby="co-mentions" data-pagefind-ignore><h2 id="co-mentions">Mentioned alongside</h2><p class="muted small">Ranked by the number of articles that mention both.</p><div class="co-mentions">';
    for (const group of coMentions) {
      html += `<div><h3>${htmlText(group.title)}</h3><ol class="plain-list">`;
      for (const { entity: other, shared } of group.list) html += `<li>${entityLinkHtml(model, from, other)}<span class="n">${plural(shared, 'article')}</span></li>`;
      html += '</ol></div>';
    }
    html += '</div></section>';
  }
  return html;
}
