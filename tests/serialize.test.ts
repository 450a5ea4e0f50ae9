import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';
import { parseArticleMdx, stripTags } from '../src/pipeline/mdx.ts';
import type { ParsedParagraph } from '../src/pipeline/mdx.ts';
import { serializeArticle, TAG_BY_TYPE } from '../src/pipeline/serialize.ts';
import type { AnnotatedArticle, EntityType, Mention, Quote } from '../src/pipeline/types.ts';
// The same seeded PRNG as the synthetic corpus, so the property loops are reproducible.
import { random as prng } from '../scripts/lib/synthetic.ts';

const fixtureDir = new URL('./fixtures/serialize/', import.meta.url);
const readFixture = (name: string): string => readFileSync(new URL(name, fixtureDir), 'utf8');
const fixtureArticle = (): AnnotatedArticle => JSON.parse(readFixture('article.json')) as AnnotatedArticle;

function article(paragraphs: string[], extra: Partial<AnnotatedArticle> = {}): AnnotatedArticle {
  return {
    file: '999_test.txt',
    meta: {
      title: 'A title',
      titleGenerated: false,
      date: null,
      dateText: null,
      source: null,
      bylineText: null,
      byline: null,
      dateline: null,
      slug: 'a-title',
    },
    paragraphs,
    captions: [],
    removed: [],
    mentions: [],
    quotes: [],
    entities: [],
    discovered: [],
    ...extra,
  };
}

function mention(index: number, text: string, start: number, end: number, type: EntityType, entityId: string): Mention {
  return { field: 'body', index, start, end, surface: text.slice(start, end), entityId, type };
}

/** Strings that mean something to Markdown, MDX, HTML or YAML; each must stay literal text. */
const HOSTILE = [
  '{process.exit(1)}',
  'import fs from "node:fs"',
  "import('node:child_process').then(m => m.execSync('rm -rf /'))",
  'export const x = 1',
  'export default function Layout() {}',
  '<script>alert(1)</script>',
  '</Person>',
  '<Person id="evil">not a mention</Person>',
  '<Quote speaker={evil()}>x</Quote>',
  '<img src=x onerror=alert(1)>',
  '<>fragment</>',
  'a `code` span and ```fence```',
  '```js',
  '~~~',
  '* star item',
  '# heading',
  '###### deep heading',
  '| a | b |',
  '|a|b|',
  '_under_ and __strong__ and *em* and **bold**',
  'snake_case_name',
  '[link](https://example.com)',
  '[ref]: https://example.com',
  '![image](x.png)',
  '[^1]',
  '> blockquote',
  '- dash item',
  '+ plus item',
  '1. numbered',
  '2019. A year ending in a dot',
  '1) paren item',
  '---',
  '***',
  '___',
  '===',
  '<!-- comment -->',
  '{/* comment */}',
  '&amp; &copy; &#123; &#x7B; &nbsp;',
  '&copy;',
  'trailing backslash\\',
  'back\\slash and \\* escaped',
  'two trailing spaces  ',
  'tab\there',
  '\tleading tab',
  '   three leading spaces',
  '    four leading spaces',
  'emoji 😀🇰🇿 and 👨‍👩‍👧',
  'RTL: שלום עולם and مرحبا بالعالم',
  'Cyrillic: Касым-Жомарт Токаев',
  'control \u0001\u0007\u000b\u000c\u001b\u007f chars',
  'zero\u200bwidth and non\u00a0breaking',
  'https://example.com/<angle> and <https://autolink.example>',
  '<mail@example.com>',
  'a < b > c and x<y',
  'a{b}c and }{',
  'Ok <3 and 3>2',
  ':::note',
  '$$ math $$',
  '~~strike~~',
  'https://example.com/path?q=1 and www.example.com and mail@example.com',
  'ends with an ampersand &',
  '\\',
  '#',
  '>',
  '-',
  '*',
  '1.',
  '{',
  '<',
  'x'.repeat(5000),
  'word '.repeat(2000).trim(),
] as const;

function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('empty list');
  return item;
}

/** Random paragraphs made of hostile pieces glued with spaces or nothing. */
function hostileParagraphs(seed: number, count: number): string[] {
  const random = prng(seed);
  const paragraphs: string[] = [];
  for (let i = 0; i < count; i++) {
    const pieces = 1 + Math.floor(random() * 4);
    let text = '';
    for (let p = 0; p < pieces; p++) text += (p === 0 ? '' : pick(random, [' ', '', ' — '])) + pick(random, HOSTILE);
    paragraphs.push(text);
  }
  return paragraphs;
}

