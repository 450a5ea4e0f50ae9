// Hostile content at the pipeline level: every Big List of Naughty Strings entry as a headline and
// as a body line, plus MDX/HTML/decoder attacks (tests/lib/hostile-corpus.ts). Each article is
// either rejected with a one-line PipelineError naming its file, or turned into MDX that the strict
// reader accepts, whose text strips back to exactly the cleaned paragraphs, and in which the
// payload survives as literal text (up to ingest's documented whitespace/control normalisation).
// A second part builds a real site from the corpus in a project copy and checks the HTML escapes it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { annotateAll, type AnnotateOutput } from '../src/pipeline/generate.ts';
import { normaliseText } from '../src/pipeline/ingest.ts';
import { parseArticleMdx } from '../src/pipeline/mdx.ts';
import { PipelineError, type AnnotatedArticle, type Entity } from '../src/pipeline/types.ts';
import { loadCuratedEntities } from '../scripts/lib/project.ts';
import { checkLinks, readPage } from '../scripts/check-links.ts';
import { checkHtml, HTML_VALIDATE_CONFIG } from '../scripts/check-html.ts';
import { blnsSeeds, hostileCorpus, naughtyStrings, specialSeeds, type HostileSeed } from './lib/hostile-corpus.ts';
import { buildCorpusSite, projectRoot, type CorpusSite } from './lib/corpus-site.ts';

type Verdict =
  | { kind: 'rejected'; seed: HostileSeed; message: string }
  | { kind: 'accepted'; seed: HostileSeed; article: AnnotatedArticle; mdx: string }
  | { kind: 'crashed'; seed: HostileSeed; error: unknown };

const curated: Entity[] = loadCuratedEntities(projectRoot);

/** Runs one seed through the whole pipeline on its own, so one rejection does not hide the others. */
function annotateOne(seed: HostileSeed): Verdict {
  let output: AnnotateOutput;
  try {
    output = annotateAll([{ file: seed.file, displayPath: `seeds/${seed.file}`, bytes: seed.bytes }], curated);
  } catch (error) {
    if (error instanceof PipelineError) return { kind: 'rejected', seed, message: error.message };
    return { kind: 'crashed', seed, error };
  }
  const article = output.articles[0]!;
  return { kind: 'accepted', seed, article, mdx: output.files.get(`articles/${article.meta.slug}.mdx`)! };
}

/** The lines of the payload as ingest leaves them (NFC, controls and zero-width marks gone, blanks collapsed). */
function expectedLines(payload: string): string[] {
  return normaliseText(payload).split('\n').filter((line) => line !== '');
}

/** Where each payload line ended up: in the title, a paragraph or a caption, or removed by clean (with its reason). */
function whereIs(line: string, article: AnnotatedArticle): string | null {
  if (article.meta.title.includes(line)) return 'title';
  if (article.paragraphs.some((p) => p.includes(line))) return 'body';
  if (article.captions.some((c) => c.text.includes(line) || c.credit?.includes(line))) return 'caption';
  const removed = article.removed.find((r) => r.text.includes(line));
  if (removed) return `removed:${removed.reason}`;
  for (const field of ['source', 'bylineText', 'dateline', 'dateText'] as const) {
    if (article.meta[field]?.includes(line)) return field;
  }
  return null;
}

function checkAccepted(verdict: Extract<Verdict, { kind: 'accepted' }>): string[] {
  const problems: string[] = [];
  const { seed, article, mdx } = verdict;
  let parsed;
  try {
    parsed = parseArticleMdx(mdx);
  } catch (error) {
    return [`${seed.file}: generated MDX is rejected by parseArticleMdx: ${(error as Error).message.slice(0, 200)}`];
  }
  const stripped = parsed.paragraphs.map((p) => p.text).join('\n\n');
  if (stripped !== article.paragraphs.join('\n\n')) problems.push(`${seed.file}: stripped MDX text differs from the cleaned paragraphs`);
  const frontmatter = parsed.frontmatter as { title?: unknown } | null;
  if (frontmatter?.title !== article.meta.title) problems.push(`${seed.file}: frontmatter title does not read back as the extracted title`);
  for (const line of expectedLines(seed.payload)) {
    if (whereIs(line, article) === null) problems.push(`${seed.file}: payload line ${JSON.stringify(line.slice(0, 80))} vanished`);
  }
  return problems;
}

