// The whole build at scale, beside Astro building the same text as plain Markdown, in one run: used by
// `npm run bench -- --site [--articles 1000,10000]`. For each size, on a corpus of real paragraphs
// (scripts/lib/synthetic.ts), every step in a process of its own under GNU time (wall time, CPU, peak
// memory):
//   plain Markdown: astro build, cold; Pagefind over its pages
//   Dossier, cold: npm run annotate from scratch (with the review report); astro build; the postbuild's
//                  two parts apart: Pagefind's own binary, then the offline zip
//   Dossier, one new article: npm run annotate (with its report); npm run build without the postbuild
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SeedInput } from '../src/pipeline/annotate.ts';
import { analyzeSeed } from '../src/pipeline/annotate.ts';
import { buildMatcher } from '../src/pipeline/link.ts';
import type { Entity } from '../src/pipeline/types.ts';
import { astroHeapOption } from './lib/astro-heap.ts';
import { copyProject } from './lib/project-copy.ts';
import { pagefindCliArgs } from './postbuild.ts';
import type { SyntheticArticle } from './lib/synthetic.ts';

export interface Measured {
  seconds: number;
  /** Peak resident memory of the command (and its largest child) in MiB, when GNU time is there to tell. */
  peakMiB: number | null;
  cpuSeconds: number | null;
}

const GNU_TIME = '/usr/bin/time';