const ALLOWED_NODES = new Set(['root', 'yaml', 'paragraph', 'text', 'mdxJsxTextElement']);

describe('serializeArticle: the fixture article', () => {
  it('matches the committed MDX file exactly', () => {
    expect(serializeArticle(fixtureArticle())).toBe(readFixture('article.mdx'));
  });

  it('is deterministic and ends with exactly one newline', () => {
    const first = serializeArticle(fixtureArticle());
    const second = serializeArticle(fixtureArticle());
    expect(second).toBe(first);
    expect(first.endsWith('\n')).toBe(true);
    expect(first.endsWith('\n\n')).toBe(false);
  });

  it('writes the generated-file comment first, then the fields in order', () => {
    const text = serializeArticle(fixtureArticle());
    const lines = text.split('\n');
    expect(lines[0]).toBe('---');
    expect(lines[1]).toBe(
      '# Generated by "npm run annotate" from seeds/900_fixture.txt. Do not edit: change the seed, seeds/900_fixture.meta.yaml or content/entities/.',
    );
    const frontmatter = parseArticleMdx(text).frontmatter as Record<string, unknown>;
    expect(Object.keys(frontmatter)).toEqual([
      'title',
      'titleGenerated',
      'slug',
      'date',
      'dateText',
      'source',
      'byline',
      'bylineText',
      'dateline',
      'seed',
      'captions',
      'entities',
      'quotes',
      'metaMentions',
      'missing',
      'removed',
    ]);
    expect(frontmatter['date']).toBe('2025-02-25');
    expect(frontmatter['seed']).toBe('900_fixture.txt');
    expect(frontmatter['missing']).toEqual([]);
    // Sorted by mentions desc, then id.
    expect((frontmatter['entities'] as { id: string }[]).map((entity) => entity.id)).toEqual([
      'kassym-jomart-tokayev',
      'united-nations',
      'almaty',
      'china',
      'kazakhstan',
      'russia',
      'the-new-york-times',
      'us-department-of-state',
    ]);
    expect((frontmatter['metaMentions'] as { field: string }[]).map((m) => m.field)).toEqual([
      'title',
      'title',
      'caption',
      'credit',
    ]);
    expect(frontmatter['quotes']).toEqual([
      {
        speaker: 'kassym-jomart-tokayev',
        text: 'It is important for Russia and China to find common ground,',
        cue: 'said-after',
      },
    ]);
  });

  it('quotes the date so that YAML 1.1 readers keep it a string', () => {
    const text = serializeArticle(fixtureArticle());
    expect(text).toContain('\ndate: "2025-02-25"\n');
    const yamlText = text.split('\n---\n')[0]?.slice(4) ?? '';
    expect(parseYaml(yamlText, { version: '1.1' }).date).toBe('2025-02-25');
  });

  it('nests the mentions inside the quote and finds everything back at the same offsets', () => {
    const source = fixtureArticle();
    const parsed = parseArticleMdx(serializeArticle(source));
    expect(parsed.paragraphs.map((p) => p.text)).toEqual(source.paragraphs);
    const second = parsed.paragraphs[1];
    expect(second?.elements.map((e) => [e.tag, e.start, e.end, e.parent])).toEqual([
      ['Quote', 0, 61, null],
      ['Country', 21, 27, 0],
      ['Country', 32, 37, 0],
      ['Person', 62, 69, null],
      ['Org', 93, 96, null],
    ]);
    expect(second?.elements[0]?.attributes).toEqual({ speaker: 'kassym-jomart-tokayev', cue: 'said-after' });
  });
});

