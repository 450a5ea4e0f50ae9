// The fast article reader (readArticleMdx) against the strict remark-mdx reader (parseArticleMdx):
// same result on every generated file, and on anything else it either gives the same result or
// steps aside (fastReadArticleMdx returns null) so the strict reader decides, errors included.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fastReadArticleMdx, parseArticleMdx, readArticleMdx } from '../src/pipeline/mdx.ts';
import { serializeArticle } from '../src/pipeline/serialize.ts';
import { hostileArticle, pick } from './lib/hostile-article.ts';
import type { SeedInput } from '../src/pipeline/annotate.ts';
import { annotateAll } from '../src/pipeline/generate.ts';
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
    // A bracket the serializer left bare after an escaped one (`scared to \[leave the house] to go`).
    const bracketed = '---\ntitle: x\n---\n\nscared to \\[leave the house] to go, and [a] b]\n';
    expect(fastReadArticleMdx(bracketed.replace(' and [a] b]', ''))).not.toBeNull();
    expect(expectSameAsStrict(bracketed.replace(' and [a] b]', ''), 'bracket')).toBe(true);
    expect(fastReadArticleMdx(bracketed)).toBeNull();
    expectSameAsStrict(bracketed, 'unescaped bracket');
  });
});
