// Lighthouse gate on the built site (scripts/lighthouse.ts): performance, accessibility, best
// practices and SEO each ≥ 95 on the home page, the heaviest article and the heaviest person page,
// with mobile and desktop emulation. Skipped without Chromium, except in CI (harness rule).
// Uses the build in $DOSSIER_DIST when set (CI builds once), otherwise builds into a temp folder.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { belowMinimum, calibratedMobileSlowdown, CATEGORIES, formatScores, pagesToAudit, runLighthouse, withRerunPerformance, type PageScores } from '../../scripts/lighthouse.ts';
import { postbuild } from '../../scripts/postbuild.ts';
import { browserAvailability, buildSite } from './harness.ts';

const { chromium, skipReason } = browserAvailability();
const MIN = 95;

describe('belowMinimum', () => {
  const scores = (p: number, a: number, b: number, s: number) => ({ performance: p, accessibility: a, 'best-practices': b, seo: s });
  it('names every page and category under the minimum, and nothing at or above it', () => {
    const results: PageScores[] = [
      { page: '', formFactor: 'mobile', scores: scores(100, 95, 100, 100), failingAudits: [], benchmarkIndex: 2000 },
      { page: 'people/x/', formFactor: 'desktop', scores: scores(94, 100, 80, 100), failingAudits: ['best-practices/errors-in-console (0)'], benchmarkIndex: 2000 },
    ];
    expect(belowMinimum(results, MIN)).toEqual(['desktop /people/x/: performance 94 < 95', 'desktop /people/x/: best-practices 80 < 95']);
    expect(belowMinimum(results.slice(0, 1), MIN)).toEqual([]);
  });
});

describe('calibratedMobileSlowdown', () => {
  it('keeps Lighthouse’s 4× on a host as fast as its reference or faster, and slows a slower host less, never below 1×', () => {
    expect(calibratedMobileSlowdown(3200)).toBe(4);
    expect(calibratedMobileSlowdown(1500)).toBe(4);
    expect(calibratedMobileSlowdown(750)).toBe(2);
    expect(calibratedMobileSlowdown(600)).toBe(1.6);
    expect(calibratedMobileSlowdown(200)).toBe(1);
    expect(calibratedMobileSlowdown(0)).toBe(4);
  });
});

describe('withRerunPerformance', () => {
  const scores = (p: number, a: number) => ({ performance: p, accessibility: a, 'best-practices': 100, seo: 100 });
  it('takes a second run’s performance only for pages under the minimum, and only when better; never another category', () => {
    const first: PageScores[] = [
      { page: '', formFactor: 'mobile', scores: scores(91, 90), failingAudits: ['performance/total-blocking-time (74)'], benchmarkIndex: 2000 },
      { page: 'articles/', formFactor: 'mobile', scores: scores(99, 100), failingAudits: [], benchmarkIndex: 2000 },
      { page: 'x/', formFactor: 'desktop', scores: scores(80, 100), failingAudits: ['performance/speed-index (50)'], benchmarkIndex: 2000 },
    ];
    const rerun: PageScores[] = [
      { page: '', formFactor: 'mobile', scores: scores(98, 100), failingAudits: [], benchmarkIndex: 2000 },
      { page: 'articles/', formFactor: 'mobile', scores: scores(50, 100), failingAudits: [], benchmarkIndex: 2000 },
      { page: 'x/', formFactor: 'desktop', scores: scores(70, 100), failingAudits: [], benchmarkIndex: 2000 },
    ];
    const merged = withRerunPerformance(first, rerun, MIN);
    expect(merged.map((r) => r.scores.performance)).toEqual([98, 99, 80]);
    // The accessibility failure stays a failure.
    expect(belowMinimum(merged, MIN)).toEqual(['mobile /: accessibility 90 < 95', 'desktop /x/: performance 80 < 95']);
  });
});