describe('serializeArticle: frontmatter details', () => {
  it('lists missing metadata and generated titles', () => {
    const generated = article(['Body.'], {
      meta: { ...article([]).meta, titleGenerated: true, date: null, source: 'Reuters', byline: null },
    });
    const frontmatter = parseArticleMdx(serializeArticle(generated)).frontmatter as Record<string, unknown>;
    expect(frontmatter['missing']).toEqual(['title', 'date', 'byline']);
    expect(frontmatter['date']).toBeNull();
  });

  it('keeps hostile metadata strings exact, readable by YAML 1.1 and 1.2 readers', () => {
    const strings = [...HOSTILE, 'yes', 'no', 'on', 'null', '~', '1:20', '0x1F', '012', '2025-02-25', '---', 'a\n---\nb', '" quoted "', "it's", ''];
    for (const value of strings) {
      const input = article(['Body.'], {
        meta: { ...article([]).meta, title: value, dateText: value, byline: value },
        removed: [{ line: 1, text: value, reason: 'ticker' }],
        captions: [{ text: value, credit: value, line: 2 }],
      });
      const text = serializeArticle(input);
      const frontmatter = parseArticleMdx(text).frontmatter as Record<string, unknown>;
      expect(frontmatter['title'], JSON.stringify(value)).toBe(value);
      expect(frontmatter['dateText']).toBe(value);
      expect(frontmatter['removed']).toEqual([{ line: 1, text: value, reason: 'ticker' }]);
      expect(frontmatter['captions']).toEqual([{ text: value, credit: value, line: 2 }]);
      const yamlText = text.slice(4, text.indexOf('\n---\n'));
      expect(parseYaml(yamlText, { version: '1.1' }).title, JSON.stringify(value)).toBe(value);
    }
  });
});

describe('serializeArticle: hostile body text stays literal', () => {
  function assertRoundTrip(input: AnnotatedArticle): ParsedParagraph[] {
    const text = serializeArticle(input);
    expect(stripTags(text)).toBe(input.paragraphs.join('\n\n'));
    return parseArticleMdx(text).paragraphs;
  }

  it('round-trips every hostile string, alone and inside a tag', () => {
    for (const value of HOSTILE) {
      assertRoundTrip(article([value]));
      const wrapped = `${value} Tokayev ${value}`;
      const start = value.length + 1;
      const input = article([wrapped, value], {
        mentions: [mention(0, wrapped, start, start + 7, 'person', 'kassym-jomart-tokayev')],
      });
      const [first] = assertRoundTrip(input);
      expect(first?.elements.map((e) => [e.tag, e.start, e.end, e.attributes['id']])).toEqual([
        ['Person', start, start + 7, 'kassym-jomart-tokayev'],
      ]);
    }
  });

  it('round-trips hostile text as the surface of a mention and inside a quote', () => {
    for (const value of HOSTILE) {
      const text = `“${value}” ${value}`;
      const quoteEnd = value.length + 2;
      const input = article([text], {
        quotes: [{ paragraph: 0, start: 0, end: quoteEnd, text: value, speaker: 'x', cue: 'said-after' }],
        mentions: [mention(0, text, quoteEnd + 1, text.length, 'organization', 'evil-org')],
      });
      const [paragraph] = assertRoundTrip(input);
      expect(paragraph?.elements.map((e) => [e.tag, e.start, e.end, e.text])).toEqual([
        ['Quote', 0, quoteEnd, `“${value}”`],
        ['Org', quoteEnd + 1, text.length, value],
      ]);
    }
  });

  it('round-trips paragraphs that are a single tag or tags only', () => {
    const text = 'Tokayev';
    assertRoundTrip(article([text], { mentions: [mention(0, text, 0, 7, 'person', 'p')] }));
    const two = 'AB';
    const parsed = assertRoundTrip(
      article([two], { mentions: [mention(0, two, 0, 1, 'country', 'a'), mention(0, two, 1, 2, 'place', 'b')] }),
    );
    expect(parsed[0]?.elements.map((e) => e.tag)).toEqual(['Country', 'Place']);
    const quoted = '“Russia”';
    const quoteOnly = assertRoundTrip(
      article([quoted], {
        quotes: [{ paragraph: 0, start: 0, end: 8, text: 'Russia', speaker: null, cue: null }],
        mentions: [mention(0, quoted, 1, 7, 'country', 'russia')],
      }),
    );
    expect(quoteOnly[0]?.elements.map((e) => [e.tag, e.attributes, e.parent])).toEqual([
      ['Quote', {}, null],
      ['Country', { id: 'russia' }, 0],
    ]);
  });

  it('escapes GFM strikethrough too, since Astro enables GFM by default', () => {
    const text = serializeArticle(article(['~~strike~~ and ~one~']));
    expect(text).toContain('\\~\\~strike\\~\\~ and \\~one\\~\n');
  });

  it('tolerates whitespace and line breaks the ingest stage should already have removed', () => {
    for (const value of [' lead', 'trail ', '  both  ', '\t', 'a\nb', 'a\n# b', 'a\n\nb', 'a  \nb', 'a\r\nb', 'a\nimport x from "y"']) {
      assertRoundTrip(article([value, 'next']));
    }
  });

  it('property: random hostile paragraphs with random mentions and quotes come back exactly', () => {
    const types = Object.keys(TAG_BY_TYPE) as EntityType[];
    for (let seed = 1; seed <= 60; seed++) {
      const random = prng(seed);
      const paragraphs = hostileParagraphs(seed * 7919, 1 + Math.floor(random() * 4));
      const mentions: Mention[] = [];
      const quotes: Quote[] = [];
      paragraphs.forEach((text, index) => {
        // Cut the paragraph into up to 6 random disjoint spans; odd ones become mentions.
        const cuts = [...new Set(Array.from({ length: 6 }, () => Math.floor(random() * (text.length + 1))))].sort(
          (a, b) => a - b,
        );
        for (let c = 0; c + 1 < cuts.length; c += 2) {
          const start = cuts[c] ?? 0;
          const end = cuts[c + 1] ?? 0;
          if (start < end) mentions.push(mention(index, text, start, end, pick(random, types), `e-${seed}-${index}-${c}`));
        }
        // One quote around the first mention (with a margin), when that does not cut another mention.
        const first = mentions.find((m) => m.index === index);
        if (first && random() < 0.6) {
          const start = Math.max(0, first.start - 1);
          const end = Math.min(text.length, first.end + 1);
          const cutsOther = mentions.some((m) => m.index === index && m !== first && m.start < end && start < m.end);
          if (!cutsOther) {
            quotes.push({ paragraph: index, start, end, text: text.slice(start, end), speaker: random() < 0.5 ? null : 'speaker-id', cue: 'said-after' });
          }
        }
      });

      const input = article(paragraphs, { mentions, quotes });
      const serialized = serializeArticle(input);
      expect(serializeArticle(input)).toBe(serialized);
      expect(stripTags(serialized), `seed ${seed}`).toBe(paragraphs.join('\n\n'));

      const parsed = parseArticleMdx(serialized).paragraphs;
      const foundMentions = parsed.flatMap((paragraph, index) =>
        paragraph.elements
          .filter((e) => e.tag !== 'Quote')
          .map((e) => [index, e.start, e.end, e.attributes['id'], e.tag]),
      );
      expect(foundMentions, `seed ${seed}`).toEqual(
        mentions.map((m) => [m.index, m.start, m.end, m.entityId, TAG_BY_TYPE[m.type]]),
      );
      const foundQuotes = parsed.flatMap((paragraph, index) =>
        paragraph.elements.filter((e) => e.tag === 'Quote').map((e) => [index, e.start, e.end, e.attributes['speaker'] ?? null]),
      );
      expect(foundQuotes, `seed ${seed}`).toEqual(quotes.map((q) => [q.paragraph, q.start, q.end, q.speaker]));
    }
  });
});

