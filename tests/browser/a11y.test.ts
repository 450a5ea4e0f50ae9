// Accessibility gate of the built site in Chromium: axe-core (WCAG 2.0/2.1 A and AA plus best
// practices) on every page type in light and dark themes, at desktop and phone widths, with zero
// serious or critical violations; and a keyboard walk: the skip link is the first Tab stop and
// moves focus to <main>, every interactive element is reached by Tab in document order, and each
// one shows a visible focus indicator.
// Uses the build in $DOSSIER_DIST when set (CI builds once), otherwise builds into a temp folder.
import { afterAll, beforeAll, describe, expect, it, type ExpectStatic } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Result as AxeResult } from 'axe-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { postbuild } from '../../scripts/postbuild.ts';
import { browserAvailability, buildSite, collectProblems, launch, serveStatic, type StaticServer } from './harness.ts';

const { chromium, skipReason } = browserAvailability();

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
const WIDTHS = { desktop: { width: 1280, height: 900 }, phone: { width: 375, height: 740 } } as const;
type Width = keyof typeof WIDTHS;

/**
 * Theme states. The system preference comes from the browser context (prefers-color-scheme); the
 * toggle's choice is then made by clicking the real toggle button, which sets data-theme on <html>
 * and overrides the system preference (so "chosen dark" is checked on a page whose system is light).
 */
const SYSTEM_THEMES = ['light', 'dark'] as const;
type SystemTheme = (typeof SYSTEM_THEMES)[number];
/** Only colours change with the theme, so the toggled states re-run just the colour rules on the same page. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** The heaviest page of a section (most links and entity markup), so the gate sees the worst case. */
function largestPage(dist: string, section: string): string {
  const dir = path.join(dist, section);
  const candidates = readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && e.name !== 'by-mentions' && existsSync(path.join(dir, e.name, 'index.html')))
    .map((e) => ({ name: e.name, size: statSync(path.join(dir, e.name, 'index.html')).size }))
    .sort((a, b) => b.size - a.size || a.name.localeCompare(b.name));
  const first = candidates[0];
  if (!first) throw new Error(`a11y: ${dir} has no pages`);
  return `${section}/${first.name}/`;
}

interface PageUnderTest {
  kind: string;
  path: string;
  /** Waits until scripted content (search results) is on the page. */
  ready?: (page: Page) => Promise<void>;
}

const PAGE_COUNT = 15;

/**
 * At most two pages at once: one renders while axe runs on the other (this machine has two cores);
 * more only makes every page slower.
 */
function limiter(slots: number): <T>(task: () => Promise<T>) => Promise<T> {
  let free = slots;
  const waiting: Array<() => void> = [];
  return async (task) => {
    if (free > 0) free--;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else free++;
    }
  };
}
const inSlot = limiter(2);

function pagesUnderTest(dist: string): PageUnderTest[] {
  // The search page fills a result in only once it comes near the screen (below the filters on a phone), so
  // bring each placeholder into view until every result is real, then go back to the top.
  const searchResults = async (page: Page) => {
    await page.locator('[data-search-results] li').first().waitFor({ state: 'attached', timeout: 15_000 });
    const deadline = Date.now() + 15_000;
    while (await page.locator('[data-search-results] .search-pending').count()) {
      if (Date.now() > deadline) throw new Error('search results stayed placeholders for 15 s');
      // Not Playwright's scrollIntoViewIfNeeded: it waits for the placeholder to stop moving.
      await page.evaluate(() => document.querySelector('[data-search-results] li.search-pending')?.scrollIntoView({ block: 'center' }));
      await page.waitForTimeout(100);
    }
    await page.locator('[data-search-results] a').first().waitFor({ state: 'attached' });
    await page.evaluate(() => window.scrollTo(0, 0));
  };
  const article = largestPage(dist, 'articles');
  // A followed mention link (#m12) paints the link on the highlight colour; a person or
  // organization link, whose colours are closest to that highlight.
  const mention = /<a class="entity entity--(?:person|organization)"[^>]*\bid="([^"]+)"/u.exec(readFileSync(path.join(dist, article, 'index.html'), 'utf8'))?.[1];
  if (!mention) throw new Error(`a11y: no person or organization mention with an id in ${article}`);
  return [
    { kind: 'home', path: '' },
    { kind: 'article', path: article },
    { kind: 'article, a mention targeted', path: `${article}#${mention}` },
    { kind: 'person', path: largestPage(dist, 'people') },
    { kind: 'country', path: largestPage(dist, 'countries') },
    { kind: 'organization', path: largestPage(dist, 'organizations') },
    { kind: 'articles index', path: 'articles/' },
    { kind: 'people index', path: 'people/' },
    { kind: 'countries index', path: 'countries/' },
    { kind: 'organizations index', path: 'organizations/' },
    { kind: 'people by mentions', path: 'people/by-mentions/' },
    { kind: 'who with whom', path: 'graph/' },
    { kind: 'archive', path: 'archive/' },
    { kind: 'search', path: 'search/' },
    { kind: 'search with results', path: 'search/?q=Tokayev', ready: searchResults },
  ];
}

