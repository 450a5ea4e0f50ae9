// The weight of every page of a build, kept per kind of page (src/site/paths.ts pageKindOf): the heaviest
// page of each kind in bytes as written, in bytes gzipped as a host would send it, and in DOM elements.
// Read by `npm run budgets` (scripts/budgets.ts) at the seeds and at 1,000 and 10,000 articles.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { pageKindOf, type PageKind } from '../../src/site/paths.ts';
import { htmlFilesIn } from './site-check-cli.ts';

/** What any one page may weigh (issue 18): uncompressed, gzipped, and in elements. */
export const PAGE_LIMITS = { rawBytes: 150 * 1024, gzipBytes: 40 * 1024, elements: 2000 } as const;

export const PAGE_KINDS: readonly PageKind[] = ['home', 'article', 'index', 'entity', 'entity-list'];

/**
 * The elements a browser's DOM would hold for this HTML: one per start tag. Comments are skipped, and so is
 * the text of script and style elements (which may contain `<`). Astro writes html, head and body
 * explicitly, so no element is implied. tests/browser/smoke.test.ts holds it equal to Chromium's count.
 */
export function countElements(html: string): number {
  const withoutText = html.replace(/<!--[\s\S]*?-->/gu, '').replace(/<(script|style)\b([^>]*)>[\s\S]*?<\/\1\s*>/giu, '<$1$2>');
  return withoutText.match(/<[a-zA-Z]/gu)?.length ?? 0;
}

export interface Heaviest {
  /** Page path, e.g. `people/donald-trump/`. */
  page: string;
  value: number;
}

export interface KindWeights {
  kind: PageKind;
  pages: number;
  raw: Heaviest;
  gzip: Heaviest;
  elements: Heaviest;
}

/** The heaviest page of each kind in `dist` (Pagefind's own files are not pages). */
export function measurePageWeights(dist: string): KindWeights[] {
  const byKind = new Map<PageKind, KindWeights>();
  for (const file of htmlFilesIn(dist)) {
    if (file.startsWith('pagefind/')) continue;
    const page = file.replace(/index\.html$/u, '');
    const kind = pageKindOf(page);
    const bytes = readFileSync(path.join(dist, file));
    const none = { page: '', value: -1 };
    const weights = byKind.get(kind) ?? { kind, pages: 0, raw: none, gzip: none, elements: none };
    weights.pages++;
    const heavier = (current: Heaviest, value: number) => (value > current.value ? { page, value } : current);
    weights.raw = heavier(weights.raw, bytes.length);
    weights.gzip = heavier(weights.gzip, gzipSync(bytes).length);
    weights.elements = heavier(weights.elements, countElements(bytes.toString('utf8')));
    byKind.set(kind, weights);
  }
  return PAGE_KINDS.flatMap((kind) => byKind.get(kind) ?? []);
}

/** One line per limit a kind's heaviest page is over; empty when every page is within PAGE_LIMITS. */
export function overPageLimits(weights: KindWeights[]): string[] {
  return weights.flatMap((w) => [
    ...(w.raw.value > PAGE_LIMITS.rawBytes ? [`${w.kind}: /${w.raw.page} is ${kb(w.raw.value)} uncompressed (limit ${kb(PAGE_LIMITS.rawBytes)})`] : []),
    ...(w.gzip.value > PAGE_LIMITS.gzipBytes ? [`${w.kind}: /${w.gzip.page} is ${kb(w.gzip.value)} gzipped (limit ${kb(PAGE_LIMITS.gzipBytes)})`] : []),
    ...(w.elements.value > PAGE_LIMITS.elements ? [`${w.kind}: /${w.elements.page} has ${w.elements.value} elements (limit ${PAGE_LIMITS.elements})`] : []),
  ]);
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** A table: per kind, how many pages, and its heaviest page by each measure. */
export function formatPageWeights(weights: KindWeights[]): string {
  const rows = weights.map((w) => [
    w.kind,
    String(w.pages),
    `${kb(w.raw.value)} /${w.raw.page}`,
    `${kb(w.gzip.value)} /${w.gzip.page}`,
    `${w.elements.value} /${w.elements.page}`,
  ]);
  const header = ['kind', 'pages', `heaviest, uncompressed (≤ ${kb(PAGE_LIMITS.rawBytes)})`, `heaviest, gzip (≤ ${kb(PAGE_LIMITS.gzipBytes)})`, `most DOM elements (≤ ${PAGE_LIMITS.elements})`];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  return [header, ...rows].map((r) => r.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd()).join('\n');
}
