// Unit tests of the site's data model, paths and body renderer (no Astro involved).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Entity, EntitySummary, Mention, Quote } from '../src/pipeline/types.ts';
import type { SiteArticle } from '../src/site/article.ts';
import { relativeHref, pageFile, cleanUrl, entityPath } from '../src/site/paths.ts';
import { sentenceStarts } from '../src/pipeline/sentences.ts';
import { snippet } from '../src/site/sentences.ts';
import { buildSiteModel, fieldLinks, mentionContexts, regionCountries, siteLookup } from '../src/site/model.ts';
import { apiArticles, apiEntities } from '../src/site/api.ts';
import { mentionCounts, prepareArticles } from '../src/site/prepare.ts';
import { ownStrings } from '../src/pipeline/own-strings.ts';
import { toHtml } from 'hast-util-to-html';
import { articleRenderContext, renderArticleBody } from '../src/site/render.ts';
import { formatDate } from '../src/site/format.ts';
import { siteNav } from '../src/site/shell.ts';
import { articleMainHtml, articleOwnHtml, articleToc, entityMainHtml, entityToc } from '../src/site/page-content.ts';
import { SUMMARY_LIMIT } from '../src/site/lists.ts';
import { articleJsonLd, entityJsonLd } from '../src/site/structured-data.ts';
import { entityFeedItems, siteFeedItems } from '../src/site/feeds.ts';
import { jsonScriptHtml } from '../src/site/html.ts';
import { regionMapHtml } from '../src/site/region-map.ts';
import { egoNetwork, NETWORK_TYPES, networkSvg, siteNetwork, tiesListHtml } from '../src/site/network.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/site/${name}`, import.meta.url), 'utf8');

function entity(id: string, type: Entity['type'], name: string, extra: Partial<Entity> = {}): Entity {
  return { id, type, name, aliases: [], wikidata: null, description: null, country: null, discovered: false, ...extra };
}

const registry: Entity[] = [
  entity('kassym-jomart-tokayev', 'person', 'Kassym-Jomart Tokayev', { country: 'kazakhstan', description: 'President of Kazakhstan', wikidata: 'Q1' }),
  entity('donald-trump', 'person', 'Donald Trump', { country: 'united-states' }),
  entity('vladimir-putin', 'person', 'Vladimir Putin', { country: 'russia' }),
  entity('nobody-mentioned', 'person', 'Nobody Mentioned', { country: 'kazakhstan' }),
  entity('kazakhstan', 'country', 'Kazakhstan', { iso2: 'KZ', flag: '🇰🇿' }),
  entity('uzbekistan', 'country', 'Uzbekistan', { iso2: 'UZ', flag: '🇺🇿' }),
  entity('united-states', 'country', 'United States', { iso2: 'US', flag: '🇺🇸' }),
  entity('russia', 'country', 'Russia', { iso2: 'RU', flag: '🇷🇺' }),
  entity('adil-soz', 'organization', 'Adil Soz', { country: 'kazakhstan' }),
];

/** Builds an article from paragraphs in which mentions are written `[surface|id]` and quotes `{“…”|speaker}`. */
function article(slug: string, date: string | null, marked: string[], extra: Partial<SiteArticle> = {}): SiteArticle {
  const byId = new Map(registry.map((e) => [e.id, e]));
  const mentions: Mention[] = [];
  const quotes: Quote[] = [];
  const paragraphs = marked.map((source, index) => {
    let text = '';
    const pattern = /\[([^|\]]+)\|([^\]]+)\]|\{([^|}]+)\|([^}]*)\}/g;
    let last = 0;
    const openQuotes: { start: number; speaker: string }[] = [];
    for (const match of source.matchAll(pattern)) {
      text += source.slice(last, match.index);
      last = match.index + match[0].length;
      if (match[1]) {
        const id = match[2]!;
        mentions.push({ field: 'body', index, start: text.length, end: text.length + match[1].length, surface: match[1], entityId: id, type: byId.get(id)!.type });
        text += match[1];
      } else {
        const start = text.length;
        text += match[3]!;
        openQuotes.push({ start, speaker: match[4]! });
        quotes.push({ paragraph: index, start, end: text.length, text: match[3]!.replace(/[“”]/g, ''), speaker: match[4] || null, cue: match[4] ? 'said-after' : null });
      }
    }
    return text + source.slice(last);
  });
  const summaries = new Map<string, EntitySummary>();
  for (const m of mentions) {
    const s = summaries.get(m.entityId) ?? { id: m.entityId, type: m.type, name: byId.get(m.entityId)!.name, mentions: 0, surfaces: [] };
    s.mentions++;
    if (!s.surfaces.includes(m.surface)) s.surfaces.push(m.surface);
    summaries.set(m.entityId, s);
  }
  return {
    slug, title: `Title ${slug}`, titleGenerated: false, date, dateText: date, source: 'Wire', byline: null, bylineText: null, dateline: null,
    seed: `${slug}.txt`, captions: [], entities: [...summaries.values()], paragraphs, mentions, quotes, missing: [], ...extra,
  };
}

