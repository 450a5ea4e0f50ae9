// Random articles whose every string field holds text that means something to Markdown, MDX, HTML
// or YAML: the serializer and the article readers are held to their reference implementations on them.
import { ENTITY_TYPE_NAMES } from '../../src/pipeline/entity-types.ts';
import type { AnnotatedArticle, EntityType, Mention, Quote } from '../../src/pipeline/types.ts';
// The same seeded PRNG as the synthetic corpus, so the property loops are reproducible.
import { random as prng } from '../../scripts/lib/synthetic.ts';

/** Strings that mean something to Markdown, MDX or HTML; each must stay literal text. */
export const HOSTILE_MARKUP = [
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
  '&amp; &copy; &#123; &#x7B; &nbsp; &#0; &#xD800; &#1114112;',
  'AT&T and R&D &',
  'control \u0001\u0007\u000b\u000c\u001b\u007f\u0085 chars',
  'zero\u200bwidth and non\u00a0breaking and \u2028 separator',
  '<https://autolink.example> and <mail@example.com>',
  ':::note and $$ math $$',
  'comma, [brackets] and {braces}',
  'quote " inside and \\ backslash',
  ' lead',
  'trail ',
  'new\nline',
] as const;

/** Values a YAML reader could take for something other than the same string. */
export const HOSTILE_YAML = [
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
] as const;

/** The printers' and readers' long cases. */
export const HOSTILE_LONG = [
  'x'.repeat(5000),
  'word '.repeat(2000).trim(),
] as const;

/** What hostileText draws from: markup, YAML, and one long-ish run. */
export const HOSTILE = [...HOSTILE_MARKUP, ...HOSTILE_YAML, 'x'.repeat(600)] as const;

export function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('empty list');
  return item;
}

export function hostileText(random: () => number): string {
  let text = pick(random, HOSTILE);
  for (let p = Math.floor(random() * 3); p > 0; p--) text += pick(random, [' ', '', ' — ', ', ']) + pick(random, HOSTILE);
  return text;
}

/** A random article whose every string field holds hostile text, with random mentions and quotes. */
export function hostileArticle(seed: number): AnnotatedArticle {
  const random = prng(seed);
  const types: readonly EntityType[] = ENTITY_TYPE_NAMES;
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