export function run(command: string, args: string[], cwd: string, env: Record<string, string> = {}): Measured {
  const started = performance.now();
  const timed = existsSync(GNU_TIME);
  const options = { cwd, encoding: 'utf8' as const, maxBuffer: 1 << 28, env: { ...process.env, ...env } };
  const result = timed
    ? spawnSync(GNU_TIME, ['-f', '__peak_kb=%M __cpu=%U+%S', command, ...args], options)
    : spawnSync(command, args, options);
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${(result.stderr ?? '').slice(-3000)}`);
  const peak = /__peak_kb=(\d+)/u.exec(result.stderr ?? '');
  const cpu = /__cpu=([\d.]+)\+([\d.]+)/u.exec(result.stderr ?? '');
  return { seconds, peakMiB: peak ? Number(peak[1]) / 1024 : null, cpuSeconds: cpu ? Number(cpu[1]) + Number(cpu[2]) : null };
}

/** A minimal Astro site whose pages are the same cleaned article text as plain .md, with Astro's defaults. */
function markdownBaseline(root: string, corpus: SyntheticArticle[], registry: Entity[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-md-'));
  mkdirSync(join(dir, 'content'), { recursive: true });
  mkdirSync(join(dir, 'src', 'pages'), { recursive: true });
  const encoder = new TextEncoder();
  const matcher = buildMatcher(registry);
  const slugs = new Set<string>();
  for (const article of corpus) {
    const seed: SeedInput = { file: article.file, displayPath: article.file, bytes: encoder.encode(article.text) };
    const { extracted } = analyzeSeed(seed, matcher);
    let slug = extracted.meta.slug;
    for (let n = 2; slugs.has(slug); n++) slug = `${extracted.meta.slug}-${n}`;
    slugs.add(slug);
    const body = extracted.paragraphs.map((p) => p.replace(/([\\`*_{}[\]<>#|!])/gu, '\\$1')).join('\n\n');
    writeFileSync(join(dir, 'content', `${slug}.md`), `---\ntitle: ${JSON.stringify(extracted.meta.title)}\n---\n\n${body}\n`);
  }
  writeFileSync(join(dir, 'astro.config.mjs'), `import { defineConfig } from 'astro/config';\nexport default defineConfig({ cacheDir: './.astro/build-cache', vite: { cacheDir: './.astro/vite' }, build: { inlineStylesheets: 'always' } });\n`);
  writeFileSync(
    join(dir, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nimport { z } from 'astro/zod';\n` +
      `export const collections = { articles: defineCollection({ loader: glob({ pattern: '*.md', base: './content' }), schema: z.object({ title: z.string() }) }) };\n`,
  );
  writeFileSync(
    join(dir, 'src', 'pages', '[slug].astro'),
    `---\nimport { getCollection, render } from 'astro:content';\nexport async function getStaticPaths() {\n  const entries = await getCollection('articles');\n  return entries.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));\n}\n` +
      `const { entry } = Astro.props;\nconst { Content } = await render(entry);\n---\n<html lang="en"><head><meta charset="utf-8"><title>{entry.data.title}</title></head><body><main data-pagefind-body><h1>{entry.data.title}</h1><Content /></main></body></html>\n`,
  );
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

function format(m: Measured): string {
  return `${m.seconds.toFixed(1)} s${m.cpuSeconds === null ? '' : ` (CPU ${m.cpuSeconds.toFixed(1)} s)`}${m.peakMiB === null ? '' : `, peak ${m.peakMiB.toFixed(0)} MiB`}`;
}

const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;

export interface SiteFigures {
  articles: number;
  markdown: Measured;
  markdownPagefind: Measured;
  annotate: Measured;
  astro: Measured;
  /** Pagefind's own binary over Dossier's pages, with the postbuild's options. */
  pagefind: Measured;
  offlineZip: Measured;
  addAnnotate: Measured;
  addBuild: Measured;
}

/** One size: every step once, in the order a maintainer meets them. */
export function benchSiteSize(root: string, corpus: SyntheticArticle[], added: SyntheticArticle, registry: Entity[]): SiteFigures {
  const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const node = process.execPath;
  const pagefindBin = join(root, 'node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs');
  const baseline = markdownBaseline(root, corpus, registry);
  const copy = copyProject(corpus.map((a) => ({ file: a.file, bytes: a.text })));
  const dossier = copy.root;
  try {
    const markdown = run(node, [astro, 'build', '--root', baseline], baseline);
    const markdownPagefind = run(node, [pagefindBin, ...pagefindCliArgs(join(baseline, 'dist'))], baseline);

    // Cold: no cache, no generated content, no Astro caches.
    rmSync(join(dossier, '.cache'), { recursive: true, force: true });
    const annotate = run(node, [join(dossier, 'scripts', 'annotate.ts'), '--root', dossier, '--quiet'], dossier);
    // With the heap `npm run build` gives it (scripts/lib/astro-heap.ts).
    const astroBuild = run(node, [astroHeapOption(dossier), join(dossier, 'scripts', 'lib', 'astro-build.ts'), '--root', dossier], dossier);
    // The postbuild's two parts apart: Pagefind's binary (its memory is its own, reported beside), the zip.
    const pagefind = run(node, [pagefindBin, ...pagefindCliArgs(join(dossier, 'dist'))], dossier);
    const offlineZip = run(node, [join(dossier, 'scripts', 'postbuild.ts'), '--dist', join(dossier, 'dist'), '--quiet', '--zip-only'], dossier);

    // One new article, as a maintainer adds it: annotate (with the report), then the build.
    writeFileSync(join(dossier, 'seeds', added.file), added.text);
    const addAnnotate = run(node, [join(dossier, 'scripts', 'annotate.ts'), '--root', dossier, '--quiet'], dossier);
    writeFileSync(join(dossier, 'seeds', `${added.file.replace(/\.txt$/u, '')}-b.txt`), added.text.replace(/\(\d+\)/u, '(second)'));
    const addBuild = run(node, [join(dossier, 'scripts', 'build.ts'), '--root', dossier, '--no-postbuild'], dossier);

    return { articles: corpus.length, markdown, markdownPagefind, annotate, astro: astroBuild, pagefind, offlineZip, addAnnotate, addBuild };
  } finally {
    copy.cleanup();
    rmSync(baseline, { recursive: true, force: true });
  }
}

export function printSiteFigures(f: SiteFigures): void {
  const cold = f.annotate.seconds + f.astro.seconds;
  const coldIndexed = cold + f.pagefind.seconds;
  const mdIndexed = f.markdown.seconds + f.markdownPagefind.seconds;
  const peaks = [f.annotate, f.astro, f.offlineZip, f.addAnnotate, f.addBuild].map((m) => m.peakMiB ?? 0);
  console.log(`site build, ${f.articles} articles of real paragraphs (one run; GNU time: wall, CPU, peak memory of each step)`);
  console.log(`  plain Markdown: astro build ${format(f.markdown)}; Pagefind ${format(f.markdownPagefind)}`);
  console.log(`  Dossier, cold: annotate from scratch with the report ${format(f.annotate)}; astro build ${format(f.astro)}; Pagefind ${format(f.pagefind)}; offline zip ${format(f.offlineZip)}`);
  console.log(`    annotate + astro build ${cold.toFixed(1)} s = ${ratio(cold, f.markdown.seconds)} the Markdown build (target ≤ 1.10×)`);
  console.log(`    with the search index on both sides ${coldIndexed.toFixed(1)} s = ${ratio(coldIndexed, mdIndexed)} (target ≤ 1.10×)`);
  console.log(`  Dossier, one new article: annotate with the report ${format(f.addAnnotate)} (target ≤ 2 s); npm run build (no postbuild) ${format(f.addBuild)} = ${ratio(f.addBuild.seconds, f.markdown.seconds)} the cold Markdown build (target ≤ 0.90×)`);
  console.log(`  peak memory of any Dossier step but Pagefind's: ${Math.max(...peaks).toFixed(0)} MiB (target ≤ 2048 MiB); Pagefind's binary ${f.pagefind.peakMiB?.toFixed(0) ?? '?'} MiB on Dossier's pages, ${f.markdownPagefind.peakMiB?.toFixed(0) ?? '?'} MiB on the Markdown site's`);
}
