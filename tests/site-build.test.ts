// Builds the real site (content/) with Astro and checks the output: a page for every
// article and mentioned entity, no broken links or fragments (also under a sub-path
// base, also served over HTTP), quotes and spellings on person pages, JSON API shapes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { checkLinks } from '../scripts/check-links.ts';
import { buildSite } from './browser/harness.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const articlesDir = path.join(root, 'content/articles');
const articleFiles = existsSync(articlesDir) ? readdirSync(articlesDir).filter((f) => f.endsWith('.mdx')) : [];
const hasContent = articleFiles.length > 0;
if (!hasContent) console.warn('site-build: content/articles/ has no .mdx files yet (run `npm run annotate`); skipping the build tests.');

/** Frontmatter of every article, read independently of the site code. */
const frontmatters = articleFiles.map((file) => {
  const text = readFileSync(path.join(articlesDir, file), 'utf8');
  const yaml = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
  return parseYaml(yaml) as { slug: string; seed: string; entities: { id: string; type: string; mentions: number }[] };
});
const seeds = new Set(frontmatters.map((f) => f.seed));
const hasSeeds = ['000_9ad9ad3a1a2546d7.txt', '001_b83ce051fa8e0211.txt', '002_5fea022f1390b8c5.txt', '003_6afb6bc6afe6b7fe.txt', '004_22a178008c58ea3f.txt'].every((s) => seeds.has(s));
if (hasContent && !hasSeeds) console.warn('site-build: the five seed articles are not all in content/articles/; skipping the seed-specific checks.');

const sectionOfType: Record<string, string> = { person: 'people', country: 'countries', organization: 'organizations', place: 'places' };

function htmlFiles(dir: string, prefix = ''): string[] {
  return readdirSync(path.join(dir, prefix)).flatMap((name) => {
    const rel = prefix ? `${prefix}/${name}` : name;
    if (statSync(path.join(dir, rel)).isDirectory()) return htmlFiles(dir, rel);
    return name.endsWith('.html') ? [rel] : [];
  });
}

const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');

/** Every internal URL of a page: <a href>, <link href> (but canonical), <script src>, <form action>. */
function internalUrls(html: string): string[] {
  const urls: string[] = [];
  for (const m of html.matchAll(/<(a|link|script|form|img)\b([^>]*)>/g)) {
    const attrs = m[2]!;
    if (/\brel="canonical"/.test(attrs)) continue;
    const value = /\b(?:href|src|action)="([^"]*)"/.exec(attrs)?.[1];
    if (value === undefined) continue;
    const url = decode(value);
    if (/^[a-z][a-z0-9+.-]*:/i.test(url)) continue; // external (https:, mailto:)
    urls.push(url);
  }
  return urls;
}

const apiArticle = z.strictObject({
  slug: z.string().min(1),
  url: z.string().min(1),
  title: z.string().min(1),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  source: z.string().nullable(),
  byline: z.string().nullable(),
  seed: z.string().regex(/\.txt$/),
  entities: z.array(
    z.strictObject({
      id: z.string().min(1),
      type: z.enum(['person', 'country', 'organization', 'place']),
      name: z.string().min(1),
      mentions: z.number().int().positive(),
      surfaces: z.array(z.string().min(1)).min(1),
    }),
  ),
  quotes: z.array(z.strictObject({ speaker: z.string().nullable(), text: z.string().min(1) })),
});
const apiEntity = z.strictObject({
  id: z.string().min(1),
  type: z.enum(['person', 'country', 'organization', 'place']),
  name: z.string().min(1),
  aliases: z.array(z.string()),
  wikidata: z.string().nullable(),
  description: z.string().nullable(),
  country: z.string().nullable(),
  discovered: z.boolean(),
  url: z.string().min(1),
  mentions: z.number().int().positive(),
  articles: z.array(z.string()).min(1),
});