/** One violation per line with every node's selector and axe's summary, for the failure message. */
export function formatViolations(violations: AxeResult[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes.map((n) => `      ${n.target.join(' ')}\n        ${(n.failureSummary ?? '').replace(/\n/g, '\n        ')}\n        ${n.html.slice(0, 200)}`);
      return `  [${v.impact ?? 'unknown'}] ${v.id}: ${v.help} (${v.nodes.length} node(s))\n${nodes.join('\n')}`;
    })
    .join('\n');
}

const isBlocking = (v: AxeResult) => v.impact === 'serious' || v.impact === 'critical';

describe.skipIf(!chromium)(`accessibility${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
  let dist: string;
  let temporary: string | null = null;
  let server: StaticServer;
  let browser: Browser;
  let pages: PageUnderTest[] = [];
  // Promises, so that concurrent tests asking for the same context share one.
  const contexts = new Map<string, Promise<BrowserContext>>();

  function contextFor(width: Width, theme: SystemTheme): Promise<BrowserContext> {
    const key = `${width}/${theme}`;
    let context = contexts.get(key);
    if (!context) {
      context = browser.newContext({ viewport: WIDTHS[width], colorScheme: theme, reducedMotion: 'reduce' });
      contexts.set(key, context);
    }
    return context;
  }

  async function open(context: BrowserContext, target: PageUnderTest, check: ExpectStatic = expect): Promise<Page> {
    const page = await context.newPage();
    const problems = collectProblems(page);
    const response = await page.goto(`${server.url}${target.path}`, { waitUntil: 'load' });
    check(response?.status(), `${target.path} status`).toBe(200);
    await target.ready?.(page);
    check(problems, `${target.path}: console errors or failed requests`).toEqual([]);
    return page;
  }

  /** The theme the page shows, from its root color-scheme (set by the theme tokens in dossier.css). */
  const shownTheme = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).colorScheme);

  beforeAll(async () => {
    if (process.env.DOSSIER_DIST) {
      dist = path.resolve(process.env.DOSSIER_DIST);
      if (!existsSync(path.join(dist, 'index.html'))) throw new Error(`DOSSIER_DIST=${dist} has no index.html; run "npm run build" first`);
    } else {
      temporary = mkdtempSync(path.join(tmpdir(), 'dossier-a11y-'));
      dist = path.join(temporary, 'dist');
      buildSite(dist);
      // The search page needs the Pagefind index, which the post-build step writes.
      await postbuild(dist);
    }
    pages = pagesUnderTest(dist);
    if (pages.length !== PAGE_COUNT) throw new Error(`a11y: ${pages.length} pages under test, PAGE_COUNT says ${PAGE_COUNT}`);
    server = await serveStatic(dist);
    browser = await launch(chromium);
  });

  afterAll(async () => {
    for (const context of contexts.values()) await (await context).close();
    await browser?.close();
    await server?.close();
    if (temporary) rmSync(temporary, { recursive: true, force: true });
  });

  // Concurrent: the pages are independent, and while one page runs axe the other core renders the next.
  describe.concurrent('axe-core: zero serious or critical violations', () => {
    // Index by position: the page list is only known once the site is built (beforeAll).
    // A page's time includes its wait for one of the two slots (inSlot): the last pages queue behind the
    // rest, so the limit covers the whole queue (the country page alone took 106 s of the default 120 s in CI).
    it.for(Array.from({ length: PAGE_COUNT }, (_, i) => i))('page #%i, light and dark, 1280 and 375 px, system and toggled theme', { timeout: 600_000 }, async (index, { expect }) => {
      const target = pages[index];
      if (!target) throw new Error(`no page #${index}`);
      const report: string[] = [];
      await inSlot(async () => {
      const record = (state: string, violations: AxeResult[]) => {
        if (violations.some(isBlocking)) report.push(`${target.kind} /${target.path} ${state}:\n${formatViolations(violations)}`);
      };
      for (const width of Object.keys(WIDTHS) as Width[]) {
        // One page load per width; the themes then change in place. A context of its own: the
        // toggle remembers its choice in localStorage, which would leak into other pages.
        const context = await browser.newContext({ viewport: WIDTHS[width], colorScheme: 'light', reducedMotion: 'reduce' });
        const page = await open(context, target, expect);
        const at = `at ${WIDTHS[width].width}px`;
        const toggle = async (expected: SystemTheme) => {
          await page.locator('[data-theme-toggle]').click();
          expect(await page.evaluate(() => document.documentElement.getAttribute('data-theme')), `${target.path} toggle`).toBe(expected);
        };
        // Each state is checked to be in effect (the page's own color-scheme follows it) before axe runs.
        for (const system of SYSTEM_THEMES) {
          await page.emulateMedia({ colorScheme: system });
          expect(await shownTheme(page), `${target.path} system ${system}`).toBe(system);
          record(`${at}, system ${system}`, (await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()).violations);
        }
        // The toggle's choice overrides the opposite system preference (data-theme on <html>).
        await toggle('light');
        expect(await shownTheme(page), `${target.path} chosen light over system dark`).toBe('light');
        record(`${at}, chosen light over system dark`, (await new AxeBuilder({ page }).withRules(COLOUR_RULES).analyze()).violations);
        await page.emulateMedia({ colorScheme: 'light' });
        await toggle('dark');
        expect(await shownTheme(page), `${target.path} chosen dark over system light`).toBe('dark');
        record(`${at}, chosen dark over system light`, (await new AxeBuilder({ page }).withRules(COLOUR_RULES).analyze()).violations);
        await context.close();
      }
      });
      expect(report.join('\n\n'), `axe violations on ${target.kind}`).toBe('');
    });

    it('the quick-search dialog, opened, in both themes', async ({ expect }) => {
      for (const theme of SYSTEM_THEMES) {
        const page = await open(await contextFor('desktop', theme), { kind: 'home', path: '' }, expect);
        await page.locator('[data-quick-search-open]').click();
        await expect.poll(() => page.evaluate(() => (document.getElementById('quick-search') as HTMLDialogElement | null)?.open)).toBe(true);
        const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
        expect(formatViolations(results.violations.filter(isBlocking)), `quick search, ${theme}`).toBe('');
        await page.close();
      }
    });

    it('catches a violation when there is one (the gate can fail)', async ({ expect }) => {
      const page = await (await contextFor('desktop', 'light')).newPage();
      await page.setContent('<!doctype html><html><head><title>t</title></head><body><main><img src="data:,"><a href="/x"></a><p style="color:#bbb;background:#fff">faint</p></main></body></html>');
      const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      const ids = results.violations.filter(isBlocking).map((v) => v.id).sort();
      expect(ids).toEqual(expect.arrayContaining(['color-contrast', 'html-has-lang', 'image-alt', 'link-name']));
      expect(formatViolations(results.violations)).toContain('image-alt');
      await page.close();
    });
  });

  describe('keyboard', () => {
    /** Which page types to walk: one of each layout (indexes share one, so one index stands for all). */
    const walked = ['home', 'article', 'person', 'country', 'organization', 'people index', 'people by mentions', 'search with results'];

    it.each(walked.flatMap((kind) => (['desktop', 'phone'] as const).map((width) => [kind, width] as const)))(
      '%s at %s width: skip link first, every control reached in order and visibly focused',
      async (kind, width) => {
        const target = pages.find((p) => p.kind === kind);
        if (!target) throw new Error(`no page of kind ${kind}`);
        const page = await open(await contextFor(width, 'light'), target);
        const walk = await walkWithTab(page);
        const where = `${kind} /${target.path} at ${WIDTHS[width].width}px`;

        expect(walk.expected.length, `${where}: interactive elements found`).toBeGreaterThan(3);
        expect(walk.visited[0], `${where}: first Tab stop`).toBe(walk.expected[0]);
        expect(walk.expected[0], `${where}: first interactive element`).toMatch(/^a\.skip-link/);
        // Same elements, same order: nothing skipped, nothing extra, no trap.
        expect(walk.visited, `${where}: Tab order`).toEqual(walk.expected);
        expect(walk.invisibleFocus, `${where}: elements without a visible focus indicator`).toEqual([]);

        // The skip link moves focus into <main>, so the next Tab continues from the content.
        await page.goto(page.url());
        await target.ready?.(page);
        await page.keyboard.press('Tab');
        await page.keyboard.press('Enter');
        expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
        await page.close();
      },
    );

    it('flags an element whose focus is not visible, and accepts a ring on the parent (the check can fail)', async ({ expect }) => {
      const page = await (await contextFor('desktop', 'light')).newPage();
      await page.setContent(`<!doctype html><html lang="en"><head><style>
        :focus-visible { outline: 3px solid #c2410c; }
        .quiet:focus-visible { outline: none; }
        .thin:focus-visible { outline-width: 1px; }
        label:has(input:focus-visible) { box-shadow: 0 0 0 2px #0b5cad; }
        label input:focus-visible { outline: none; }
      </style></head><body><a class="skip-link" href="#main">Skip</a><a class="quiet" href="#a">quiet</a><a class="thin" href="#b">thin</a>
        <main id="main" tabindex="-1"><label><input type="checkbox"> ringed by its label</label><button>ok</button><a href="#gone" hidden>hidden</a></main></body></html>`);
      const walk = await walkWithTab(page);
      expect(walk.expected).toEqual(['a.skip-link:nth-of-type(1) "Skip"', 'a.quiet:nth-of-type(2) "quiet"', 'a.thin:nth-of-type(3) "thin"', 'input ""', 'button "ok"']);
      expect(walk.visited).toEqual(walk.expected);
      expect(walk.invisibleFocus).toEqual(['a.quiet:nth-of-type(2) "quiet"', 'a.thin:nth-of-type(3) "thin"']);
      await page.close();
    });
  });
});

