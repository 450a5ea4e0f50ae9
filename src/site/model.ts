// The site's data model: every aggregation the pages show, as pure functions over
// the parsed articles and the registry. Pages only read this model and render it.

import type { Entity, EntityType, Mention } from '../pipeline/types.ts';
import type { SiteArticle } from './article.ts';
import { sentenceStarts } from '../pipeline/sentences.ts';
import { snippet, type Segment } from './sentences.ts';
import { articlePath, entityPath } from './paths.ts';
import { ENTITY_TYPE_NAMES, listsByType } from '../pipeline/entity-types.ts';
import { relatedArticles, type RelatedArticle } from './related.ts';
import { archiveOf, type Archive } from './lists.ts';

export interface MentionContext {
  field: Mention['field'];
  /** Page path of the article with a fragment pointing at the first highlighted mention. */
  target: string;
  segments: Segment[];
}

export interface EntityInArticle {
  article: SiteArticle;
  mentions: number;
  contexts: MentionContext[];
}

export interface QuoteRef {
  article: SiteArticle;
  text: string;
  speaker: string | null;
  cue: string | null;
  /** Page path of the article plus `#q<n>`. */
  target: string;
}

export interface Ranked {
  entity: Entity;
  /** Number of articles mentioning both. */
  shared: number;
}

export interface EntityPage {
  entity: Entity;
  path: string;
  mentions: number;
  /** Articles that mention the entity, newest first. */
  articles: EntityInArticle[];
  /** Every distinct spelling linked to it, most frequent first. */
  spellings: { text: string; count: number }[];
  /** Quotes it said, newest article first. */
  quotes: QuoteRef[];
  /** The most often mentioned alongside it, per type (the summary's lists, at most `coMentionLimit` each). */
  coMentions: Record<EntityType, Ranked[]>;
  /** Everything mentioned alongside it, of every type, most shared articles first (the full list's pages). */
  coMentionsAll: Ranked[];
  firstDate: string | null;
  lastDate: string | null;
}

export interface ArticlePage {
  article: SiteArticle;
  path: string;
  /** Older and newer neighbours in date order. */
  previous: SiteArticle | null;
  next: SiteArticle | null;
  related: RelatedArticle[];
  /** Entities of the article grouped by type, most mentioned first. */
  groups: { type: EntityType; entries: { entity: Entity; mentions: number; surfaces: string[] }[] }[];
  quotes: QuoteRef[];
  /** Anchor ids of the body mentions, in document order (`m1`, `m2`, …). */
  mentionAnchors: string[];
}

/** What rendering one article's own content needs of the site (page-content.ts): the registry, and which entities have pages. */
export interface SiteLookup {
  /** Every registry entity. */
  registry: Map<string, Entity>;
  /** The mention count of an entity across the site (0 when unmentioned). */
  mentionCount(id: string): number;
  /** The page path of an entity, or null if it has no page. */
  pathOf(id: string): string | null;
}

export interface SiteModel extends SiteLookup {
  /** Newest first; undated articles last. */
  articles: SiteArticle[];
  articlePages: Map<string, ArticlePage>;
  /** Entities with at least one mention: these have pages. */
  entityPages: Map<string, EntityPage>;
  /** Pages of one type, by name. */
  byType(type: EntityType): EntityPage[];
  /** Pages of one type, most mentioned first. */
  byMentions(type: EntityType): EntityPage[];
  /** Registry entities whose `country` is this id (people, organizations, places). */
  membersOf(countryId: string): Entity[];
  /** The articles by year and month (src/site/lists.ts). */
  archive: Archive;
}

/**
 * An article on an entity's page, its mention contexts made when the page asks for them. A class, not an object
 * literal with a getter: at 10,000 articles there are hundreds of thousands, and a literal's getter is a closure each.
 */
class ArticleOfEntity implements EntityInArticle {
  readonly article: SiteArticle;
  readonly mentions: number;
  readonly #entityId: string;
  readonly #groupsIn: (article: SiteArticle) => Map<string, ContextGroup[]>;

