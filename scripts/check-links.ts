// npm run check:links -- [dist-dir | dist/dossier-offline.zip] [--base /dossier/]
// Walks every .html file of a built site and checks every internal href/src/srcset/poster (and
// meta-refresh target): the file must exist (a directory means its index.html) and a #fragment
// must be an id (or <a name>) in the target page. Prints broken links grouped by page; exits 1 if
// any. The base defaults to $DOSSIER_BASE or `/`: an absolute link outside it would 404 once the
// site is served under that sub-path, so it counts as broken.
//
// A small walk rather than linkinator: linkinator checks through an HTTP server (its own, for a
// local folder) and cannot check #fragments at all, which are half of what can break here
// (entity anchors, table-of-contents links). HTML is parsed with html-validate's parser (already
// a dependency for the HTML gate), not with regular expressions.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Parser, StaticConfigLoader, type HtmlElement } from 'html-validate';
import { htmlFilesIn, siteCheckArgs } from './lib/site-check-cli.ts';

export interface BrokenLink {
  /** Page holding the link, relative to the dist folder, e.g. `people/donald-trump/index.html`. */
  page: string;
  /** The attribute value as written (entities decoded). */
  url: string;
  reason: string;
}

export interface LinkReport {
  pages: number;
  /** Internal links checked (external ones are not counted). */
  links: number;
  broken: BrokenLink[];
}

interface PageData {
  ids: Set<string>;
  refs: string[];
}

/** Attributes that hold one URL, by element; `srcset` is handled separately (a list). */
const URL_ATTRIBUTES: Record<string, readonly string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  img: ['src'],
  script: ['src'],
  iframe: ['src'],
  embed: ['src'],
  source: ['src'],
  track: ['src'],
  audio: ['src'],
  video: ['src', 'poster'],
  input: ['src'],
  form: ['action'],
  object: ['data'],
};

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** html-validate keeps attribute values raw; URLs only ever need these entities decoded. */
export function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/** The URL candidates of a srcset: `a.png 1x, b.png 2x` → [`a.png`, `b.png`]. */
export function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(/,\s+|,(?=\S+\s+\d)/)
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter((url) => url !== '');
}

let parserPromise: Promise<Parser> | null = null;
function htmlParser(): Promise<Parser> {
  parserPromise ??= (async () => {
    const loader = new StaticConfigLoader({ extends: [], elements: ['html5'] });
    return new Parser(await loader.getConfigFor('page.html'));
  })();
  return parserPromise;
}

/** Ids (and `<a name>` anchors) a page defines, and the URLs it refers to, in document order. */
export async function readPage(html: string): Promise<PageData> {
  const root = (await htmlParser()).parseHtml(html);
  const ids = new Set<string>();
  const refs: string[] = [];
  const attr = (element: HtmlElement, name: string) => {
    const value = element.getAttributeValue(name);
    return value === null ? null : decodeEntities(value);
  };
  for (const element of root.querySelectorAll('*')) {
    const id = attr(element, 'id');
    if (id) ids.add(id);
    const tag = element.tagName;
    if (tag === 'a') {
      const name = attr(element, 'name');
      if (name) ids.add(name);
    }
    // A canonical or alternate link names the public URL, not a file of this build.
    if (tag === 'link' && /\b(canonical|alternate)\b/i.test(attr(element, 'rel') ?? '')) continue;
    for (const name of URL_ATTRIBUTES[tag] ?? []) {
      const value = attr(element, name);
      if (value !== null) refs.push(value.trim());
    }
    const srcset = attr(element, 'srcset');
    if (srcset !== null && (tag === 'img' || tag === 'source')) refs.push(...srcsetUrls(srcset));
    if (tag === 'meta' && (attr(element, 'http-equiv') ?? '').toLowerCase() === 'refresh') {
      const target = /url\s*=\s*['"]?([^'"]+)/i.exec(attr(element, 'content') ?? '')?.[1];
      if (target) refs.push(target.trim());
    }
  }
  return { ids, refs };
}


function normalizeBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** True for URLs this check leaves alone: another origin or scheme (https:, mailto:, data:, javascript:…). */
function isExternal(url: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//');
}

/** Checks every internal link and fragment of the site built in `dist`, served at `base`. */
export async function checkLinks(dist: string, options: { base?: string } = {}): Promise<LinkReport> {
  const root = path.resolve(dist);
  const base = normalizeBase(options.base ?? '/');
  const pages = htmlFilesIn(root);
  const cache = new Map<string, PageData>();
  const load = async (rel: string): Promise<PageData> => {
    let data = cache.get(rel);
    if (!data) {
      data = await readPage(readFileSync(path.join(root, rel), 'utf8'));
      cache.set(rel, data);
    }
    return data;
  };

  const broken: BrokenLink[] = [];
  let links = 0;
  for (const page of pages) {
    const { refs } = await load(page);
    for (const url of refs) {
      if (url === '' || isExternal(url)) continue;
      links++;
      const reason = await whyBroken(url, page);
      if (reason) broken.push({ page, url, reason });
    }
  }
  return { pages: pages.length, links, broken };

  async function whyBroken(url: string, page: string): Promise<string | null> {
    // Resolve as a browser would, with the page at its served URL under the base.
    const pageUrl = new URL(`${base}${page}`, 'http://site.invalid');
    const target = new URL(url, pageUrl);
    let pathname: string;
    try {
      pathname = decodeURIComponent(target.pathname);
    } catch {
      return 'the path is not valid percent-encoding';
    }
    if (!pathname.startsWith(base)) return `points outside the base ${base} (absolute link not under the base)`;
    let rel = pathname.slice(base.length);
    const file = path.join(root, rel);
    if (rel === '' || rel.endsWith('/')) {
      rel = `${rel}index.html`;
    } else if (existsSync(file) && statSync(file).isDirectory()) {
      rel = `${rel}/index.html`;
    }
    const resolved = path.join(root, rel);
    if (!resolved.startsWith(root)) return 'points outside the site';
    if (!existsSync(resolved) || !statSync(resolved).isFile()) return `no such file: ${rel}`;

    const fragment = target.hash.slice(1);
    // `#` and `#top` scroll to the top by definition; text fragments (`#:~:text=`) are not ids.
    if (fragment === '' || fragment === 'top' || fragment.startsWith(':~:')) return null;
    if (!rel.endsWith('.html')) return null;
    let id: string;
    try {
      id = decodeURIComponent(fragment);
    } catch {
      id = fragment;
    }
    const { ids } = await load(rel);
    return ids.has(id) || ids.has(fragment) ? null : `no element with id "${id}" in ${rel}`;
  }
}

/** Broken links as text, grouped by page. */
export function formatReport(report: LinkReport, label: string): string {
  const lines: string[] = [];
  const byPage = Map.groupBy(report.broken, (b) => b.page);
  for (const [page, items] of byPage) {
    lines.push(`${page}`);
    for (const item of items) lines.push(`  ${item.url}  → ${item.reason}`);
  }
  const summary = `check-links: ${label}: ${report.pages} pages, ${report.links} internal links, ${report.broken.length} broken`;
  return [...lines, summary].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const args = siteCheckArgs<{ base?: string }>('check-links', argv, { base: { type: 'string' } }, '--base <path>');
  if (!args.ok) return args.code;
  const { dist } = args;
  const base = args.values.base ?? process.env.DOSSIER_BASE ?? '/';
  const report = await checkLinks(dist, { base });
  const text = formatReport(report, `${dist} at base ${normalizeBase(base)}`);
  if (report.broken.length > 0) console.error(text);
  else console.log(text);
  return report.broken.length > 0 ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