interface TabWalk {
  /** Interactive elements in document order that a keyboard user should reach. */
  expected: string[];
  /** What Tab actually focused, in order, until focus left the page or wrapped. */
  visited: string[];
  invisibleFocus: string[];
}

/**
 * Presses Tab from the top of the page until focus wraps around or leaves the page, recording each
 * focused element. Focus counts as visible when the element matches :focus-visible and it, or one of
 * its two nearest ancestors (Pagefind rings the checkbox's label), gains an outline of at least
 * 2 px or a changed box-shadow compared with the unfocused page.
 */
async function walkWithTab(page: Page): Promise<TabWalk> {
  const expected = await page.evaluate(() => {
    const selector = 'a[href], area[href], button, input, select, textarea, summary, iframe, [tabindex], [contenteditable="true"]';
    const all: Element[] = [];
    // Pagefind's components may use shadow roots; walk into them in document order.
    const collect = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.matches(selector)) all.push(el);
        if (el.shadowRoot) collect(el.shadowRoot);
      }
    };
    collect(document);
    const reachable = all.filter((el) => {
      const html = el as HTMLElement;
      if (html.tabIndex < 0 || html.matches(':disabled') || html.closest('[inert]')) return false;
      // A <summary> is focusable only as its <details>' first summary; other elements in a closed details are hidden.
      const details = el.parentElement?.closest('details');
      if (details && !details.open && !(el.tagName === 'SUMMARY' && el.parentElement === details)) return false;
      return html.checkVisibility({ visibilityProperty: true });
    });
    const label = (el: Element) => {
      const siblings = el.parentElement ? [...el.parentElement.children].filter((c) => c.tagName === el.tagName) : [el];
      const cls = el.classList[0] ? `.${el.classList[0]}` : '';
      const nth = siblings.length > 1 ? `:nth-of-type(${siblings.indexOf(el) + 1})` : '';
      const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
      return `${el.tagName.toLowerCase()}${cls}${nth} "${text}"`;
    };
    const ring = (el: Element) => {
      const s = getComputedStyle(el);
      return { outline: s.outlineStyle === 'none' ? 0 : parseFloat(s.outlineWidth), shadow: s.boxShadow };
    };
    const chain = (el: Element) => [el, el.parentElement, el.parentElement?.parentElement].filter((e): e is Element => !!e);
    // Unfocused styles, kept by element identity for the comparison while tabbing.
    const unfocused = new Map<Element, { outline: number; shadow: string }>();
    for (const el of reachable) for (const e of chain(el)) if (!unfocused.has(e)) unfocused.set(e, ring(e));
    const w = window as unknown as { __a11yWalk: unknown };
    w.__a11yWalk = { label, ring, chain, unfocused };
    return reachable.map(label);
  });

  const visited: string[] = [];
  const invisibleFocus: string[] = [];
  // Start from the top of the document, as a keyboard user arriving on the page does.
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.getSelection()?.removeAllRanges();
  });
  const limit = expected.length + 5;
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      type Ring = { outline: number; shadow: string };
      const { label, ring, chain, unfocused } = (window as unknown as {
        __a11yWalk: { label: (el: Element) => string; ring: (el: Element) => Ring; chain: (el: Element) => Element[]; unfocused: Map<Element, Ring> };
      }).__a11yWalk;
      let el: Element | null = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      if (!el || el === document.body) return null;
      const visible =
        el.matches(':focus-visible') &&
        chain(el).some((e) => {
          const now = ring(e);
          const before = unfocused.get(e);
          return (now.outline >= 2 && (before === undefined || before.outline < 2)) || (before !== undefined && now.shadow !== before.shadow && now.shadow !== 'none');
        });
      return { label: label(el), visible };
    });
    // Focus left the document (to the browser UI) or wrapped back to the start: the walk is done.
    if (!focused || (visited.length > 0 && focused.label === visited[0])) break;
    visited.push(focused.label);
    if (!focused.visible) invisibleFocus.push(focused.label);
  }
  return { expected, visited, invisibleFocus };
}
