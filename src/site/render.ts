// Renders an article body to HTML without a bundler: paragraphs of text with
// mention and quote spans become hast, entity tags become links with a CSS-only
// preview card, quotes become <q> elements citing the speaker's page.
// This is the "components mapping": one function per tag.

import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { Element, ElementContent } from 'hast';
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

/** The preview card's children: shared by the body renderer and the Astro components. */
export function cardLines(info: CardInfo): ElementContent[] {
  const { entity, mentions, country } = info;
  const lines: ElementContent[] = [
    h('span', { className: ['card__type'] }, typeLabel[entity.type] + (entity.discovered ? ' · discovered' : '')),
    h('span', { className: ['card__name'] }, (entity.flag ? `${entity.flag} ` : '') + entity.name),
  ];
  if (entity.description) lines.push(h('span', { className: ['card__role'] }, entity.description));
  if (country) lines.push(h('span', { className: ['card__country'] }, `${country.flag ? country.flag + ' ' : ''}${country.name}`));
  lines.push(h('span', { className: ['card__count'] }, `${plural(mentions, 'mention')} on this site`));
  return lines;
}

function entityLink(mention: Mention, anchor: string, children: ElementContent[], ctx: RenderContext): Element {
  const info = ctx.card(mention.entityId);
  const classes = ['entity', `entity--${mention.type}`];
  if (!info || !ctx.hasPage(mention.entityId)) {
    // No page to link to (should not happen: every tagged entity has a mention); keep the styling, drop the link.
    return h('span', { className: classes, id: anchor, dataEntity: mention.entityId }, children);
  }
  const cardId = `${anchor}-card`;
  return h('span', { className: ['mention'] }, [
    h(
      'a',
      {
        className: classes,
        href: relativeHref(ctx.fromPath, entityPath(info.entity.type, info.entity.id)),
        id: anchor,
        dataEntity: info.entity.id,
        ariaDescribedBy: cardId,
      },
      children,
    ),
    h('span', { className: ['card'], id: cardId, role: 'tooltip', dataPagefindIgnore: '' }, cardLines(info)),
  ]);
}

function quoteElement(quote: Quote, anchor: string, children: ElementContent[], ctx: RenderContext): Element {
  const speaker = quote.speaker;
  const properties: Record<string, string> = { id: anchor };
  if (speaker) {
    const entity = ctx.card(speaker)?.entity;
    properties['dataSpeaker'] = speaker;
    if (entity && ctx.hasPage(speaker)) properties['cite'] = relativeHref(ctx.fromPath, entityPath(entity.type, entity.id));
    const name = ctx.nameOf(speaker);
    if (name) properties['title'] = `Quote: ${name}`;
  }
  return h('q', { className: ['quote', speaker ? 'quote--attributed' : 'quote--unattributed'], ...properties }, children);
}

interface Span {
  start: number;
  end: number;
  make(children: ElementContent[]): Element;
}

/** Builds nested hast for [from, to) of `text`, given spans sorted by start (outer first). */
function nest(text: string, from: number, to: number, spans: Span[]): ElementContent[] {
  const out: ElementContent[] = [];
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
    const inner = spans.slice(i + 1, j).filter((s) => s.end <= span.end);
    if (span.start > at) out.push({ type: 'text', value: text.slice(at, span.start) });
    out.push(span.make(nest(text, span.start, span.end, inner)));
    at = span.end;
    i = j;
  }
  if (to > at) out.push({ type: 'text', value: text.slice(at, to) });
  return out;
}

/** The article body as hast paragraphs. */
export function articleBodyTree(article: SiteArticle, ctx: RenderContext): Element[] {
  const spansByParagraph = article.paragraphs.map((): Span[] => []);
  let mentionOrdinal = 0;
  for (const mention of article.mentions) {
    if (mention.field !== 'body') continue;
    const anchor = mentionAnchor(mentionOrdinal++);
    spansByParagraph[mention.index]?.push({ start: mention.start, end: mention.end, make: (c) => entityLink(mention, anchor, c, ctx) });
  }
  article.quotes.forEach((quote, ordinal) => {
    const anchor = quoteAnchor(ordinal);
    spansByParagraph[quote.paragraph]?.push({ start: quote.start, end: quote.end, make: (c) => quoteElement(quote, anchor, c, ctx) });
  });
  return article.paragraphs.map((text, index) => {
    const spans = (spansByParagraph[index] ?? []).sort((a, b) => a.start - b.start || b.end - a.end);
    return h('p', nest(text, 0, text.length, spans));
  });
}

export function renderArticleBody(article: SiteArticle, ctx: RenderContext): string {
  return toHtml(articleBodyTree(article, ctx).flatMap((p, i) => (i === 0 ? [p] : [{ type: 'text' as const, value: '\n' }, p])));
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
