// The content of article and entity pages (src/pages/articles/[slug].astro, src/pages/[section]/[id].astro):
// the head (title, metadata, search facts) and the main content below the table of contents, as HTML
// strings built from the model, with the table of contents that goes with them. The pages place them in
// the layout (src/layouts/Base.astro).
//
// Why strings rather than components: these pages are 1,100 of a 1,000-article site's 1,123 pages and
// nearly all its bytes, and Astro's renderer pays per component instance and per expression, measurably
// at 1,000 articles. Every piece is an `html` template (html.ts), which escapes what it interpolates. As pure functions of the model, the pages' content is also tested without building
// the site (tests/site-model.test.ts).
import type { Entity } from '../pipeline/types.ts';
import type { SiteArticle } from './article.ts';
import { formatDate, plural } from './format.ts';
import { html, type Html } from './html.ts';
import { ENTITY_TYPE_NAMES } from '../pipeline/entity-types.ts';
import { contextsHtml, entityLinkHtml, fieldTextHtml, quoteCardHtml, timeHtml } from './markup.ts';
import { articleEntityGroups, articleQuotes, type ArticlePage, type EntityPage, type Ranked, type SiteLookup, type SiteModel } from './model.ts';
import { articlePath, entityFeedPath, entityListPath, relativeHref, searchPath, type EntityListKind } from './paths.ts';
import { hasEntityList, SUMMARY_LIMIT, yearJumpHtml } from './lists.ts';
import { articleRenderContext, renderArticleBody } from './render.ts';
import { articleRecord, entityRecord, searchFactsHtml } from './search-data.ts';
import { sectionOf } from './sections.ts';
import { flagHtml } from './flags.ts';
import { monthlyCounts, timelineHtml } from './timeline.ts';
import { regionMapHtml } from './region-map.ts';
import { egoNetwork, networkSvg } from './network.ts';
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
export function articleHeadHtml(model: SiteModel, page: ArticlePage): Html {
  const { article, path: from } = page;
  const { bylineText } = article;
  // The byline as printed, when the source wrote it differently (in Cyrillic, say).
  const printed = bylineText && bylineText !== article.byline ? html`<span${/[\u0400-\u04FF]/u.test(bylineText) ? html` lang="ru"` : null}> (${bylineText})</span>` : null;
  return html`${searchFactsHtml(articleRecord(model, article))}<p class="kicker">Article${
    article.titleGenerated ? html`<span class="badge badge--discovered">Title generated from the text</span>` : null
  }</p><h1 class="article-title" data-pagefind-meta="title">${article.title}</h1><ul class="article-meta"><li>${
    article.date ? html`<time datetime="${article.date}"><strong>${formatDate(article.date)}</strong></time>` : html`<strong>Undated</strong>`
  }</li>${article.source ? html`<li>Source: <strong>${fieldTextHtml(model, from, article, 'source', 0, article.source)}</strong></li>` : null}${
    article.byline ? html`<li>By <strong>${fieldTextHtml(model, from, article, 'byline', 0, article.byline)}</strong>${printed}</li>` : null
  }${article.dateline ? html`<li>Dateline: ${article.dateline}</li>` : null}<li>${plural(article.entities.length, 'entity', 'entities')} linked</li></ul>`;
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
): Html {
  const from = articlePath(article.slug);
  const captions = article.captions.map((caption, i) => {
    const credit = caption.credit ? fieldTextHtml(site, from, article, 'credit', i, caption.credit) : null;
    // A credit line may come with no caption (`Image: Stephen M. Bland/Allexxandar` in a seed).
    const line = caption.text
      ? html`Image: ${fieldTextHtml(site, from, article, 'caption', i, caption.text)}${credit ? html` · <span class="credit">Credit: ${credit}</span>` : null}`
      : credit
        ? html`<span class="credit">Image credit: ${credit}</span>`
        : null;
    return html`<li><span aria-hidden="true">🖼 </span>${line}</li>`;
  });
  const groupsHtml = groups.map(
    (group) =>
      html`<div><h3>${sectionOf(group.type).title} <span class="count">${group.entries.length}</span></h3><ul class="plain-list">${group.entries.map(
        ({ entity, mentions, surfaces }) =>
          html`<li>${entityLinkHtml(site, from, entity)}<span class="n">×${mentions}</span>${
            surfaces.some((s) => s !== entity.name) ? html`<span class="surfaces">as ${surfaces.map((s) => `“${s}”`).join(', ')}</span>` : null
          }</li>`,
      )}</ul></div>`,
  );
  return html`<h2 id="text" class="visually-hidden">Text</h2>${
    article.captions.length > 0 ? html`<ul class="captions" aria-label="Image captions">${captions}</ul>` : null
  }<div class="prose article-body">${renderArticleBody(article, articleRenderContext(article.slug, site))}</div>${
    groups.length > 0
      ? html`<section class="panel" aria-labelledby="in-this-article" data-pagefind-ignore><h2 id="in-this-article">In this article</h2><div class="entity-groups">${groupsHtml}</div></section>`
      : null
  }${
    quotes.length > 0
      ? html`<section aria-labelledby="quotes" data-pagefind-ignore><h2 id="quotes">Quotes</h2><ul class="quote-list">${quotes.map((quote) => quoteCardHtml(site, from, quote, 'speaker'))}</ul></section>`
      : null
  }`;
}

