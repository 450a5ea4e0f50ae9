// npm run check [-- --root <dir>]: the fast pull-request gate, no browser and no site build.
// One line per check, ✓ or ✗, and exit code 1 if any failed:
//   registry schema     content/entities/*.yaml (discovered.yaml included) parse and validate
//   seeds decodable     every seeds/*.txt decodes (ingest) and every sidecar parses
//   generated content   content/ is what `npm run annotate` would write (the same code as annotate --check)
//   unique slugs        no two articles share a slug, in the generated output or in content/articles
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingest } from '../src/pipeline/ingest.ts';
import { loadRegistryFiles } from '../src/pipeline/registry-files.ts';
import { parseRegistry } from '../src/pipeline/registry.ts';
import { keepCache, outOfDate, planAnnotate, type AnnotatePlan } from './lib/annotate-run.ts';
import { readSeeds } from './lib/project.ts';

interface CheckResult {
  ok: boolean;
  detail: string;
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}

function checkRegistry(root: string): CheckResult {
  const registry = parseRegistry(loadRegistryFiles(join(root, 'content', 'entities')));
  const curated = registry.all().filter((e) => e.type !== 'country' && !e.discovered).length;
  const discovered = registry.all().filter((e) => e.discovered).length;
  return { ok: true, detail: `${curated} curated people/organizations/places, ${discovered} discovered, ${registry.byType('country').length} countries` };
}

function checkSeeds(root: string): CheckResult {
  // readSeeds parses every sidecar; ingest each seed separately so every bad file is named, not just the first.
  const seeds = readSeeds(root);
  const failures: string[] = [];
  for (const seed of seeds) {
    try {
      ingest(seed.displayPath, seed.bytes);
    } catch (error) {
      failures.push(firstLine(error));
    }
  }
  if (failures.length > 0) return { ok: false, detail: failures.join('; ') };
  return { ok: true, detail: `${seeds.length} seeds decode` };
}

function checkGenerated(plan: AnnotatePlan): CheckResult {
  const names = outOfDate(plan);
  if (names.length > 0) return { ok: false, detail: `out of date: ${names.join(', ')}; run "npm run annotate" and commit the result` };
  return { ok: true, detail: `content/ matches the annotator (${plan.counts.articles} articles)` };
}

function duplicatesOf(values: string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const value of values) (seen.has(value) ? repeated : seen).add(value);
  return [...repeated];
}

function checkSlugs(root: string, plan: AnnotatePlan): CheckResult {
  const generated = duplicatesOf(plan.slugs);
  const dir = join(root, 'content', 'articles');
  const committed = existsSync(dir)
    ? readdirSync(dir)
        .filter((n) => n.endsWith('.mdx'))
        .map((n) => /^slug: *["']?([^"'\n]+)["']? *$/mu.exec(readFileSync(join(dir, n), 'utf8'))?.[1] ?? n.replace(/\.mdx$/u, ''))
    : [];
  const clashes = [...new Set([...generated, ...duplicatesOf(committed)])];
  if (clashes.length > 0) return { ok: false, detail: `slugs used twice: ${clashes.join(', ')}; set a distinct "slug:" in one sidecar` };
  return { ok: true, detail: `${plan.slugs.length} distinct article slugs` };
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const rootAt = args.indexOf('--root');
  const root = rootAt >= 0 ? (args[rootAt + 1] ?? process.cwd()) : process.cwd();
  const started = performance.now();
  const lines: [string, CheckResult][] = [];
  const run = (name: string, check: () => CheckResult) => {
    let result: CheckResult;
    try {
      result = check();
    } catch (error) {
      result = { ok: false, detail: firstLine(error) };
    }
    lines.push([name, result]);
    console.log(`${result.ok ? '✓' : '✗'} ${name}: ${result.detail}`);
    return result.ok;
  };

  const registryOk = run('registry schema', () => checkRegistry(root));
  const seedsOk = run('seeds decodable', () => checkSeeds(root));
  let plan: AnnotatePlan | null = null;
  let planError = '';
  if (registryOk && seedsOk) {
    try {
      plan = await planAnnotate(root);
      keepCache(root, plan);
    } catch (error) {
      planError = firstLine(error);
    }
  } else {
    planError = 'not run: fix the registry and seeds first';
  }
  run('generated content up to date', () => (plan ? checkGenerated(plan) : { ok: false, detail: planError }));
  // An override slug clash stops the annotator itself; that message names both files.
  run('no duplicate slugs', () => (plan ? checkSlugs(root, plan) : { ok: false, detail: /slug/u.test(planError) ? planError : 'not run: the annotator did not finish' }));

  const failed = lines.filter(([, r]) => !r.ok).length;
  console.log(failed === 0 ? `check: all ${lines.length} passed in ${((performance.now() - started) / 1000).toFixed(1)} s` : `check: ${failed} of ${lines.length} failed`);
  return failed === 0 ? 0 : 1;
}

process.exitCode = await main();
