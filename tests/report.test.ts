// The annotate report: per new or changed article, what a reviewer checks, in Markdown and in the terminal.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotateAll } from '../src/pipeline/generate.ts';
import { groupRemovedLines, renderReport, renderReportInput, reviewArticles } from '../src/pipeline/report.ts';
import { loadCuratedEntities, readSeeds } from '../scripts/lib/project.ts';

const ROOT = join(import.meta.dirname, '..');
const FIXTURES = join(import.meta.dirname, 'fixtures');

function output() {
  const seeds = readSeeds(ROOT);
  seeds.push(
    { file: '900_new_article.txt', displayPath: 'seeds/900_new_article.txt', bytes: readFileSync(join(FIXTURES, 'report', 'new-article.txt')) },
    { file: '901_other_outlet.txt', displayPath: 'seeds/901_other_outlet.txt', bytes: readFileSync(join(FIXTURES, 'duplicates', 'near-duplicate-of-001.txt')) },
  );
  return annotateAll(seeds, loadCuratedEntities(ROOT));
}

describe('renderReport', () => {
  const out = output();
  const slugOf = (file: string) => out.articles.find((a) => a.file === file)!.meta.slug;
  const changed = [`articles/${slugOf('900_new_article.txt')}.mdx`, `articles/${slugOf('901_other_outlet.txt')}.mdx`, 'entities/discovered.yaml'];
  const report = renderReport(out, changed, ['content/articles/gone.mdx']);
  const md = report.markdown;
  const section = (title: string) => {
    const start = md.indexOf(`### ${title}`);
    expect(start).toBeGreaterThanOrEqual(0);
    const end = md.indexOf('\n### ', start + 1);
    return md.slice(start, end < 0 ? md.indexOf('\n## ', start) : end);
  };

  it('details only the new or changed articles, and summarises all of them in a table', () => {
    expect(md).toContain('7 articles; **2 new or changed**; 1 removed;');
    expect(md.match(/^### /gmu)).toHaveLength(2);
    expect(md).toContain('Removed (seed deleted): `content/articles/gone.mdx`');
    expect(md.match(/^\| (✎)? \| `/gmu)).toHaveLength(7);
  });

  it('lists linked entities with counts, discovered entities, and unlinked names for a new article', () => {
    const text = section('Kazakhstan Opens New Trade Office in Tashkent');
    expect(text).toMatch(/- linked \(\d+\): .*Kazakhstan \(country, 2\)/u);
    expect(text).toMatch(/- \*\*discovered\*\* \(2, not in the registry\): .*Aigerim Bekova `aigerim-bekova` \(person, 2\)/u);
    expect(text).toContain('Eurasian Policy Institute `eurasian-policy-institute` (organization, 2)');
    expect(text).toContain('- unlinked names (1): `Nauryz Meyrami`');
    expect(text).toContain('- quotes: 1 attributed, 0 unattributed');
    expect(text).toMatch(/ {2}- Aigerim Bekova \([a-z-]+\): “This is a step toward regional integration,”/u);
  });

  it('names missing metadata and where to set it', () => {
    const text = section('Kazakhstan Opens New Trade Office in Tashkent');
    expect(text).toContain('- **missing metadata**: no date, no source, no byline (set it in `seeds/900_new_article.meta.yaml`)');
  });

  it('flags the copy from another outlet as a duplicate of its seed, with the figures', () => {
    // The other outlet's page has no recognisable headline, so its title is its section line.
    const text = section(out.articles.find((a) => a.file === '901_other_outlet.txt')!.meta.title);
    expect(text).toMatch(/- ⚠️ \*\*possible duplicate\*\*: a shorter version of `seeds\/001_b83ce051fa8e0211\.txt`: containment 9\d%, Jaccard [789]\d%/u);
    expect(text).toContain('- removed lines (');
    expect(text).toMatch(/line 1 \(suggested\): `Suggested Articles`/u);
    expect(md).toMatch(/\| ✎ \| `[^`]+` \| \d+ \| 0 \| \d+\/\d+ \| \d+ \| duplicate of 001_b83ce051fa8e0211\.txt; /u);
  });

  it('prints the same findings readably in the terminal', () => {
    const lines = report.terminal.split('\n');
    expect(lines[0]).toBe('annotate: 7 articles, 2 written, 1 removed, 2 discovered entities');
    const at = lines.findIndex((l) => l.startsWith(`* ${slugOf('900_new_article.txt')} (seeds/900_new_article.txt)`));
    expect(lines.slice(at + 1, at + 4)).toEqual([
      '    missing: no date, no source, no byline',
      '    discovered: Aigerim Bekova [aigerim-bekova, person], Eurasian Policy Institute [eurasian-policy-institute, organization]',
      '    unlinked names: Nauryz Meyrami',
    ]);
    expect(report.terminal).toMatch(/ {4}! possible duplicate: a shorter version of seeds\/001_b83ce051fa8e0211\.txt: containment 9\d%/u);
    // Unchanged articles get one line each.
    expect(lines.filter((l) => l.startsWith('  ') && !l.startsWith('   ') && l.includes(' linked, '))).toHaveLength(5);
    expect(report.terminal).toContain('  person       aigerim-bekova  (Aigerim Bekova)');
  });

  it('says so when nothing changed', () => {
    const quiet = renderReport(out, [], []);
    expect(quiet.markdown).toContain('None: the generated content was already up to date.');
    expect(quiet.markdown).not.toMatch(/^### /mu);
  });

  it('reviews every article with its duplicates, only for the pair that matches', () => {
    const reviews = reviewArticles(out, changed);
    expect(reviews.filter((r) => r.duplicates.length > 0).map((r) => r.file).sort()).toEqual(['001_b83ce051fa8e0211.txt', '901_other_outlet.txt']);
  });
});

describe('groupRemovedLines', () => {
  it('folds a run of lines removed for one reason into one group, across blank lines', () => {
    const groups = groupRemovedLines([
      { line: 1, text: '• KGS/USD', reason: 'ticker' },
      { line: 2, text: '• KZT/USD', reason: 'ticker' },
      { line: 4, text: '• TJS/USD', reason: 'ticker' },
      { line: 9, text: '• UZS/USD', reason: 'ticker' },
      { line: 10, text: 'Sidebar', reason: 'sidebar' },
    ]);
    expect(groups.map((g) => [g.reason, g.first, g.last, g.lines.length])).toEqual([
      ['ticker', 1, 4, 3],
      ['ticker', 9, 9, 1],
      ['sidebar', 10, 10, 1],
    ]);
  });
});

describe('renderReportInput on a run that changed thousands of articles', () => {
  it('reviews the first ones and says how many more are only in the table', () => {
    const row = (n: number) => ({ slug: `a-${n}`, title: `A ${n}`, linked: 1, discovered: 0, attributed: 0, quotes: 0, removed: 0, missing: [], changed: true, duplicateOf: [] });
    const report = renderReportInput({ reviews: [], unreviewed: 2500, rows: Array.from({ length: 2500 }, (_, n) => row(n)), discovered: [], records: [], stale: [] });
    expect(report.markdown).toContain('… and 2500 more new or changed articles, in the table below only.');
    expect(report.markdown).toContain('## Changed or flagged articles (of 2500)');
  });
});