describe.skipIf(!hasContent)('site build', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'dossier-site-'));
  const dist = path.join(work, 'dist');
  const distBase = path.join(work, 'dist-base');
  const read = (rel: string) => readFileSync(path.join(dist, rel), 'utf8');
  const json = (rel: string): unknown => JSON.parse(read(rel));

  beforeAll(() => {
    // The real build: Astro, then the post-build step (search index, offline zip), as `npm run build` does.
    buildSite(dist);
    buildSite(distBase, { base: '/dossier/', site: 'https://example.test' });
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('gives every page a Content-Security-Policy that hashes each inline script and allows no inline handler', () => {
    const pages = htmlFiles(dist);
    expect(pages.length).toBeGreaterThan(20);
    for (const page of pages) {
      const html = read(page);
      const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
      expect(policy, page).toBeDefined();
      const scriptSrc = decode(policy!).split('; ').find((d) => d.startsWith('script-src '))!;
      expect(scriptSrc, page).not.toContain("'unsafe-inline'");
      expect(scriptSrc, page).toContain("'wasm-unsafe-eval'");
      // Every executable inline script must be allowed by its hash; JSON (JSON-LD too) and templates are data blocks, never executed.
      for (const m of html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="(?:application\/json|application\/ld\+json|text\/pagefind-template)")[^>]*>([\s\S]*?)<\/script>/g)) {
        expect(scriptSrc, `${page}: inline script`).toContain(`'sha256-${createHash('sha256').update(m[1]!).digest('base64')}'`);
      }
      expect(html, page).not.toMatch(/<[^>]+\son[a-z]+=/i);
    }
  });

  it('writes a page for every article and every entity with at least one mention', () => {
    const missing: string[] = [];
    for (const fm of frontmatters) {
      if (!existsSync(path.join(dist, 'articles', fm.slug, 'index.html'))) missing.push(`articles/${fm.slug}/`);
      for (const e of fm.entities) {
        if (e.mentions >= 1 && !existsSync(path.join(dist, sectionOfType[e.type]!, e.id, 'index.html'))) missing.push(`${sectionOfType[e.type]}/${e.id}/`);
      }
    }
    expect(missing).toEqual([]);
    for (const index of ['index.html', 'articles/index.html', 'people/index.html', 'people/by-mentions/index.html', 'countries/index.html', 'organizations/index.html', 'search/index.html']) {
      expect(existsSync(path.join(dist, index)), index).toBe(true);
    }
  });

  it('has no broken links, assets or fragments', async () => {
    const { broken, links } = await checkLinks(dist);
    expect(broken).toEqual([]);
    expect(links).toBeGreaterThan(50);
  });

  it('links every mention in an article body to its entity page, with a preview card', () => {
    const fm = frontmatters[0]!;
    const html = read(`articles/${fm.slug}/index.html`);
    const links = [...html.matchAll(/<a class="entity entity--(\w+)" href="([^"]+)" id="m\d+" data-entity="([^"]+)" aria-describedby="(m\d+-card)">/g)];
    expect(links.length).toBeGreaterThan(0);
    for (const [, type, href, id, card] of links) {
      expect(href).toBe(`../../${sectionOfType[type!]}/${id}/index.html`);
      expect(html).toContain(`id="${card}"`);
    }
    expect(html).not.toContain('<script type="module"');
    // The removed page furniture is never shown.
    const text = readFileSync(path.join(articlesDir, `${fm.slug}.mdx`), 'utf8');
    const removed = (parseYaml(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as { removed: { text: string }[] }).removed;
    for (const r of removed.filter((x) => x.text.length > 12)) expect(html).not.toContain(r.text);
  });

  it('writes the JSON API in the documented shape, with URLs that exist', () => {
    const articles = z.array(apiArticle).parse(json('api/articles.json'));
    const entities = z.array(apiEntity).parse(json('api/entities.json'));
    expect(articles.map((a) => a.slug).sort()).toEqual(frontmatters.map((f) => f.slug).sort());
    for (const item of [...articles, ...entities]) {
      expect(item.url.startsWith('/')).toBe(false);
      expect(existsSync(path.join(dist, item.url)), item.url).toBe(true);
    }
    const slugs = new Set(articles.map((a) => a.slug));
    for (const e of entities) for (const slug of e.articles) expect(slugs.has(slug)).toBe(true);
    // Mention totals agree between the two files.
    for (const e of entities.slice(0, 50)) {
      const total = articles.flatMap((a) => a.entities).filter((x) => x.id === e.id).reduce((n, x) => n + x.mentions, 0);
      expect(total, e.id).toBe(e.mentions);
    }
  });

  describe.skipIf(!hasSeeds)('seed articles', () => {
    const quotesOf = (speaker: string) =>
      (json('api/articles.json') as { quotes: { speaker: string | null; text: string }[] }[]).flatMap((a) => a.quotes.filter((q) => q.speaker === speaker).map((q) => q.text));
    const squash = (s: string) => decode(s.replace(/<[^>]+>/g, '')).replace(/\s+/g, ' ');

    for (const id of ['bruce-pannier', 'kassym-jomart-tokayev', 'gerard-toal']) {
      it(`shows the quotes of ${id} on the person page`, () => {
        const quotes = quotesOf(id);
        expect(quotes.length, `quotes attributed to ${id}`).toBeGreaterThan(0);
        const html = read(`people/${id}/index.html`);
        const section = /<section aria-labelledby="quotes"[^>]*>([\s\S]*?)<\/section>/.exec(html)?.[1];
        expect(section, 'quotes section').toBeDefined();
        for (const quote of quotes) expect(squash(section!)).toContain(quote.replace(/\s+/g, ' '));
      });
    }

    it('lists all three spellings of Tokayev and the four articles that mention him', () => {
      const html = read('people/kassym-jomart-tokayev/index.html');
      const names = squash(/<section aria-labelledby="names"[^>]*>([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '');
      for (const spelling of ['Kassym-Jomart Tokayev', 'Tokayev', 'Kasym-Žomart Tokaev']) expect(names).toContain(spelling);
      const mentioning = frontmatters.filter((f) => f.entities.some((e) => e.id === 'kassym-jomart-tokayev' && e.mentions > 0));
      expect(mentioning).toHaveLength(4);
      const mentions = /<section aria-labelledby="mentions"[^>]*>([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '';
      for (const f of mentioning) expect(mentions).toContain(`href="../../articles/${f.slug}/index.html"`);
      expect(mentions).toContain('<mark>');
    });
  });

  describe('under DOSSIER_BASE=/dossier/', () => {
    let server: Server;
    let origin = '';
    beforeAll(async () => {
      // Serve dist-base at /dossier/ only, the way a sub-path host would.
      server = createServer((req, res) => {
        const url = new URL(req.url ?? '/', 'http://localhost');
        if (!url.pathname.startsWith('/dossier/')) return void res.writeHead(404).end();
        let file = path.join(distBase, decodeURIComponent(url.pathname.slice('/dossier/'.length)));
        if (file.endsWith(path.sep) || file === distBase) file = path.join(file, 'index.html');
        if (!file.startsWith(distBase) || !existsSync(file) || statSync(file).isDirectory()) return void res.writeHead(404).end();
        res.writeHead(200).end(readFileSync(file));
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const address = server.address();
      origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it('has no broken links, and canonical URLs carry the base and DOSSIER_SITE', async () => {
      expect((await checkLinks(distBase, { base: '/dossier/' })).broken).toEqual([]);
      const home = readFileSync(path.join(distBase, 'index.html'), 'utf8');
      expect(home).toContain('<link rel="canonical" href="https://example.test/dossier/">');
      const fm = frontmatters[0]!;
      expect(readFileSync(path.join(distBase, 'articles', fm.slug, 'index.html'), 'utf8')).toContain(`<link rel="canonical" href="https://example.test/dossier/articles/${fm.slug}/">`);
    });

    it('serves every link of the home page and an article page over HTTP under the sub-path', async () => {
      const fm = frontmatters[0]!;
      for (const page of ['/dossier/', `/dossier/articles/${fm.slug}/`]) {
        const response = await fetch(origin + page);
        expect(response.status, page).toBe(200);
        const urls = internalUrls(await response.text()).map((u) => new URL(u, origin + page));
        expect(urls.length).toBeGreaterThan(5);
        for (const url of new Set(urls.map((u) => u.origin + u.pathname))) {
          expect((await fetch(url)).status, `${page} → ${url}`).toBe(200);
        }
      }
    });
  });
});
