// What the seeds' site shows at a glance and tells other tools (issue 15), built as it would be hosted under
// a sub-path of another origin (DOSSIER_SITE + DOSSIER_BASE), and held to the JSON API: the map's, the
// timeline's and the networks' numbers are the API's; every feed parses with a real feed parser and lists
// the right articles; the sitemap lists every page once with absolute URLs; every page's JSON-LD parses and
// has the shape its schema.org type asks.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Parser from 'rss-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlFilesIn } from '../scripts/lib/site-check-cli.ts';
import { decodeEntities } from '../scripts/check-links.ts';
import { copyProject, runAnnotate, runAstroBuild, type ProjectCopy } from './lib/corpus-site.ts';

const SITE = 'https://example.net';
const BASE = '/dossier/';
const ORIGIN = `${SITE}${BASE}`;

interface ApiArticle {
  slug: string;
  url: string;
  title: string;
  date: string | null;
  entities: { id: string; type: string; name: string }[];
}
interface ApiEntity {
  id: string;
  type: string;
  name: string;
  url: string;
  articles: string[];
}

describe(`the seeds' site hosted at ${ORIGIN}`, () => {
  let project: ProjectCopy;
  let dist: string;
  let articles: ApiArticle[];
  let entities: ApiEntity[];
  const page = (pagePath: string) => readFileSync(path.join(dist, pagePath, pagePath.endsWith('.xml') || pagePath.endsWith('.txt') ? '' : 'index.html'), 'utf8');

  beforeAll(() => {
    project = copyProject();
    expect(runAnnotate(project.root, ['--quiet']).status).toBe(0);
    dist = path.join(project.root, 'dist');
    const build = runAstroBuild(project.root, { outDir: dist, base: BASE, site: SITE });
    expect(build.status, build.stderr.slice(-2000)).toBe(0);
    articles = JSON.parse(readFileSync(path.join(dist, 'api', 'articles.json'), 'utf8')) as ApiArticle[];
    entities = JSON.parse(readFileSync(path.join(dist, 'api', 'entities.json'), 'utf8')) as ApiEntity[];
  });

  afterAll(() => project?.cleanup());

  const entity = (id: string) => entities.find((e) => e.id === id)!;

  it('shades and names each country on the map by the articles the API lists for it', () => {
    const labels = [...page('').matchAll(/<a href="[^"]*" aria-label="([^"]+): (\d+) articles?"><path class="map__c/gu)];
    expect(labels.length).toBeGreaterThanOrEqual(10);
    for (const [, name, count] of labels) expect(Number(count), name).toBe(entities.find((e) => e.type === 'country' && e.name === name)!.articles.length);
    expect(page('countries/kazakhstan/')).toContain('map__current');
  });

  it('counts the articles per month on the timeline as the API dates them, and the undated apart', () => {
    const dated = articles.filter((a) => a.date);
    const home = page('');
    for (const article of dated) {
      const month = new Date(`${article.date}T00:00:00Z`).toLocaleString('en', { month: 'long', year: 'numeric', timeZone: 'UTC' });
      const n = dated.filter((a) => a.date!.slice(0, 7) === article.date!.slice(0, 7)).length;
      expect(home).toContain(`aria-label="${month}: ${n} article${n === 1 ? '' : 's'}"`);
    }
    const undated = articles.length - dated.length;
    expect(home).toContain(`${undated} articles state no date and are not shown.`);
    // Tokayev's own timeline counts his articles.
    const tokayev = entity('kassym-jomart-tokayev');
    const total = [...page('people/kassym-jomart-tokayev/').matchAll(/<title>[A-Z][a-z]+ \d{4}: (\d+) articles?<\/title>/gu)].reduce((n, m) => n + Number(m[1]), 0);
    expect(total).toBe(tokayev.articles.filter((slug) => articles.find((a) => a.slug === slug)!.date).length);
  });

  it('ties entities in the networks by the articles the API says they share', () => {
    const byName = new Map(entities.map((e) => [e.name, e]));
    const text = (html: string) => decodeEntities(html);
    for (const pagePath of ['people/kassym-jomart-tokayev/', 'graph/', 'graph/people/']) {
      const ties = [...page(pagePath).matchAll(/<title>([^<]+) and ([^<]+): (\d+) shared articles?<\/title>/gu)];
      expect(ties.length, pagePath).toBeGreaterThan(0);
      for (const [, a, b, n] of ties) {
        const [first, second] = [byName.get(text(a!)), byName.get(text(b!))];
        expect(first && second, `${a} and ${b} are entities of the API`).toBeTruthy();
        const shared = first!.articles.filter((slug) => second!.articles.includes(slug)).length;
        expect(Number(n), `${a} and ${b}`).toBe(shared);
      }
    }
  });

  it('lists every page once in the sitemap, by absolute URL under the site and base, and names it in robots.txt', () => {
    const locs = [...readFileSync(path.join(dist, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/gu)].map((m) => m[1]!);
    expect(new Set(locs).size).toBe(locs.length);
    for (const loc of locs) expect(loc.startsWith(ORIGIN), loc).toBe(true);
    expect(new Set(locs.map((loc) => loc.slice(ORIGIN.length)))).toEqual(new Set(htmlFilesIn(dist).map((f) => f.replace(/index\.html$/u, ''))));
    expect(readFileSync(path.join(dist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${ORIGIN}sitemap-index.xml`);
  });

  it('has feeds a feed parser reads: the newest articles, and per entity the articles that mention it', async () => {
    const parser = new Parser();
    const site = await parser.parseString(readFileSync(path.join(dist, 'feed.xml'), 'utf8'));
    expect(site.items.map((i) => i.link)).toEqual(articles.slice(0, 50).map((a) => `${ORIGIN}${a.url.replace(/index\.html$/u, '')}`));
    expect(site.items.find((i) => i.isoDate)?.isoDate).toBe(`${articles.find((a) => a.date)!.date}T00:00:00.000Z`);
    for (const e of entities) {
      const feed = await parser.parseString(readFileSync(path.join(dist, e.url.replace(/index\.html$/u, 'feed.xml')), 'utf8'));
      const slugs = feed.items.map((i) => i.link!.slice(`${ORIGIN}articles/`.length, -1));
      expect([...slugs].sort(), e.id).toEqual([...e.articles].sort().slice(0, 20));
      // Announced in the entity page's head.
      expect(page(e.url.replace(/index\.html$/u, ''))).toContain('<link rel="alternate" type="application/rss+xml"');
    }
  });

  it('describes every article and entity page in JSON-LD of the schema.org shape of its type', () => {
    const jsonLd = (pagePath: string) => JSON.parse(/<script type="application\/ld\+json">([^<]+)<\/script>/u.exec(page(pagePath))![1]!) as Record<string, unknown>;
    const types: Record<string, string> = { person: 'Person', country: 'Country', organization: 'Organization', place: 'Place' };
    for (const article of articles) {
      const ld = jsonLd(article.url.replace(/index\.html$/u, ''));
      expect(ld).toMatchObject({ '@context': 'https://schema.org', '@type': 'NewsArticle', url: `${ORIGIN}${article.url.replace(/index\.html$/u, '')}` });
      expect(String(ld.headline)).toBe(article.title.length <= 110 ? article.title : `${article.title.slice(0, 109)}…`);
      if (article.date) expect(ld.datePublished).toBe(article.date);
      else expect(ld).not.toHaveProperty('datePublished');
      const mentioned = (ld.mentions as { '@type': string; name: string; url?: string }[]).map((m) => `${m['@type']} ${m.name}`);
      expect(new Set(mentioned)).toEqual(new Set(article.entities.filter((e) => entities.some((x) => x.id === e.id)).map((e) => `${types[e.type]} ${e.name}`)));
    }
    for (const e of entities) {
      const ld = jsonLd(e.url.replace(/index\.html$/u, ''));
      expect(ld).toMatchObject({ '@context': 'https://schema.org', '@type': types[e.type], name: e.name, url: `${ORIGIN}${e.url.replace(/index\.html$/u, '')}` });
      if (ld.sameAs !== undefined) expect(ld.sameAs).toMatch(/^https:\/\/www\.wikidata\.org\/wiki\/Q\d+$/u);
    }
    // OpenGraph names the page for link previews.
    expect(page('people/kassym-jomart-tokayev/')).toContain(`<meta property="og:url" content="${ORIGIN}people/kassym-jomart-tokayev/">`);
  });
});