  constructor(article: SiteArticle, mentions: number, entityId: string, groupsIn: (article: SiteArticle) => Map<string, ContextGroup[]>) {
    this.article = article;
    this.mentions = mentions;
    this.#entityId = entityId;
    this.#groupsIn = groupsIn;
  }

  get contexts(): MentionContext[] {
    return contextsOf(this.article, this.#groupsIn(this.article).get(this.#entityId) ?? []);
  }
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Newest first; undated last; ties by title. */
export function compareByDateDesc(a: SiteArticle, b: SiteArticle): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? 1 : -1;
  }
  return collator.compare(a.title, b.title) || collator.compare(a.slug, b.slug);
}

/** Anchor ids for an article's body mentions and quotes, shared by the renderer and the model. */
export function mentionAnchor(ordinal: number): string {
  return `m${ordinal + 1}`;
}
export function quoteAnchor(ordinal: number): string {
  return `q${ordinal + 1}`;
}

/** The text a metadata mention's offsets point into. */
function fieldText(article: SiteArticle, mention: Mention): string | null {
  switch (mention.field) {
    case 'body':
      return article.paragraphs[mention.index] ?? null;
    case 'title':
      return article.title;
    case 'byline':
      return article.byline;
    case 'source':
      return article.source;
    case 'caption':
      return article.captions[mention.index]?.text ?? null;
    case 'credit':
      return article.captions[mention.index]?.credit ?? null;
  }
}

/** Mentions of one entity in one article, grouped into one snippet per sentence. */
export function mentionContexts(article: SiteArticle, entityId: string): MentionContext[] {
  return contextsOf(article, contextGroups(article).get(entityId) ?? []);
}

/** Mentions of one entity in one sentence of the body (or in one metadata field): one snippet. */
export interface ContextGroup {
  field: Mention['field'];
  text: string;
  starts?: number[];
  spans: { start: number; end: number }[];
  anchor: string;
}

/**
 * Every entity's mentions in one article, grouped by sentence, in one pass (sentence boundaries are
 * computed once per paragraph). Cheap; the snippets are made per entity when a page asks (contextsOf):
 * an entity page shows them for its newest articles only.
 */
export function contextGroups(article: SiteArticle): Map<string, ContextGroup[]> {
  const groups = new Map<string, Map<string, ContextGroup>>();
  const startsCache = new Map<number, number[]>();
  let bodyOrdinal = -1;
  for (const mention of article.mentions) {
    if (mention.field === 'body') bodyOrdinal++;
    const text = fieldText(article, mention);
    if (text === null) continue;
    // Offsets may point into a different spelling of a field (e.g. the byline as written): find the surface instead.
    let { start, end } = mention;
    if (text.slice(start, end) !== mention.surface) {
      const found = text.indexOf(mention.surface);
      if (found === -1) continue;
      start = found;
      end = found + mention.surface.length;
    }
    let key: string;
    let starts: number[] | undefined;
    let anchor = '';
    if (mention.field === 'body') {
      starts = startsCache.get(mention.index);
      if (!starts) {
        starts = sentenceStarts(text);
        startsCache.set(mention.index, starts);
      }
      let sentence = 0;
      for (const s of starts) if (s <= start) sentence = s;
      key = `body:${mention.index}:${sentence}`;
      anchor = `#${mentionAnchor(bodyOrdinal)}`;
    } else {
      key = `${mention.field}:${mention.index}`;
    }
    let byKey = groups.get(mention.entityId);
    if (!byKey) groups.set(mention.entityId, (byKey = new Map()));
    const group = byKey.get(key);
    if (group) group.spans.push({ start, end });
    else byKey.set(key, { field: mention.field, text, ...(starts ? { starts } : {}), spans: [{ start, end }], anchor });
  }
  return new Map([...groups].map(([entityId, byKey]) => [entityId, [...byKey.values()]]));
}

