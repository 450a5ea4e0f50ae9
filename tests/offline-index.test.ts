// The offline search (file://): the index built at build time (src/site/offline-index.ts) and the
// browser's side of it (public/search-offline.js), run here in a stand-in window whose <script>
// elements load shards from the built index, as a browser would from disk.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildSiteModel } from '../src/site/model.ts';
import { article, registry } from './lib/search-model.ts';
import {
  compactSlug,
  decodePostings,
  encodePostings,
  expandSlug,
  fold,
  offlineIndexScript,
  offlineRecordPaths,
  offlineSearch,
  offlineShardScript,
  packPositions,
  terms,
  unpackPositions,
  type OfflineSearch,
} from '../src/site/offline-index.ts';
import { BUDGETS, measureOfflineIndex, offlineIndexBudget } from '../scripts/budgets.ts';

const model = buildSiteModel(
  [
    article('deal-signed', 'Deal signed', '2025-02-25', ['kassym-jomart-tokayev', 'kazakhstan', 'boeing'], ['Tokaev met officials from Boeing in Astana, where the deal on engines was signed after talks about aircraft.']),
    article('tashkent-talks', 'Talks in Tashkent: part two', null, ['uzbekistan'], ['Ministers discussed tungsten and railways. Elections are due next year.']),
    article('grain-exports', 'Grain exports rise', '2024-11-02', ['kazakhstan'], ['Kazakhstan exported more wheat, and the election of a new board followed talks, more talks and further talks.']),
  ],
  registry,
);

/** A stand-in browser window: runs public/search-offline.js and serves shard scripts from `built`. */
function offlineBackend(built: OfflineSearch) {
  const window: Record<string, unknown> = {};
  const requested: string[] = [];
  const document = {
    createElement: () => ({ src: '', onerror: null as null | (() => void) }),
    head: {
      appendChild(script: { src: string; onerror: null | (() => void) }) {
        requested.push(script.src);
        const n = Number(/search-index\/(\d+)\.js$/u.exec(script.src)?.[1]);
        // A real script runs after the current task; so does this one.
        setTimeout(() => (built.shards[n] ? new Function('window', offlineShardScript(n, built.shards[n]!))(window) : script.onerror?.()), 0);
      },
    },
  };
  new Function('window', 'document', readFileSync('public/search-offline.js', 'utf8'))(window, document);
  new Function('window', offlineIndexScript(built.index))(window);
  const create = (window['DossierOfflineSearch'] as { create: (index: unknown, options: object) => Backend }).create;
  return { backend: create(window['DossierSearchIndex'], { siteRoot: '../', highlightParam: 'highlight' }), requested, window };
}
interface Result {
  id: string;
  data(): Promise<{ url: string; meta: { title: string }; excerpt: string; filters: Record<string, string[]> }>;
}
interface Backend {
  search(term: string | null, options?: object): Promise<{ results: Result[]; filters: Record<string, Record<string, number>>; unfilteredResultCount: number }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}
const titles = async (results: Result[]) => Promise.all(results.map(async (r) => (await r.data()).meta.title));

