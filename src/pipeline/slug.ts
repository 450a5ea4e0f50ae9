// Slugs for article URLs and entity ids: one helper, so every link is built the same way.
import slugify from '@sindresorhus/slugify';
import { PipelineError } from './types.ts';
import { byCodeUnit } from './order.ts';

export const MAX_SLUG_LENGTH = 80;

/** Lowercase ASCII words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const SLUG_OPTIONS = {
  // "OpenAI" → "openai", not "open-ai": ids should read like the name.
  decamelize: false,
  // Transliterate's German rules turn "Türkiye" into "tuerkiye"; names here are mostly not German.
  customReplacements: [
    ['ä', 'a'],
    ['ö', 'o'],
    ['ü', 'u'],
    ['Ä', 'A'],
    ['Ö', 'O'],
    ['Ü', 'U'],
  ] as [string, string][],
};

/**
 * Path segments the site's list pages take beside articles and entities (`articles/2/` is page 2 of the
 * articles, `people/by-mentions/` the index by mentions): no article slug or entity id may be one.
 */
export function isReservedSlug(slug: string): boolean {
  return /^\d+$/u.test(slug) || slug === 'by-mentions';
}

/** `As They Draw Closer to Trump, …` → `as-they-draw-closer-to-trump-…`, cut at a hyphen to ≤ maxLength. */
export function toSlug(text: string, maxLength = MAX_SLUG_LENGTH): string {
  return cutAtHyphen(slugify(text, SLUG_OPTIONS), maxLength);
}

function cutAtHyphen(slug: string, maxLength: number): string {
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const lastHyphen = cut.lastIndexOf('-');
  // A single word longer than the limit is cut hard rather than dropped.
  return lastHyphen > 0 ? cut.slice(0, lastHyphen) : slug.slice(0, maxLength);
}

export interface SlugClaim {
  file: string;
  slug: string;
  /** True when the slug was set by a `.meta.yaml` override: it is never renamed, only checked. */
  fixed?: boolean;
}

/**
 * Unique slugs, deterministic: in seed-file-name order the first article keeps a slug and later
 * ones get `-2`, `-3`, …. An override slug that another article also has is an error naming both
 * files, since silently renaming either would break a link someone chose on purpose.
 */
export function uniqueSlugs(items: SlugClaim[]): Map<string, string> {
  const sorted = [...items].sort((a, b) => byCodeUnit(a.file, b.file));
  const result = new Map<string, string>();
  const taken = new Set<string>();

  for (const item of sorted) {
    if (!item.fixed) continue;
    if (isReservedSlug(item.slug)) throw new PipelineError(item.file, `override slug "${item.slug}" is the URL of a list page; choose a slug with a letter in it`);
    const clash = sorted.find((other) => other !== item && other.slug === item.slug);
    if (clash) {
      throw new PipelineError(
        item.file,
        `override slug "${item.slug}" is also the slug of ${clash.file}; choose another slug in one of them`,
      );
    }
    taken.add(item.slug);
    result.set(item.file, item.slug);
  }

  for (const item of sorted) {
    if (item.fixed) continue;
    let slug = item.slug;
    // A headline of digits alone ("2024") would be a page of the article list: numbered like a clash.
    for (let n = 2; taken.has(slug) || isReservedSlug(slug); n++) {
      const suffix = `-${n}`;
      slug = `${cutAtHyphen(item.slug, MAX_SLUG_LENGTH - suffix.length).replace(/-+$/, '')}${suffix}`;
    }
    taken.add(slug);
    result.set(item.file, slug);
  }
  return result;
}
