// Entity recognition and linking against the hand-made answer key (../shared/gold, conventions in NOTES.md).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotateAll } from '../src/pipeline/generate.ts';
import { foldKey } from '../src/pipeline/names.ts';
import type { AnnotatedArticle, EntitySummary } from '../src/pipeline/types.ts';
import { loadCuratedEntities, readSeeds } from '../scripts/lib/project.ts';

const ROOT = join(import.meta.dirname, '..');
// The key lives in ../shared beside the project (CI has it there); a copy in tests/fixtures/gold keeps the test runnable anywhere.
const GOLD_PATHS = [join(ROOT, '..', 'shared', 'gold', 'seeds.json'), join(ROOT, 'tests', 'fixtures', 'gold', 'seeds.json')];
const goldPath = GOLD_PATHS.find((p) => existsSync(p));

type GoldType = 'people' | 'countries' | 'organizations';
type Gold = Record<string, Record<GoldType, Record<string, string[]>>>;
const TYPE_OF: Record<GoldType, EntitySummary['type']> = { people: 'person', countries: 'country', organizations: 'organization' };

// The scorer strips titles and possessives, as NOTES.md says.
const TITLES = /^(?:Mr\.?|Mrs\.?|Ms\.?|Dr\.?|President|Professor|Senator|Secretary)\s+/u;
function bare(surface: string): string {
  return foldKey(surface.replace(TITLES, '').replace(/['’]s$/u, ''));
}

interface Score {
  tp: number;
  fp: number;
  fn: number;
  falsePositives: string[];
  missed: string[];
}

function scoreArticle(article: AnnotatedArticle, gold: Record<GoldType, Record<string, string[]>>, type: GoldType): Score {
  const tagged = article.entities.filter((e) => e.type === TYPE_OF[type]);
  const goldEntities = Object.entries(gold[type]);
  const matches = (t: EntitySummary, [canonical, surfaces]: [string, string[]]) =>
    foldKey(t.name) === foldKey(canonical) || t.surfaces.some((s) => surfaces.some((g) => bare(g) === bare(s)));
  const score: Score = { tp: 0, fp: 0, fn: 0, falsePositives: [], missed: [] };
  for (const t of tagged) {
    if (goldEntities.some((g) => matches(t, g))) score.tp++;
    else {
      score.fp++;
      score.falsePositives.push(`${t.name} [${t.surfaces.join(', ')}]`);
    }
  }
  for (const g of goldEntities) {
    if (!tagged.some((t) => matches(t, g))) {
      score.fn++;
      score.missed.push(g[0]);
    }
  }
  return score;
}

describe.skipIf(!goldPath)('entities against the gold answer key', () => {
  const gold = JSON.parse(readFileSync(goldPath!, 'utf8')) as Gold;
  const { articles } = annotateAll(readSeeds(ROOT), loadCuratedEntities(ROOT));

  it('covers every gold seed', () => {
    expect(articles.map((a) => a.file).sort()).toEqual(Object.keys(gold).sort());
  });

  for (const type of ['people', 'countries', 'organizations'] as GoldType[]) {
    it(`${type}: micro-averaged precision and recall ≥ 0.95`, () => {
      let tp = 0;
      let fp = 0;
      let fnTotal = 0;
      const rows: string[] = [];
      for (const article of articles) {
        const s = scoreArticle(article, gold[article.file]!, type);
        tp += s.tp;
        fp += s.fp;
        fnTotal += s.fn;
        const p = s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp);
        const r = s.tp + s.fn === 0 ? 1 : (s.tp + 0) / (s.tp + s.fn);
        rows.push(
          `  ${article.file} ${type.padEnd(13)} P=${p.toFixed(2)} R=${r.toFixed(2)}` +
            (s.falsePositives.length ? `  extra: ${s.falsePositives.join('; ')}` : '') +
            (s.missed.length ? `  missed: ${s.missed.join('; ')}` : ''),
        );
      }
      // Recall counts gold entities found; tp above counts tagged entities matched, which equals found gold
      // entities unless two tagged entities match one gold entity — so recompute recall from misses.
      const goldTotal = articles.reduce((n, a) => n + Object.keys(gold[a.file]![type]).length, 0);
      const precision = tp / (tp + fp);
      const recall = (goldTotal - fnTotal) / goldTotal;
      console.log(`${type}: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} (micro, ${articles.length} seeds)\n${rows.join('\n')}`);
      expect(precision).toBeGreaterThanOrEqual(0.95);
      expect(recall).toBeGreaterThanOrEqual(0.95);
    });
  }
});
