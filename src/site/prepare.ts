// From MDX file texts + registry to validated SiteArticles.
// Pure (no file system): the content loader reads the files and calls this, and
// tests call it directly. Any problem stops the build with a message naming the file.
// The body HTML is not made here: the article page renders it from the model
// (src/site/render.ts), so the content store holds data only, not ~25 KB of markup
// per article that every build would serialize, bundle and parse again.

import type { Entity, EntitySummary, EntityType } from '../pipeline/types.ts';
import { readArticleMdx, type ParsedArticleMdx } from '../pipeline/mdx.ts';
import { bodyAnnotations, type BodyTag, type SiteArticle } from './article.ts';
import { tagOfType, typeOfTag } from '../pipeline/entity-types.ts';
import { checkFrontmatter } from './schema.ts';
import { ownStrings } from '../pipeline/own-strings.ts';

interface ParsedElement {
  tag: string;
  attributes: Record<string, string>;
  start: number;
  end: number;
  children?: ParsedElement[];
}

/** Flattens the elements of a parsed paragraph, whether nesting is given by children or by offsets. */
function flattenElements(elements: readonly ParsedElement[]): BodyTag[] {
  const out: BodyTag[] = [];
  const walk = (list: readonly ParsedElement[]) => {
    for (const element of list) {
      out.push({ tag: element.tag, attributes: { ...element.attributes }, start: element.start, end: element.end });
      if (element.children) walk(element.children);
    }
  };
  walk(elements);
  return out;
}

export class ContentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ContentError';
  }
}

/** Parses and checks one article file against the registry. */
export function parseArticleFile(file: string, text: string, registry: Map<string, Entity>): SiteArticle {
  let parsed: ParsedArticleMdx;
  try {
    // The fast reader for the serializer's subset; anything else goes through the strict remark-mdx reader.
    parsed = readArticleMdx(text);
  } catch (error) {
    throw new ContentError(`${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const read = readParsedArticle(file, parsed);
  checkReferences(read, registry);
  return read.article;
}

/** A registry id an article uses, and how to name it in an error. */
interface Reference {
  id: string;
  /** `<Person id="x">`: must be an entity of the tag's type. `<Quote speaker="x">` or a frontmatter field: must exist. */
  tag: string | null;
  type: EntityType | null;
  where: string | null;
}

/** An article file read without the registry, and the ids it uses, to check once the registry is known. */
export interface ReadArticle {
  file: string;
  article: SiteArticle;
  references: Reference[];
}

/** Everything parseArticleFile does after parsing but the registry check (the build does this while the annotator still works). */
export function readParsedArticle(file: string, parsed: ParsedArticleMdx): ReadArticle {
  const result = checkFrontmatter(file, parsed.frontmatter);
  if (!result.ok) throw new ContentError(result.problems);
  const fm = result.frontmatter;
  const expectedName = `${fm.slug}.mdx`;
  if (!file.endsWith(`/${expectedName}`) && file !== expectedName) {
    throw new ContentError(`${file}: slug "${fm.slug}" does not match the file name (expected ${expectedName})`);
  }

  const references: Reference[] = [];
  const paragraphs = parsed.paragraphs.map((p) => ({ text: p.text, tags: flattenElements(p.elements as readonly ParsedElement[]) }));
  for (const { tags } of paragraphs) {
    for (const tag of tags) {
      const type = typeOfTag(tag.tag);
      if (type) {
        references.push({ id: tag.attributes['id'] ?? '', tag: tag.tag, type, where: null });
      } else if (tag.tag === 'Quote') {
        const speaker = tag.attributes['speaker'];
        if (speaker) references.push({ id: speaker, tag: 'Quote', type: null, where: null });
      }
    }
  }
  const refer = (id: string | null, where: string) => {
    if (id !== null) references.push({ id, tag: null, type: null, where });
  };
  fm.entities.forEach((e) => refer(e.id, 'frontmatter entities: id'));
  fm.metaMentions.forEach((m) => refer(m.entityId, 'frontmatter metaMentions: entityId'));
  fm.quotes.forEach((q) => refer(q.speaker, 'frontmatter quotes: speaker'));

  const body = bodyAnnotations(paragraphs);
  // The frontmatter holds the cleaned quote text; prefer it when it lines up with the body tags.
  const quotes =
    fm.quotes.length === body.quotes.length
      ? body.quotes.map((q, i) => ({ ...q, text: fm.quotes[i]!.text, speaker: fm.quotes[i]!.speaker ?? q.speaker, cue: fm.quotes[i]!.cue ?? q.cue }))
      : body.quotes;
  const entities: EntitySummary[] = fm.entities.map(({ id, type, name, mentions, surfaces }) => ({ id, type, name, mentions, surfaces }));
  const article: SiteArticle = {
    slug: fm.slug,
    title: fm.title,
    titleGenerated: fm.titleGenerated,
    date: fm.date,
    dateText: fm.dateText,
    source: fm.source,
    byline: fm.byline,
    bylineText: fm.bylineText,
    dateline: fm.dateline,
    seed: fm.seed,
    captions: fm.captions,
    entities,
    paragraphs: paragraphs.map((p) => p.text),
    mentions: [...body.mentions, ...fm.metaMentions],
    quotes,
    missing: fm.missing,
  };
  return { file, article, references };
}

/** Every id the article uses is in the registry, and every entity tag's id is an entity of that tag's type. */
export function checkReferences({ file, references }: ReadArticle, registry: Map<string, Entity>): void {
  for (const { id, tag, type, where } of references) {
    const entity = registry.get(id);
    const what = tag === null ? `${where} "${id}"` : tag === 'Quote' ? `<Quote speaker="${id}">` : `<${tag} id="${id}">`;
    if (!entity) throw new ContentError(`${file}: ${what} is not in the registry (content/entities/)`);
    if (type !== null && entity.type !== type) throw new ContentError(`${file}: ${what} points at a ${entity.type}; use <${tagOfType(entity.type)}>`);
  }
}

/** Site-wide mention counts per entity id (sum over articles of the frontmatter counts). */
export function mentionCounts(articles: SiteArticle[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const article of articles) for (const e of article.entities) counts.set(e.id, (counts.get(e.id) ?? 0) + e.mentions);
  return counts;
}

/** Parses and checks every file; a slug used twice is an error naming both files. */
export function prepareArticles(files: { path: string; text: string }[], entities: Entity[]): SiteArticle[] {
  const registry = new Map(entities.map((e) => [e.id, e]));
  const strings = new Map<string, string>();
  return distinctSlugs(
    files.map((f) => ownStrings(parseArticleFile(f.path, f.text, registry), strings)),
    files.map((f) => f.path),
  );
}

/** Stops on a slug used twice, naming both files (`paths[i]` is the file of `articles[i]`). */
export function distinctSlugs(articles: SiteArticle[], paths: string[]): SiteArticle[] {
  const seen = new Map<string, string>();
  articles.forEach((a, i) => {
    const other = seen.get(a.slug);
    if (other) throw new ContentError(`${paths[i]!}: slug "${a.slug}" is also used by ${other}`);
    seen.set(a.slug, paths[i]!);
  });
  return articles;
}