const a = article('a', '2025-02-25', [
  '[Kazakh|kazakhstan] President [Kassym-Jomart Tokayev|kassym-jomart-tokayev] met Mr. [Trump|donald-trump] in the U.S. capital. It was cold.',
  '[Tokayev|kassym-jomart-tokayev] said: {“We do not believe in zero-sum games.”|kassym-jomart-tokayev}',
]);
const b = article('b', '2025-11-06', [
  '[Kasym-Žomart Tokaev|kassym-jomart-tokayev] spoke to [Vladimir Putin|vladimir-putin] about [Russia|russia] and [Kazakhstan|kazakhstan].',
  'Observers were unimpressed. {“Nothing changes,”|} one said.',
]);
const c = article('c', null, ['[Donald Trump|donald-trump] praised [Uzbekistan|uzbekistan].']);
const d = article('d', '2024-01-01', ['[Tokayev|kassym-jomart-tokayev] and [Trump|donald-trump] talked about [Kazakhstan|kazakhstan] with [Adil Soz|adil-soz].']);

describe('paths', () => {
  it('builds relative links that name index.html', () => {
    expect(relativeHref('articles/a/', 'people/x/')).toBe('../../people/x/index.html');
    expect(relativeHref('', 'people/x/')).toBe('people/x/index.html');
    expect(relativeHref('people/', 'people/x/')).toBe('x/index.html');
    expect(relativeHref('people/x/', 'people/')).toBe('../index.html');
    expect(relativeHref('people/x/', '')).toBe('../../index.html');
    expect(relativeHref('people/x/', 'people/x/')).toBe('index.html');
    expect(relativeHref('people/x/', 'articles/a/#m3')).toBe('../../articles/a/index.html#m3');
    expect(relativeHref('articles/a/', 'dossier.css')).toBe('../../dossier.css');
    expect(relativeHref('people/by-mentions/', 'people/')).toBe('../index.html');
    expect(relativeHref('articles/a/', 'articles/b/#q1')).toBe('../b/index.html#q1');
    expect(relativeHref('api/articles.json', 'people/x/')).toBe('../people/x/index.html');
    expect(relativeHref('people/x/', 'peoplex/y/')).toBe('../../peoplex/y/index.html');
    expect(relativeHref('people/x/', 'people/xy/')).toBe('../xy/index.html');
  });
  it('maps page paths to files and clean URLs', () => {
    expect(pageFile('')).toBe('index.html');
    expect(pageFile('api/articles.json')).toBe('api/articles.json');
    expect(cleanUrl('/dossier/', 'people/x/')).toBe('/dossier/people/x/');
    expect(cleanUrl('/dossier', '')).toBe('/dossier/');
    expect(entityPath('organization', 'c5-1')).toBe('organizations/c5-1/');
  });
});

describe('sentences', () => {
  it('does not split after titles, initials and U.S.', () => {
    const text = 'Mr. Trump met U.S. Senator Marco Rubio. Stephen M. Bland took photos. “Yes,” he said! Then: no.';
    const starts = sentenceStarts(text);
    expect(starts.map((s) => text.slice(s, s + 8))).toEqual(['Mr. Trum', 'Stephen ', '“Yes,” h', 'Then: no']);
  });
  it('highlights the mention inside its sentence', () => {
    const text = 'First sentence here. Kazakh President Tokayev spoke. Last one.';
    const start = text.indexOf('Tokayev');
    expect(snippet(text, [{ start, end: start + 7 }])).toEqual([
      { text: 'Kazakh President ', highlight: false },
      { text: 'Tokayev', highlight: true },
      { text: ' spoke.', highlight: false },
    ]);
  });
  it('cuts very long sentences around the mention', () => {
    const text = `${'word '.repeat(200)}Tokayev ${'more '.repeat(200)}end.`;
    const start = text.indexOf('Tokayev');
    const segments = snippet(text, [{ start, end: start + 7 }]);
    const joined = segments.map((s) => s.text).join('');
    expect(joined.length).toBeLessThan(400);
    expect(joined.startsWith('… ')).toBe(true);
    expect(joined.endsWith(' …')).toBe(true);
    expect(segments.filter((s) => s.highlight).map((s) => s.text)).toEqual(['Tokayev']);
  });
});

