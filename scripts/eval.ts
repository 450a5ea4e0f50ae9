// npm run eval [-- --dev]
// Scores the annotator on the blind set (tests/fixtures/blind/: real articles nobody tuned the rules
// on, keys written blind; see its README.md). Each half is annotated on its own, as a maintainer adding
// those articles would. Prints precision and recall per type on each half and per outlet, people split
// across ids, titles, dates, outlets, bylines and quote attribution; misses and false positives are
// listed for the dev half only. Scoring the test half counts as a run in test-runs.json, whose count
// heads the output. --dev scores the dev half alone and counts nothing.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { annotateArticles } from '../src/pipeline/annotate.ts';
import type { Entity } from '../src/pipeline/types.ts';
import {
  BLIND_DIR,
  KEY_TYPES,
  outletIdsOf,
  rates,
  readBlindSet,
  scoreHalf,
  seedsOf,
  FLOORS,
  TARGETS,
  unlistedArticles,
  type BlindArticle,
  type HalfScore,
} from './lib/eval.ts';
import { loadCuratedEntities } from './lib/project.ts';

const root = join(import.meta.dirname, '..');
const devOnly = process.argv.includes('--dev');
const RUNS_PATH = join(root, ...BLIND_DIR, 'test-runs.json');

const blind = readBlindSet(root);
const unlisted = unlistedArticles(root, blind);
if (unlisted.length > 0) throw new Error(`${BLIND_DIR.join('/')}/sources.tsv does not list ${unlisted.join(', ')}`);
const curated = loadCuratedEntities(root);
const outletIds = outletIdsOf(curated);

/** A half scored whole, and each of its collections within it (annotated together, as the half is). */
function score(articles: BlindArticle[]): { whole: HalfScore; byBatch: [number, HalfScore][] } {
  const set = annotateArticles(seedsOf(articles), curated);
  const byFile = new Map(set.articles.map((a) => [a.file, a]));
  const entities = new Map<string, Entity>([...curated.map((e) => [e.id, e] as const), ...set.discovered.map((e) => [e.id, e] as const)]);
  const pairs = articles.map((b) => ({ blind: b, article: byFile.get(b.file)! }));
  const lookup = (id: string) => entities.get(id);
  const batches = [...new Set(articles.map((b) => b.batch))].sort((a, b) => a - b);
  return {
    whole: scoreHalf(pairs, lookup, outletIds),
    byBatch: batches.length > 1 ? batches.map((n) => [n, scoreHalf(pairs.filter((p) => p.blind.batch === n), lookup, outletIds)] as [number, HalfScore]) : [],
  };
}

let testRuns = (JSON.parse(readFileSync(RUNS_PATH, 'utf8')) as { runs: number }).runs;
if (!devOnly) {
  testRuns++;
  writeFileSync(RUNS_PATH, `${JSON.stringify({ runs: testRuns, note: 'times npm run eval has scored the test half' }, null, 2)}\n`);
}

const devScore = score(blind.filter((b) => b.half === 'dev'));
const halves: ['dev' | 'test', HalfScore][] = [['dev', devScore.whole]];
if (!devOnly) halves.push(['test', score(blind.filter((b) => b.half === 'test')).whole]);
// The dev half's collections apart: a new collection's first score, before any rule is written from it,
// is as blind as the test half's.
const rows: [string, HalfScore][] = [...halves, ...devScore.byBatch.map(([n, h]) => [`  ·${n}`, h] as [string, HalfScore])];

const pct = (n: number, d: number) => (d === 0 ? '   -' : `${((100 * n) / d).toFixed(0).padStart(3)}%`);
const pr = (c: HalfScore['entities']['people']) => {
  const r = rates(c);
  return `${r.precision.toFixed(2)}/${r.recall.toFixed(2)}`;
};
const out: string[] = [];
out.push(
  `eval: blind set of ${blind.length} articles from ${new Set(blind.map((b) => b.outlet)).size} outlets · test-half runs: ${testRuns}${devOnly ? ' (this run: dev half only, not counted)' : ' (this one included)'}`,
);
out.push('');
out.push('half (dev by collection: ·n)');
out.push('half  arts outl  people P/R  countries P/R  orgs P/R   split  titles  dates found/wrong  outlets found/wrong  bylines found/wrong  quotes right/wrong (of attributable)');
for (const [name, h] of rows) {
  out.push(
    [
      name.padEnd(4),
      String(h.articles).padStart(5),
      String(h.outlets).padStart(4),
      pr(h.entities.people).padStart(11),
      pr(h.entities.countries).padStart(14),
      pr(h.entities.organizations).padStart(10),
      String(h.split.length).padStart(6),
      pct(h.titles.right, h.titles.total).padStart(7),
      `${pct(h.dates.found, h.dates.stated)} of ${h.dates.stated}, ${h.dates.wrong} wrong`.padStart(19),
      `${pct(h.sources.found, h.sources.named)} of ${h.sources.named}, ${h.sources.wrong} wrong`.padStart(20),
      `${pct(h.bylines.found, h.bylines.named)} of ${h.bylines.named}, ${h.bylines.wrong} wrong`.padStart(20),
      name !== 'test' ? `${h.quotes.correct}/${h.quotes.wrong} of ${h.quotes.attributable}` : '(dev only)',
    ].join(' '),
  );
}
out.push('');
out.push(
  `targets on the test half: people P,R ≥ ${TARGETS.people.precision}; organizations P ≥ ${TARGETS.organizations.precision}, R ≥ ${TARGETS.organizations.recall}; countries ≥ ${TARGETS.countries.precision}; titles ≥ ${TARGETS.titles * 100}%; dates ≥ ${TARGETS.dates * 100}% and none wrong; outlets ≥ ${TARGETS.sources * 100}%; no person split`,
  `floors CI holds it to (tests/blind.test.ts): organizations P ≥ ${FLOORS.organizations.precision}, R ≥ ${FLOORS.organizations.recall}; titles ≥ ${FLOORS.titles * 100}%; outlets ≥ ${FLOORS.sources * 100}%; splits ≤ ${FLOORS.splits}; the rest at the targets`,
);
for (const [name, h] of halves) {
  out.push('');
  out.push(`per outlet (${name}): people · countries · organizations, P/R`);
  for (const [outlet, counts] of [...h.perOutlet].sort((a, b) => a[0].localeCompare(b[0]))) {
    out.push(`  ${outlet.padEnd(40)} ${KEY_TYPES.map((t) => pr(counts[t])).join('  ')}`);
  }
  // Who was split is a miss: named for the dev half only.
  if (h.split.length > 0) {
    out.push(name === 'dev' ? `  people split across ids: ${h.split.map((s) => `${s.person} (${s.ids.join(', ')})`).join('; ')}` : `  people split across ids: ${h.split.length}`);
  }
}
const dev = halves[0]![1];
out.push('');
out.push('dev half, article by article (the test half is scored only, never listed):');
for (const d of dev.details) {
  if (d.lines.length === 0) continue;
  out.push(`  ${d.file} (${d.outlet})`);
  for (const line of d.lines) out.push(`    ${line}`);
}
const text = out.join('\n');
console.log(text);
mkdirSync(join(root, 'reports'), { recursive: true });
writeFileSync(join(root, 'reports', 'eval.txt'), `${text}\n`);