/** The snippets of one entity's groups in an article: body snippets in reading order, then metadata fields. */
export function contextsOf(article: SiteArticle, groups: ContextGroup[]): MentionContext[] {
  const contexts = groups.map((g) => ({ field: g.field, target: articlePath(article.slug) + g.anchor, segments: snippet(g.text, g.spans, g.starts) }));
  return contexts.sort((a, b) => Number(a.field !== 'body') - Number(b.field !== 'body'));
}

export function articleQuotes(article: SiteArticle): QuoteRef[] {
  return article.quotes.map((quote, ordinal) => ({
    article,
    text: quote.text,
    speaker: quote.speaker,
    cue: quote.cue,
    target: `${articlePath(article.slug)}#${quoteAnchor(ordinal)}`,
  }));
}

function spellingList(counts: Map<string, number>): { text: string; count: number }[] {
  return [...counts].map(([text, count]) => ({ text, count })).sort((a, b) => b.count - a.count || collator.compare(a.text, b.text));
}

/**
 * Site-wide mention counts of the registry's entities, summed over the articles that mention them at
 * least once: an entity counted here has a page.
 */
function entityMentionTotals(articles: SiteArticle[], registry: Map<string, Entity>): Map<string, number> {
  const totals = new Map<string, number>();
  for (const article of articles) {
    for (const e of article.entities) if (e.mentions >= 1 && registry.has(e.id)) totals.set(e.id, (totals.get(e.id) ?? 0) + e.mentions);
  }
  return totals;
}

/** The lookup of a site built from these articles and entities, without the rest of its model; buildSiteModel's is this one. */
export function siteLookup(articles: SiteArticle[], entities: Entity[]): SiteLookup {
  const registry = new Map(entities.map((e) => [e.id, e]));
  const totals = entityMentionTotals(articles, registry);
  return {
    registry,
    mentionCount: (id) => totals.get(id) ?? 0,
    pathOf: (id) => {
      const entity = registry.get(id);
      return entity && totals.has(id) ? entityPath(entity.type, id) : null;
    },
  };
}

/** An article's entities grouped by type (in the registry only), most mentioned first. */
export function articleEntityGroups(article: SiteArticle, registry: Map<string, Entity>): ArticlePage['groups'] {
  return ENTITY_TYPE_NAMES
    .map((type) => ({
      type,
      entries: article.entities
        .filter((e) => e.type === type && registry.has(e.id))
        .map((e) => ({ entity: registry.get(e.id)!, mentions: e.mentions, surfaces: e.surfaces }))
        .sort((a, b) => b.mentions - a.mentions || collator.compare(a.entity.name, b.entity.name)),
    }))
    .filter((g) => g.entries.length > 0);
}

/** Set bits of a 32-bit word. */

/** Which articles mention each entity (in the registry, mentioned at least once), how often, and with which spellings: one pass over the mentions. */
function mentionIndex(articles: SiteArticle[], registry: Map<string, Entity>) {
  const articlesOf = new Map<string, { article: SiteArticle; mentions: number }[]>();
  const spellingsOf = new Map<string, Map<string, number>>();
  for (const article of articles) {
    const byEntity = new Map<string, Map<string, number>>();
    for (const m of article.mentions) {
      let counts = byEntity.get(m.entityId);
      if (!counts) byEntity.set(m.entityId, (counts = new Map()));
      counts.set(m.surface, (counts.get(m.surface) ?? 0) + 1);
    }
    // Surfaces listed in the frontmatter count even when the mention itself sits in a field without offsets.
    for (const e of article.entities) {
      let counts = byEntity.get(e.id);
      if (!counts) byEntity.set(e.id, (counts = new Map()));
      for (const s of e.surfaces) if (!counts.has(s)) counts.set(s, 1);
    }
    for (const e of article.entities) {
      if (e.mentions < 1 || !registry.has(e.id)) continue;
      const list = articlesOf.get(e.id) ?? [];
      list.push({ article, mentions: e.mentions });
      articlesOf.set(e.id, list);
      let total = spellingsOf.get(e.id);
      if (!total) spellingsOf.set(e.id, (total = new Map()));
      for (const [text, count] of byEntity.get(e.id) ?? []) total.set(text, (total.get(text) ?? 0) + count);
    }
  }
  return { articlesOf, spellingsOf };
}