describe('site model', () => {
  const model = buildSiteModel([a, b, c, d], registry);

  it('orders articles newest first, undated last, with neighbours by date', () => {
    expect(model.articles.map((x) => x.slug)).toEqual(['b', 'a', 'd', 'c']);
    const pageA = model.articlePages.get('a')!;
    expect(pageA.previous?.slug).toBe('d');
    expect(pageA.next?.slug).toBe('b');
    expect(model.articlePages.get('d')!.previous).toBeNull();
    expect(model.articlePages.get('b')!.next).toBeNull();
    expect(model.articlePages.get('c')).toMatchObject({ previous: null, next: null });
  });

  it('gives pages only to mentioned entities, with totals, spellings and dates', () => {
    expect(model.entityPages.has('nobody-mentioned')).toBe(false);
    const tokayev = model.entityPages.get('kassym-jomart-tokayev')!;
    expect(tokayev.mentions).toBe(4);
    expect(tokayev.articles.map((x) => x.article.slug)).toEqual(['b', 'a', 'd']);
    expect(tokayev.spellings.map((s) => s.text).sort()).toEqual(['Kassym-Jomart Tokayev', 'Kasym-Žomart Tokaev', 'Tokayev']);
    expect(tokayev.spellings[0]).toEqual({ text: 'Tokayev', count: 2 });
    expect(tokayev.firstDate).toBe('2024-01-01');
    expect(tokayev.lastDate).toBe('2025-11-06');
    expect(model.pathOf('kassym-jomart-tokayev')).toBe('people/kassym-jomart-tokayev/');
  });

  it('collects quotes per speaker with anchors into the article', () => {
    const quotes = model.entityPages.get('kassym-jomart-tokayev')!.quotes;
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.text).toBe('We do not believe in zero-sum games.');
    expect(quotes[0]!.target).toBe('articles/a/#q1');
    expect(model.entityPages.get('donald-trump')!.quotes).toHaveLength(0);
  });

  it('shows each mention in its sentence, highlighted', () => {
    const contexts = mentionContexts(a, 'kassym-jomart-tokayev');
    expect(contexts).toHaveLength(2);
    const first = contexts[0]!;
    expect(first.segments.map((s) => s.text).join('')).toBe('Kazakh President Kassym-Jomart Tokayev met Mr. Trump in the U.S. capital.');
    expect(first.segments.filter((s) => s.highlight).map((s) => s.text)).toEqual(['Kassym-Jomart Tokayev']);
    expect(first.target).toBe('articles/a/#m2');
    expect(contexts[1]!.target).toBe('articles/a/#m4');
  });

  it('ranks co-mentions by shared articles', () => {
    const tokayev = model.entityPages.get('kassym-jomart-tokayev')!;
    expect(tokayev.coMentions.person.map((r) => [r.entity.id, r.shared])).toEqual([
      ['donald-trump', 2],
      ['vladimir-putin', 1],
    ]);
    expect(tokayev.coMentions.country[0]).toMatchObject({ entity: { id: 'kazakhstan' }, shared: 3 });
    expect(tokayev.coMentions.organization.map((r) => r.entity.id)).toEqual(['adil-soz']);
  });

  it('ranks related articles by shared entities', () => {
    const related = model.articlePages.get('a')!.related;
    expect(related.map((r) => [r.article.slug, r.shared])).toEqual([
      ['d', 3],
      ['b', 2],
      ['c', 1],
    ]);
  });

  it('ranks related articles as a count over every pair would, and finds them through rare entities when one is everywhere', () => {
    // A generated corpus: every article names `everywhere`, two of 60 topics and one of 600 rare entities.
    const ids = (n: number) => {
      const topic = (k: number) => `topic-${k % 60}`;
      return ['everywhere', topic(n), topic(n * 7 + 3), `rare-${n % 600}`];
    };
    const build = (count: number) => {
      const all = new Set<string>();
      const articles: SiteArticle[] = [];
      for (let n = 0; n < count; n++) {
        const own = [...new Set(ids(n))];
        own.forEach((id) => all.add(id));
        const date = `20${String(10 + (n % 15)).padStart(2, '0')}-01-${String(1 + (n % 28)).padStart(2, '0')}`;
        articles.push({
          ...article(`n${n}`, date, ['Text.']),
          entities: own.map((id) => ({ id, type: 'organization', name: id, mentions: 1, surfaces: [id] })),
        });
      }
      const entities = [...all].map((id) => entity(id, 'organization', id));
      return { articles, model: buildSiteModel(articles, entities) };
    };
    // Small: the related list is exactly the top five by shared count (newest first on ties).
    const small = build(300);
    const sorted = [...small.model.articles];
    for (const page of [...small.model.articlePages.values()].slice(0, 40)) {
      const own = new Set(page.article.entities.map((e) => e.id));
      const expected = sorted
        .filter((other) => other !== page.article)
        .map((other) => ({ slug: other.slug, shared: other.entities.filter((e) => own.has(e.id)).length }))
        .filter((r) => r.shared > 0)
        .sort((x, y) => y.shared - x.shared)
        .slice(0, 5);
      expect(page.related.map((r) => r.shared)).toEqual(expected.map((r) => r.shared));
    }
    // Large: `everywhere` is in every article, yet each article's related ones share a rarer entity with it.
    const large = build(6000);
    for (const page of [...large.model.articlePages.values()].slice(0, 200)) {
      expect(page.related.length).toBe(5);
      for (const r of page.related) expect(r.sharedEntities.some((e) => e.id !== 'everywhere')).toBe(true);
      expect(page.related[0]!.shared).toBeGreaterThanOrEqual(2);
    }
  });

  it('groups an article’s entities by type, most mentioned first', () => {
    const groups = model.articlePages.get('a')!.groups;
    expect(groups.map((g) => g.type)).toEqual(['person', 'country']);
    expect(groups[0]!.entries.map((e) => [e.entity.id, e.mentions])).toEqual([
      ['kassym-jomart-tokayev', 2],
      ['donald-trump', 1],
    ]);
  });

  it('lists a country’s people and organizations, and the region’s countries', () => {
    expect(model.membersOf('kazakhstan').map((e) => e.id)).toEqual(['kassym-jomart-tokayev', 'adil-soz', 'nobody-mentioned']);
    expect(regionCountries(model).map((p) => p.entity.id)).toEqual(['kazakhstan', 'uzbekistan']);
    expect(model.byMentions('country').map((p) => p.entity.id)[0]).toBe('kazakhstan');
    expect(model.byType('person').map((p) => p.entity.name)).toEqual(['Donald Trump', 'Kassym-Jomart Tokayev', 'Vladimir Putin']);
  });

  it('produces the JSON API shapes with site-relative URLs', () => {
    const articles = apiArticles(model);
    expect(articles[0]).toEqual({
      slug: 'b', url: 'articles/b/index.html', title: 'Title b', date: '2025-11-06', source: 'Wire', byline: null, seed: 'b.txt',
      entities: b.entities, quotes: [{ speaker: null, text: 'Nothing changes,' }],
    });
    const entities = apiEntities(model);
    expect(entities.map((e) => e.id)).not.toContain('nobody-mentioned');
    expect(entities.find((e) => e.id === 'kassym-jomart-tokayev')).toEqual({
      id: 'kassym-jomart-tokayev', type: 'person', name: 'Kassym-Jomart Tokayev', aliases: [], wikidata: 'Q1', description: 'President of Kazakhstan',
      country: 'kazakhstan', discovered: false, url: 'people/kassym-jomart-tokayev/index.html', mentions: 4, articles: ['b', 'a', 'd'],
    });
  });

  it('links mentions inside metadata fields', () => {
    const withByline = { ...c, byline: 'Donald Trump and staff', mentions: [...c.mentions, { field: 'byline' as const, index: 0, start: 0, end: 12, surface: 'Donald Trump', entityId: 'donald-trump', type: 'person' as const }] };
    expect(fieldLinks(withByline, 'byline', 0, withByline.byline)).toEqual([
      { text: 'Donald Trump', entityId: 'donald-trump' },
      { text: ' and staff', entityId: null },
    ]);
  });

  it('formats dates without time zones', () => {
    expect(formatDate('2025-02-25')).toBe('25 February 2025');
    // A month, for a page that gives no day.
    expect(formatDate('2018-04')).toBe('April 2018');
  });
});

