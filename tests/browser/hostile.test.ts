// Hostile articles in a real browser: a site built from articles full of script, handler and MDX
// payloads opens in Chromium with no dialog, no console error and no injected script running,
// and every payload shows as literal text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { buildCorpusSite, type CorpusSite } from '../lib/corpus-site.ts';
import { specialSeeds } from '../lib/hostile-corpus.ts';
import { browserAvailability, collectProblems, launch, serveStatic, type StaticServer } from './harness.ts';

const { chromium, skipReason } = browserAvailability();

// Payloads a browser would execute if they ever became markup.
const EXECUTABLE = ['script-tag', 'img-onerror', 'javascript-url-markdown', 'javascript-url-html', 'jsx-attribute-expression', 'mdx-expression-exit', 'mdx-expression-fetch'];

describe.skipIf(!chromium)(`hostile articles in Chromium${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
  let site: CorpusSite;
  let server: StaticServer;
  let browser: Browser;
  const seeds = specialSeeds().filter((s) => s.label !== 'two-megabyte-line' && !s.file.includes('nul'));

  beforeAll(async () => {
    site = buildCorpusSite(seeds.map((s) => ({ file: s.file, bytes: s.bytes })));
    expect(site.build?.status, site.build?.stderr.slice(-2000) ?? site.annotate.stderr).toBe(0);
    server = await serveStatic(site.dist);
    browser = await launch(chromium);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    site?.cleanup();
  });

  it('covers the executable payloads', () => {
    for (const label of EXECUTABLE) expect(seeds.some((s) => s.label === label), label).toBe(true);
  });

  it('opens every article page and the indexes with no dialog, no error and no injected script', async () => {
    const slugs = readdirSync(path.join(site.dist, 'articles'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    expect(slugs.length).toBeGreaterThan(10);
    const pages = ['index.html', 'articles/index.html', 'search/index.html', ...slugs.map((s) => `articles/${s}/index.html`)];
    for (const page of pages) {
      const tab = await browser.newPage();
      const problems = collectProblems(tab);
      // A payload that ran would set this or open a dialog; a fetch to 127.0.0.1 would show as a request.
      const requests: string[] = [];
      tab.on('request', (request) => {
        if (!request.url().startsWith(server.origin)) requests.push(request.url());
      });
      await tab.goto(`${server.url}${page}`, { waitUntil: 'load' });
      await tab.waitForTimeout(50);
      expect(problems, page).toEqual([]);
      expect(requests, page).toEqual([]);
      // Article pages carry no script of their own, so any <script> in their main content was injected.
      const injected = page.startsWith('articles/') && page !== 'articles/index.html' ? 'main script, ' : '';
      expect(await tab.evaluate((sel) => document.querySelectorAll(sel).length, `${injected}main [onerror], main [onclick], main a[href^="javascript:"]`), page).toBe(0);
      await tab.close();
    }
  });

  it('shows the script, handler and expression payloads as literal text', async () => {
    const api = JSON.parse(readFileSync(path.join(site.dist, 'api/articles.json'), 'utf8')) as { seed: string; url: string }[];
    const tab = await browser.newPage();
    for (const label of ['script-tag', 'img-onerror', 'javascript-url-html', 'mdx-expression-exit']) {
      const seed = seeds.find((s) => s.label === label && s.placement === 'body')!;
      const article = api.find((a) => a.seed === seed.file)!;
      await tab.goto(`${server.url}${article.url}`, { waitUntil: 'load' });
      expect(await tab.locator('main').innerText(), label).toContain(seed.payload);
    }
    await tab.close();
  });
});
