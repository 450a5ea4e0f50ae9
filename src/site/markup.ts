// The small pieces of markup several pages share, as HTML strings (html.ts): a date, a link to an
// entity, a metadata field with its mentions linked, mentions in context, a quote card. The components
// EntityLink places a link in templates (index pages); page-content.ts builds article and entity pages from them.
import type { Entity, Mention } from '../pipeline/types.ts';
import type { SiteArticle } from './article.ts';
import { formatDate } from './format.ts';
import { htmlAttribute, htmlText } from './html.ts';
import { fieldLinks, type MentionContext, type QuoteRef, type SiteLookup } from './model.ts';
import { relativeHref } from './paths.ts';

/** A date as a <time> element, written out ('25 February 2025'). */
export function timeHtml(iso: string): string {
  return `<time datetime="${htmlAttribute(iso)}">${htmlText(formatDate(iso))}</time>`;
}

/** A link to an entity's page from the page at `from`, styled by type; plain text when it has no page. `label` replaces the name (and a country's flag). */
export function entityLinkHtml(site: SiteLookup, from: string, entity: Entity, label?: string): string {
  const to = site.pathOf(entity.id);
  const flag = label === undefined && entity.type === 'country' && entity.flag ? entity.flag : null;
  const flagClass = flag ? ' entity--flag' : '';
  const content = (flag ? `<span class="flag" aria-hidden="true">${htmlText(flag)} </span>` : '') + htmlText(label ?? entity.name);
  return to
    ? `<a class="entity entity--${entity.type}${flagClass}" href="${htmlAttribute(relativeHref(from, to))}" data-entity="${htmlAttribute(entity.id)}">${content}</a>`
    : `<span class="entity entity--${entity.type} entity--nopage${flagClass}">${content}</span>`;
}

/** A metadata field's text (byline, source, caption, credit) with its tagged mentions linked. */
export function fieldTextHtml(site: SiteLookup, from: string, article: SiteArticle, field: Mention['field'], index: number, text: string): string {
  let html = '';
  for (const part of fieldLinks(article, field, index, text)) {
    const entity = part.entityId ? site.registry.get(part.entityId) : undefined;
    html += entity ? entityLinkHtml(site, from, entity, part.text) : htmlText(part.text);
  }
  return html;
}

const fieldLabel: Record<Mention['field'], string> = { title: 'Title', byline: 'Byline', source: 'Source', caption: 'Caption', credit: 'Image credit', body: '' };

/** Mentions in context: the sentence around each mention, the mention highlighted, a body mention linked to its place in the article. */
export function contextsHtml(from: string, contexts: MentionContext[]): string {
  let html = '<ul class="contexts">';
  for (const context of contexts) {
    html += '<li>';
    if (context.field !== 'body') html += `<span class="field">${htmlText(fieldLabel[context.field])}</span>`;
    for (const segment of context.segments) html += segment.highlight ? `<mark>${htmlText(segment.text)}</mark>` : htmlText(segment.text);
    if (context.field === 'body') {
      html += `<a class="go" href="${htmlAttribute(relativeHref(from, context.target))}">in context<span class="visually-hidden"> (jump to this mention in the article)</span> →</a>`;
    }
    html += '</li>';
  }
  return `${html}</ul>`;
}

/** A quote as a list item, with its speaker (article pages) or its article (the speaker's page), and a link to it in the text. */
export function quoteCardHtml(site: SiteLookup, from: string, quote: QuoteRef, show: 'speaker' | 'article'): string {
  const speaker = quote.speaker ? site.registry.get(quote.speaker) : undefined;
  const inContext = htmlAttribute(relativeHref(from, quote.target));
  let caption: string;
  if (show === 'speaker') {
    caption = `${speaker ? `— ${entityLinkHtml(site, from, speaker)}` : '<span>Speaker not attributed</span>'} · <a href="${inContext}">in context</a>`;
  } else {
    const { date, title } = quote.article;
    caption = `— in <a href="${inContext}">${htmlText(title)}</a>${date ? `, ${timeHtml(date)}` : ''}`;
  }
  return (
    `<li><figure class="quote-card${speaker ? '' : ' quote-card--unattributed'}"><blockquote><p>“${htmlText(quote.text)}”</p></blockquote>` +
    `<figcaption>${caption}</figcaption></figure></li>`
  );
}
