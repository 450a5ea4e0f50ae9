// The site's view of one annotated article: frontmatter plus the body as plain
// paragraphs with mention and quote offsets (recovered from the MDX tags).
// Everything the pages show is derived from this shape, never from raw MDX.

import type { Caption, EntitySummary, EntityType, Mention, Quote } from '../pipeline/types.ts';
import { typeOfTag } from '../pipeline/entity-types.ts';

export interface SiteArticle {
  slug: string;
  title: string;
  titleGenerated: boolean;
  date: string | null;
  dateText: string | null;
  source: string | null;
  byline: string | null;
  bylineText: string | null;
  dateline: string | null;
  /** Seed file name, e.g. `000_9ad9ad3a1a2546d7.txt`. */
  seed: string;
  captions: Caption[];
  entities: EntitySummary[];
  /** Body paragraphs as plain text (tags stripped). */
  paragraphs: string[];
  /** Body mentions (from the tags, in document order) followed by metadata mentions (from the frontmatter). */
  mentions: Mention[];
  /** Quotes in the body, in document order, with offsets into their paragraph. */
  quotes: Quote[];
  missing: string[];
}

/** What the content store keeps of an article: the metadata, not the parsed body (see article-memory.ts). */
export type StoredArticle = Pick<SiteArticle, 'slug' | 'title' | 'titleGenerated' | 'date' | 'source' | 'byline' | 'seed'>;

export function storedArticle(article: SiteArticle): StoredArticle {
  const { slug, title, titleGenerated, date, source, byline, seed } = article;
  return { slug, title, titleGenerated, date, source, byline, seed };
}

/** A tag found in a body paragraph, with offsets into the paragraph's plain text. */
export interface BodyTag {
  tag: string;
  attributes: Record<string, string>;
  start: number;
  end: number;
}


const quoteMarks = /^[\s"“”«»„‘’']+|[\s"“”«»„‘’']+$/g;

/** Turns the tags of each paragraph into body mentions and quotes. */
export function bodyAnnotations(paragraphs: { text: string; tags: BodyTag[] }[]): { mentions: Mention[]; quotes: Quote[] } {
  const mentions: Mention[] = [];
  const quotes: Quote[] = [];
  paragraphs.forEach((paragraph, index) => {
    const ordered = [...paragraph.tags].sort((a, b) => a.start - b.start || b.end - a.end);
    for (const tag of ordered) {
      const surface = paragraph.text.slice(tag.start, tag.end);
      const type = typeOfTag(tag.tag);
      if (type) {
        mentions.push({ field: 'body', index, start: tag.start, end: tag.end, surface, entityId: tag.attributes['id'] ?? '', type });
      } else if (tag.tag === 'Quote') {
        quotes.push({
          paragraph: index,
          start: tag.start,
          end: tag.end,
          text: surface.replace(quoteMarks, ''),
          speaker: tag.attributes['speaker'] ?? null,
          cue: tag.attributes['cue'] ?? null,
        });
      }
    }
  });
  return { mentions, quotes };
}
