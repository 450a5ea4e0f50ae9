// Who appears with whom: networks of entities joined by the articles that mention both, laid out at build
// time with d3-force (a fixed number of ticks from d3's deterministic start, so two builds are
// byte-identical) and drawn as inline SVG. An entity page shows its own small network (it and those most
// often mentioned alongside it); graph/ shows the most connected entities of the whole site, by type.
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationLinkDatum, type SimulationNodeDatum } from 'd3-force';
import type { Entity, EntityType } from '../pipeline/types.ts';
import { plural } from './format.ts';
import { html, type Html } from './html.ts';
import type { EntityPage, SiteModel } from './model.ts';
import { relativeHref } from './paths.ts';

/** The types graph/ shows, together and one by one. */
export const NETWORK_TYPES: readonly EntityType[] = ['person', 'country', 'organization'];

export interface Network {
  /** Most important first (the centre of an entity's own network first). */
  nodes: { entity: Entity; path: string; articles: number }[];
  /** Pairs of node indexes and the number of articles mentioning both. */
  edges: { a: number; b: number; shared: number }[];
}

/**
 * The ties among `pages` worth drawing: each entity's three closest, and the closest of all up to `maxEdges`.
 * Closeness is the cosine of shared articles (shared / √(articles of one × articles of the other)), not the
 * count itself: the count would tie everything to the countries that are in every article, and leave the
 * rest floating alone. Listed by the count, most shared first.
 */
function edgesAmong(pages: EntityPage[], maxEdges: number): Network['edges'] {
  const indexOf = new Map(pages.map((page, i) => [page.entity.id, i]));
  const all: (Network['edges'][number] & { closeness: number })[] = [];
  pages.forEach((page, a) => {
    // One pass over the page's co-mentions: no map of them per page (every entity page asks for ten).
    for (const { entity, shared: n } of page.coMentionsAll) {
      const b = indexOf.get(entity.id);
      if (b !== undefined && b > a && n > 0) all.push({ a, b, shared: n, closeness: n / Math.sqrt(page.articles.length * pages[b]!.articles.length) });
    }
  });
  const byCloseness = [...all].sort((x, y) => y.closeness - x.closeness || x.a - y.a || x.b - y.b);
  const kept = new Set(byCloseness.slice(0, maxEdges));
  pages.forEach((_, i) => byCloseness.filter((e) => e.a === i || e.b === i).slice(0, 3).forEach((e) => kept.add(e)));
  return [...kept].sort((x, y) => y.shared - x.shared || x.a - y.a || x.b - y.b).map(({ a, b, shared: n }) => ({ a, b, shared: n }));
}

const toNode = (page: EntityPage) => ({ entity: page.entity, path: page.path, articles: page.articles.length });

/** An entity and the `limit` entities most often mentioned alongside it (any type), with the ties among them. */
export function egoNetwork(model: SiteModel, page: EntityPage, limit = 10): Network {
  const ranked = page.coMentionsAll.slice(0, limit).filter((r) => model.entityPages.has(r.entity.id));
  const others = ranked.map((r) => model.entityPages.get(r.entity.id)!);
  const pages = [page, ...others];
  // Every tie of the entity itself, and the closest among the others.
  const ego = ranked.map((r, i) => ({ a: 0, b: i + 1, shared: r.shared }));
  const among = edgesAmong(others, 12).map((e) => ({ a: e.a + 1, b: e.b + 1, shared: e.shared }));
  return { nodes: pages.map(toNode), edges: [...ego, ...among].sort((x, y) => y.shared - x.shared || x.a - y.a || x.b - y.b) };
}

/** The `limit` entities of the given types in the most articles, and the strongest ties among them. */
export function siteNetwork(model: SiteModel, types: readonly EntityType[], limit = 40, maxEdges = 60): Network {
  const pages = types
    .flatMap((type) => model.byType(type))
    .sort((x, y) => y.articles.length - x.articles.length || (x.entity.id < y.entity.id ? -1 : 1))
    .slice(0, limit);
  return { nodes: pages.map(toNode), edges: edgesAmong(pages, maxEdges) };
}

/**
 * d3-force's default cools from alpha 1 to its minimum (0.001) in 300 ticks; networks of at most a few
 * dozen nodes settle in a third of that, cooled as fast. Every entity page lays one out, so the ticks
 * are a quarter of a large site's build.
 */
const LAYOUT_TICKS = 100;
const ALPHA_DECAY = 1 - Math.pow(0.001, 1 / LAYOUT_TICKS);

interface Placed extends SimulationNodeDatum {
  index: number;
  r: number;
}

