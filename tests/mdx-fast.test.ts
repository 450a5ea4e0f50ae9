// The fast article reader (readArticleMdx) against the strict remark-mdx reader (parseArticleMdx):
// same result on every generated file, and on anything else it either gives the same result or
// steps aside (fastReadArticleMdx returns null) so the strict reader decides, errors included.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fastReadArticleMdx, parseArticleMdx, readArticleMdx } from '../src/pipeline/mdx.ts';
import { serializeArticle, TAG_BY_TYPE } from '../src/pipeline/serialize.ts';
import { annotateAll, type SeedInput } from '../src/pipeline/annotate.ts';
import type { AnnotatedArticle, EntityType, Mention, Quote } from '../src/pipeline/types.ts';
import { loadCuratedEntities, readSeeds } from '../scripts/lib/project.ts';
import { syntheticCorpus } from '../scripts/lib/synthetic.ts';
// The same seeded PRNG as the synthetic corpus, so the property loops are reproducible.
import { random as prng } from '../scripts/lib/synthetic.ts';

const ROOT = join(import.meta.dirname, '..');

/** Both readers on one text: equal results, or the same error. Returns whether the fast path answered. */
function expectSameAsStrict(text: string, label: string): boolean {
  let strict: ReturnType<typeof parseArticleMdx> | undefined;
  let strictError: string | undefined;
  try {
    strict = parseArticleMdx(text);
  } catch (error) {
    strictError = (error as Error).message;
  }
  const fast = fastReadArticleMdx(text);
  if (strictError !== undefined) {
    // The fast path never accepts what the strict reader rejects, and readArticleMdx throws the same error.
    expect(fast, `${label}: fast path accepted a text the strict reader rejects (${strictError})`).toBeNull();
    expect(() => readArticleMdx(text), label).toThrow(strictError);
    return false;
  }
  if (fast !== null) expect(fast, label).toStrictEqual(strict);
  expect(readArticleMdx(text), label).toStrictEqual(strict);
  return fast !== null;
}

/** Strings that mean something to Markdown, MDX, HTML or YAML (as in tests/serialize.test.ts, plus YAML specials). */
const HOSTILE = [
  '{process.exit(1)}',
  'import fs from "node:fs"',
  'export const x = 1',
  '<script>alert(1)</script>',
  '</Person>',
  '<Person id="evil">not a mention</Person>',
  '<Quote speaker={evil()}>x</Quote>',
  '<>fragment</>',
  'a `code` span and ```fence```',
  '~~~',
  '* star item',
  '# heading',
  '| a | b |',
  '_under_ and __strong__ and *em* and **bold**',
  'snake_case_name',
  '[link](https://example.com)',
  '[ref]: https://example.com',
  '![image](x.png)',
  '> blockquote',
  '- dash item',
  '+ plus item',
  '1. numbered',
  '2019. A year ending in a dot',
  '1) paren item',
  '---',
  '***',
  '===',
  '<!-- comment -->',
  '&amp; &copy; &#123; &#x7B; &nbsp; &#0; &#xD800; &#1114112;',
  'AT&T and R&D &',
  'trailing backslash\\',
  'back\\slash and \\* escaped',
  'two trailing spaces  ',
  'tab\there',
  '\tleading tab',
  '   three leading spaces',
  'emoji 😀🇰🇿 and 👨‍👩‍👧',
  'Cyrillic: Касым-Жомарт Токаев',
  'control \u0001\u0007\u000b\u000c\u001b\u007f\u0085 chars',
  'zero\u200bwidth and non\u00a0breaking and \u2028 separator',
  '<https://autolink.example> and <mail@example.com>',
  'a < b > c and x<y',
  'a{b}c and }{',
  'Ok <3 and 3>2',
  ':::note and $$ math $$',
  'ends with an ampersand &',
  '\\',
  '#',
  '>',
  '{',
  '<',
  // YAML: values a reader could take for something other than the same string.
  'yes',
  'null',
  '~',
  'true',
  'False',
  '2025-02-25',
  '1:20',
  '0x1F',
  '0o17',
  '1e3',
  '.5',
  '+1',
  '-.inf',
  '.NaN',
  '007',
  '12345678901234567890',
  'a: b',
  'key:',
  'x #comment',
  "'single'",
  '"double"',
  '@at',
  '%percent',
  '!tag',
  '&anchor',
  '*alias',
  '? question',
  'comma, [brackets] and {braces}',
  'quote " inside and \\ backslash',
  ' lead',
  'trail ',
  'new\nline',
  'x'.repeat(600),
] as const;

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

