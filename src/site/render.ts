// Renders an article body to HTML without a bundler: paragraphs of text with
// mention and quote spans, entity tags become links, quotes become <q> elements
// citing the speaker's page. This is the "components mapping": one function per tag.
//
// Written as strings rather than hast + hast-util-to-html: the output is the same
// markup (same attribute order and character references), at a fraction of the cost
// over 1,000s of articles. The first mention of each entity in an article carries a
// CSS-only preview card (hover and keyboard focus, no JavaScript); later mentions
// point their aria-describedby at that card instead of repeating it, which kept
// ~40 KB of identical cards out of every synthetic article page.

import type { Entity, EntityType, Mention, Quote } from '../pipeline/types.ts';
import type { SiteArticle } from './article.ts';
import { articlePath, relativeHref, entityPath } from './paths.ts';
import { mentionAnchor, quoteAnchor } from './model.ts';

export interface CardInfo {
  entity: Entity;
  /** Site-wide mention count. */
  mentions: number;
  /** The entity's country, if any (for the card's "country" line). */
  country: Entity | null;
}

export interface RenderContext {
  /** Page path the HTML will be placed on (links are made relative to it). */
  fromPath: string;
  card(id: string): CardInfo | null;
  /** Whether an entity has a page to link to. */
  hasPage(id: string): boolean;
  /** Display name of an entity (quote speakers). */
  nameOf(id: string): string | null;
}

export const typeLabel: Record<EntityType, string> = {
  person: 'Person',
  country: 'Country',
  organization: 'Organization',
  place: 'Place',
};

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