describe('content preparation and body rendering', () => {
  const sampleRegistry = registry;
  const file = 'content/articles/zz-sample.mdx';

  /** The body HTML the article page renders, with site-wide counts from the given articles. */
  const bodyHtml = (article: SiteArticle, articles: SiteArticle[] = [article]) => {
    const counts = mentionCounts(articles);
    return String(renderArticleBody(article, articleRenderContext(article.slug, { registry: new Map(sampleRegistry.map((e) => [e.id, e])), mentionCount: (id) => counts.get(id) ?? 0 })));
  };

  it('renders entity tags as relative links with a preview card, and quotes citing the speaker', () => {
    const [article] = prepareArticles([{ path: file, text: fixture('zz-sample.mdx') }], sampleRegistry);
    const html = bodyHtml(article!);
    expect(article!.slug).toBe('zz-sample');
    expect(article!.paragraphs[0]).toMatch(/^Kazakh President Kassym-Jomart Tokayev met Donald Trump/);
    expect(html).toContain('<a class="entity entity--person" href="../../people/kassym-jomart-tokayev/index.html" id="m2" data-entity="kassym-jomart-tokayev" aria-describedby="m2-card">Kassym-Jomart Tokayev</a>');
    expect(html).toMatch(/<span class="card" id="m2-card" role="tooltip"[^>]*><span class="card__type">Person<\/span><span class="card__name">Kassym-Jomart Tokayev<\/span><span class="card__role">President of Kazakhstan<\/span><span class="card__country"><span class="flag flag-kz" aria-hidden="true"><\/span>Kazakhstan<\/span><span class="card__count">4 mentions on this site<\/span>/);
    expect(html).toContain('<q class="quote quote--attributed" id="q1" data-speaker="kassym-jomart-tokayev" cite="../../people/kassym-jomart-tokayev/index.html"');
    // The quote keeps its own text and the mention inside the paragraph stays outside it.
    expect(html).toContain('>“We do not believe in zero-sum games.”</q></p>');
    expect(html).not.toContain('VK X OK');
    expect(article!.quotes.map((q) => q.speaker)).toEqual(['kassym-jomart-tokayev', 'donald-trump']);
  });

  it('gives each entity one preview card per article: later mentions point at the first one', () => {
    const [article] = prepareArticles([{ path: file, text: fixture('zz-sample.mdx') }], sampleRegistry);
    const html = bodyHtml(article!);
    const links = [...html.matchAll(/<a class="entity [^"]+" href="[^"]+" id="(m\d+)" data-entity="([^"]+)" aria-describedby="(m\d+-card)">/g)];
    const bodyMentions = article!.mentions.filter((m) => m.field === 'body');
    expect(links).toHaveLength(bodyMentions.length);
    const firstCard = new Map<string, string>();
    for (const [, anchor, entity, card] of links) {
      if (!firstCard.has(entity!)) {
        firstCard.set(entity!, `${anchor}-card`);
        // The first mention is wrapped with its card, so hover and focus show it without JavaScript.
        expect(html).toContain(`<span class="mention"><a class="entity`);
        expect(html).toMatch(new RegExp(`id="${anchor}" data-entity="${entity}" aria-describedby="${card}">[^<]*</a><span class="card" id="${card}" role="tooltip"`));
      }
      expect(card).toBe(firstCard.get(entity!));
    }
    expect(new Set(firstCard.keys()).size).toBeLessThan(links.length); // the sample repeats some entities
    expect([...html.matchAll(/class="card"/g)]).toHaveLength(firstCard.size);
  });

  it('stops on a tag whose id is not in the registry, naming the file', () => {
    expect(() => prepareArticles([{ path: file, text: fixture('unknown-id.mdx') }], sampleRegistry)).toThrow(
      'content/articles/zz-sample.mdx: <Person id="nobody"> is not in the registry (content/entities/)',
    );
  });

  it('stops on a tag of the wrong type, naming the file', () => {
    expect(() => prepareArticles([{ path: file, text: fixture('wrong-type.mdx') }], sampleRegistry)).toThrow(
      'content/articles/zz-sample.mdx: <Person id="russia"> points at a country; use <Country>',
    );
  });

  it('stops on a schema error, naming the file and field', () => {
    expect(() => prepareArticles([{ path: file, text: fixture('bad-date.mdx') }], sampleRegistry)).toThrow(/^content\/articles\/zz-sample\.mdx: frontmatter date: must be a real date written YYYY-MM-DD/);
  });

  it('stops when the slug does not match the file name', () => {
    expect(() => prepareArticles([{ path: 'content/articles/other.mdx', text: fixture('zz-sample.mdx') }], sampleRegistry)).toThrow(
      'content/articles/other.mdx: slug "zz-sample" does not match the file name (expected zz-sample.mdx)',
    );
  });

  it('rejects MDX that is not a generated article (expressions), naming the file', () => {
    const hostile = fixture('zz-sample.mdx').replace('later spoke with', 'later {process.exit(1)} spoke with');
    expect(() => prepareArticles([{ path: file, text: hostile }], sampleRegistry)).toThrow(/^content\/articles\/zz-sample\.mdx: /);
  });

  it('renders cards from the registry at page time, so an edited description shows without re-parsing', () => {
    const [article] = prepareArticles([{ path: file, text: fixture('zz-sample.mdx') }], sampleRegistry);
    const edited = sampleRegistry.map((e) => (e.id === 'kassym-jomart-tokayev' ? { ...e, description: 'Head of state' } : e));
    const counts = mentionCounts([article!]);
    const html = String(renderArticleBody(article!, articleRenderContext(article!.slug, { registry: new Map(edited.map((e) => [e.id, e])), mentionCount: (id) => counts.get(id) ?? 0 })));
    expect(html).toContain('<span class="card__role">Head of state</span>');
  });
});