/**
 * An article page's main content: its own content (articleOwnHtml),
 * then related articles, previous and next.
 */
export function articleMainHtml(model: SiteModel, page: ArticlePage): Html {
  const href = (slug: string) => relativeHref(page.path, articlePath(slug));
  const related = page.related.map(({ article: other, shared, sharedEntities }) => {
    const names = sharedEntities.slice(0, 6).map((e) => e.name).join(', ') + (sharedEntities.length > 6 ? ', …' : '');
    return html`<li class="article-item"><h3><a href="${href(other.slug)}">${other.title}</a></h3><p class="meta-line"><span>${
      other.date ? formatDate(other.date) : 'Undated'
    }</span><span>${plural(shared, 'shared entity', 'shared entities')}: ${names}</span></p></li>`;
  });
  const { previous, next } = page;
  return html`${articleOwnHtml(model, page.article, page)}${
    related.length > 0 ? html`<section aria-labelledby="related" data-pagefind-ignore><h2 id="related">Related articles</h2><ul class="article-list">${related}</ul></section>` : null
  }${
    previous || next
      ? html`<nav class="pager" aria-label="Previous and next article by date" data-pagefind-ignore>${
          previous ? html`<a class="prev" href="${href(previous.slug)}" rel="prev"><span class="dir">← Older</span>${previous.title}</a>` : null
        }${next ? html`<a class="next" href="${href(next.slug)}" rel="next"><span class="dir">Newer →</span>${next.title}</a>` : null}</nav>`
      : null
  }`;
}

// ---- Entity pages ----

interface EntityGroup<T> {
  title: string;
  list: T[];
}

/** A country's people, organizations and places, by type. */
function memberGroups(model: SiteModel, entity: Entity): EntityGroup<Entity>[] {
  if (entity.type !== 'country') return [];
  const members = model.membersOf(entity.id);
  return ENTITY_TYPE_NAMES
    .filter((type) => type !== 'country')
    .map((type) => ({ title: sectionOf(type).title, list: members.filter((m) => m.type === type) }))
    .filter((group) => group.list.length > 0);
}

function coMentionGroups(page: EntityPage): EntityGroup<Ranked>[] {
  return ENTITY_TYPE_NAMES.map((type) => ({ title: sectionOf(type).title, list: page.coMentions[type] })).filter((group) => group.list.length > 0);
}

export function entityToc(model: SiteModel, page: EntityPage): TocItem[] {
  return [
    ...(page.entity.type === 'country' ? [{ id: 'on-the-map', label: 'On the map' }] : []),
    { id: 'names', label: 'Names and spellings' },
    ...(page.quotes.length ? [{ id: 'quotes', label: `Quotes (${page.quotes.length})` }] : []),
    ...(memberGroups(model, page.entity).length ? [{ id: 'members', label: `Of ${page.entity.name}` }] : []),
    { id: 'over-time', label: 'Over time' },
    { id: 'mentions', label: `Mentions (${page.articles.length})` },
    ...(coMentionGroups(page).length ? [{ id: 'co-mentions', label: 'Mentioned alongside' }] : []),
  ];
}