describe('offline index: build side', () => {
  const { index, shards } = offlineSearch(model);

  it('stores names and aliases once, articles by position, and only derivable slugs compactly', () => {
    expect(index.pages).toBe(model.entityPages.size);
    const tokayev = index.entities.find((e) => e[0] === 'kassym-jomart-tokayev')!;
    expect(tokayev[3]).toEqual(['Tokaev', 'Токаев']);
    const deal = index.articles.find((a) => a[1] === 'Deal signed')!;
    expect(deal[0]).toBe('');
    expect(unpackPositions(deal[5], index.width).map((p) => index.entities[p]![0]).sort()).toEqual(['boeing', 'kassym-jomart-tokayev', 'kazakhstan']);
    expect(offlineRecordPaths(index)).toContain('articles/tashkent-talks/');
  });

  it('indexes the full text, weighted by field, one length per document', () => {
    const all = Object.assign({}, ...shards) as Record<string, string>;
    expect(Object.keys(all)).toEqual(expect.arrayContaining(['tungsten', 'railways', 'wheat', 'tokayev', 'токаев', 'astana']));
    expect(index.lengths.split(',')).toHaveLength(index.pages + index.articles.length);
    // "wheat": once in the body of the grain article (documents are the entity pages, then the model's articles), the default weight.
    const grain = model.articles.findIndex((a) => a.slug === 'grain-exports');
    expect(decodePostings(all['wheat']!)).toEqual([index.pages + grain, 2]);
    // "tokayev": Tokayev's own page (own names, weight 12) above the article linking him (names, weight 3).
    const tokayevDoc = index.entities.findIndex((e) => e[0] === 'kassym-jomart-tokayev');
    const postings = decodePostings(all['tokayev']!);
    expect(postings.slice(0, 2)).toEqual([tokayevDoc, 12]);
    expect(postings.slice(2)).toEqual([index.pages + model.articles.findIndex((a) => a.slug === 'deal-signed'), 3]);
  });

  it('cuts shards by term range, every term in exactly one, in code-unit order', () => {
    const small = offlineSearch(model);
    expect(small.index.shards).toHaveLength(small.shards.length);
    small.shards.forEach((shard, n) => {
      const keys = Object.keys(shard);
      expect(keys[0]).toBe(small.index.shards[n]);
      expect([...keys].sort()).toEqual(keys);
      if (n + 1 < small.shards.length) expect(keys.at(-1)! < small.index.shards[n + 1]!).toBe(true);
    });
  });

  it('round-trips postings, slugs and positions', () => {
    const pairs = [0, 2, 5, 12, 40, 3, 1300, 2];
    expect(decodePostings(encodePostings(pairs))).toEqual(pairs);
    expect(encodePostings(pairs)).toBe('0,5.c,z.3,z0');
    for (const [slug, title] of [['deal-signed', 'Deal signed'], ['as-the-u-s', 'As the U.S. election nears'], ['other', 'Unrelated title']] as const) {
      expect(expandSlug(compactSlug(slug, title), title)).toBe(slug);
    }
    expect(compactSlug('as-the-u-s', 'As the U.S. election nears')).toBe(10);
    expect(unpackPositions(packPositions([0, 35, 36, 1295], 2), 2)).toEqual([0, 35, 36, 1295]);
  });

  it('folds case, diacritics and the Kazakh letters like the browser does', () => {
    const { window } = offlineBackend(offlineSearch(model));
    const browser = window['DossierOfflineSearch'] as { fold: (t: string) => string; terms: (t: string) => string[] };
    for (const text of ['Tokayev', 'Тоқаев', 'Mirziyoyev’s', 'Türkiye', 'ŞAVKAT Mirziyoyev', 'Қасым-Жомарт', 'Өзбекстан Ұлы', 'İstanbul', 'Cafe\u0301 au lait']) {
      expect(browser.fold(text), text).toBe(fold(text));
      expect(browser.terms(text), text).toEqual(terms(text));
    }
    expect(terms('Тоқаев and Токаев')).toEqual(['токаев', 'and', 'токаев']);
    // A decomposed accent stays inside its word, and is then folded away.
    expect(terms('Cafe\u0301 Tu\u0308rkiye, 2024')).toEqual(['cafe', 'turkiye', '2024']);
  });

  it('is a classic script that only assigns a global, and cannot close its script element', () => {
    const script = offlineIndexScript({ ...index, articles: [['x', '</script><b>', '', '', '', '']] });
    expect(script).toMatch(/^\/\/.*\nwindow\.DossierSearchIndex=\{/u);
    expect(script).not.toContain('</script>');
    const sandbox: { DossierSearchIndex?: unknown } = {};
    new Function('window', script)(sandbox);
    expect((sandbox.DossierSearchIndex as { articles: string[][] }).articles[0]![1]).toBe('</script><b>');
    expect(offlineShardScript(3, { '</script>': '1' })).not.toContain('</script>');
  });

  it(`keeps the part loaded with the page within ${BUDGETS.offlineIndexBytesPer1000 / 1024} KB per 1,000 synthetic articles and ${BUDGETS.offlineIndexBytesPerEntity} bytes per entity`, () => {
    const measured = measureOfflineIndex(1000);
    expect(measured.articles).toBe(1000);
    expect(measured.entities).toBeGreaterThan(0);
    expect(measured.bytes).toBeLessThanOrEqual(offlineIndexBudget(measured.articles, measured.entities));
    expect(measured.largestShardBytes).toBeLessThan(256 * 1024);
  });
});

describe('offline index: browser side', () => {
  it('puts an entity page first for its name, in any script, then the articles that name it', async () => {
    const { backend } = offlineBackend(offlineSearch(model));
    for (const query of ['Tokayev', 'Токаев', 'Тоқаев', 'tokaev']) {
      const { results } = await backend.search(query);
      expect((await titles(results))[0], query).toBe('Kassym-Jomart Tokayev');
      expect(await titles(results), query).toContain('Deal signed');
    }
  });

  it('searches the full text, needs every word, and matches longer words and the stem of the query', async () => {
    const { backend } = offlineBackend(offlineSearch(model));
    expect(await titles((await backend.search('tungsten')).results)).toEqual(['Talks in Tashkent: part two']);
    expect(await titles((await backend.search('wheat tungsten')).results)).toEqual([]);
    // "rail" starts "railways"; "elections" finds "election" by its stem, the exact word first.
    expect(await titles((await backend.search('rail')).results)).toEqual(['Talks in Tashkent: part two']);
    expect(await titles((await backend.search('elections')).results)).toEqual(['Talks in Tashkent: part two', 'Grain exports rise']);
    const { results } = await backend.search('tungsten');
    const data = await results[0]!.data();
    expect(data.url).toBe('../articles/tashkent-talks/index.html?highlight=tungsten');
    expect(data.excerpt).toContain('<mark>tungsten</mark>');
    expect(data.excerpt).not.toContain('further on');
    // The index keeps an article's opening only: a word matched beyond it is named under the excerpt.
    const aircraft = await (await backend.search('aircraft')).results[0]!.data();
    expect(aircraft.meta.title).toBe('Deal signed');
    expect(aircraft.excerpt).toContain('Mentions <mark>aircraft</mark> further on.');
  });

  it('ranks a word in the headline above the same word repeated in another article’s text', async () => {
    const { backend } = offlineBackend(offlineSearch(model));
    // "talks" three times in the grain article's body; once in the Tashkent article's headline.
    expect(await titles((await backend.search('talks')).results)).toEqual(['Talks in Tashkent: part two', 'Grain exports rise', 'Deal signed']);
  });

  it('loads only the shards a query needs, once each', async () => {
    const built = offlineSearch(model);
    // Many small shards, so the test can see which are loaded.
    const tiny = { index: { ...built.index, shards: [] as string[] }, shards: [] as Record<string, string>[] };
    const all = Object.assign({}, ...built.shards) as Record<string, string>;
    for (const term of Object.keys(all).sort()) {
      tiny.index.shards.push(term);
      tiny.shards.push({ [term]: all[term]! });
    }
    const { backend, requested } = offlineBackend(tiny);
    await backend.search('tungsten');
    await backend.search('tungsten');
    expect(requested).toEqual([`../search-index/${tiny.index.shards.indexOf('tungsten')}.js`]);
  });

  it('narrows by facets and counts them over the results', async () => {
    const { backend } = offlineBackend(offlineSearch(model));
    const all = await backend.search(null);
    expect(all.results).toHaveLength(model.entityPages.size + 3);
    const kazakh = await backend.search('', { filters: { country: ['Kazakhstan'], type: ['article'] } });
    expect((await titles(kazakh.results)).sort()).toEqual(['Deal signed', 'Grain exports rise']);
    expect(kazakh.filters['person']).toEqual({ 'Kassym-Jomart Tokayev': 1 });
  });
});