describe('site navigation (shell.ts)', () => {
  const model = buildSiteModel([a, b, c, d], registry);

  it('lists the sections with their counts, marks the current one, and links relative to the page', () => {
    const nav = siteNav(model, 'articles/a/', 'articles');
    expect(String(nav.sections)).toBe(
      '<li><a href="../../index.html">Home</a></li>' +
        '<li><a href="../index.html" aria-current="page">Articles<span class="count">4</span></a></li>' +
        '<li><a href="../../people/index.html">People<span class="count">3</span></a></li>' +
        '<li><a href="../../countries/index.html">Countries<span class="count">3</span></a></li>' +
        '<li><a href="../../organizations/index.html">Organizations<span class="count">1</span></a></li>' +
        '<li><a href="../../graph/index.html">Who with whom</a></li>' +
        '<li><a href="../../search/index.html">Search</a></li>',
    );
    expect(String(nav.region)).toBe(
      '<li><a href="../../countries/kazakhstan/index.html"><span class="flag flag-kz" aria-hidden="true"></span>Kazakhstan</a></li>' +
        '<li><a href="../../countries/uzbekistan/index.html"><span class="flag flag-uz" aria-hidden="true"></span>Uzbekistan</a></li>',
    );
    expect(String(siteNav(model, '', 'home').sections)).toContain('<li><a href="index.html" aria-current="page">Home</a></li>');
  });

  it('is built once for pages whose links are the same, and anew where they differ', () => {
    expect(siteNav(model, 'articles/b/', 'articles')).toBe(siteNav(model, 'articles/a/', 'articles'));
    expect(siteNav(model, 'people/donald-trump/', 'people')).not.toBe(siteNav(model, 'articles/a/', 'articles'));
    // A region country's own page links to itself as index.html, its neighbour as a sibling.
    const kazakhstan = siteNav(model, 'countries/kazakhstan/', 'countries');
    expect(String(kazakhstan.region)).toContain('<a href="index.html">');
    expect(String(kazakhstan.region)).toContain('<a href="../uzbekistan/index.html">');
    expect(siteNav(model, 'countries/uzbekistan/', 'countries')).not.toBe(kazakhstan);
  });

  it('escapes names', () => {
    const renamed = registry.map((e) => (e.id === 'kazakhstan' ? { ...e, name: `Kazakh & "Co" <'s>` } : e));
    const nav = siteNav(buildSiteModel([a, b, c, d], renamed), 'articles/a/', 'articles');
    expect(String(nav.region)).toContain('</span>Kazakh &amp; &quot;Co&quot; &lt;&#39;s&gt;</a>');
  });
});

