// The site's data model: every aggregation the pages show, as pure functions over
// the parsed articles and the registry. Pages only read this model and render it.

import type { Entity, EntitySummary, EntityType, Mention, Quote } from '../pipeline/types.ts';
import type { SiteArticle } from './article.ts';
import { sentenceStarts, snippet, type Segment } from './sentences.ts';
import { articlePath, entityPath } from './paths.ts';
import { ENTITY_TYPE_NAMES, listsByType } from '../pipeline/entity-types.ts';

export const entityTypes: readonly EntityType[] = ENTITY_TYPE_NAMES;

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
  quotes: QuoteRef[];
  coMentions: Record<EntityType, Ranked[]>;
  firstDate: string | null;
  lastDate: string | null;
}

export interface ArticlePage {
  article: SiteArticle;
  path: string;
  /** Older and newer neighbours in date order. */
  previous: SiteArticle | null;
  next: SiteArticle | null;
  related: { article: SiteArticle; shared: number; sharedEntities: Entity[] }[];
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
  return entityTypes
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
function popcount(word: number): number {
  let v = word - ((word >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

/** An entity named in more than this share of the articles does not by itself make them related… */
const RELATED_MAX_SHARE = 0.01;
/** …unless the corpus is small: below this many articles per entity, every entity counts. */
const RELATED_MIN_POSTING = 100;

export function buildSiteModel(input: SiteArticle[], entities: Entity[], options: { coMentionLimit?: number; relatedLimit?: number } = {}): SiteModel {
  const coMentionLimit = options.coMentionLimit ?? 8;
  const relatedLimit = options.relatedLimit ?? 5;
  // Which entities have pages, and their counts: the same lookup the build's annotator thread renders with.
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
  // Which articles mention which entity, how often, and with which spellings: one pass over the mentions.
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
    // The entities this article counts for: in the registry, mentioned at least once.
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

  const entityPages = new Map<string, EntityPage>();
  for (const [id, list] of articlesOf) {
    const entity = registry.get(id)!;
    const spellings = spellingsOf.get(id) ?? new Map<string, number>();
    const dates = list.map(({ article }) => article.date).filter((d): d is string => d !== null).sort();
    entityPages.set(id, {
      entity,
      path: entityPath(entity.type, id),
      mentions: lookup.mentionCount(id),
      articles: list.map(({ article, mentions }) => ({
        article,
        mentions,
        get contexts() {
          return contextsOf(article, groupsIn(article).get(id) ?? []);
        },
      })),
      spellings: spellingList(spellings),
      quotes: list.flatMap(({ article }) => (quotesOf.get(article) ?? []).filter((q) => q.speaker === id)),
      coMentions: listsByType<Ranked>(),
      firstDate: dates[0] ?? null,
      lastDate: dates[dates.length - 1] ?? null,
    });
  }

  // Co-mentions: entities that appear in the same articles, ranked by the number of shared articles.
  // Counted in a typed array indexed by entity, resetting only the entries a page touched: linear in the
  // (article, entity, entity) triples, however many entities have pages.
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
    for (const type of entityTypes) {
      page.coMentions[type] = ranked.filter((r) => r.entity.type === type).slice(0, coMentionLimit).map(({ entity, shared }) => ({ entity, shared }));
    }
  }

  // Article pages: neighbours by date, related articles by shared entities.
  // Undated articles have no place in a date sequence: they get no neighbours and are nobody's neighbour.
  const chronological = articles.filter((x) => x.date !== null).reverse();
  const chronologicalIndex = new Map(chronological.map((article, index) => [article, index]));
  const indexOf = new Map(articles.map((article, index) => [article, index]));
  const articleIndexesOf = new Map([...articlesOf].map(([id, list]) => [id, Int32Array.from(list, ({ article }) => indexOf.get(article)!)]));
  // Related articles come from the entities that tell articles apart: one in more than RELATED_MAX_SHARE of
  // them (a country every article names) adds to the count of an article found through another entity, but
  // finds none itself, so an article's candidates are never the whole corpus. Counting is exact: the
  // telling entities' postings add up as they are walked; each common entity the article names is then
  // looked up in each candidate's set of entities. At a few hundred articles every entity is below the
  // bar, and the ranking is the plain count of shared entities.
  const maxPosting = Math.max(RELATED_MIN_POSTING, Math.ceil(articles.length * RELATED_MAX_SHARE));
  // The common entities of each article as a bitset, so that counting the ones two articles share is a
  // few word operations however many there are (a corpus of regional news shares dozens per article).
  const commonBit = new Map<string, number>();
  for (const [id, indexes] of articleIndexesOf) if (indexes.length > maxPosting && entityPages.has(id)) commonBit.set(id, commonBit.size);
  const words = Math.max(1, Math.ceil(commonBit.size / 32));
  const commonBits = new Uint32Array(articles.length * words);
  articles.forEach((article, index) => {
    for (const e of article.entities) {
      const bit = commonBit.get(e.id);
      if (bit !== undefined) commonBits[index * words + (bit >>> 5)]! |= 1 << (bit & 31);
    }
  });
  const sharedCommon = (a: number, b: number) => {
    let count = 0;
    for (let w = 0; w < words; w++) count += popcount(commonBits[a * words + w]! & commonBits[b * words + w]!);
    return count;
  };
  const shared = new Int32Array(articles.length);
  const articlePages = new Map<string, ArticlePage>();
  for (const article of articles) {
    const at = chronologicalIndex.get(article) ?? -1;
    const own = article.entities.filter((e) => entityPages.has(e.id)).map((e) => e.id);
    const self = indexOf.get(article)!;
    const touched: number[] = [];
    const finders = own.filter((id) => articleIndexesOf.get(id)!.length <= maxPosting);
    const common = own.filter((id) => articleIndexesOf.get(id)!.length > maxPosting);
    // An article made only of common entities is found through its rarest one, newest articles first.
    if (finders.length === 0 && common.length > 0) {
      const rarest = [...common].sort((a, b) => articleIndexesOf.get(a)!.length - articleIndexesOf.get(b)!.length)[0]!;
      for (const index of articleIndexesOf.get(rarest)!.subarray(0, maxPosting + 1)) if (index !== self) touched.push(index);
    }
    for (const id of finders) {
      for (const index of articleIndexesOf.get(id)!) {
        if (index === self) continue;
        if (shared[index]++ === 0) touched.push(index);
      }
    }
    // Exact counts only where they can still matter: candidates in buckets of their count through the
    // telling entities, best first; a bucket is looked at only while its count plus every common entity
    // could still reach the fifth-best exact count found so far.
    const buckets: number[][] = [];
    for (const index of touched) (buckets[shared[index]!] ??= []).push(index);
    const top: number[] = [];
    for (let found = buckets.length - 1; found >= 0; found--) {
      const bucket = buckets[found];
      if (!bucket) continue;
      if (top.length === relatedLimit && shared[top[top.length - 1]!]! > found + common.length) break;
      for (const index of bucket) {
        shared[index]! += sharedCommon(self, index);
        top.push(index);
      }
      // `articles` is newest first, so the smaller index wins ties.
      top.sort((a, b) => shared[b]! - shared[a]! || a - b);
      top.length = Math.min(top.length, relatedLimit);
    }
    for (let k = top.length - 1; k >= 0; k--) if (shared[top[k]!]! === 0) top.splice(k, 1);
    const related = top.map((index) => {
      const other = articles[index]!;
      const otherIds = new Set(other.entities.map((e) => e.id));
      return { article: other, shared: shared[index]!, sharedEntities: own.filter((id) => otherIds.has(id)).map((id) => registry.get(id)!) };
    });
    for (const index of touched) shared[index] = 0;
    const groups = articleEntityGroups(article, registry);
    const bodyCount = article.mentions.filter((m) => m.field === 'body').length;
    articlePages.set(article.slug, {
      article,
      path: articlePath(article.slug),
      previous: at > 0 ? chronological[at - 1]! : null,
      next: at >= 0 ? (chronological[at + 1] ?? null) : null,
      related,
      groups,
      quotes: quotesOf.get(article) ?? [],
      mentionAnchors: Array.from({ length: bodyCount }, (_, i) => mentionAnchor(i)),
    });
  }

  const members = new Map<string, Entity[]>();
  for (const entity of registry.values()) {
    if (!entity.country || entity.type === 'country') continue;
    const list = members.get(entity.country) ?? [];
    list.push(entity);
    members.set(entity.country, list);
  }

  const pagesByName = new Map<EntityType, EntityPage[]>();
  const pagesByMentions = new Map<EntityType, EntityPage[]>();
  for (const type of entityTypes) {
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
  };
}

// ── static JSON API ───────────────────────────────────────────────────────
export interface ApiArticle {
  slug: string;
  url: string;
  title: string;
  date: string | null;
  source: string | null;
  byline: string | null;
  seed: string;
  entities: EntitySummary[];
  quotes: Pick<Quote, 'speaker' | 'text'>[];
}

/** The registry fields the API publishes, plus where the entity is and how often it is mentioned. */
export interface ApiEntity extends Pick<Entity, 'id' | 'type' | 'name' | 'aliases' | 'wikidata' | 'description' | 'country' | 'discovered'> {
  url: string;
  mentions: number;
  articles: string[];
}

/** `url` values are site-relative file paths (no leading slash, no base): they exist in `dist/` as given. */
export function apiArticles(model: SiteModel): ApiArticle[] {
  return model.articles.map((a) => ({
    slug: a.slug,
    url: `${articlePath(a.slug)}index.html`,
    title: a.title,
    date: a.date,
    source: a.source,
    byline: a.byline,
    seed: a.seed,
    entities: a.entities.map(({ id, type, name, mentions, surfaces }) => ({ id, type, name, mentions, surfaces })),
    quotes: a.quotes.map(({ speaker, text }) => ({ speaker, text })),
  }));
}

/** Only entities with a page (at least one mention), so every `url` exists. */
export function apiEntities(model: SiteModel): ApiEntity[] {
  return [...model.entityPages.values()]
    .sort((a, b) => (a.entity.id < b.entity.id ? -1 : a.entity.id > b.entity.id ? 1 : 0))
    .map(({ entity, path, mentions, articles }) => ({
      id: entity.id,
      type: entity.type,
      name: entity.name,
      aliases: entity.aliases,
      wikidata: entity.wikidata,
      description: entity.description,
      country: entity.country,
      discovered: entity.discovered,
      url: `${path}index.html`,
      mentions,
      articles: articles.map(({ article }) => article.slug),
    }));
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
