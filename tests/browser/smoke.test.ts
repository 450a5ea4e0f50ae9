// Smoke test of the built site in a real Chromium: the home page loads over HTTP with no console
// error, no failed request and no dialog, and a screenshot is kept for a human to look at.
// Uses the build in $DOSSIER_DIST when set (CI builds once), otherwise builds into a temp folder.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { countElements } from '../../scripts/lib/page-weights.ts';
import { browserAvailability, buildSite, collectProblems, launch, projectRoot, serveStatic, type StaticServer } from './harness.ts';

const { chromium, skipReason } = browserAvailability();
const screenshot = path.join(projectRoot, 'reports/screenshots/home.png');

describe.skipIf(!chromium)(`browser smoke test${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
  let dist: string;
  let temporary: string | null = null;
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    if (process.env.DOSSIER_DIST) {
      dist = path.resolve(process.env.DOSSIER_DIST);
      if (!existsSync(path.join(dist, 'index.html'))) throw new Error(`DOSSIER_DIST=${dist} has no index.html; run "npm run build" first`);
    } else {
      temporary = mkdtempSync(path.join(tmpdir(), 'dossier-smoke-'));
      dist = path.join(temporary, 'dist');
      buildSite(dist);
    }
    server = await serveStatic(dist);
    browser = await launch(chromium);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (temporary) rmSync(temporary, { recursive: true, force: true });
  });

  it('opens the home page with no console errors, failed requests or dialogs', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems = collectProblems(page);
    const response = await page.goto(server.url, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    await page.waitForLoadState('networkidle');
    // A real page rendered: a heading and links into the site, not an error body.
    expect(await page.locator('h1').count()).toBeGreaterThan(0);
    expect(await page.locator('a[href]').count()).toBeGreaterThan(5);
    expect(problems).toEqual([]);
    expect(server.notFound).toEqual([]);

    mkdirSync(path.dirname(screenshot), { recursive: true });
    await page.screenshot({ path: screenshot, fullPage: true });
    expect(statSync(screenshot).size).toBeGreaterThan(1000);
    await page.close();
  });

  it('counts a page’s DOM elements as Chromium parses them (the page-weight budget’s count)', async () => {
    // Scripts off: the count is of the HTML as sent, before any script adds to it.
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const pagePath of ['', 'articles/', 'countries/kazakhstan/', 'people/kassym-jomart-tokayev/alongside/']) {
      await page.goto(`${server.url}${pagePath}`);
      const inBrowser = await page.evaluate(() => document.getElementsByTagName('*').length);
      expect(countElements(readFileSync(path.join(dist, pagePath, 'index.html'), 'utf8')), pagePath).toBe(inBrowser);
    }
    await context.close();
  });

  it('reports what a broken page does: a 404, a console error and a dialog', async () => {
    // The collector itself must be able to fail: a page that misbehaves in each way is caught.
    const page = await browser.newPage();
    const problems = collectProblems(page);
    await page.goto(`${server.url}no-such-page/`);
    await page.setContent('<script>console.error("boom"); alert("hi")</script>');
    expect(problems).toContainEqual({ kind: 'http-error', text: `404 ${server.url}no-such-page/` });
    expect(problems).toContainEqual({ kind: 'dialog', text: 'alert: hi' });
    expect(problems.some((p) => p.kind === 'console-error' && p.text.startsWith('boom'))).toBe(true);
    expect(server.notFound).toContain('/no-such-page/');
    server.notFound.length = 0;
    await page.close();
  });
});