describe('page content (page-content.ts)', () => {
  const model = buildSiteModel([a, b, c, d], registry);
  const articleMain = (slug: string) => String(articleMainHtml(model, model.articlePages.get(slug)!));
  const entityMain = (id: string) => String(entityMainHtml(model, model.entityPages.get(id)!));

  it('gives an article its linked body, the entities in it, its quotes, related articles and neighbours', () => {
    const html = articleMain('a');
    expect(html).toContain('<div class="prose article-body"><p><span class="mention"><a class="entity entity--country" href="../../countries/kazakhstan/index.html" id="m1"');
    // The panel: each entity once, with its count in the article and the other spellings it had.
    expect(html).toContain(
      '<li><a class="entity entity--person" href="../../people/kassym-jomart-tokayev/index.html" data-entity="kassym-jomart-tokayev">Kassym-Jomart Tokayev</a><span class="n">×2</span><span class="surfaces">as “Kassym-Jomart Tokayev”, “Tokayev”</span></li>',
    );
    expect(html).toContain('<h3>Countries <span class="count">1</span></h3>');
    expect(html).toContain('<p>“We do not believe in zero-sum games.”</p></blockquote><figcaption>— <a class="entity entity--person" href="../../people/kassym-jomart-tokayev/index.html"');
    expect(html).toContain(' · <a href="index.html#q1">in context</a></figcaption>');
    expect(html).toContain('<h3><a href="../d/index.html">Title d</a></h3><p class="meta-line"><span>1 January 2024</span><span>3 shared entities: ');
    expect(html).toContain('<a class="prev" href="../d/index.html" rel="prev"><span class="dir">← Older</span>Title d</a>');
    expect(html).toContain('<a class="next" href="../b/index.html" rel="next"><span class="dir">Newer →</span>Title b</a>');
    expect(articleToc(model.articlePages.get('a')!).map((t) => t.id)).toEqual(['text', 'in-this-article', 'quotes', 'related']);
  });

  it('gives the same counts and paths from the site lookup as from the whole model', () => {
    const lookup = siteLookup([d, c, b, a], registry);
    for (const entity of registry) {
      expect(lookup.mentionCount(entity.id), entity.id).toBe(model.mentionCount(entity.id));
      expect(lookup.pathOf(entity.id), entity.id).toBe(model.pathOf(entity.id));
    }
  });

  it('shows a credit line that has no caption as an image credit, not as an empty caption', () => {
    const credited = { ...a, captions: [{ text: '', credit: 'Jane Doe/Agency', line: 3 }, { text: 'Tashkent at night', credit: null, line: 9 }] };
    const html = String(articleOwnHtml(model, credited));
    expect(html).toContain('<li><span aria-hidden="true">🖼 </span><span class="credit">Image credit: Jane Doe/Agency</span></li>');
    expect(html).toContain('<li><span aria-hidden="true">🖼 </span>Image: Tashkent at night</li>');
    expect(html).not.toContain('Image:  ·');
  });

  it('marks a quote nobody was found to have said, and leaves out the pager of an undated article', () => {
    expect(articleMain('b')).toContain('<figure class="quote-card quote-card--unattributed"><blockquote><p>“Nothing changes,”</p></blockquote><figcaption><span>Speaker not attributed</span>');
    expect(articleMain('c')).not.toContain('class="pager"');
  });

  it('gives a person their spellings, quotes, mentions in context and co-mentions', () => {
    const html = entityMain('kassym-jomart-tokayev');
    expect(html).toContain('<ul class="spellings" data-pagefind-weight="8"><li>Tokayev<span class="n" data-pagefind-ignore>×2</span></li>');
    expect(html).toContain('<li>Kasym-Žomart Tokaev<span class="n" data-pagefind-ignore>×1</span></li>');
    expect(html).toContain('— in <a href="../../articles/a/index.html#q1">Title a</a>, <time datetime="2025-02-25">25 February 2025</time></figcaption>');
    // Newest first, each with the sentence around the mention and a link to it.
    expect(html.indexOf('articles/b/index.html">Title b')).toBeLessThan(html.indexOf('articles/a/index.html">Title a'));
    expect(html).toContain('<li><mark>Tokayev</mark> said: “We do not believe in zero-sum games.”<a class="go" href="../../articles/a/index.html#m4">in context');
    expect(html).toContain('<h2 id="co-mentions">Mentioned alongside</h2>');
    expect(html).toContain('data-entity="donald-trump">Donald Trump</a><span class="n">2 articles</span>');
    expect(entityToc(model, model.entityPages.get('kassym-jomart-tokayev')!).map((t) => t.label)).toEqual([
      'Names and spellings',
      'Quotes (1)',
      'Over time',
      'Mentions (3)',
      'Mentioned alongside',
    ]);
  });

  it('lists a country’s people and organizations, the unmentioned ones said to be so', () => {
    const html = entityMain('kazakhstan');
    expect(html).toContain('<h2 id="members">Of Kazakhstan</h2>');
    expect(html).toContain('<span class="entity entity--person entity--nopage">Nobody Mentioned</span><span class="n">not mentioned</span>');
    expect(html).toContain('data-entity="kassym-jomart-tokayev">Kassym-Jomart Tokayev</a><span class="n">×4</span><span class="surfaces">President of Kazakhstan</span>');
    expect(entityToc(model, model.entityPages.get('kazakhstan')!).map((t) => t.id)).toContain('members');
    expect(entityToc(model, model.entityPages.get('vladimir-putin')!).map((t) => t.id)).not.toContain('members');
  });

  it('shows the newest mentions in context and links to the full list, by year', () => {
    // 62 articles over two years: the summary shows the newest ten, the full list is on people's list pages.
    const many = Array.from({ length: 62 }, (_, i) => article(`n${String(i).padStart(2, '0')}`, `${i < 30 ? 2024 : 2023}-03-${String((i % 28) + 1).padStart(2, '0')}`, ['[Russia|russia] again.']));
    const manyModel = buildSiteModel(many, registry);
    const page = manyModel.entityPages.get('russia')!;
    const html = String(entityMainHtml(manyModel, page));
    expect(html.match(/<li class="article-item">/g)).toHaveLength(SUMMARY_LIMIT.mentions);
    expect(html).not.toContain('Older articles');
    expect(html).toContain('<p class="more"><a href="mentions/index.html">All 62 articles mentioning Russia →</a></p>');
    // Both years start on page 1 of the list (PAGE_SIZE.mentions a page), 2023 after 2024's 30 articles.
    expect(html).toContain('<a href="mentions/index.html#g-2024" aria-label="2024: 30 articles">2024<span class="n"> 30</span></a>');
    expect(html).toContain('<a href="mentions/index.html#g-2023" aria-label="2023: 32 articles">2023<span class="n"> 32</span></a>');
    // An entity in few articles shows them all, with no list pages.
    expect(String(entityMainHtml(model, model.entityPages.get('kassym-jomart-tokayev')!))).not.toContain('mentions/index.html');
  });

  it('escapes text and attributes as the templates did', () => {
    const odd = registry.map((e) =>
      e.id === 'donald-trump' ? { ...e, name: `Trump & "Co" <'s>` } : e.id === 'adil-soz' ? { ...e, description: `"Free speech" & <Co>` } : e,
    );
    const oddModel = buildSiteModel([a, b, c, d], odd);
    const html = String(entityMainHtml(oddModel, oddModel.entityPages.get('kassym-jomart-tokayev')!));
    expect(html).toContain('data-entity="donald-trump">Trump &amp; &quot;Co&quot; &lt;&#39;s&gt;</a>');
    const kazakhstan = String(entityMainHtml(oddModel, oddModel.entityPages.get('kazakhstan')!));
    expect(kazakhstan).toContain('<span class="surfaces">&quot;Free speech&quot; &amp; &lt;Co&gt;</span>');
  });
});