describe.skipIf(!chromium)(`Lighthouse${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
  let dist: string;
  let temporary: string;

  beforeAll(async () => {
    temporary = mkdtempSync(path.join(tmpdir(), 'dossier-lighthouse-'));
    if (process.env.DOSSIER_DIST) {
      dist = path.resolve(process.env.DOSSIER_DIST);
      if (!existsSync(path.join(dist, 'index.html'))) throw new Error(`DOSSIER_DIST=${dist} has no index.html; run "npm run build" first`);
    } else {
      dist = path.join(temporary, 'dist');
      buildSite(dist);
      await postbuild(dist);
    }
  });

  afterAll(() => {
    rmSync(temporary, { recursive: true, force: true });
  });

  it(`scores home, the article list, the heaviest article and entity page ≥ ${MIN} in all four categories, mobile and desktop`, { timeout: 900_000 }, async () => {
    const pages = pagesToAudit(dist);
    expect(pages[0]).toBe('');
    expect(pages[1]).toBe('articles/');
    expect(pages[2]).toMatch(/^articles\/[^/]+\/$/);
    expect(pages[3]).toMatch(/^(people|countries|organizations|places)\/[^/]+\/$/);
    let results = await runLighthouse(dist, pages, { chromePath: chromium ?? undefined, formFactors: ['mobile', 'desktop'] });
    console.log(formatScores(results));
    // Performance is timed, so a slow or loaded host lowers it: pages under the minimum get one more
    // run, with the mobile CPU slowdown calibrated to the host as the first run measured it, so that
    // the emulated phone is the one Lighthouse's 4× stands for (scripts/lighthouse.ts).
    const slow = results.filter((r) => r.scores.performance < MIN);
    if (slow.length > 0) {
      const mobileCpuSlowdown = calibratedMobileSlowdown(Math.min(...slow.map((r) => r.benchmarkIndex)));
      const rerun = await runLighthouse(dist, [...new Set(slow.map((r) => r.page))], {
        chromePath: chromium ?? undefined,
        formFactors: [...new Set(slow.map((r) => r.formFactor))],
        mobileCpuSlowdown,
      });
      results = withRerunPerformance(results, rerun, MIN);
      console.log(`re-ran ${slow.length} page(s) for performance (host benchmarkIndex ${slow.map((r) => r.benchmarkIndex).join(', ')}; mobile CPU slowdown ${mobileCpuSlowdown}×):\n${formatScores(results)}`);
    }
    expect(results).toHaveLength(8);
    const failures = belowMinimum(results, MIN);
    const lostPoints = results.filter((r) => r.failingAudits.length).map((r) => `${r.formFactor} /${r.page}: ${r.failingAudits.join(', ')}`);
    expect(failures, `scores below ${MIN}; audits that lost points:\n${lostPoints.join('\n')}`).toEqual([]);
  });

  it('scores a page with known faults below the minimum (the gate can fail)', { timeout: 300_000 }, async () => {
    // No lang, no description, an unlabeled link, faint text and a console error: accessibility,
    // SEO and best practices must all drop under 95.
    const bad = path.join(temporary, 'bad');
    mkdirSync(bad, { recursive: true });
    writeFileSync(
      path.join(bad, 'index.html'),
      '<html><head><title>x</title></head><body><a href="/nowhere"></a><p style="color:#ccc;background:#fff">faint text</p><img src="missing.png"><script>console.error("broken")</script></body></html>',
    );
    const [result] = await runLighthouse(bad, [''], { chromePath: chromium ?? undefined, formFactors: ['desktop'] });
    if (!result) throw new Error('no result');
    for (const category of ['accessibility', 'best-practices', 'seo'] as const) expect(result.scores[category], category).toBeLessThan(MIN);
    expect(CATEGORIES.every((c) => Number.isInteger(result.scores[c]))).toBe(true);
    expect(result.failingAudits.join(' ')).toContain('html-has-lang');
  });
});
