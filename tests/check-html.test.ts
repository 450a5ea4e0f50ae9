// The HTML gate on fixture pages: a valid page passes, an invalid one fails with the expected rules.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkHtml, formatHtmlReport, samplePages } from '../scripts/check-html.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const site = path.join(root, 'tests/fixtures/html/site');

describe('checkHtml', () => {
  it('passes the valid page and names every error of the invalid one', async () => {
    const report = await checkHtml(site);
    const byPage = Object.fromEntries(report.results.map((r) => [r.page, r.errors.map((e) => e.ruleId).sort()]));
    expect(byPage['index.html']).toEqual([]);
    expect(byPage['people/ada/index.html']).toEqual(
      ['close-order', 'dossier/no-inline-handler', 'no-dup-id', 'no-implicit-button-type', 'no-implicit-close', 'wcag/h37'].sort(),
    );
    expect(report.errorCount).toBe(6);
    expect(report.byRule.map(([rule]) => rule)).toContain('dossier/no-inline-handler');
    const text = formatHtmlReport(report, 'fixture');
    expect(text).toContain('people/ada/index.html\n  10:15 error no-dup-id: Duplicate ID "ada"');
    expect(text.split('\n').at(-1)).toBe('check-html: fixture: 2 pages, 6 errors, 0 warnings');
  });

  it('the CLI exits 1 on errors and 2 without a built site', () => {
    const run = (...args: string[]) => spawnSync(process.execPath, [path.join(root, 'scripts/check-html.ts'), ...args], { cwd: root, encoding: 'utf8' });
    const failing = run(site);
    expect(failing.status).toBe(1);
    expect(failing.stderr).toContain('dossier/no-inline-handler: inline event handler "onclick" is not allowed');
    expect(run(path.join(site, 'people')).status).toBe(2);
  });
});

describe('samplePages', () => {
  it('keeps the home page, search, every listing and the first item of each section', () => {
    const pages = [
      'articles/a/index.html',
      'articles/b/index.html',
      'articles/index.html',
      'countries/by-mentions/index.html',
      'countries/china/index.html',
      'countries/index.html',
      'index.html',
      'people/ada/index.html',
      'people/bob/index.html',
      'people/by-mentions/index.html',
      'people/index.html',
      'search/index.html',
    ];
    expect(samplePages(pages)).toEqual([
      'articles/a/index.html',
      'articles/index.html',
      'countries/by-mentions/index.html',
      'countries/china/index.html',
      'countries/index.html',
      'index.html',
      'people/ada/index.html',
      'people/by-mentions/index.html',
      'people/index.html',
      'search/index.html',
    ]);
  });
});