/**
 * Positions for the nodes in a `width` × `height` box: linked nodes pulled together by how much they share,
 * all pushed apart, kept from overlapping. d3-force starts from a fixed arrangement and its own seeded
 * random source, and runs a fixed number of ticks: the same network always gets the same picture.
 */
function layoutNetwork(network: Network, width: number, height: number, radius: (articles: number) => number, centreFirst = false): { x: number; y: number; r: number }[] {
  // An entity's own network keeps it in the middle.
  const nodes: Placed[] = network.nodes.map((n, index) => ({ index, r: radius(n.articles), ...(centreFirst && index === 0 ? { fx: 0, fy: 0 } : {}) }));
  const links: SimulationLinkDatum<Placed>[] = network.edges.map((e) => ({ source: e.a, target: e.b }));
  forceSimulation(nodes)
    .force('link', forceLink<Placed, SimulationLinkDatum<Placed>>(links).distance(80))
    .force('charge', forceManyBody().strength(-320))
    .force('x', forceX(0).strength(0.06))
    .force('y', forceY(0).strength(0.1))
    .force('collide', forceCollide<Placed>((n) => n.r + 14))
    .alphaDecay(ALPHA_DECAY)
    .stop()
    .tick(LAYOUT_TICKS);
  // Fit the result into the box, leaving room for the labels beside the outermost nodes.
  const pad = 70;
  const xs = nodes.map((n) => n.x ?? 0);
  const ys = nodes.map((n) => n.y ?? 0);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const scale = Math.min((width - 2 * pad) / Math.max(1, maxX - minX), (height - 2 * 30) / Math.max(1, maxY - minY), 1.6);
  const cx = (minX + maxX) / 2;
  const cy = (minY + maxY) / 2;
  return nodes.map((n) => ({ x: width / 2 + ((n.x ?? 0) - cx) * scale, y: height / 2 + ((n.y ?? 0) - cy) * scale, r: n.r }));
}

/**
 * A network as SVG, from the page at `from`: each entity a circle sized by its articles and coloured by its
 * type, named, and linked to its page; each tie a line as thick as the articles the two share. `label` names
 * the picture; `current` is the page's own entity (drawn as the centre, not linked).
 */
export function networkSvg(from: string, network: Network, options: { width: number; height: number; label: string; current?: string }): Html {
  const { width, height } = options;
  const maxArticles = Math.max(1, ...network.nodes.map((n) => n.articles));
  const radius = (articles: number) => 5 + 13 * Math.sqrt(articles / maxArticles);
  const at = layoutNetwork(network, width, height, radius, options.current === network.nodes[0]?.entity.id);
  const maxShared = Math.max(1, ...network.edges.map((e) => e.shared));
  const f = (n: number) => n.toFixed(1);
  const lines = network.edges.map((e) => {
    const [p, q] = [at[e.a]!, at[e.b]!];
    const names = `${network.nodes[e.a]!.entity.name} and ${network.nodes[e.b]!.entity.name}: ${plural(e.shared, 'shared article')}`;
    return html`<line x1="${f(p.x)}" y1="${f(p.y)}" x2="${f(q.x)}" y2="${f(q.y)}" stroke-width="${f(0.6 + 4 * (e.shared / maxShared))}"><title>${names}</title></line>`;
  });
  const nodes = network.nodes.map((node, i) => {
    const p = at[i]!;
    const label = `${node.entity.name}: ${plural(node.articles, 'article')}`;
    const shape = html`<circle class="${`net__node net__node--${node.entity.type}${node.entity.id === options.current ? ' net__node--current' : ''}`}" cx="${f(p.x)}" cy="${f(p.y)}" r="${f(p.r)}"><title>${label}</title></circle><text x="${f(p.x)}" y="${f(p.y + p.r + 12)}">${node.entity.name}</text>`;
    return node.entity.id === options.current ? html`<g>${shape}</g>` : html`<a href="${relativeHref(from, node.path)}" aria-label="${label}">${shape}</a>`;
  });
  return html`<svg class="net" viewBox="0 0 ${width} ${height}" role="group" aria-label="${options.label}"><g class="net__edges" aria-hidden="true">${lines}</g>${nodes}</svg>`;
}

/** The strongest ties as text: the picture's numbers for anyone who cannot see it. */
export function tiesListHtml(from: string, network: Network, limit: number): Html {
  return html`<ol class="plain-list net__ties">${network.edges.slice(0, limit).map((e) => {
    const [p, q] = [network.nodes[e.a]!, network.nodes[e.b]!];
    return html`<li><a href="${relativeHref(from, p.path)}">${p.entity.name}</a> and <a href="${relativeHref(from, q.path)}">${q.entity.name}</a> <span class="n">${plural(e.shared, 'shared article')}</span></li>`;
  })}</ol>`;
}
