// Country flags as pictures: the SVGs of flag-icons (lipis/flag-icons, every ISO 3166-1 code, 4:3), not
// regional-indicator emoji, which Windows and Linux without an emoji font show as two letters or boxes.
// The flags the site shows are copied to `flags/<code>.svg` (src/pages/flags/[code].svg.ts) and drawn as the
// background of an empty span by one small stylesheet, `flags.css` (src/pages/flags.css.ts): a flag is
// decoration beside the country's name, hidden from assistive technology, loaded once per browser cache.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Entity } from '../pipeline/types.ts';
import { html, type Html } from './html.ts';
import type { SiteModel } from './model.ts';

const flagDir = path.join(path.dirname(createRequire(import.meta.url).resolve('flag-icons/package.json')), 'flags', '4x3');

// The codes flag-icons has a file for, read once: flagCode runs for every country link of every page (a
// file-system check each time was 3 s of a 10,000-article build).
let shippedCodes: Set<string> | undefined;

/** flag-icons' file name for a country (`kz`), or null when it has none. */
export function flagCode(entity: Entity): string | null {
  if (entity.type !== 'country' || !entity.iso2) return null;
  shippedCodes ??= new Set(readdirSync(flagDir).filter((file) => /^[a-z]{2}\.svg$/u.test(file)).map((file) => file.slice(0, 2)));
  const code = entity.iso2.toLowerCase();
  return shippedCodes.has(code) ? code : null;
}

/** The SVG of a flag, as flag-icons ships it. */
export function flagSvg(code: string): string {
  return readFileSync(path.join(flagDir, `${code}.svg`), 'utf8');
}

/**
 * The countries whose flags the site shows: those with pages, and the country of every entity with a page
 * (a person's preview card names it). Sorted by code, so flags.css is the same on every build.
 */
export function flaggedCodes(model: SiteModel): string[] {
  const codes = new Set<string>();
  for (const page of model.entityPages.values()) {
    for (const country of [page.entity, page.entity.country ? model.registry.get(page.entity.country) : undefined]) {
      const code = country ? flagCode(country) : null;
      if (code) codes.add(code);
    }
  }
  return [...codes].sort();
}

/** flags.css: one rule per flag, its URL relative to the stylesheet (at the site's root). */
export function flagsCss(codes: string[]): string {
  return `${codes.map((code) => `.flag-${code}{background-image:url(flags/${code}.svg)}`).join('\n')}\n`;
}

/** A country's flag (an empty span the stylesheet paints), or null when it has none. `extra` adds classes. */
export function flagHtml(country: Entity, extra = ''): Html | null {
  const code = flagCode(country);
  return code ? html`<span class="${`flag flag-${code}${extra ? ` ${extra}` : ''}`}" aria-hidden="true"></span>` : null;
}
