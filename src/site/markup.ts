// The small pieces of markup several pages share (html.ts): a date, a link to an entity, a metadata
// field with its mentions linked, mentions in context, a quote card. The component EntityLink places a
// link in templates (index pages); page-content.ts builds article and entity pages from them.
import type { Entity, Mention } from '../pipeline/types.ts';
import type { SiteArticle } from './article.ts';
import { formatDate } from './format.ts';
import { html, type Html } from './html.ts';
import { fieldLinks, type MentionContext, type QuoteRef, type SiteLookup } from './model.ts';
import { relativeHref } from './paths.ts';
import { flagHtml } from './flags.ts';

/** A date as a <time> element, written out ('25 February 2025'). */
export function timeHtml(iso: string): Html {
  return html`<time datetime="${iso}">${formatDate(iso)}</time>`;
}

/** A link to an entity's page from the page at `from`, styled by type; plain text when it has no page. `label` replaces the name (and a country's flag). */
export function entityLinkHtml(site: SiteLookup, from: string, entity: Entity, label?: string): Html {
  const to = site.pathOf(entity.id);
  // A country with a page shows its flag before its name (not when the text says it otherwise: "Kazakh").
  const flag = label === undefined && to ? flagHtml(entity) : null;
  const flagClass = flag ? ' entity--flag' : '';
  const content = html`${flag}${label ?? entity.name}`;
  return to
    ? html`<a class="entity entity--${entity.type}${flagClass}" href="${relativeHref(from, to)}" data-entity="${entity.id}">${content}</a>`
    : html`<span class="entity entity--${entity.type} entity--nopage${flagClass}">${content}</span>`;
}

/** A metadata field's text (byline, source, caption, credit) with its tagged mentions linked. */
export function fieldTextHtml(site: SiteLookup, from: string, article: SiteArticle, field: Mention['field'], index: number, text: string): Html {
  return html`${fieldLinks(article, field, index, text).map((part) => {
    const entity = part.entityId ? site.registry.get(part.entityId) : undefined;
    return entity ? entityLinkHtml(site, from, entity, part.text) : part.text;
  })}`;
}

const fieldLabel: Record<Mention['field'], string> = { title: 'Title', byline: 'Byline', source: 'Source', caption: 'Caption', credit: 'Image credit', body: '' };

/** Mentions in context: the sentence around each mention, the mention highlighted, a body mention linked to its place in the article. */
export function contextsHtml(from: string, contexts: MentionContext[]): Html {
  return html`<ul class="contexts">${contexts.map(
    (context) =>
      html`<li>${context.field !== 'body' ? html`<span class="field">${fieldLabel[context.field]}</span>` : null}${context.segments.map((segment) =>
        segment.highlight ? html`<mark>${segment.text}</mark>` : segment.text,
      )}${
        context.field === 'body'
          ? html`<a class="go" href="${relativeHref(from, context.target)}">in context<span class="visually-hidden"> (jump to this mention in the article)</span> →</a>`
          : null
      }</li>`,
  )}</ul>`;
}

/** A quote as a list item, with its speaker (article pages) or its article (the speaker's page), and a link to it in the text. */
export function quoteCardHtml(site: SiteLookup, from: string, quote: QuoteRef, show: 'speaker' | 'article'): Html {
  const speaker = quote.speaker ? site.registry.get(quote.speaker) : undefined;
  const inContext = relativeHref(from, quote.target);
  const { date, title } = quote.article;
  const caption =
    show === 'speaker'
      ? html`${speaker ? html`— ${entityLinkHtml(site, from, speaker)}` : html`<span>Speaker not attributed</span>`} · <a href="${inContext}">in context</a>`
      : html`— in <a href="${inContext}">${title}</a>${date ? html`, ${timeHtml(date)}` : null}`;
  return html`<li><figure class="quote-card${speaker ? '' : ' quote-card--unattributed'}"><blockquote><p>“${quote.text}”</p></blockquote><figcaption>${caption}</figcaption></figure></li>`;
}