describe('serializeArticle: broken annotations', () => {
  it('drops a mention that crosses a quote boundary instead of breaking the nesting', () => {
    const text = 'He said “hello Bob” Smith today.';
    const quoteStart = text.indexOf('“');
    const quoteEnd = text.indexOf('”') + 1;
    const crossing = mention(0, text, text.indexOf('Bob'), text.indexOf('Smith') + 5, 'person', 'bob-smith');
    const inside = mention(0, text, text.indexOf('hello'), text.indexOf('hello') + 5, 'place', 'hello');
    const input = article([text], {
      quotes: [{ paragraph: 0, start: quoteStart, end: quoteEnd, text: 'hello Bob', speaker: null, cue: null }],
      mentions: [crossing, inside],
    });
    const serialized = serializeArticle(input);
    expect(serialized).not.toContain('bob-smith');
    const [paragraph] = parseArticleMdx(serialized).paragraphs;
    expect(paragraph?.text).toBe(text);
    expect(paragraph?.elements.map((e) => [e.tag, e.text, e.parent])).toEqual([
      ['Quote', '“hello Bob”', null],
      ['Place', 'hello', 0],
    ]);
  });

  it('keeps the first of two overlapping mentions', () => {
    const text = 'New York Times';
    const input = article([text], {
      mentions: [mention(0, text, 0, 8, 'place', 'new-york'), mention(0, text, 4, 14, 'organization', 'nyt')],
    });
    const [paragraph] = parseArticleMdx(serializeArticle(input)).paragraphs;
    expect(paragraph?.elements.map((e) => e.attributes['id'])).toEqual(['new-york']);
  });

  it('refuses mentions whose surface does not match the text, and empty paragraphs', () => {
    const bad: Mention = { field: 'body', index: 0, start: 0, end: 3, surface: 'Bob', entityId: 'bob', type: 'person' };
    expect(() => serializeArticle(article(['Tom went home.'], { mentions: [bad] }))).toThrow(
      /999_test\.txt: mention "Bob" at paragraph 0, offsets 0–3 does not match/,
    );
    expect(() => serializeArticle(article(['One.', '']))).toThrow(/999_test\.txt: paragraph 1 is empty/);
  });
});

