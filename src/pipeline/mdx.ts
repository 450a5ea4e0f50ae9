// mdx: read a generated `content/articles/*.mdx` file back into plain text + tag offsets.
//
// Used by the tests, by `annotate --check` and by the site. It is also a safety check: a
// generated article may contain only frontmatter, paragraphs, text and our five tags with
// plain string attributes, so anything that could run code at build time (`{expressions}`,
// `import`/`export`, unknown components, expression attributes) or any other Markdown
// construct (headings, lists, emphasis, links…) is rejected with an Error.

import type { Nodes, Paragraph, PhrasingContent } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';

export type ArticleTag = 'Person' | 'Country' | 'Org' | 'Place' | 'Quote';

/** Attributes each tag may carry; `required` ones must be present. */
const TAG_ATTRIBUTES: Readonly<Record<ArticleTag, { allowed: readonly string[]; required: readonly string[] }>> = {
  Person: { allowed: ['id'], required: ['id'] },
  Country: { allowed: ['id'], required: ['id'] },
  Org: { allowed: ['id'], required: ['id'] },
  Place: { allowed: ['id'], required: ['id'] },
  Quote: { allowed: ['speaker', 'cue'], required: [] },
};

export interface ParsedElement {
  tag: ArticleTag;
  attributes: Record<string, string>;
  /** UTF-16 offsets into the paragraph's plain text; `text === paragraph.text.slice(start, end)`. */
  start: number;
  end: number;
  text: string;
  /** Index of the enclosing element in the same `elements` list (a Quote around a mention), or null. */
  parent: number | null;
}

export interface ParsedParagraph {
  /** The paragraph with all tags stripped. */
  text: string;
  /** Elements in document order (a parent comes before its children). */
  elements: ParsedElement[];
}

export interface ParsedArticleMdx {
  /** The YAML frontmatter, parsed; null when the file has none. */
  frontmatter: unknown;
  paragraphs: ParsedParagraph[];
}

const parser = unified().use(remarkParse).use(remarkFrontmatter).use(remarkMdx);

function isArticleTag(name: string | null): name is ArticleTag {
  return name !== null && Object.hasOwn(TAG_ATTRIBUTES, name);
}

function at(node: Nodes): string {
  const start = node.position?.start;
  return start ? ` at ${start.line}:${start.column}` : '';
}

function describe(node: Nodes): string {
  if (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') {
    return `<${node.name ?? ''}> element`;
  }
  return `${node.type} node`;
}

function reject(node: Nodes, why: string): never {
  throw new Error(
    `Not a generated article: ${describe(node)}${at(node)} ${why}; ` +
      'only frontmatter, paragraphs, text and <Person|Country|Org|Place|Quote> tags with plain string attributes are allowed',
  );
}

/** Parse and validate a generated article. Throws an Error naming the first offending node. */
export function parseArticleMdx(text: string): ParsedArticleMdx {
  let tree;
  try {
    tree = parser.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`Not a generated article: MDX does not parse: ${message}`);
  }

  let frontmatter: unknown = null;
  const paragraphs: ParsedParagraph[] = [];
  tree.children.forEach((node, position) => {
    if (node.type === 'yaml') {
      if (position !== 0) reject(node, 'is not at the start of the file');
      frontmatter = parseYaml(node.value);
    } else if (node.type === 'paragraph') {
      paragraphs.push(readParagraph(node));
    } else {
      reject(node, 'is not allowed at the top level');
    }
  });
  return { frontmatter, paragraphs };
}

function readParagraph(paragraph: Paragraph): ParsedParagraph {
  const result: ParsedParagraph = { text: '', elements: [] };
  readInline(paragraph.children, result, null);
  return result;
}

function readInline(nodes: PhrasingContent[], into: ParsedParagraph, parent: MdxJsxTextElement | null): void {
  const parentIndex = into.elements.length - 1;
  for (const node of nodes) {
    if (node.type === 'text') {
      into.text += node.value;
    } else if (node.type === 'mdxJsxTextElement') {
      readElement(node, into, parent, parent === null ? null : parentIndex);
    } else {
      reject(node, parent === null ? 'is not allowed in a paragraph' : `is not allowed inside <${parent.name ?? ''}>`);
    }
  }
}

function readElement(
  node: MdxJsxTextElement,
  into: ParsedParagraph,
  parent: MdxJsxTextElement | null,
  parentIndex: number | null,
): void {
  const tag = node.name;
  if (!isArticleTag(tag)) reject(node, 'is not a known tag');
  // Entity tags hold only text; a Quote holds text and entity tags. Nothing nests deeper.
  if (parent !== null && (parent.name !== 'Quote' || tag === 'Quote')) {
    reject(node, `cannot be nested inside <${parent.name ?? ''}>`);
  }

  const rules = TAG_ATTRIBUTES[tag];
  const attributes: Record<string, string> = {};
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute') reject(node, 'has an expression attribute');
    if (typeof attribute.value !== 'string') reject(node, `has a non-string attribute "${attribute.name}"`);
    if (!rules.allowed.includes(attribute.name)) reject(node, `has an unknown attribute "${attribute.name}"`);
    if (Object.hasOwn(attributes, attribute.name)) reject(node, `repeats the attribute "${attribute.name}"`);
    attributes[attribute.name] = attribute.value;
  }
  for (const name of rules.required) {
    if (!Object.hasOwn(attributes, name)) reject(node, `lacks the attribute "${name}"`);
  }

  const element: ParsedElement = { tag, attributes, start: into.text.length, end: 0, text: '', parent: parentIndex };
  into.elements.push(element);
  readInline(node.children, into, node);
  element.end = into.text.length;
  element.text = into.text.slice(element.start, element.end);
  if (element.start === element.end) reject(node, 'is empty');
}

/** The body's plain text: every paragraph with tags stripped, joined by a blank line (`\n\n`). */
export function stripTags(text: string): string {
  return parseArticleMdx(text)
    .paragraphs.map((paragraph) => paragraph.text)
    .join('\n\n');
}
