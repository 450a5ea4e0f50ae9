// Renders an article body to HTML without a bundler: paragraphs of text with
// mention and quote spans, entity tags become links, quotes become <q> elements
// citing the speaker's page. This is the "components mapping": one function per tag.
//
// Written as HTML strings (html.ts) rather than hast + hast-util-to-html: the same
// markup at a fraction of the cost over 1,000s of articles. The first mention of each entity in an article carries a
// CSS-only preview card (hover and keyboard focus, no JavaScript); later mentions
// point their aria-describedby at that card instead of repeating it, which kept
// ~40 KB of identical cards out of every synthetic article page.

import type { Entity, Mention, Quote } from '../pipeline/types.ts';
import type { SiteArticle } from './article.ts';
import { articlePath, relativeHref, entityPath } from './paths.ts';
import { mentionAnchor, quoteAnchor } from './model.ts';
import { plural } from './format.ts';
import { entityTypeInfo } from '../pipeline/entity-types.ts';
import { flagHtml } from './flags.ts';
import { html, joinHtml, type Html, type HtmlValue } from './html.ts';

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


function span(className: string, text: string): Html {
  return html`<span class="${className}">${text}</span>`;
}

/** The preview card's lines: type, name, role, country, site-wide mention count. */
export function cardHtml(info: CardInfo): Html {
  const { entity, mentions, country } = info;
  return html`${span('card__type', entityTypeInfo(entity.type).label + (entity.discovered ? ' · discovered' : ''))}<span class="card__name">${flagHtml(entity)}${entity.name}</span>${
    entity.description ? span('card__role', entity.description) : null
  }${country ? html`<span class="card__country">${flagHtml(country)}${country.name}</span>` : null}${span('card__count', `${plural(mentions, 'mention')} on this site`)}`;
}

/** What every link to one entity from one article shares. */
interface LinkTarget {
  entityId: string;
  href: string;
  /** The card's lines (cardHtml). */
  card: Html;
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
    target =
      !info || !ctx.hasPage(mention.entityId)
        ? null
        : { entityId: info.entity.id, href: relativeHref(ctx.fromPath, entityPath(info.entity.type, info.entity.id)), card: cardHtml(info) };
    state.targets.set(key, target);
  }
  return target;
}

function entityLink(mention: Mention, anchor: string, children: Html, state: BodyState): Html {
  const target = linkTarget(mention, state);
  if (!target) {
    // No page to link to (should not happen: every tagged entity has a mention); keep the styling, drop the link.
    return html`<span class="entity entity--${mention.type}" id="${anchor}" data-entity="${mention.entityId}">${children}</span>`;
  }
  const shown = state.cardOf.get(target.entityId);
  const cardId = shown ?? `${anchor}-card`;
  const link = html`<a class="entity entity--${mention.type}" href="${target.href}" id="${anchor}" data-entity="${target.entityId}" aria-describedby="${cardId}">${children}</a>`;
  if (shown) return link;
  state.cardOf.set(target.entityId, cardId);
  return html`<span class="mention">${link}<span class="card" id="${cardId}" role="tooltip" data-pagefind-ignore="">${target.card}</span></span>`;
}

function quoteElement(quote: Quote, anchor: string, children: Html, { ctx }: BodyState): Html {
  const speaker = quote.speaker;
  const entity = speaker ? ctx.card(speaker)?.entity : undefined;
  const cite = speaker && entity && ctx.hasPage(speaker) ? relativeHref(ctx.fromPath, entityPath(entity.type, entity.id)) : null;
  const name = speaker ? ctx.nameOf(speaker) : null;
  return html`<q class="quote ${speaker ? 'quote--attributed' : 'quote--unattributed'}" id="${anchor}"${speaker ? html` data-speaker="${speaker}"` : null}${
    cite ? html` cite="${cite}"` : null
  }${name ? html` title="${`Quote: ${name}`}"` : null}>${children}</q>`;
}

interface Span {
  start: number;
  end: number;
  make(children: Html): Html;
}

/** HTML for [from, to) of `text`, given spans sorted by start (outer first). Spans render in document order. */
function nest(text: string, from: number, to: number, spans: Span[]): Html {
  const out: HtmlValue[] = [];
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
    if (span.start > at) out.push(text.slice(at, span.start));
    // Most spans (mentions) have no children: their text is all there is.
    const inner = j === i + 1 ? null : spans.slice(i + 1, j).filter((s) => s.end <= span.end);
    out.push(span.make(inner ? nest(text, span.start, span.end, inner) : html`${text.slice(span.start, span.end)}`));
    at = span.end;
    i = j;
  }
  if (to > at) out.push(text.slice(at, to));
  return html`${out}`;
}

/** The article body as HTML paragraphs, one per line. */
export function renderArticleBody(article: SiteArticle, ctx: RenderContext): Html {
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
  return joinHtml(
    article.paragraphs.map((text, index) => {
      const spans = (spansByParagraph[index] ?? []).sort((a, b) => a.start - b.start || b.end - a.end);
      return html`<p>${nest(text, 0, text.length, spans)}</p>`;
    }),
    '\n',
  );
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