describe('parseArticleMdx: the safety check', () => {
  const frontmatter = '---\ntitle: x\n---\n\n';
  const rejected: [string, RegExp][] = [
    ['{process.exit(1)}', /mdxFlowExpression/],
    ['Text {1 + 1} more', /mdxTextExpression/],
    ['import fs from "node:fs"', /mdxjsEsm/],
    ['export const x = 1', /mdxjsEsm/],
    ['<script>alert(1)</script>', /<script> element/],
    ['Hi <Script>x</Script>', /<Script> element .* not a known tag/],
    ['Hi <Person id={evil()}>x</Person>', /non-string attribute "id"/],
    ['Hi <Person {...props}>x</Person>', /expression attribute/],
    ['Hi <Person id="a" onClick="x">x</Person>', /unknown attribute "onClick"/],
    ['Hi <Person>x</Person>', /lacks the attribute "id"/],
    ['Hi <Person id>x</Person>', /non-string attribute "id"/],
    ['Hi <Person id="a"><Org id="b">x</Org></Person>', /cannot be nested inside <Person>/],
    ['Hi <Quote><Quote>x</Quote></Quote>', /cannot be nested inside <Quote>/],
    ['Hi <Person id="a"></Person>', /is empty/],
    ['<Person id="a">x</Person>\n\n<Country id="b">\ny\n</Country>', /<Country> element .* not allowed at the top level/],
    ['# Heading', /heading node/],
    ['> quote', /blockquote node/],
    ['- item', /list node/],
    ['Some *emphasis*', /emphasis node/],
    ['A [link](https://x)', /link node/],
    ['`code`', /inlineCode node/],
    ['***', /thematicBreak node/],
    ['<!-- comment -->', /MDX does not parse/],
    ['a <b', /MDX does not parse/],
  ];

  it.each(rejected)('rejects %j', (body, message) => {
    expect(() => parseArticleMdx(frontmatter + body + '\n')).toThrow(message);
  });

  it('accepts plain text and the five tags, and reads attributes decoded', () => {
    const parsed = parseArticleMdx(
      `${frontmatter}A <Person id="a&#x22;b">P</Person>, <Country id="c">C</Country>, <Org id="o">O</Org>, <Place id="p">L</Place> and <Quote speaker="a" cue="colon-before">“<Person id="a">x</Person>”</Quote>.\n\nSecond &amp; \\{last\\}.\n`,
    );
    expect(parsed.frontmatter).toEqual({ title: 'x' });
    expect(parsed.paragraphs.map((p) => p.text)).toEqual(['A P, C, O, L and “x”.', 'Second & {last}.']);
    expect(parsed.paragraphs[0]?.elements.map((e) => [e.tag, e.attributes, e.start, e.end, e.parent])).toEqual([
      ['Person', { id: 'a"b' }, 2, 3, null],
      ['Country', { id: 'c' }, 5, 6, null],
      ['Org', { id: 'o' }, 8, 9, null],
      ['Place', { id: 'p' }, 11, 12, null],
      ['Quote', { speaker: 'a', cue: 'colon-before' }, 17, 20, null],
      ['Person', { id: 'a' }, 18, 19, 4],
    ]);
  });

  it('serialized hostile articles hold only allowed node types (checked by an independent walk)', () => {
    const parser = unified().use(remarkParse).use(remarkFrontmatter).use(remarkMdx);
    const seen = new Set<string>();
    const walk = (node: { type: string; children?: unknown[] }): void => {
      seen.add(node.type);
      for (const child of node.children ?? []) walk(child as { type: string; children?: unknown[] });
    };
    for (const paragraphs of [[...HOSTILE], ...Array.from({ length: 20 }, (_, seed) => hostileParagraphs(seed + 1, 5))]) {
      const text = serializeArticle(article(paragraphs));
      walk(parser.parse(text));
      expect(() => parseArticleMdx(text)).not.toThrow();
    }
    expect([...seen].every((type) => ALLOWED_NODES.has(type)), [...seen].join(', ')).toBe(true);
  });
});
