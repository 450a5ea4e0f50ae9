// The region on a map: the five Central Asian states and their neighbours, each country shaded by how many
// articles mention it and linked to its page, drawn at build time as inline SVG (no script, no tiles: it
// reads from file:// and prints). Shapes from Natural Earth (world-atlas, 1:110m), projected with d3-geo;
// ISO numeric codes matched to the registry's ISO alpha-2 through world-countries.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoConicEqualArea, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import worldCountries from 'world-countries';
import { html, type Html } from './html.ts';
import type { EntityPage, SiteModel } from './model.ts';
import { plural } from './format.ts';
import { entityIndexByMentionsPath, relativeHref } from './paths.ts';
import { regionIso2 } from './model.ts';

const WIDTH = 720;
const HEIGHT = 430;

interface Shape {
  iso2: string;
  /** SVG path data in the map's coordinates. */
  d: string;
  /** Where a label goes (the shape's centroid). */
  at: [number, number];
}

/** From the Caspian to western China, southern Russia to Iran and Pakistan: the five states and every neighbour. */
const VIEW: GeoPermissibleObjects = {
  type: 'Polygon',
  // Clockwise, as d3-geo reads an exterior ring (counter-clockwise would be the rest of the globe).
  coordinates: [[[45, 25], [45, 55], [92, 55], [92, 25], [45, 25]]],
};

let shapes: Shape[] | undefined;

/** Every country that shows in the view, projected once per build. */
function regionShapes(): Shape[] {
  if (shapes) return shapes;
  const require = createRequire(import.meta.url);
  const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8')) as Topology<{ countries: GeometryCollection }>;
  const iso2ByNumeric = new Map(worldCountries.map((c) => [c.ccn3, c.cca2]));
  const projection = geoConicEqualArea()
    .parallels([35, 50])
    .rotate([-68, 0])
    .fitExtent(
      [
        [0, 0],
        [WIDTH, HEIGHT],
      ],
      VIEW,
    )
    .clipExtent([
      [0, 0],
      [WIDTH, HEIGHT],
    ]);
  const path = geoPath(projection).digits(1);
  const collection = feature(topology, topology.objects.countries);
  shapes = collection.features.flatMap((f) => {
    const iso2 = iso2ByNumeric.get(String(f.id));
    const d = iso2 ? path(f) : null;
    if (!iso2 || !d) return [];
    const [x, y] = path.centroid(f);
    return [{ iso2, d, at: [x, y] as [number, number] }];
  });
  return shapes;
}

/** Shading steps: 0 is "not mentioned", 1–5 by share of the busiest country's article count. */
const STEPS = 5;

function step(articles: number, max: number): number {
  return articles === 0 ? 0 : Math.ceil((articles * STEPS) / max);
}

/** The article counts that fall in step `k` (1–5): the legend's range; low > high when none can. */
function stepRange(k: number, max: number): [number, number] {
  return [Math.floor(((k - 1) * max) / STEPS) + 1, Math.floor((k * max) / STEPS)];
}

/**
 * The map, from the page at `from`; `current` (a country id) is outlined. Below it, a legend, the numbers,
 * and links to the countries with pages that lie beyond the map (the United States, say).
 */
export function regionMapHtml(model: SiteModel, from: string, current: string | null = null): Html | null {
  const pagesByIso = new Map<string, EntityPage>();
  for (const page of model.byType('country')) if (page.entity.iso2) pagesByIso.set(page.entity.iso2, page);
  if (pagesByIso.size === 0) return null;
  const drawn = regionShapes();
  const inView = new Set(drawn.map((s) => s.iso2));
  const max = Math.max(...[...pagesByIso.values()].map((p) => p.articles.length));

  // The page's own country last, so that no neighbour is drawn over its outline.
  const currentIso = current ? model.registry.get(current)?.iso2 : undefined;
  const ordered = currentIso ? [...drawn.filter((s) => s.iso2 !== currentIso), ...drawn.filter((s) => s.iso2 === currentIso)] : drawn;
  const paths = ordered.map(({ iso2, d }) => {
    const page = pagesByIso.get(iso2);
    const shade = page ? step(page.articles.length, max) : 0;
    const currentClass = page && page.entity.id === current ? ' map__current' : '';
    if (!page) return html`<path class="map__c0" d="${d}"></path>`;
    const label = `${page.entity.name}: ${plural(page.articles.length, 'article')}`;
    return html`<a href="${relativeHref(from, page.path)}" aria-label="${label}"><path class="${`map__c${shade}${currentClass}`}" d="${d}"><title>${label}</title></path></a>`;
  });
  // Names of the five states and of the page's own country, at their centroids.
  const labelled = new Set([...regionIso2, ...(current ? [model.registry.get(current)?.iso2 ?? ''] : [])]);
  const labels = drawn
    .filter((s) => labelled.has(s.iso2) && pagesByIso.has(s.iso2))
    .map(({ iso2, at }) => html`<text x="${at[0].toFixed(0)}" y="${at[1].toFixed(0)}">${pagesByIso.get(iso2)!.entity.name}</text>`);
  const legend = html`<ul class="map__legend" aria-label="Legend: articles mentioning the country"><li><span class="map__swatch map__c0"></span>not mentioned</li>${Array.from(
    { length: STEPS },
    (_, i) => {
      const [low, high] = stepRange(i + 1, max);
      return low > high ? null : html`<li><span class="${`map__swatch map__c${i + 1}`}"></span>${low === high ? String(low) : `${low}–${high}`}</li>`;
    },
  )}</ul>`;
  const beyond = [...pagesByIso.values()].filter((p) => !inView.has(p.entity.iso2!)).sort((a, b) => b.articles.length - a.articles.length);
  const beyondHtml =
    beyond.length > 0
      ? html`<p class="small map__beyond">Beyond the map: ${beyond.slice(0, 8).map(
          (p, i) => html`${i > 0 ? ' · ' : ''}<a href="${relativeHref(from, p.path)}">${p.entity.name}</a> <span class="n">${p.articles.length}</span>`,
        )}${beyond.length > 8 ? html` · <a href="${relativeHref(from, entityIndexByMentionsPath('country'))}">all countries</a>` : null}</p>`
      : null;
  return html`<figure class="map"><svg class="map__chart" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="group" aria-label="Map of Central Asia and its neighbours; each country is shaded by the number of articles that mention it and links to its page">${paths}<g class="map__labels" aria-hidden="true">${labels}</g></svg><figcaption>${legend}${beyondHtml}</figcaption></figure>`;
}