/** An entity page's head: search facts, kicker, name, description, and its facts (country, codes, counts, dates, Wikidata). */
export function entityHeadHtml(model: SiteModel, page: EntityPage): Html {
  const { entity, path: from } = page;
  const section = sectionOf(entity.type);
  const country = entity.country ? model.registry.get(entity.country) : undefined;
  const facts = html`${country ? html`<dt>Country</dt><dd>${entityLinkHtml(model, from, country)}</dd>` : null}${
    entity.type === 'country' && entity.iso2 ? html`<dt>ISO code</dt><dd>${entity.iso2}${entity.iso3 ? ` / ${entity.iso3}` : null}</dd>` : null
  }${entity.capital ? html`<dt>Capital</dt><dd>${entity.capital}</dd>` : null}${
    entity.demonyms && entity.demonyms.length > 0 ? html`<dt>Demonym</dt><dd>${entity.demonyms.join(', ')}</dd>` : null
  }<dt>Mentioned</dt><dd>${plural(page.mentions, 'time')} in ${plural(page.articles.length, 'article')}</dd>${
    page.firstDate
      ? html`<dt>First / last</dt><dd>${timeHtml(page.firstDate)}${page.lastDate && page.lastDate !== page.firstDate ? html` – ${timeHtml(page.lastDate)}` : null}</dd>`
      : null
  }${entity.wikidata ? html`<dt>Wikidata</dt><dd><a href="${`https://www.wikidata.org/wiki/${entity.wikidata}`}" rel="external">${entity.wikidata}</a></dd>` : null}`;
  // "Search articles mentioning X": the search page with this entity's facet preselected (ids in the URL).
  const search = entity.type === 'place' ? null : `${relativeHref(from, searchPath)}?type=article&${entity.type}=${encodeURIComponent(entity.id)}`;
  return html`${searchFactsHtml(entityRecord(model, page))}<p class="kicker kicker--${entity.type}">${section.singular}${
    entity.historical ? html`<span class="badge">historical</span>` : null
  }${entity.discovered ? html`<span class="badge badge--discovered">Discovered · not yet curated</span>` : null}</p>${
    flagHtml(entity, 'hero-flag')
  }${
    // A name query should find the entity's own page first: its names weigh more than any mention.
    html`<h1 data-pagefind-meta="title" data-pagefind-weight="10">${entity.name}</h1>`
  }${entity.description ? html`<p class="lede">${entity.description}</p>` : null}${
    entity.discovered
      ? html`<p class="note">This ${section.singular.toLowerCase()} was found in the articles by the annotator but is not yet in the curated registry (<code>content/entities/</code>), so the name, description and links may be incomplete.</p>`
      : null
  }<dl class="facts" data-pagefind-ignore>${facts}</dl>${
    search ? html`<p class="search-mentioning" data-pagefind-ignore><a href="${search}">Search articles mentioning ${entity.name}</a></p>` : null
  }<p class="follow" data-pagefind-ignore><a href="${relativeHref(from, entityFeedPath(entity.type, entity.id))}" type="application/rss+xml">Follow new articles mentioning ${entity.name} (RSS)</a></p>`;
}

/**
 * An entity page's main content, a summary: a country's map, its spellings, its newest quotes, a country's
 * members, its articles over time, the newest articles that mention it (in context) and what is mentioned
 * alongside it, each long list linking to its full pages (src/site/entity-lists.ts).
 */
