// serialize: an annotated article → the text of its `content/articles/*.mdx` file.
//
// The body is built as an mdast tree and printed by remark-stringify + remark-mdx, never by
// string concatenation: the printer escapes `{`, `<`, `*`, leading `#`/`>`/`-`/`1.` and encodes
// leading/trailing whitespace and blank lines as character references, so every character of
// the article stays literal text and nothing in a seed can become an MDX expression, ESM or tag.
// `mdx.ts` parses the file back and rejects anything but text and our five tags.
//
// Assumptions about the input (what ingest/clean/metadata guarantee): paragraphs are non-empty
// and contain no NUL. Leading/trailing spaces, tabs and even newlines inside a paragraph still
// round-trip exactly (tested), they are just uglier in the file.

import type { Paragraph, PhrasingContent, Root, Text, Yaml } from 'mdast';
import type { MdxJsxAttribute, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { Options as ToMarkdownOptions, Unsafe } from 'mdast-util-to-markdown';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { Document, parse as parseYaml, Scalar, visit } from 'yaml';
import { readParagraph, type ParsedArticleMdx } from './mdx.ts';
import { memoize } from './memo.ts';
import { tagOfType } from './entity-types.ts';
import type { AnnotatedArticle, EntityType, Field, Mention, Quote } from './types.ts';
import { PipelineError } from './types.ts';
import { byCodeUnit } from './order.ts';


/** Metadata that can be missing, in frontmatter order. */
type MissingField = 'title' | 'date' | 'source' | 'byline';

/**
 * Characters the printer must escape beyond its own rules.
 * - remark-mdx parses `import `/`export ` at the start of a line as ESM (code that runs at build
 *   time) and its printer does not escape it, so encode the first letter (`&#x69;mport`) there.
 * - Astro's MDX processor (satteri) enables GFM by default, which would turn `~~x~~` into
 *   strikethrough; `\~` keeps it literal under GFM and plain MDX readers alike. (Its autolink
 *   literals ignore escapes, so bare URLs/emails still render as links there: not a safety issue.)
 */
const extraUnsafe: Unsafe[] = [
  { character: 'i', atBreak: true, after: 'mport ' },
  { character: 'e', atBreak: true, after: 'xport ' },
  { character: '~', inConstruct: 'phrasing' },
];

const stringifyOptions: ToMarkdownOptions = { unsafe: extraUnsafe };

const printer = unified().use(remarkStringify, stringifyOptions).use(remarkFrontmatter).use(remarkMdx);

/**
 * Produce the MDX file text for one article. Same input → byte-identical output.
 *
 * Byte-identical to `serializeArticleStrict` (remark-stringify + the yaml package), which stays the
 * authority: this writes the common case directly and hands every piece it is not sure of (a
 * paragraph with a character Markdown or MDX could read as syntax, a frontmatter string that is not
 * plainly a string) to those printers. The printers were two thirds of the annotator's time;
 * tests/serialize-fast.test.ts holds the two paths equal on the seeds, a synthetic corpus and
 * hostile articles.
 */
export function serializeArticle(article: AnnotatedArticle): string {
  const frontmatter = fastFrontmatterYaml(article) ?? frontmatterYaml(article);
  const body = articleParagraphs(article).map((paragraph) => fastParagraph(paragraph) ?? strictParagraph(paragraph));
  return `---\n${frontmatter}\n---\n\n${body.join('\n\n')}\n`;
}

/** How much of an article the direct printer wrote itself (for the tests that hold it to the reference). */
export function directlyPrinted(article: AnnotatedArticle): { frontmatter: boolean; paragraphs: number; of: number } {
  const paragraphs = articleParagraphs(article);
  return {
    frontmatter: fastFrontmatterYaml(article) !== null,
    paragraphs: paragraphs.filter((paragraph) => fastParagraph(paragraph) !== null).length,
    of: paragraphs.length,
  };
}

/** The reference printer: the whole file through remark-stringify + remark-mdx and the yaml package. */
export function serializeArticleStrict(article: AnnotatedArticle): string {
  const markdown = printer.stringify(articleToMdast(article));
  // Exactly one trailing newline, whatever the printer's habits.
  return markdown.replace(/\n*$/, '\n');
}

/** The mdast tree of the MDX file: a yaml frontmatter node, then one paragraph per body paragraph. */
export function articleToMdast(article: AnnotatedArticle): Root {
  const frontmatter: Yaml = { type: 'yaml', value: frontmatterYaml(article) };
  return { type: 'root', children: [frontmatter, ...articleParagraphs(article)] };
}

/**
 * What reading the article's MDX file back gives (`readArticleMdx(serializeArticle(article))`), without
 * printing and parsing it: the frontmatter's data and the paragraph nodes the file is printed from. The
 * build hands this to the site while the annotator is still working (scripts/build.ts); the printers are
 * held to it on the seeds, a synthetic corpus and hostile articles (tests/serialize-fast.test.ts).
 */
export function articleAsParsed(article: AnnotatedArticle): ParsedArticleMdx {
  return { frontmatter: frontmatterData(article), paragraphs: articleParagraphs(article).map(readParagraph) };
}

// The build asks for an article's paragraph nodes twice (articleAsParsed, then serializeArticle).
const paragraphsOf = new WeakMap<AnnotatedArticle, Paragraph[]>();

function articleParagraphs(article: AnnotatedArticle): Paragraph[] {
  let paragraphs = paragraphsOf.get(article);
  if (!paragraphs) paragraphsOf.set(article, (paragraphs = buildParagraphs(article)));
  return paragraphs;
}

function buildParagraphs(article: AnnotatedArticle): Paragraph[] {
  // Grouped in one pass: filtering every quote and mention per paragraph is quadratic on long articles.
  const quotesOf: Quote[][] = article.paragraphs.map(() => []);
  for (const quote of article.quotes) quotesOf[quote.paragraph]?.push(quote);
  const mentionsOf: Mention[][] = article.paragraphs.map(() => []);
  for (const mention of article.mentions) if (mention.field === 'body') mentionsOf[mention.index]?.push(mention);
  return article.paragraphs.map((text, index) => paragraphNode(article, text, index, quotesOf[index]!, mentionsOf[index]!));
}

function strictParagraph(paragraph: Paragraph): string {
  return printer.stringify({ type: 'root', children: [paragraph] }).replace(/\n*$/, '');
}

// ── the direct printer ────────────────────────────────────────────────────

/**
 * Text the reference printer writes unchanged anywhere inside a paragraph: none of the characters
 * it may escape in running text (`* _ \` < > [ ] { } ~ ! \\`, `&` before a letter or `#`), no line
 * breaks or tabs. Anything else goes to the reference printer.
 */
const PLAIN_RUN = /^[^\t\n\r!&*<>[\\\]_`{}~]*$/u;
const AMPERSAND_REFERENCE = /&[#A-Za-z]/u;
/** What the reference printer escapes or encodes at the start of a paragraph: block syntax and whitespace. */
const UNSAFE_START = /^(?:[\s#*+\-=>[_`~{<]|\d+[.)]|import |export )/u;
/** An attribute value written as is between double quotes. */
const PLAIN_ATTRIBUTE = /^[\p{L}\p{N}._ '’-]*$/u;

function plainRun(value: string): boolean {
  return PLAIN_RUN.test(value) && !AMPERSAND_REFERENCE.test(value);
}

/** The paragraph as the reference printer would write it, or null when that is not certain. */
function fastParagraph(paragraph: Paragraph): string | null {
  const first = paragraph.children[0];
  const last = paragraph.children[paragraph.children.length - 1];
  if (first?.type === 'text' && UNSAFE_START.test(first.value)) return null;
  if (last?.type === 'text' && /\s$/u.test(last.value)) return null;
  return fastPhrasing(paragraph.children);
}

function fastPhrasing(children: PhrasingContent[]): string | null {
  let out = '';
  for (const child of children) {
    if (child.type === 'text') {
      if (!plainRun(child.value)) return null;
      out += child.value;
    } else if (child.type === 'mdxJsxTextElement' && child.name !== null && child.children.length > 0) {
      let open = `<${child.name}`;
      for (const attribute of child.attributes) {
        if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string' || !PLAIN_ATTRIBUTE.test(attribute.value)) return null;
        open += ` ${attribute.name}="${attribute.value}"`;
      }
      const inner = fastPhrasing(child.children);
      if (inner === null) return null;
      out += `${open}>${inner}</${child.name}>`;
    } else {
      return null;
    }
  }
  return out;
}

// ── frontmatter ───────────────────────────────────────────────────────────

function seedStem(file: string): string {
  return file.replace(/\.txt$/i, '');
}

export function missingMetadata(article: AnnotatedArticle): MissingField[] {
  const missing: MissingField[] = [];
  if (article.meta.titleGenerated) missing.push('title');
  if (article.meta.date === null) missing.push('date');
  if (article.meta.source === null) missing.push('source');
  if (article.meta.byline === null) missing.push('byline');
  return missing;
}

const FIELD_ORDER: Readonly<Record<Field, number>> = {
  title: 0,
  byline: 1,
  source: 2,
  caption: 3,
  credit: 4,
  body: 5,
};

function compareMentions(a: Mention, b: Mention): number {
  return (
    FIELD_ORDER[a.field] - FIELD_ORDER[b.field] ||
    a.index - b.index ||
    a.start - b.start ||
    a.end - b.end ||
    byCodeUnit(a.entityId, b.entityId)
  );
}

function frontmatterData(article: AnnotatedArticle) {
  const { meta } = article;
  return {
    title: meta.title,
    titleGenerated: meta.titleGenerated,
    slug: meta.slug,
    date: meta.date,
    dateText: meta.dateText,
    source: meta.source,
    byline: meta.byline,
    bylineText: meta.bylineText,
    dateline: meta.dateline,
    seed: article.file,
    captions: article.captions.map((caption) => ({ text: caption.text, credit: caption.credit, line: caption.line })),
    entities: [...article.entities]
      .sort((a, b) => b.mentions - a.mentions || byCodeUnit(a.id, b.id))
      .map((entity) => ({
        id: entity.id,
        type: entity.type,
        name: entity.name,
        mentions: entity.mentions,
        surfaces: [...entity.surfaces],
      })),
    quotes: article.quotes.map((quote) => ({ speaker: quote.speaker, text: quote.text, cue: quote.cue })),
    metaMentions: article.mentions
      .filter((mention) => mention.field !== 'body')
      .sort(compareMentions)
      .map((mention) => ({
        field: mention.field,
        index: mention.index,
        start: mention.start,
        end: mention.end,
        surface: mention.surface,
        entityId: mention.entityId,
        type: mention.type,
      })),
    missing: missingMetadata(article),
    removed: article.removed.map((line) => ({ line: line.line, text: line.text, reason: line.reason })),
  };
}

function generatedComment(article: AnnotatedArticle): string {
  return (
    ` Generated by "npm run annotate" from seeds/${article.file}.` +
    ` Do not edit: change the seed, seeds/${seedStem(article.file)}.meta.yaml or content/entities/.`
  );
}

const YAML_OPTIONS = {
  lineWidth: 0,
  minContentWidth: 0,
  singleQuote: false,
  defaultStringType: 'PLAIN',
  defaultKeyType: 'PLAIN',
} as const;

/** The yaml package's document for a value, with every string a YAML 1.1 reader would misread double-quoted. */
function yamlDocument(data: unknown): Document {
  const doc = new Document(data);
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value === 'string' && !readsBackAsSameString(node.value)) node.type = Scalar.QUOTE_DOUBLE;
    },
  });
  return doc;
}

