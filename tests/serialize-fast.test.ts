// The direct MDX printer (serializeArticle) against the reference printer (serializeArticleStrict:
// remark-stringify + remark-mdx and the yaml package): byte-identical files on the seeds, a synthetic
// corpus, hostile articles and every naughty string, with the direct path doing the common case.
// And what the build hands the site instead of the written file (articleAsParsed, made from the article
// as the annotator's thread posts it) against reading that file back (readArticleMdx), on the same articles.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SeedInput } from '../src/pipeline/annotate.ts';
import { annotateAll } from '../src/pipeline/generate.ts';
import { readArticleMdx } from '../src/pipeline/mdx.ts';
import { articleAsParsed, directlyPrinted, serializeArticle, serializeArticleStrict } from '../src/pipeline/serialize.ts';
import { loadCuratedEntities, readSeeds } from '../scripts/lib/project.ts';
import type { AnnotatedArticle } from '../src/pipeline/types.ts';

/** The article as the build's main thread receives it from the annotator's (postMessage clones it). */
const posted = (article: AnnotatedArticle): AnnotatedArticle => structuredClone(article);
import { syntheticCorpus } from '../scripts/lib/synthetic.ts';
import { hostileArticle } from './lib/hostile-article.ts';
import { articleText, naughtyStrings } from './lib/hostile-corpus.ts';

const ROOT = join(import.meta.dirname, '..');
const registry = loadCuratedEntities(ROOT);
const encoder = new TextEncoder();

function annotateTexts(texts: { file: string; text: string }[]) {
  const seeds: SeedInput[] = texts.map((t) => ({ file: t.file, displayPath: t.file, bytes: encoder.encode(t.text) }));
  return annotateAll(seeds, registry).articles;
}

describe('serializeArticle: the direct printer', () => {
  it('writes the seeds byte for byte as the reference printer and as committed, frontmatter and every paragraph directly', () => {
    const output = annotateAll(readSeeds(ROOT), registry);
    expect(output.articles.length).toBe(5);
    let direct = 0;
    let paragraphs = 0;
    for (const article of output.articles) {
      const text = serializeArticle(article);
      expect(text, article.file).toBe(serializeArticleStrict(article));
      expect(text, article.file).toBe(readFileSync(join(ROOT, 'content', 'articles', `${article.meta.slug}.mdx`), 'utf8'));
      expect(articleAsParsed(posted(article)), article.file).toStrictEqual(readArticleMdx(text));
      const printed = directlyPrinted(article);
      expect(printed.frontmatter, article.file).toBe(true);
      direct += printed.paragraphs;
      paragraphs += printed.of;
    }
    // A paragraph with `!`, `*`, `&x` or brackets goes to the reference printer; news prose rarely has one.
    expect(direct / paragraphs).toBeGreaterThan(0.9);
  });

  it('writes a synthetic corpus as the reference printer does, nearly all of it directly', () => {
    const seedTexts = readSeeds(ROOT).map((s) => new TextDecoder().decode(s.bytes));
    const articles = annotateTexts(syntheticCorpus(150, seedTexts, registry, 11).map((a) => ({ file: a.file, text: a.text })));
    let frontmatters = 0;
    let direct = 0;
    let paragraphs = 0;
    for (const article of articles) {
      const text = serializeArticle(article);
      expect(text, article.file).toBe(serializeArticleStrict(article));
      expect(articleAsParsed(posted(article)), article.file).toStrictEqual(readArticleMdx(text));
      const printed = directlyPrinted(article);
      if (printed.frontmatter) frontmatters++;
      direct += printed.paragraphs;
      paragraphs += printed.of;
    }
    expect(frontmatters / articles.length).toBeGreaterThan(0.95);
    expect(direct / paragraphs).toBeGreaterThan(0.9);
  });

  it('property: hostile articles come out byte-identical to the reference printer', () => {
    let directParagraphs = 0;
    for (let seed = 1; seed <= 400; seed++) {
      const article = hostileArticle(seed);
      const text = serializeArticle(article);
      expect(text, `hostile seed ${seed}`).toBe(serializeArticleStrict(article));
      expect(articleAsParsed(posted(article)), `hostile seed ${seed}`).toStrictEqual(readArticleMdx(text));
      directParagraphs += directlyPrinted(article).paragraphs;
    }
    // Mostly handed to the reference printer by design, but not all: the direct path is exercised too.
    expect(directParagraphs).toBeGreaterThan(20);
  });

  it('every naughty string, as a headline and as a body line, comes out byte-identical to the reference printer', () => {
    const texts = naughtyStrings.flatMap((payload, n) => [
      { file: `blns-${n}-title.txt`, text: articleText(payload, 'title', n) },
      { file: `blns-${n}-body.txt`, text: articleText(payload, 'body', n) },
    ]);
    // Some naughty strings are not valid articles (empty once cleaned, say); annotate each alone so one
    // rejected article does not take the rest with it.
    let compared = 0;
    for (const text of texts) {
      let articles;
      try {
        articles = annotateTexts([text]);
      } catch {
        continue;
      }
      for (const article of articles) {
        const mdx = serializeArticle(article);
        expect(mdx, text.file).toBe(serializeArticleStrict(article));
        expect(articleAsParsed(posted(article)), text.file).toStrictEqual(readArticleMdx(mdx));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(texts.length * 0.9);
  });
});