/**
 * Co-mentions: entities that appear in the same articles, ranked by the number of shared articles.
 * Counted in a typed array indexed by entity, resetting only the entries a page touched: linear in the
 * (article, entity, entity) triples, however many entities have pages.
 */
function rankCoMentions(entityPages: Map<string, EntityPage>, articles: SiteArticle[], limit: number): void {
  const pageList = [...entityPages.values()];
  const pageIndex = new Map(pageList.map((page, index) => [page.entity.id, index]));
  const entityIndexesOf = new Map(articles.map((article) => [article, article.entities.map((e) => pageIndex.get(e.id)).filter((i): i is number => i !== undefined)]));
  const sharedCounts = new Int32Array(pageList.length);
  for (const [self, page] of pageList.entries()) {
    const touched: number[] = [];
    for (const { article } of page.articles) {
      for (const index of entityIndexesOf.get(article) ?? []) {
        if (index === self) continue;
        if (sharedCounts[index]++ === 0) touched.push(index);
      }
    }
    const ranked = touched.map((index) => ({ entity: pageList[index]!.entity, shared: sharedCounts[index]!, total: pageList[index]!.mentions }));
    for (const index of touched) sharedCounts[index] = 0;
    ranked.sort((a, b) => b.shared - a.shared || b.total - a.total || collator.compare(a.entity.name, b.entity.name));
    page.coMentionsAll = ranked.map(({ entity, shared }) => ({ entity, shared }));
    for (const type of ENTITY_TYPE_NAMES) {
      page.coMentions[type] = ranked.filter((r) => r.entity.type === type).slice(0, limit).map(({ entity, shared }) => ({ entity, shared }));
    }
  }
}

/** Registry entities by the country they belong to (people, organizations, places). */
function membersByCountry(registry: Map<string, Entity>): Map<string, Entity[]> {
  const members = new Map<string, Entity[]>();
  for (const entity of registry.values()) {
    if (!entity.country || entity.type === 'country') continue;
    const list = members.get(entity.country) ?? [];
    list.push(entity);
    members.set(entity.country, list);
  }
  return members;
}