// The character references hast-util-to-html writes by default (hexadecimal, upper case).
const TEXT_UNSAFE = /[&<]/g;
const ATTRIBUTE_UNSAFE = /[\0"&'`]/g;
const reference = (char: string) => `&#x${char.charCodeAt(0).toString(16).toUpperCase()};`;

// Most text and every id needs no reference: a plain test first is cheaper than a replace (1,000s of pages).
const HAS_TEXT_UNSAFE = new RegExp(TEXT_UNSAFE.source);
const HAS_ATTRIBUTE_UNSAFE = new RegExp(ATTRIBUTE_UNSAFE.source);

export function escapeText(text: string): string {
  return HAS_TEXT_UNSAFE.test(text) ? text.replace(TEXT_UNSAFE, reference) : text;
}

export function escapeAttribute(value: string): string {
  return HAS_ATTRIBUTE_UNSAFE.test(value) ? value.replace(ATTRIBUTE_UNSAFE, reference) : value;
}

function span(className: string, text: string): string {
  return `<span class="${className}">${escapeText(text)}</span>`;
}

/** The preview card's lines: type, name, role, country, site-wide mention count. */
export function cardHtml(info: CardInfo): string {
  const { entity, mentions, country } = info;
  let html = span('card__type', typeLabel[entity.type] + (entity.discovered ? ' · discovered' : ''));
  html += span('card__name', (entity.flag ? `${entity.flag} ` : '') + entity.name);
  if (entity.description) html += span('card__role', entity.description);
  if (country) html += span('card__country', `${country.flag ? country.flag + ' ' : ''}${country.name}`);
  html += span('card__count', `${plural(mentions, 'mention')} on this site`);
  return html;
}

/** What every link to one entity from one article shares. */
interface LinkTarget {
  entityId: string;
  /** `<a class="…" href="…"` */
  open: string;
  /** `data-entity="…"` */
  data: string;
  /** The card's lines (cardHtml). */
  card: string;
}

/** Per-article render state: each entity's link parts, and where its card was shown. */
interface BodyState {
  ctx: RenderContext;
  targets: Map<string, LinkTarget | null>;
  cardOf: Map<string, string>;
}

/** The parts of a link to the mention's entity, made once per entity and article; null when it has no page. */
function linkTarget(mention: Mention, state: BodyState): LinkTarget | null {
  const key = `${mention.type}:${mention.entityId}`;
  let target = state.targets.get(key);
  if (target === undefined) {
    const { ctx } = state;
    const info = ctx.card(mention.entityId);
    if (!info || !ctx.hasPage(mention.entityId)) {
      target = null;
    } else {
      const href = relativeHref(ctx.fromPath, entityPath(info.entity.type, info.entity.id));
      target = {
        entityId: info.entity.id,
        open: `<a class="entity entity--${mention.type}" href="${escapeAttribute(href)}"`,
        data: `data-entity="${escapeAttribute(info.entity.id)}"`,
        card: cardHtml(info),
      };
    }
    state.targets.set(key, target);
  }
  return target;
}

function entityLink(mention: Mention, anchor: string, children: string, state: BodyState): string {
  const target = linkTarget(mention, state);
  if (!target) {
    // No page to link to (should not happen: every tagged entity has a mention); keep the styling, drop the link.
    return `<span class="entity entity--${mention.type}" id="${escapeAttribute(anchor)}" data-entity="${escapeAttribute(mention.entityId)}">${children}</span>`;
  }
  const shown = state.cardOf.get(target.entityId);
  const cardId = shown ?? `${anchor}-card`;
  const link = `${target.open} id="${escapeAttribute(anchor)}" ${target.data} aria-describedby="${escapeAttribute(cardId)}">${children}</a>`;
  if (shown) return link;
  state.cardOf.set(target.entityId, cardId);
  return `<span class="mention">${link}<span class="card" id="${escapeAttribute(cardId)}" role="tooltip" data-pagefind-ignore="">${target.card}</span></span>`;
}

function quoteElement(quote: Quote, anchor: string, children: string, { ctx }: BodyState): string {
  const speaker = quote.speaker;
  let attributes = `class="quote ${speaker ? 'quote--attributed' : 'quote--unattributed'}" id="${escapeAttribute(anchor)}"`;
  if (speaker) {
    const entity = ctx.card(speaker)?.entity;
    attributes += ` data-speaker="${escapeAttribute(speaker)}"`;
    if (entity && ctx.hasPage(speaker)) attributes += ` cite="${escapeAttribute(relativeHref(ctx.fromPath, entityPath(entity.type, entity.id)))}"`;
    const name = ctx.nameOf(speaker);
    if (name) attributes += ` title="${escapeAttribute(`Quote: ${name}`)}"`;
  }
  return `<q ${attributes}>${children}</q>`;
}

interface Span {
  start: number;
  end: number;
  make(children: string): string;
}

/** HTML for [from, to) of `text`, given spans sorted by start (outer first). Spans render in document order. */
function nest(text: string, from: number, to: number, spans: Span[]): string {
  let out = '';
  let at = from;
  let i = 0;
  while (i < spans.length) {
    const span = spans[i]!;
    if (span.start < at) {
      i++; // overlapping (not nested) span: ignore rather than break the paragraph
      continue;
    }
    // Children are the following spans contained in this one.
    let j = i + 1;
    while (j < spans.length && spans[j]!.start < span.end) j++;
    if (span.start > at) out += escapeText(text.slice(at, span.start));
    // Most spans (mentions) have no children: their text is all there is.
    const inner = j === i + 1 ? null : spans.slice(i + 1, j).filter((s) => s.end <= span.end);
    out += span.make(inner ? nest(text, span.start, span.end, inner) : escapeText(text.slice(span.start, span.end)));
    at = span.end;
    i = j;
  }
  if (to > at) out += escapeText(text.slice(at, to));
  return out;
}

/** The article body as HTML paragraphs, one per line. */
export function renderArticleBody(article: SiteArticle, ctx: RenderContext): string {
  const state: BodyState = { ctx, targets: new Map(), cardOf: new Map() };
  const spansByParagraph = article.paragraphs.map((): Span[] => []);
  let mentionOrdinal = 0;
  for (const mention of article.mentions) {
    if (mention.field !== 'body') continue;
    const anchor = mentionAnchor(mentionOrdinal++);
    spansByParagraph[mention.index]?.push({ start: mention.start, end: mention.end, make: (c) => entityLink(mention, anchor, c, state) });
  }
  article.quotes.forEach((quote, ordinal) => {
    const anchor = quoteAnchor(ordinal);
    spansByParagraph[quote.paragraph]?.push({ start: quote.start, end: quote.end, make: (c) => quoteElement(quote, anchor, c, state) });
  });
  return article.paragraphs
    .map((text, index) => {
      const spans = (spansByParagraph[index] ?? []).sort((a, b) => a.start - b.start || b.end - a.end);
      return `<p>${nest(text, 0, text.length, spans)}</p>`;
    })
    .join('\n');
}

/** Render context for an article page, from lookups the caller provides. */
export function articleRenderContext(slug: string, lookup: { registry: Map<string, Entity>; mentionCount(id: string): number }): RenderContext {
  const { registry } = lookup;
  return {
    fromPath: articlePath(slug),
    card(id) {
      const entity = registry.get(id);
      if (!entity) return null;
      const country = entity.country ? (registry.get(entity.country) ?? null) : null;
      return { entity, mentions: lookup.mentionCount(id), country };
    },
    hasPage: (id) => registry.has(id) && lookup.mentionCount(id) > 0,
    nameOf: (id) => registry.get(id)?.name ?? null,
  };
}