function frontmatterYaml(article: AnnotatedArticle): string {
  const doc = yamlDocument(frontmatterData(article));
  doc.commentBefore = generatedComment(article);
  const text = doc.toString(YAML_OPTIONS);
  // The blank line yaml puts after a document comment is noise; the frontmatter fence adds its own newline.
  return text.replace(/^(#[^\n]*)\n\n/, '$1\n').replace(/\n+$/, '');
}

// The frontmatter written directly, in the yaml package's block layout; null hands the article back
// to frontmatterYaml (a comment or a string it cannot write on one line).

/** Strings every YAML reader takes as the same string, written plain: a letter first, no indicators. */
const PLAIN_SCALAR = /^\p{L}[\p{L}\p{M}\p{N} ,.;’‘“”()%$/–—-]*$/u;
const PLAIN_COMMENT = /^[\w.\- ]+$/u;
/** How the yaml package writes a string as a map value, when that is one line; else null. */
function yamlString(value: string): string | null {
  if (PLAIN_SCALAR.test(value) && !/\s$/u.test(value) && !YAML11_KEYWORDS.test(value)) return value;
  return printedScalar(value);
}

const printedScalar = memoize((value: string): string | null => {
  const printed = yamlDocument({ k: value }).toString(YAML_OPTIONS);
  const line = printed.slice('k: '.length, -1);
  return printed.startsWith('k: ') && printed.endsWith('\n') && !line.includes('\n') ? line : null;
}, 10_000);

function yamlScalar(value: unknown): string | null {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') return Number.isSafeInteger(value) && value >= 0 ? String(value) : null;
  if (typeof value === 'string') return yamlString(value);
  return null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Lines of a block map at an indent; `firstPrefix` replaces the indent of the first line (a `- ` item). */
function yamlMapLines(map: Record<string, unknown>, indent: string, lines: string[], firstPrefix = indent): boolean {
  let prefix = firstPrefix;
  for (const [key, value] of Object.entries(map)) {
    if (Array.isArray(value)) {
      if (value.length === 0) {
        lines.push(`${prefix}${key}: []`);
      } else {
        lines.push(`${prefix}${key}:`);
        const itemIndent = `${indent}  `;
        for (const item of value) {
          if (isRecord(item)) {
            if (Object.keys(item).length === 0 || !yamlMapLines(item, `${itemIndent}  `, lines, `${itemIndent}- `)) return false;
          } else {
            const scalar = yamlScalar(item);
            if (scalar === null) return false;
            lines.push(`${itemIndent}- ${scalar}`);
          }
        }
      }
    } else {
      const scalar = yamlScalar(value);
      if (scalar === null) return false;
      lines.push(`${prefix}${key}: ${scalar}`);
    }
    prefix = indent;
  }
  return true;
}

function fastFrontmatterYaml(article: AnnotatedArticle): string | null {
  const comment = generatedComment(article);
  if (!PLAIN_COMMENT.test(article.file)) return null;
  const lines = [`#${comment}`];
  return yamlMapLines(frontmatterData(article), '', lines) ? lines.join('\n') : null;
}

/**
 * Plain YAML is only safe when every reader sees a string: YAML 1.1 readers (js-yaml and friends)
 * turn `2025-02-25` into a Date and `yes`/`1:20`/`0x1F` into booleans and numbers, which the
 * `yaml` package's 1.2 printer leaves unquoted. Quote whatever a 1.1 reader would not give back.
 */
// Words only (ids, names, entity types) are strings to every reader unless they are 1.1 booleans or nulls;
// deciding those without a parse keeps the serializer fast (parsing every scalar dominated the benchmark).
const PLAIN_WORDS = /^[A-Za-z][A-Za-z ’'-]*[A-Za-z]$/u;
const YAML11_KEYWORDS = /^(?:y|yes|n|no|true|false|on|off|null)$/iu;
function readsBackAsSameString(value: string): boolean {
  if (PLAIN_WORDS.test(value) && !YAML11_KEYWORDS.test(value)) return true;
  return readsBackIn11(value);
}

const readsBackIn11 = memoize((value: string): boolean => {
  try {
    return parseYaml(value, { version: '1.1', logLevel: 'silent' }) === value;
  } catch {
    return false;
  }
}, 10_000);

// ── body ──────────────────────────────────────────────────────────────────

function attribute(name: string, value: string): MdxJsxAttribute {
  return { type: 'mdxJsxAttribute', name, value };
}

function quoteAttributes(quote: Quote): MdxJsxAttribute[] {
  if (quote.speaker === null) return [];
  const attributes = [attribute('speaker', quote.speaker)];
  if (quote.cue !== null) attributes.push(attribute('cue', quote.cue));
  return attributes;
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

function contains(outer: { start: number; end: number }, inner: { start: number; end: number }): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

function byPosition(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return a.start - b.start || b.end - a.end;
}

function paragraphNode(article: AnnotatedArticle, text: string, index: number, paragraphQuotes: Quote[], paragraphMentions: Mention[]): Paragraph {
  if (text.length === 0) {
    // An empty paragraph cannot be written in Markdown: it would vanish and shift every index after it.
    throw new PipelineError(article.file, `paragraph ${index} is empty`);
  }
  const where = (what: string, start: number, end: number): string =>
    `${what} at paragraph ${index}, offsets ${start}–${end}`;

  // Quotes are the outer level. Quotes never overlap; if two do, keep the first.
  const quotes: Quote[] = [];
  for (const quote of [...paragraphQuotes].sort(byPosition)) {
    if (quote.start < 0 || quote.end > text.length || quote.start >= quote.end) {
      throw new PipelineError(article.file, `${where('quote', quote.start, quote.end)} is outside the paragraph`);
    }
    if (quotes.some((kept) => overlaps(kept, quote))) continue;
    quotes.push(quote);
  }

  // Mentions are the inner level: inside exactly one quote or outside all of them.
  const mentions: Mention[] = [];
  for (const mention of [...paragraphMentions].sort(byPosition)) {
    if (text.slice(mention.start, mention.end) !== mention.surface || mention.start >= mention.end) {
      throw new PipelineError(
        article.file,
        `${where(`mention "${mention.surface}"`, mention.start, mention.end)} does not match the paragraph text`,
      );
    }
    // Sorted and kept non-overlapping, so only the last kept mention can overlap this one
    // (checking all of them was quadratic on a long paragraph).
    const last = mentions[mentions.length - 1];
    if (last && overlaps(last, mention)) continue;
    // A mention crossing a quote boundary cannot nest; drop it rather than write broken markup.
    if (quotes.some((quote) => overlaps(quote, mention) && !contains(quote, mention))) continue;
    mentions.push(mention);
  }

  // Each outer span (a quote, or a mention outside quotes) with the mentions nested in it.
  const outer = [
    ...quotes.map((quote) => ({
      start: quote.start,
      end: quote.end,
      element: quoteElement(quote),
      inner: mentions.filter((mention) => contains(quote, mention)),
    })),
    ...mentions
      .filter((mention) => !quotes.some((quote) => contains(quote, mention)))
      .map((mention) => ({ start: mention.start, end: mention.end, element: mentionElement(mention), inner: [] })),
  ].sort(byPosition);

  const children: PhrasingContent[] = [];
  let cursor = 0;
  for (const span of outer) {
    pushText(children, text.slice(cursor, span.start));
    let innerCursor = span.start;
    for (const mention of span.inner) {
      pushText(span.element.children, text.slice(innerCursor, mention.start));
      const element = mentionElement(mention);
      pushText(element.children, mention.surface);
      span.element.children.push(element);
      innerCursor = mention.end;
    }
    pushText(span.element.children, text.slice(innerCursor, span.end));
    children.push(span.element);
    cursor = span.end;
  }
  pushText(children, text.slice(cursor));
  return { type: 'paragraph', children };
}

function quoteElement(quote: Quote): MdxJsxTextElement {
  return { type: 'mdxJsxTextElement', name: 'Quote', attributes: quoteAttributes(quote), children: [] };
}

/** An empty `<Person id="…">` (or Country/Org/Place); the caller fills in the text. */
function mentionElement(mention: Mention): MdxJsxTextElement {
  return {
    type: 'mdxJsxTextElement',
    name: tagOfType(mention.type),
    attributes: [attribute('id', mention.entityId)],
    children: [],
  };
}

function pushText(children: PhrasingContent[], value: string): void {
  if (value.length > 0) children.push({ type: 'text', value } satisfies Text);
}