describe('structured data and feeds (structured-data.ts, feeds.ts)', () => {
  const model = buildSiteModel([a, b, c, d], registry);
  const absolute = (path: string) => `https://example.org/base/${path}`;

  it('describes an article as a NewsArticle that mentions its linked entities', () => {
    const ld = articleJsonLd(model, model.articlePages.get('d')!, absolute);
    expect(ld).toMatchObject({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Title d', url: 'https://example.org/base/articles/d/', datePublished: '2024-01-01' });
    expect(ld.mentions).toEqual(
      expect.arrayContaining([
        { '@type': 'Person', name: 'Kassym-Jomart Tokayev', url: 'https://example.org/base/people/kassym-jomart-tokayev/', sameAs: 'https://www.wikidata.org/wiki/Q1' },
        { '@type': 'Country', name: 'Kazakhstan', url: 'https://example.org/base/countries/kazakhstan/' },
        { '@type': 'Organization', name: 'Adil Soz', url: 'https://example.org/base/organizations/adil-soz/' },
      ]),
    );
    // No date is invented for an undated article.
    expect(articleJsonLd(model, model.articlePages.get('c')!, absolute)).not.toHaveProperty('datePublished');
  });

  it('describes an entity page with its type, Wikidata item and country', () => {
    const ld = entityJsonLd(model, model.entityPages.get('kassym-jomart-tokayev')!, absolute);
    expect(ld).toMatchObject({
      '@type': 'Person',
      name: 'Kassym-Jomart Tokayev',
      url: 'https://example.org/base/people/kassym-jomart-tokayev/',
      sameAs: 'https://www.wikidata.org/wiki/Q1',
      description: 'President of Kazakhstan',
      nationality: { '@type': 'Country', name: 'Kazakhstan' },
    });
    // In a script element, "</script>" in a name cannot end it early.
    expect(String(jsonScriptHtml({ name: '</script><script>alert(1)</script>' }))).not.toContain('</script>');
  });

  it('makes feed items of the newest articles, linked by canonical URL, dated when the article is', () => {
    const items = siteFeedItems(model.articles, '/base/');
    expect(items.map((i) => i.link)).toEqual(['/base/articles/b/', '/base/articles/a/', '/base/articles/d/', '/base/articles/c/']);
    expect(items[0]!.pubDate).toEqual(new Date('2025-11-06T00:00:00Z'));
    expect(items[3]).not.toHaveProperty('pubDate');
    expect(entityFeedItems(model.entityPages.get('adil-soz')!, '/').map((i) => i.link)).toEqual(['/articles/d/']);
    // A month without its day (a page that gives no day) is dated to its first day in a feed.
    const monthly = buildSiteModel([a, b, c, { ...d, date: '2025-12' }], registry);
    const monthItems = siteFeedItems(monthly.articles, '/');
    expect(monthItems[0]!.link).toBe('/articles/d/');
    expect(monthItems[0]!.pubDate?.toISOString()).toBe('2025-12-01T00:00:00.000Z');
  });
});

describe('the region map (region-map.ts)', () => {
  const model = buildSiteModel([a, b, c, d], registry);

  it('links every mentioned country it shows, shaded by its articles, and outlines the page’s own', () => {
    const map = String(regionMapHtml(model, 'countries/kazakhstan/', 'kazakhstan'));
    // Kazakhstan is in 3 articles (the most), Uzbekistan and Russia in 1.
    expect(map).toContain('<a href="../uzbekistan/index.html" aria-label="Uzbekistan: 1 article"><path class="map__c2" d="M');
    expect(map).toContain('<a href="index.html" aria-label="Kazakhstan: 3 articles"><path class="map__c5 map__current" d="M');
    expect(map).toContain('<a href="../russia/index.html" aria-label="Russia: 1 article">');
    // Countries in view without a page are drawn, not linked; the page's own country is drawn last.
    expect(map).toMatch(/<path class="map__c0" d="M/u);
    expect(map.lastIndexOf('<path ')).toBe(map.indexOf('map__current') - '<path class="map__c5 '.length);
    // Only the five states (those with pages) are named on the map.
    expect([...map.matchAll(/<text[^>]*>([^<]+)<\/text>/gu)].map((m) => m[1])).toEqual(expect.arrayContaining(['Kazakhstan', 'Uzbekistan']));
    // The legend names the counts of exactly the shades used: 1 → step 2, 3 → step 5 (of 5).
    expect([...map.matchAll(/<li><span class="map__swatch (map__c\d)"><\/span>([^<]+)<\/li>/gu)].map((m) => `${m[1]} ${m[2]}`)).toEqual([
      'map__c0 not mentioned',
      'map__c2 1',
      'map__c4 2',
      'map__c5 3',
    ]);
    expect(map).not.toContain('Beyond the map');
  });

  it('links the countries with pages beyond the view below the map', () => {
    const withUs = buildSiteModel([a, b, c, d, article('e', '2025-03-01', ['[America|united-states] too.'])], registry);
    expect(String(regionMapHtml(withUs, ''))).toContain('Beyond the map: <a href="countries/united-states/index.html">United States</a> <span class="n">1</span>');
  });

  it('draws nothing when no country has a page', () => {
    expect(regionMapHtml(buildSiteModel([], registry), '')).toBeNull();
  });
});

describe('who with whom (network.ts)', () => {
  const model = buildSiteModel([a, b, c, d], registry);

  it('puts an entity at the centre of its own network, tied to everything mentioned alongside it', () => {
    const page = model.entityPages.get('kassym-jomart-tokayev')!;
    const network = egoNetwork(model, page);
    expect(network.nodes[0]!.entity.id).toBe('kassym-jomart-tokayev');
    expect(network.nodes.slice(1).map((n) => n.entity.id)).toEqual(page.coMentionsAll.map((r) => r.entity.id));
    for (const [i, r] of page.coMentionsAll.entries()) expect(network.edges).toContainEqual({ a: 0, b: i + 1, shared: r.shared });
    const svg = String(networkSvg(page.path, network, { width: 640, height: 340, label: 'Tokayev', current: 'kassym-jomart-tokayev' }));
    // The centre is not a link to its own page; the others are, named with their counts.
    expect(svg).not.toContain('href="index.html"');
    expect(svg).toContain('<a href="../donald-trump/index.html" aria-label="Donald Trump: 3 articles"><circle class="net__node net__node--person"');
    expect(svg).toContain('<title>Kassym-Jomart Tokayev and Kazakhstan: 3 shared articles</title>');
  });

  it('lays a network out the same way every time', () => {
    const first = String(networkSvg('graph/', siteNetwork(model, NETWORK_TYPES), { width: 900, height: 620, label: 'all' }));
    const again = String(networkSvg('graph/', siteNetwork(buildSiteModel([a, b, c, d], registry), NETWORK_TYPES), { width: 900, height: 620, label: 'all' }));
    expect(again).toBe(first);
    // Inside the picture.
    for (const m of first.matchAll(/<circle[^>]* cx="([\d.-]+)" cy="([\d.-]+)"/gu)) {
      expect(Number(m[1])).toBeGreaterThanOrEqual(0);
      expect(Number(m[1])).toBeLessThanOrEqual(900);
      expect(Number(m[2])).toBeGreaterThanOrEqual(0);
      expect(Number(m[2])).toBeLessThanOrEqual(620);
    }
  });

  it('shows the most mentioned of a type, each tied to its closest, and lists the strongest ties', () => {
    const people = siteNetwork(model, ['person']);
    expect(people.nodes.map((n) => n.entity.id)).toEqual(['donald-trump', 'kassym-jomart-tokayev', 'vladimir-putin']);
    expect(people.edges).toEqual([{ a: 0, b: 1, shared: 2 }, { a: 1, b: 2, shared: 1 }]);
    expect(String(tiesListHtml('graph/people/', people, 1))).toBe(
      '<ol class="plain-list net__ties"><li><a href="../../people/donald-trump/index.html">Donald Trump</a> and <a href="../../people/kassym-jomart-tokayev/index.html">Kassym-Jomart Tokayev</a> <span class="n">2 shared articles</span></li></ol>',
    );
  });
});

describe('ownStrings (the parsed articles keep no file text alive)', () => {
  it('keeps every value as it was, nested arrays and objects included, and shares one copy of a string parsed twice', () => {
    const text = 'x'.repeat(40) + 'Kassym-Jomart Tokayev met the delegation' + 'y'.repeat(40);
    const name = text.slice(40, 61);
    const value = { title: text.slice(40, 80), n: 3, none: null, flag: true, list: [name, { surface: text.slice(40, 61), short: 'Tokayev' }, [1, 'a']] };
    const pool = new Map<string, string>();
    const owned = ownStrings(structuredClone(value), pool);
    expect(owned).toEqual(value);
    // One pooled string for both spellings of the name, whatever object holds it.
    expect(pool.get('Kassym-Jomart Tokayev')).toBe('Kassym-Jomart Tokayev');
    expect([...pool.keys()].sort()).toEqual(['Kassym-Jomart Tokayev', 'Kassym-Jomart Tokayev met the delegation']);
  });
});