function hostileText(random: () => number): string {
  let text = pick(random, HOSTILE);
  for (let p = Math.floor(random() * 3); p > 0; p--) text += pick(random, [' ', '', ' — ', ', ']) + pick(random, HOSTILE);
  return text;
}

/** A random article whose every string field holds hostile text, with random mentions and quotes. */
function hostileArticle(seed: number): AnnotatedArticle {
  const random = prng(seed);
  const types = Object.keys(TAG_BY_TYPE) as EntityType[];
  const paragraphs = Array.from({ length: 1 + Math.floor(random() * 4) }, () => hostileText(random)).filter((p) => p.length > 0);
  const mentions: Mention[] = [];
  const quotes: Quote[] = [];
  paragraphs.forEach((text, index) => {
    const cuts = [...new Set(Array.from({ length: 6 }, () => Math.floor(random() * (text.length + 1))))].sort((a, b) => a - b);
    for (let c = 0; c + 1 < cuts.length; c += 2) {
      const start = cuts[c]!;
      const end = cuts[c + 1]!;
      if (start < end) mentions.push({ field: 'body', index, start, end, surface: text.slice(start, end), entityId: pick(random, ['a', 'kassym-jomart-tokayev', 'x-1']), type: pick(random, types) });
    }
    const first = mentions.find((m) => m.index === index);
    if (first && random() < 0.6) {
      const start = Math.max(0, first.start - 1);
      const end = Math.min(text.length, first.end + 1);
      if (!mentions.some((m) => m.index === index && m !== first && m.start < end && start < m.end)) {
        quotes.push({ paragraph: index, start, end, text: hostileText(random), speaker: random() < 0.5 ? null : 'speaker-id', cue: random() < 0.5 ? null : 'said-after' });
      }
    }
  });
  const maybe = () => (random() < 0.3 ? null : hostileText(random));
  return {
    file: `${seed}_hostile.txt`,
    meta: {
      title: hostileText(random) || 'x',
      titleGenerated: random() < 0.5,
      date: random() < 0.5 ? null : '2025-02-25',
      dateText: maybe(),
      source: maybe(),
      bylineText: maybe(),
      byline: maybe(),
      dateline: maybe(),
      slug: `hostile-${seed}`,
    },
    paragraphs,
    captions: [{ text: hostileText(random), credit: maybe(), line: Math.floor(random() * 100) }],
    removed: [{ line: 3, text: hostileText(random), reason: 'ticker' }],
    mentions: [
      ...mentions,
      { field: 'title', index: 0, start: 0, end: 1, surface: hostileText(random), entityId: 'a', type: 'person' },
    ],
    quotes,
    entities: [{ id: 'a', type: 'person', name: hostileText(random), mentions: 1 + Math.floor(random() * 5), surfaces: [hostileText(random), hostileText(random)] }],
    discovered: [],
  } as AnnotatedArticle;
}

const generatedFiles = (() => {
  const dir = join(ROOT, 'content', 'articles');
  const names = readdirSync(dir).filter((n) => n.endsWith('.mdx'));
  return names.map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
})();

