// The whole build of a synthetic corpus (annotate + Astro) against Astro building the same article
// text as plain Markdown pages, side by side on this machine. Used by `npm run bench -- --site`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroUserConfig } from 'astro';
import type { SeedInput } from '../src/pipeline/annotate.ts';
import { annotateAll } from '../src/pipeline/generate.ts';
import type { Entity } from '../src/pipeline/types.ts';
import { copyProject } from './lib/project-copy.ts';
import type { SyntheticArticle } from './lib/synthetic.ts';

interface Measured {
  seconds: number;
  /** Peak resident memory of the command in MiB, when GNU time is there to tell. */
  peakMiB: number | null;
  /** User + system CPU seconds, when GNU time is there to tell: steadier than wall time on a busy machine. */
  cpuSeconds: number | null;
}

const GNU_TIME = '/usr/bin/time';

function run(command: string, args: string[], cwd: string): Measured {
  const started = performance.now();
  const timed = existsSync(GNU_TIME);
  const result = timed
    ? spawnSync(GNU_TIME, ['-f', '__peak_kb=%M __cpu=%U+%S', command, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 28 })
    : spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 1 << 28 });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${(result.stderr ?? '').slice(-3000)}`);
  const peak = /__peak_kb=(\d+)/u.exec(result.stderr ?? '');
  const cpu = /__cpu=([\d.]+)\+([\d.]+)/u.exec(result.stderr ?? '');
  return { seconds, peakMiB: peak ? Number(peak[1]) / 1024 : null, cpuSeconds: cpu ? Number(cpu[1]) + Number(cpu[2]) : null };
}

/**
 * The baseline: a minimal Astro site whose pages are the same cleaned article text as plain .md, with
 * Astro's default build settings, or with `concurrency` pages rendered at a time as the site's own
 * astro.config.mjs does (a setting any Astro site could use, so the comparison is shown both ways).
 */
function markdownBaseline(root: string, corpus: SyntheticArticle[], registry: Entity[], concurrency?: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-md-'));
  mkdirSync(join(dir, 'content'), { recursive: true });
  mkdirSync(join(dir, 'src', 'pages'), { recursive: true });
  const encoder = new TextEncoder();
  const seeds: SeedInput[] = corpus.map((a) => ({ file: a.file, displayPath: a.file, bytes: encoder.encode(a.text) }));
  for (const article of annotateAll(seeds, registry).articles) {
    const body = article.paragraphs.map((p) => p.replace(/([\\`*_{}[\]<>#|!])/gu, '\\$1')).join('\n\n');
    writeFileSync(join(dir, 'content', `${article.meta.slug}.md`), `---\ntitle: ${JSON.stringify(article.meta.title)}\n---\n\n${body}\n`);
  }
  const build = `{ inlineStylesheets: 'always'${concurrency === undefined ? '' : `, concurrency: ${concurrency}`} }`;
  writeFileSync(join(dir, 'astro.config.mjs'), `import { defineConfig } from 'astro/config';\nexport default defineConfig({ cacheDir: './.astro/build-cache', vite: { cacheDir: './.astro/vite' }, build: ${build} });\n`);
  writeFileSync(
    join(dir, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nimport { z } from 'astro/zod';\n` +
      `export const collections = { articles: defineCollection({ loader: glob({ pattern: '*.md', base: './content' }), schema: z.object({ title: z.string() }) }) };\n`,
  );
  writeFileSync(
    join(dir, 'src', 'pages', '[slug].astro'),
    `---\nimport { getCollection, render } from 'astro:content';\nexport async function getStaticPaths() {\n  const entries = await getCollection('articles');\n  return entries.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));\n}\n` +
      `const { entry } = Astro.props;\nconst { Content } = await render(entry);\n---\n<html lang="en"><head><meta charset="utf-8"><title>{entry.data.title}</title></head><body><main><h1>{entry.data.title}</h1><Content /></main></body></html>\n`,
  );
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

function format(m: Measured): string {
  return `${m.seconds.toFixed(1)} s${m.cpuSeconds === null ? '' : ` (CPU ${m.cpuSeconds.toFixed(1)} s)`}${m.peakMiB === null ? '' : `, peak ${m.peakMiB.toFixed(0)} MiB`}`;
}

/** The run with the median wall time. */
function median(runs: Measured[]): Measured {
  return [...runs].sort((a, b) => a.seconds - b.seconds)[Math.floor(runs.length / 2)]!;
}

export async function benchSite(root: string, corpus: SyntheticArticle[], registry: Entity[], runs = 3): Promise<void> {
  const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const node = process.execPath;
  const copy = copyProject(corpus.map((a) => ({ file: a.file, bytes: a.text })));
  const dossier = copy.root;
  const baseline = markdownBaseline(root, corpus, registry);
  const { default: siteConfig } = (await import(pathToFileURL(join(root, 'astro.config.mjs')).href)) as { default: AstroUserConfig };
  const concurrency = siteConfig.build?.concurrency ?? 1;
  const tunedBaseline = markdownBaseline(root, corpus, registry, concurrency);
  // Every run starts cold: no dist/, no content-layer or Vite cache (both under .astro/, per project on
  // both sides, so neither invalidates the other's), no generated articles.
  const fresh = (dir: string, generated: boolean) => {
    for (const sub of ['dist', '.astro', ...(generated ? [join('content', 'articles')] : [])]) rmSync(join(dir, sub), { recursive: true, force: true });
    if (generated) mkdirSync(join(dir, 'content', 'articles'));
  };
  const measured = {
    markdown: [] as Measured[],
    markdownTuned: [] as Measured[],
    annotate: [] as Measured[],
    site: [] as Measured[],
    build: [] as Measured[],
    markdownRebuild: [] as Measured[],
    rebuild: [] as Measured[],
    freshClone: [] as Measured[],
  };
  try {
    // Interleaved, so that whatever else the machine does falls on both sides alike.
    for (let n = 0; n < runs; n++) {
      fresh(baseline, false);
      measured.markdown.push(run(node, [astro, 'build', '--root', baseline], baseline));
      fresh(tunedBaseline, false);
      measured.markdownTuned.push(run(node, [astro, 'build', '--root', tunedBaseline], tunedBaseline));
      // The two steps one after the other, for the figures of each...
      fresh(dossier, true);
      measured.annotate.push(run(node, [join(root, 'scripts', 'annotate.ts'), '--root', dossier, '--quiet', '--no-report'], dossier));
      measured.site.push(run(node, [astro, 'build', '--root', dossier], dossier));
      // ...and `npm run build` as it runs (scripts/build.ts: the annotator overlapping Astro's start-up),
      // without the post-build search index and zip, which the Markdown site has no counterpart for.
      fresh(dossier, true);
      measured.build.push(run(node, [join(root, 'scripts', 'build.ts'), '--root', dossier, '--no-postbuild'], dossier));
      // Rebuilds with nothing changed, each with its caches (Astro's content layer; our annotate manifest).
      measured.markdownRebuild.push(run(node, [astro, 'build', '--root', baseline], baseline));
      measured.rebuild.push(run(node, [join(root, 'scripts', 'build.ts'), '--root', dossier, '--no-postbuild'], dossier));
      // A fresh clone: content/ committed and current (its manifest matches), no dist/ and no Astro cache.
      fresh(dossier, false);
      measured.freshClone.push(run(node, [join(root, 'scripts', 'build.ts'), '--root', dossier, '--no-postbuild'], dossier));
    }
    const markdown = median(measured.markdown);
    const annotate = median(measured.annotate);
    const site = median(measured.site);
    const build = median(measured.build);
    const all = (list: Measured[]) => list.map((m) => m.seconds.toFixed(1)).join(', ');
    console.log(`site build: ${corpus.length} synthetic articles, median of ${runs} cold runs each`);
    console.log(`  plain Markdown pages (Astro, glob loader): ${format(markdown)} (runs: ${all(measured.markdown)} s)`);
    console.log(`  dossier, step by step: annotate ${format(annotate)}; Astro ${format(site)}`);
    console.log(`  dossier, npm run build (annotate on a worker during Astro's start-up, no postbuild): ${format(build)} (runs: ${all(measured.build)} s)`);
    // Each round measures both within a minute of each other; the ratio per round is steadier than the
    // ratio of medians when the machine's speed drifts over the runs.
    const perRound = measured.build.map((m, i) => m.seconds / measured.markdown[i]!.seconds);
    const roundRatios = perRound.map((r) => `${r.toFixed(2)}×`).join(', ');
    const medianRatio = [...perRound].sort((a, b) => a - b)[Math.floor(perRound.length / 2)]!;
    console.log(
      `  ratio npm run build / plain Markdown: ${(build.seconds / markdown.seconds).toFixed(2)}× (target ≤ 1.5×); ` +
        `per round ${roundRatios}, median ${medianRatio.toFixed(2)}×`,
    );
    const markdownTuned = median(measured.markdownTuned);
    console.log(
      `  plain Markdown pages with the site's build.concurrency (${concurrency}): ${format(markdownTuned)} (runs: ${all(measured.markdownTuned)} s); ` +
        `ratio against it: ${(build.seconds / markdownTuned.seconds).toFixed(2)}×`,
    );
    if (markdown.cpuSeconds !== null && build.cpuSeconds !== null) {
      // Wall time swings with whatever else the machine runs; CPU time is the steadier comparison.
      console.log(`  CPU ratio (user + system): ${(build.cpuSeconds / markdown.cpuSeconds).toFixed(2)}×`);
    }
    const markdownRebuild = median(measured.markdownRebuild);
    const rebuild = median(measured.rebuild);
    console.log(`  rebuild, nothing changed: plain Markdown ${format(markdownRebuild)}; npm run build ${format(rebuild)} (annotation skipped: content/annotate-manifest.txt)`);
    console.log(`  ratio for the rebuild: ${(rebuild.seconds / markdownRebuild.seconds).toFixed(2)}×`);
    const freshClone = median(measured.freshClone);
    console.log(
      `  fresh clone (content/ committed and current, no caches): npm run build ${format(freshClone)} (runs: ${all(measured.freshClone)} s); ` +
        `ratio to the cold plain Markdown build: ${(freshClone.seconds / markdown.seconds).toFixed(2)}×`,
    );
  } finally {
    copy.cleanup();
    for (const dir of [baseline, tunedBaseline]) rmSync(dir, { recursive: true, force: true });
  }
}
