// The downloadable build opened from disk (file://) in Firefox, as many readers who download the site
// will: Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi (no browser download; see
// scripts/install-firefox.sh). The same walk as the Chromium test (offline.test.ts): styles load,
// relative links resolve, and the offline search (classic scripts, no fetch) finds a name in two scripts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { builtSiteWithSearch, type BuiltSite } from './built-site.ts';

const TOKAYEV = 'kassym-jomart-tokayev';

function findFirefox(): string | null {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];
  return candidates.find((file): file is string => !!file && existsSync(file)) ?? null;
}

const firefox = findFirefox();
const skipReason = firefox ? '' : 'no Firefox found ($FIREFOX_PATH or /usr/bin/firefox-esr); run `bash scripts/install-firefox.sh`';
if (!firefox && process.env.CI) throw new Error(`Firefox test: ${skipReason} (CI is set, so this is a failure, not a skip)`);

describe.skipIf(!firefox)(`offline archive from file:// in Firefox${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
  let site: BuiltSite;
  let unpacked: string;
  let browser: Browser;

  beforeAll(async () => {
    site = await builtSiteWithSearch('dossier-firefox-');
    unpacked = mkdtempSync(path.join(tmpdir(), 'dossier-firefox-unzipped-'));
    for (const [name, data] of Object.entries(unzipSync(readFileSync(path.join(site.dist, 'dossier-offline.zip'))))) {
      mkdirSync(path.dirname(path.join(unpacked, name)), { recursive: true });
      writeFileSync(path.join(unpacked, name), data);
    }
    browser = await puppeteer.launch({ browser: 'firefox', executablePath: firefox!, headless: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    if (unpacked) rmSync(unpacked, { recursive: true, force: true });
    site?.cleanup();
  });

  const fileUrl = (pagePath: string) => pathToFileURL(path.join(unpacked, pagePath)).href;

  /** Script errors and console errors the page reports while the test runs. */
  function collectErrors(page: Page): string[] {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(`pageerror: ${error instanceof Error ? error.message : String(error)}`));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console: ${message.text()}`);
    });
    return errors;
  }

  const resultHrefs = (page: Page) => page.$$eval('[data-search-results] a.search-result__link', (links) => links.map((a) => a.getAttribute('href') ?? ''));

  /** Waits for the offline search to show results (a function poll: Puppeteer's waitForSelector misses them under BiDi). */
  async function results(page: Page): Promise<string[]> {
    await page.waitForFunction(() => document.querySelector('[data-search-ready="offline"]') && document.querySelector('[data-search-results] a.search-result__link'), { timeout: 20_000 });
    return resultHrefs(page);
  }

  async function open(pagePath: string, query = ''): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.newPage();
    // Desktop width, where the layout is a grid with the sidebar.
    await page.setViewport({ width: 1280, height: 1600 });
    const errors = collectErrors(page);
    await page.goto(fileUrl(pagePath) + query);
    return { page, errors };
  }

  it('navigates home → article → person → country from disk, styled', async () => {
    const { page, errors } = await open('index.html');
    expect(await page.$eval('.shell', (el) => getComputedStyle(el).display)).toBe('grid');

    await Promise.all([page.waitForNavigation(), page.click('.article-list a')]);
    expect(page.url()).toMatch(/\/articles\/[^/]+\/index\.html$/u);
    expect(await page.$eval('h1', (el) => el.textContent?.trim())).toBeTruthy();

    await Promise.all([page.waitForNavigation(), page.click('.article-body a[href*="people/"]')]);
    expect(page.url()).toMatch(/\/people\/[^/]+\/index\.html(#.*)?$/u);

    await page.goto(fileUrl(`people/${TOKAYEV}/index.html`));
    await Promise.all([page.waitForNavigation(), page.click('.facts a[href*="countries/"]')]);
    expect(page.url()).toMatch(/\/countries\/kazakhstan\/index\.html$/u);
    expect(await page.$eval('h1', (el) => el.textContent)).toBe('Kazakhstan');
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('searches offline: "Tokayev" and "Токаев" put his page first, articles follow', async () => {
    const { page, errors } = await open('search/index.html', '?q=Tokayev');
    const hrefs = await results(page);
    expect(hrefs[0]).toBe(`../people/${TOKAYEV}/index.html?highlight=Tokayev`);
    expect(hrefs.filter((href) => href.startsWith('../articles/')).length).toBeGreaterThanOrEqual(3);

    await page.goto(`${fileUrl('search/index.html')}?q=${encodeURIComponent('Токаев')}`);
    await results(page);
    expect(await page.$eval('[data-search-results] a.search-result__link', (a) => a.textContent)).toBe('Kassym-Jomart Tokayev');
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