export function entityMainHtml(model: SiteModel, page: EntityPage): Html {
  const { entity, path: from } = page;
  const articleHref = (article: SiteArticle) => relativeHref(from, articlePath(article.slug));

  const spellingsSeen = new Set(page.spellings.map((s) => s.text));
  const otherNames = entity.aliases.filter((a) => !spellingsSeen.has(a));
  // Every registry alias is listed (and weighted), so "Tokaev" or "Токаев" finds this page.
  const names = html`<section aria-labelledby="names"><h2 id="names">Names and spellings</h2><p class="muted small">Every spelling linked to ${entity.name} in the articles, with how often it occurs.</p><ul class="spellings" data-pagefind-weight="8">${page.spellings.map(
    (s) => html`<li>${s.text}<span class="n" data-pagefind-ignore>×${s.count}</span></li>`,
  )}</ul>${otherNames.length > 0 ? html`<p class="small muted">Also known as: <span data-pagefind-weight="8">${otherNames.join(' · ')}</span></p>` : null}</section>`;

  // Each list shows its first few here; the rest are on its own pages (src/site/lists.ts).
  const allOf = (kind: EntityListKind) => relativeHref(from, entityListPath(entity.type, entity.id, kind));
  const quotes =
    page.quotes.length > 0
      ? html`<section aria-labelledby="quotes" data-pagefind-ignore><h2 id="quotes">Quotes</h2><ul class="quote-list">${page.quotes
          .slice(0, SUMMARY_LIMIT.quotes)
          .map((quote) => quoteCardHtml(model, from, quote, 'article'))}</ul>${
          hasEntityList(page, 'quotes') ? html`<p class="more"><a href="${allOf('quotes')}">All ${plural(page.quotes.length, 'quote')} by ${entity.name} →</a></p>` : null
        }</section>`
      : null;

  const memberList = memberGroups(model, entity);
  const members =
    memberList.length > 0
      ? html`<section aria-labelledby="members" data-pagefind-ignore><h2 id="members">Of ${entity.name}</h2><div class="columns">${memberList.map(
          (group) =>
            html`<div><h3>${group.title}</h3><ul class="plain-list">${group.list.map((member) => {
              const count = model.mentionCount(member.id);
              return html`<li>${entityLinkHtml(model, from, member)}<span class="n">${count > 0 ? `×${count}` : 'not mentioned'}</span>${
                member.description ? html`<span class="surfaces">${member.description}</span>` : null
              }</li>`;
            })}</ul></div>`,
        )}</div></section>`
      : null;

  // The passages repeat the articles' text (indexed there): the entity page is found by its names.
  const newest = page.articles.slice(0, SUMMARY_LIMIT.mentions).map(
    ({ article, mentions, contexts }) =>
      html`<li class="article-item"><h3><a href="${articleHref(article)}">${article.title}</a></h3><p class="meta-line"><span>${article.date ? timeHtml(article.date) : 'Undated'}</span>${
        article.source ? html`<span>${article.source}</span>` : null
      }<span>${plural(mentions, 'mention')}</span></p>${contextsHtml(from, contexts.slice(0, SUMMARY_LIMIT.contexts))}${
        contexts.length > SUMMARY_LIMIT.contexts
          ? html`<p class="small muted">and ${plural(contexts.length - SUMMARY_LIMIT.contexts, 'more passage')} in <a href="${articleHref(article)}">this article</a>.</p>`
          : null
      }</li>`,
  );
  const timeline = timelineHtml(from, monthlyCounts(page.articles.map(({ article }) => article.date)), {
    id: 'over-time-chart',
    label: `Articles mentioning ${entity.name} per month`,
    noun: 'article',
    linkMonths: false,
  });
  const overTime = html`<section aria-labelledby="over-time" data-pagefind-ignore><h2 id="over-time">Over time</h2>${timeline}</section>`;
  const mentionList = hasEntityList(page, 'mentions') ? entityListPath(entity.type, entity.id, 'mentions') : null;
  const mentionsHtml = html`<section aria-labelledby="mentions" data-pagefind-ignore><h2 id="mentions">Mentions</h2>${
    mentionList ? html`<p class="muted small">The newest ${SUMMARY_LIMIT.mentions} of ${plural(page.articles.length, 'article')}, with the passages that mention ${entity.name}.</p>` : null
  }<ul class="article-list">${newest}</ul>${
    mentionList
      ? html`<p class="more"><a href="${relativeHref(from, mentionList)}">All ${plural(page.articles.length, 'article')} mentioning ${entity.name} →</a></p>${yearJumpHtml(from, mentionList, page.articles, `${entity.name}'s articles by year`)}`
      : null
  }</section>`;

  const coMentionList = coMentionGroups(page);
  const coMentions =
    coMentionList.length > 0
      ? html`<section aria-labelledby="co-mentions" data-pagefind-ignore><h2 id="co-mentions">Mentioned alongside</h2>${networkSvg(from, egoNetwork(model, page), {
          width: 640,
          height: 340,
          label: `${entity.name} and the entities most often mentioned alongside it, joined by the articles they share; the lists below give the numbers`,
          current: entity.id,
        })}<p class="muted small">Ranked by the number of articles that mention both.</p><div class="co-mentions">${coMentionList.map(
          (group) =>
            html`<div><h3>${group.title}</h3><ol class="plain-list">${group.list.map(
              ({ entity: other, shared }) => html`<li>${entityLinkHtml(model, from, other)}<span class="n">${plural(shared, 'article')}</span></li>`,
            )}</ol></div>`,
        )}</div>${
          hasEntityList(page, 'alongside')
            ? html`<p class="more"><a href="${allOf('alongside')}">All ${plural(page.coMentionsAll.length, 'entity', 'entities')} mentioned alongside ${entity.name} →</a></p>`
            : null
        }</section>`
      : null;

  const map = entity.type === 'country' ? regionMapHtml(model, from, entity.id) : null;
  const onTheMap = map ? html`<section aria-labelledby="on-the-map" data-pagefind-ignore><h2 id="on-the-map">On the map</h2>${map}</section>` : null;

  return html`${onTheMap}${names}${quotes}${members}${overTime}${mentionsHtml}${coMentions}`;
}
