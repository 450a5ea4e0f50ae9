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

/** A paragraph node's plain text and tags; throws on anything but text and our tags. */
export function readParagraph(paragraph: Paragraph): ParsedParagraph {
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

// ── fast reader ───────────────────────────────────────────────────────────
// The site reads 1,000s of generated files per build, and remark-mdx + the `yaml` parser
// dominated that. `readArticleMdx` reads the exact subset the
// serializer writes with a hand-written scanner and gives the same result as `parseArticleMdx`;
// the moment it meets anything outside that subset it gives up and the strict reader decides
// (and throws where it throws). So it is never less safe: it only accepts what it fully
// understands, and everything else goes through the strict path.

/** Parse a generated article: fast for the serializer's subset, `parseArticleMdx` for anything else. */
export function readArticleMdx(text: string): ParsedArticleMdx {
  return fastReadArticleMdx(text) ?? parseArticleMdx(text);
}

/**
 * The fast path alone: the parsed article, or null when the text is outside the subset it
 * understands (the caller then uses the strict reader). Exported for the equivalence tests.
 */
export function fastReadArticleMdx(text: string): ParsedArticleMdx | null {
  if (!text.startsWith('---\n')) return null;
  let close = text.indexOf('\n---\n', 3);
  let bodyStart = close + 5;
  if (close === -1) {
    if (!text.endsWith('\n---')) return null;
    close = text.length - 4;
    bodyStart = text.length;
  }
  if (close < 4) return null;
  const frontmatter = fastReadYaml(text.slice(4, close));
  if (frontmatter === undefined) return null;
  const body = text.slice(bodyStart);
  const paragraphs: ParsedParagraph[] = [];
  if (body !== '') {
    // A blank line after the fence, paragraphs separated by one blank line, one final newline.
    if (!body.startsWith('\n') || !body.endsWith('\n') || body.length < 3) return null;
    for (const line of body.slice(1, -1).split('\n\n')) {
      const paragraph = fastReadParagraph(line);
      if (paragraph === null) return null;
      paragraphs.push(paragraph);
    }
  }
  return { frontmatter, paragraphs };
}

/** Characters a paragraph line may start with without any chance of starting another block. */
const SAFE_LINE_START = /^(?:-?[\p{L}0-9"'(<\\&]|[^\x00-\x7F\s\p{Cc}\p{Cf}\p{Zs}])/u;
/** Characters the scanner must look at; everything between them is literal text. */
const SPECIAL = /[\\&<{}*_`[\]~\n\r\t\x00-\x08\x0B-\x1F\x7F]/g;
const ASCII_PUNCTUATION = /^[!-/:-@[-`{-~]$/;
const NUMERIC_REFERENCE = /^&#(?:[xX]([0-9A-Fa-f]{1,6})|([0-9]{1,7}));/;
// Sticky (matched at lastIndex): slicing the line at every tag made megabytes of garbage per 1,000 articles.
const OPEN_TAG = /<(Person|Country|Org|Place|Quote)((?: [a-z]+="[^"&<>{}\\\n\r]*")*)>/y;
const CLOSE_TAG = /<\/(Person|Country|Org|Place|Quote)>/y;
/** Tags longer than this are left to the strict reader. */
const MAX_TAG = 400;
const TAG_ATTRIBUTE = / ([a-z]+)="([^"]*)"/g;

/** Code points micromark replaces with U+FFFD (or that are not characters): left to the strict reader. */
function plainCodePoint(code: number): boolean {
  return !(
    code < 9 ||
    code === 11 ||
    (code > 13 && code < 32) ||
    (code > 126 && code < 160) ||
    (code > 55295 && code < 57344) ||
    (code > 64975 && code < 65008) ||
    (code & 65535) === 65535 ||
    (code & 65535) === 65534 ||
    code > 1114111
  );
}

function fastReadParagraph(line: string): ParsedParagraph | null {
  if (line.length === 0 || !SAFE_LINE_START.test(line)) return null;
  // Leading/trailing whitespace is trimmed by Markdown; ESM lines and ordered-list markers start other blocks.
  if (/\s$/u.test(line) || /^(?:import|export)\b/.test(line) || /^[0-9]+[.)]/.test(line)) return null;
  const result: ParsedParagraph = { text: '', elements: [] };
  // Open elements: a Quote may hold entity tags, nothing else nests.
  const open: { element: ParsedElement; index: number }[] = [];
  let at = 0;
  while (at < line.length) {
    SPECIAL.lastIndex = at;
    const match = SPECIAL.exec(line);
    const next = match ? match.index : line.length;
    if (next > at) result.text += line.slice(at, next);
    if (!match) break;
    const char = match[0];
    if (char === '\\') {
      const escaped = line[next + 1];
      if (escaped === undefined || !ASCII_PUNCTUATION.test(escaped)) return null;
      result.text += escaped;
      at = next + 2;
    } else if (char === '&') {
      const after = line[next + 1];
      if (after === '#') {
        const reference = NUMERIC_REFERENCE.exec(line.slice(next, next + 12));
        if (!reference) return null;
        const code = reference[1] !== undefined ? parseInt(reference[1], 16) : Number(reference[2]);
        if (!plainCodePoint(code)) return null;
        result.text += String.fromCodePoint(code);
        at = next + reference[0].length;
      } else if (after !== undefined && /[A-Za-z]/.test(after)) {
        return null; // possibly a named reference: the strict reader knows the table
      } else {
        result.text += '&';
        at = next + 1;
      }
    } else if (char === '<') {
      CLOSE_TAG.lastIndex = next;
      const closing = CLOSE_TAG.exec(line);
      if (closing) {
        const top = open.pop();
        if (!top || top.element.tag !== closing[1]) return null;
        top.element.end = result.text.length;
        if (top.element.end === top.element.start) return null;
        // `text` is filled in once the paragraph is read: slicing the growing string here made long paragraphs quadratic.
        at = next + closing[0].length;
        continue;
      }
      OPEN_TAG.lastIndex = next;
      const opening = OPEN_TAG.exec(line);
      if (!opening || opening[0].length > MAX_TAG) return null;
      const tag = opening[1] as ArticleTag;
      const parent = open[open.length - 1];
      if (parent && (parent.element.tag !== 'Quote' || tag === 'Quote')) return null;
      const rules = TAG_ATTRIBUTES[tag];
      const attributes: Record<string, string> = {};
      for (const [, name, value] of (opening[2] ?? '').matchAll(TAG_ATTRIBUTE)) {
        if (!rules.allowed.includes(name!) || Object.hasOwn(attributes, name!)) return null;
        attributes[name!] = value!;
      }
      if (!rules.required.every((name) => Object.hasOwn(attributes, name))) return null;
      const element: ParsedElement = { tag, attributes, start: result.text.length, end: 0, text: '', parent: parent ? parent.index : null };
      open.push({ element, index: result.elements.length });
      result.elements.push(element);
      at = next + opening[0].length;
    } else if (char === '\t' || char === ']') {
      // A tab is text; so is a `]`: this reader gives up at any `[` not escaped, so none opens a link.
      result.text += char;
      at = next + 1;
    } else {
      // Markdown or MDX syntax (`{`, emphasis, code, links…), line breaks or control characters.
      return null;
    }
  }
  if (open.length !== 0) return null;
  for (const element of result.elements) element.text = result.text.slice(element.start, element.end);
  return result;
}

// The frontmatter subset: what `yaml`'s Document.toString writes for our data with lineWidth 0 —
// a leading comment, block maps and sequences indented by two, plain and double-quoted scalars,
// null/true/false, small integers and `[]`. Anything else (anchors, tags, flow collections,
// multi-line or ambiguous scalars, duplicate keys) returns undefined.

type YamlValue = string | number | boolean | null | YamlValue[] | { [key: string]: YamlValue };

const YAML_KEY = /^([A-Za-z][A-Za-z0-9]*):(?: (.*))?$/;
const YAML_INT = /^-?(?:0|[1-9][0-9]{0,14})$/;
/** Plain scalars the core schema would read as something other than a string (null, bool, int, float). */
const YAML_NOT_STRING = /^(?:~|[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?)$/;
const YAML_ESCAPES: Readonly<Record<string, string>> = {
  '0': '\0', a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
  N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029', ' ': ' ', '"': '"', '/': '/', '\\': '\\',
};

class NotInSubset extends Error {}

function fastReadYaml(source: string): YamlValue | undefined {
  const lines = source.split('\n');
  let row = 0;
  // The generated-file comment(s) at the top.
  while (row < lines.length && lines[row]!.startsWith('#')) row++;
  if (row === lines.length) return undefined;
  try {
    const state = { lines, row };
    const value = readMap(state, 0, null);
    return state.row === lines.length ? value : undefined;
  } catch (error) {
    if (error instanceof NotInSubset) return undefined;
    throw error;
  }
}

function notInSubset(): never {
  throw new NotInSubset();
}

/** Reads map entries at `indent`; `first` is an entry already cut from a `- key: value` line. */
function readMap(state: { lines: string[]; row: number }, indent: number, first: string | null): { [key: string]: YamlValue } {
  const map: { [key: string]: YamlValue } = {};
  let entry = first;
  for (;;) {
    if (entry === null) {
      const line = state.lines[state.row];
      if (line === undefined || indentOf(line) !== indent) break;
      entry = line.slice(indent);
      if (entry.startsWith('-')) notInSubset();
    }
    state.row++;
    const match = YAML_KEY.exec(entry);
    if (!match) notInSubset();
    const key = match[1]!;
    if (Object.hasOwn(map, key)) notInSubset();
    map[key] = match[2] === undefined ? readNested(state, indent + 2) : readInlineValue(match[2]);
    entry = null;
  }
  return map;
}

function readNested(state: { lines: string[]; row: number }, indent: number): YamlValue {
  const line = state.lines[state.row];
  if (line === undefined || indentOf(line) !== indent) notInSubset();
  return line.startsWith('- ', indent) ? readSequence(state, indent) : readMap(state, indent, null);
}

function readSequence(state: { lines: string[]; row: number }, indent: number): YamlValue[] {
  const list: YamlValue[] = [];
  for (;;) {
    const line = state.lines[state.row];
    if (line === undefined || indentOf(line) !== indent || !line.startsWith('- ', indent)) break;
    const item = line.slice(indent + 2);
    if (YAML_KEY.test(item)) list.push(readMap(state, indent + 2, item));
    else {
      state.row++;
      list.push(readInlineValue(item));
    }
  }
  return list;
}

function indentOf(line: string): number {
  let n = 0;
  while (line.charCodeAt(n) === 32) n++;
  return n;
}

function readInlineValue(raw: string): YamlValue {
  if (raw === '[]') return [];
  if (raw === '{}') return {};
  if (raw.startsWith('"')) return readDoubleQuoted(raw);
  return readPlain(raw);
}

function readPlain(raw: string): YamlValue {
  if (raw === 'null') return null;
  if (raw === 'true') return true;
  if (raw === 'false') return false;
  if (YAML_INT.test(raw)) return Number(raw);
  if (
    raw.length === 0 ||
    YAML_NOT_STRING.test(raw) ||
    // Indicators, comments, key separators, surrounding whitespace, control characters and BOMs.
    /^(?:[?:,[\]{}#&*!|>'"%@`]|-(?:[-\s]|$))/.test(raw) ||
    raw.includes(': ') ||
    raw.includes(' #') ||
    raw.endsWith(':') ||
    /^\s|\s$/u.test(raw) ||
    /[\x00-\x1F\x7F-\x9F\uFEFF\u2028\u2029]/.test(raw)
  ) {
    notInSubset();
  }
  return raw;
}

function readDoubleQuoted(raw: string): string {
  if (raw.length < 2 || !raw.endsWith('"')) notInSubset();
  let value = '';
  for (let i = 1; i < raw.length - 1; i++) {
    const char = raw[i]!;
    if (char === '"') notInSubset(); // the closing quote came earlier: something follows it
    if (char !== '\\') {
      if (char < ' ' && char !== '\t') notInSubset();
      value += char;
      continue;
    }
    const next = raw[++i];
    if (i >= raw.length - 1 || next === undefined) notInSubset();
    const simple = YAML_ESCAPES[next];
    if (simple !== undefined) {
      value += simple;
    } else if (next === 'x' || next === 'u' || next === 'U') {
      const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
      const hex = raw.slice(i + 1, i + 1 + length);
      if (hex.length !== length || i + length >= raw.length - 1 || !/^[0-9a-fA-F]+$/.test(hex)) notInSubset();
      const code = parseInt(hex, 16);
      if (code > 0x10ffff) notInSubset();
      value += String.fromCodePoint(code);
      i += length;
    } else {
      notInSubset();
    }
  }
  return value;
}