// Judged once, shared by both parts. The 2 MB line alone takes most of the time (quotes, serialize).
const corpus = hostileCorpus();
const verdicts = corpus.map(annotateOne);

describe('hostile articles through annotateAll', () => {
  const accepted = verdicts.filter((v) => v.kind === 'accepted');
  const rejected = verdicts.filter((v) => v.kind === 'rejected');

  it(`tries every one of the ${naughtyStrings.length} naughty strings as a title and as a body line`, () => {
    expect(naughtyStrings.length).toBeGreaterThan(400);
    expect(blnsSeeds()).toHaveLength(naughtyStrings.length * 2);
    expect(corpus.length).toBe(blnsSeeds().length + specialSeeds().length);
  });

  it('never crashes with anything but a PipelineError', () => {
    const crashes = verdicts.filter((v) => v.kind === 'crashed').map((v) => `${v.seed.file}: ${String((v as { error: unknown }).error)}`);
    expect(crashes).toEqual([]);
  });

  it('rejects only with one line naming the seed file', () => {
    for (const verdict of rejected) {
      expect(verdict.message.startsWith(`seeds/${verdict.seed.file}: `), verdict.message).toBe(true);
      expect(verdict.message).not.toContain('\n');
    }
  });

  it('turns every accepted article into MDX that reads back to the same text, payload included', () => {
    const problems = accepted.flatMap(checkAccepted);
    expect(problems).toEqual([]);
    // Nearly all of the corpus is accepted; a rejection is the exception, not the escape hatch.
    expect(accepted.length).toBeGreaterThan(corpus.length * 0.95);
  }, 900_000); // parseArticleMdx on the 2 MB article alone takes minutes on a busy 2-core machine

  it('keeps code-like payloads as literal text, never as MDX code', () => {
    const byLabel = (label: string, placement: 'title' | 'body') =>
      verdicts.find((v) => v.seed.label === label && v.seed.placement === placement);
    for (const label of ['mdx-expression-exit', 'mdx-expression-fetch', 'esm-import', 'esm-export', 'script-tag', 'img-onerror', 'closing-entity-tag', 'unknown-entity-id', 'javascript-url-markdown', 'jsx-attribute-expression']) {
      const verdict = byLabel(label, 'body');
      expect(verdict?.kind, label).toBe('accepted');
      if (verdict?.kind !== 'accepted') continue;
      const payload = verdict.seed.payload;
      expect(verdict.article.paragraphs, label).toContain(payload);
      // Parsed back, the text is the payload verbatim and no tag carries a payload id.
      const parsed = parseArticleMdx(verdict.mdx);
      expect(parsed.paragraphs.map((p) => p.text)).toContain(payload);
      const ids = parsed.paragraphs.flatMap((p) => p.elements.map((e) => e.attributes.id ?? ''));
      expect(ids).not.toContain('nobody');
      expect(ids).not.toContain('atlantis');
    }
    const title = byLabel('script-tag', 'title');
    expect(title?.kind === 'accepted' && title.article.meta.title).toBe('<script>alert(1)</script>');
  });

  it('handles right-to-left text, emoji and a 2 MB line', () => {
    for (const label of ['right-to-left', 'emoji', 'two-megabyte-line']) {
      const verdict = verdicts.find((v) => v.seed.label === label && v.seed.placement === 'body');
      expect(verdict?.kind, label).toBe('accepted');
      if (verdict?.kind === 'accepted') expect(verdict.article.paragraphs.join('\n')).toContain(normaliseText(verdict.seed.payload));
    }
  });

  it('rejects a mostly-NUL file as binary and strips a stray NUL from text', () => {
    const binary = verdicts.find((v) => v.seed.label === 'nul-binary');
    expect(binary?.kind).toBe('rejected');
    expect(binary?.kind === 'rejected' && binary.message).toMatch(/^seeds\/special-nul-binary-body\.txt: looks like a binary file \(NUL bytes/);
    const inline = verdicts.find((v) => v.seed.label === 'nul-inline');
    expect(inline?.kind).toBe('accepted');
    expect(inline?.kind === 'accepted' && inline.article.paragraphs).toContain('Beforeafter a NUL byte');
  });
});

// Building a site from ~1,000 hostile articles takes a while; the special set plus every 8th BLNS
// article exercises the same paths. DOSSIER_HOSTILE_FULL=1 builds from the whole accepted corpus.
// The 2 MB article is left out of the site: the pipeline part above covers it, and annotating it
// again in the copy would double the slowest minute of this file.
describe('a site built from hostile articles', () => {
  let site: CorpusSite;
  const full = !!process.env.DOSSIER_HOSTILE_FULL;
  const seeds = verdicts
    .filter((v, i) => v.kind === 'accepted' && v.seed.label !== 'two-megabyte-line' && (full || !v.seed.file.startsWith('blns-') || i % 8 === 0))
    .map((v) => v.seed);

  beforeAll(() => {
    site = buildCorpusSite(seeds.map((s) => ({ file: s.file, bytes: s.bytes })));
  });
  afterAll(() => site?.cleanup());

  it('annotates and builds', () => {
    expect(site.annotate.stderr).toBe('');
    expect(site.annotate.status).toBe(0);
    expect(site.build?.status, site.build?.stderr.slice(-2000)).toBe(0);
    const generated = readdirSync(path.join(site.root, 'content/articles')).filter((n) => n.endsWith('.mdx'));
    expect(generated).toHaveLength(seeds.length);
  });

  it('renders script and handler payloads escaped, never as markup', () => {
    const pages = readdirSync(path.join(site.dist, 'articles'), { withFileTypes: true }).filter((d) => d.isDirectory());
    const html = pages.map((d) => readFileSync(path.join(site.dist, 'articles', d.name, 'index.html'), 'utf8')).join('\n');
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('{process.exit(1)}');
  });

  it('has no javascript: URL and no inline event handler in any parsed page', async () => {
    // Parsed, not grepped: `&lt;a href="javascript:…"` in text is harmless, an attribute is not.
    const report = await checkHtml(site.dist, { config: { ...HTML_VALIDATE_CONFIG, extends: [], rules: { 'dossier/no-inline-handler': 'error' } } });
    expect(report.results.flatMap((r) => r.errors.map((e) => `${r.page}: ${e.message}`))).toEqual([]);
    const dir = path.join(site.dist, 'articles');
    const scriptUrls: string[] = [];
    for (const entry of readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory())) {
      const page = await readPage(readFileSync(path.join(dir, entry.name, 'index.html'), 'utf8'));
      scriptUrls.push(...page.refs.filter((url) => /^\s*javascript:/i.test(url)).map((url) => `${entry.name}: ${url}`));
    }
    expect(scriptUrls).toEqual([]);
  });

  it('has no broken internal links', async () => {
    const report = await checkLinks(site.dist);
    expect(report.broken.slice(0, 20)).toEqual([]);
  });

  it('frontmatter of every generated article parses as YAML', () => {
    const dir = path.join(site.root, 'content/articles');
    for (const name of readdirSync(dir)) {
      const text = readFileSync(path.join(dir, name), 'utf8');
      expect(() => parseYaml(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? ''), name).not.toThrow();
    }
  });
});