describe('readArticleMdx: the fast reader', () => {
  it('reads every generated article and fixture on the fast path, exactly as the strict reader does', () => {
    const files = [
      ...generatedFiles,
      { name: 'serialize/article.mdx', text: readFileSync(join(ROOT, 'tests/fixtures/serialize/article.mdx'), 'utf8') },
      { name: 'site/zz-sample.mdx', text: readFileSync(join(ROOT, 'tests/fixtures/site/zz-sample.mdx'), 'utf8') },
    ];
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const { name, text } of files) {
      expect(fastReadArticleMdx(text), `${name} should take the fast path`).not.toBeNull();
      expect(expectSameAsStrict(text, name)).toBe(true);
    }
  });

  it('reads synthetic articles (annotated and serialized) on the fast path, exactly as the strict reader does', () => {
    const registry = loadCuratedEntities(ROOT);
    const seedTexts = readSeeds(ROOT).map((s) => new TextDecoder().decode(s.bytes));
    const encoder = new TextEncoder();
    const seeds: SeedInput[] = syntheticCorpus(25, seedTexts, registry, 7).map((a) => ({ file: a.file, displayPath: a.file, bytes: encoder.encode(a.text) }));
    const articles = annotateAll(seeds, registry).articles;
    expect(articles.length).toBe(25);
    for (const article of articles) {
      const text = serializeArticle(article);
      expect(fastReadArticleMdx(text), article.file).not.toBeNull();
      expectSameAsStrict(text, article.file);
    }
  });

  it('property: serialized hostile articles give the strict result, mostly on the fast path', () => {
    let fast = 0;
    const total = 300;
    for (let seed = 1; seed <= total; seed++) {
      if (expectSameAsStrict(serializeArticle(hostileArticle(seed)), `hostile seed ${seed}`)) fast++;
    }
    // Hostile text is mostly left to the strict reader by design (any Markdown syntax in any field
    // sends the whole file there); still, the fast path must not quietly give up on everything.
    expect(fast).toBeGreaterThan(total * 0.1);
  });

  it('property: randomly corrupted files are either read exactly as the strict reader does or left to it', () => {
    const base = [generatedFiles[0]!.text, serializeArticle(hostileArticle(42))];
    const inserts = ['{', '}', '<', '>', '</Person>', '<Person id="a">', '<Quote>', '\n', '\n\n', '\n\n---\n', '---\n', '  ', '\t', '\\', '&', '&#x41;', '&#65;', '&amp;', '*', '_', '`', '[', ']', '#', '- ', '1. ', ': ', ' #', '"', "'", '\u0000', '\r', 'import ', '{}', '[]', '~', '|', 'x'];
    for (let seed = 1; seed <= 250; seed++) {
      const random = prng(seed * 31);
      let text = pick(random, base);
      for (let n = 1 + Math.floor(random() * 3); n > 0; n--) {
        const at = Math.floor(random() * text.length);
        text = random() < 0.2 ? text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 5)) : text.slice(0, at) + pick(random, inserts) + text.slice(at);
      }
      expectSameAsStrict(text, `corruption seed ${seed}`);
    }
  });

  it('steps aside for constructs outside the subset, and the strict reader rejects them as before', () => {
    const frontmatter = '---\ntitle: x\n---\n\n';
    for (const body of ['{process.exit(1)}', 'Text {1 + 1} more', 'import fs from "node:fs"', '<script>alert(1)</script>', 'Hi <Person id={evil()}>x</Person>', 'Hi <Person id="a" onClick="x">x</Person>', 'Hi <Person>x</Person>', 'Hi <Person id="a"><Org id="b">x</Org></Person>', 'Hi <Quote><Quote>x</Quote></Quote>', 'Hi <Person id="a"></Person>', '# Heading', '- item', 'Some *emphasis*', 'a <b']) {
      const text = frontmatter + body + '\n';
      expect(fastReadArticleMdx(text), body).toBeNull();
      expect(() => parseArticleMdx(text), body).toThrow();
      expect(() => readArticleMdx(text), body).toThrow();
    }
    // YAML outside the subset: anchors, flow collections, multi-line scalars, duplicate keys.
    for (const yaml of ['a: &x 1\nb: *x', 'a: [1, 2]', 'a: foo\n  bar', 'a: 1\na: 2', 'a: |\n  text', 'a: \'single\'']) {
      const text = `---\n${yaml}\n---\n\nText.\n`;
      expect(fastReadArticleMdx(text), yaml).toBeNull();
      expectSameAsStrict(text, yaml);
    }
  });

  it('decodes escapes, character references and quoted YAML exactly like the strict reader', () => {
    const text =
      '---\n# comment\ntitle: "Tab\\there \\u00e9\\x41 \\"q\\" \\\\ \\U0001F600"\nn: -12\nb: true\nz: null\nlist:\n  - a, b [c]\n  - "0x1F"\nempty: []\nobj: {}\nitems:\n  - k: v\n    deep:\n      - 1\n---\n\n' +
      '&#x20;lead \\* \\{x\\} &#x26;amp; AT&#x26;T &#128512; <Quote speaker="s" cue="c">“<Person id="p">P</Person>”</Quote> end &\n\nSecond\tparagraph > 3.\n';
    expect(fastReadArticleMdx(text)).not.toBeNull();
    expect(expectSameAsStrict(text, 'escapes')).toBe(true);
    expect(readArticleMdx(text).paragraphs[0]!.text).toBe(' lead * {x} &amp; AT&T 😀 “P” end &');
  });
});