export function buildSiteModel(input: SiteArticle[], entities: Entity[], options: { coMentionLimit?: number; relatedLimit?: number } = {}): SiteModel {
  const coMentionLimit = options.coMentionLimit ?? 8;
  const relatedLimit = options.relatedLimit ?? 5;
  // Which entities have pages, and their counts.
  const lookup = siteLookup(input, entities);
  const { registry } = lookup;
  const articles = [...input].sort(compareByDateDesc);

  // Contexts are made when a page asks for them: entity pages show them for their newest articles only,
  // so at 1,000 articles most would never be read.
  const groupsOf = new Map<SiteArticle, Map<string, ContextGroup[]>>();
  const groupsIn = (article: SiteArticle): Map<string, ContextGroup[]> => {
    let groups = groupsOf.get(article);
    if (!groups) groupsOf.set(article, (groups = contextGroups(article)));
    return groups;
  };
  const quotesOf = new Map(articles.map((article) => [article, articleQuotes(article)]));
  const { articlesOf, spellingsOf } = mentionIndex(articles, registry);

  const entityPages = new Map<string, EntityPage>();
  for (const [id, list] of articlesOf) {
    const entity = registry.get(id)!;
    const dates = list.map(({ article }) => article.date).filter((d): d is string => d !== null).sort();
    entityPages.set(id, {
      entity,
      path: entityPath(entity.type, id),
      mentions: lookup.mentionCount(id),
      articles: list.map(({ article, mentions }) => new ArticleOfEntity(article, mentions, id, groupsIn)),
      spellings: spellingList(spellingsOf.get(id) ?? new Map<string, number>()),
      quotes: list.flatMap(({ article }) => (quotesOf.get(article) ?? []).filter((q) => q.speaker === id)),
      coMentions: listsByType<Ranked>(),
      coMentionsAll: [],
      firstDate: dates[0] ?? null,
      lastDate: dates[dates.length - 1] ?? null,
    });
  }
  rankCoMentions(entityPages, articles, coMentionLimit);

  // Article pages: neighbours by date, related articles by shared entities.
  // Undated articles have no place in a date sequence: they get no neighbours and are nobody's neighbour.
  const chronological = articles.filter((x) => x.date !== null).reverse();
  const chronologicalIndex = new Map(chronological.map((article, index) => [article, index]));
  const indexOf = new Map(articles.map((article, index) => [article, index]));
  const postings = new Map([...articlesOf].map(([id, list]) => [id, Int32Array.from(list, ({ article }) => indexOf.get(article)!)]));
  const relatedOf = relatedArticles(articles, postings, registry, relatedLimit);
  const articlePages = new Map<string, ArticlePage>();
  articles.forEach((article, index) => {
    const at = chronologicalIndex.get(article) ?? -1;
    const bodyCount = article.mentions.filter((m) => m.field === 'body').length;
    articlePages.set(article.slug, {
      article,
      path: articlePath(article.slug),
      previous: at > 0 ? chronological[at - 1]! : null,
      next: at >= 0 ? (chronological[at + 1] ?? null) : null,
      related: relatedOf[index]!,
      groups: articleEntityGroups(article, registry),
      quotes: quotesOf.get(article) ?? [],
      mentionAnchors: Array.from({ length: bodyCount }, (_, i) => mentionAnchor(i)),
    });
  });

  const members = membersByCountry(registry);
  const pagesByName = new Map<EntityType, EntityPage[]>();
  const pagesByMentions = new Map<EntityType, EntityPage[]>();
  for (const type of ENTITY_TYPE_NAMES) {
    const pages = [...entityPages.values()].filter((p) => p.entity.type === type);
    pagesByName.set(type, [...pages].sort((a, b) => collator.compare(a.entity.name, b.entity.name)));
    pagesByMentions.set(type, [...pages].sort((a, b) => b.mentions - a.mentions || collator.compare(a.entity.name, b.entity.name)));
  }

  return {
    articles,
    articlePages,
    registry,
    entityPages,
    byType: (type) => pagesByName.get(type) ?? [],
    byMentions: (type) => pagesByMentions.get(type) ?? [],
    membersOf: (countryId) =>
      [...(members.get(countryId) ?? [])].sort(
        (a, b) => (entityPages.get(b.id)?.mentions ?? 0) - (entityPages.get(a.id)?.mentions ?? 0) || collator.compare(a.name, b.name),
      ),
    mentionCount: lookup.mentionCount,
    pathOf: lookup.pathOf,
    archive: archiveOf(articles),
  };
}

/** ISO codes of the five Central Asian states, in alphabetical order of their names. */
export const regionIso2 = ['KZ', 'KG', 'TJ', 'TM', 'UZ'];

/** The region's countries that have pages, for the home page and the sidebar. */
export function regionCountries(model: SiteModel): EntityPage[] {
  return regionIso2.flatMap((iso) => model.byType('country').filter((p) => p.entity.iso2 === iso));
}

/** A metadata field (byline, source, caption, credit) split into plain text and linked mentions. */
export function fieldLinks(article: SiteArticle, field: Mention['field'], index: number, text: string): { text: string; entityId: string | null }[] {
  const spans = article.mentions
    .filter((m) => m.field === field && m.index === index && text.slice(m.start, m.end) === m.surface)
    .sort((a, b) => a.start - b.start);
  const out: { text: string; entityId: string | null }[] = [];
  let at = 0;
  for (const m of spans) {
    if (m.start < at) continue;
    if (m.start > at) out.push({ text: text.slice(at, m.start), entityId: null });
    out.push({ text: m.surface, entityId: m.entityId });
    at = m.end;
  }
  if (at < text.length) out.push({ text: text.slice(at), entityId: null });
  return out;
}
