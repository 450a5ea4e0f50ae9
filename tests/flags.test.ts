// Flags as SVG pictures from flag-icons (src/site/flags.ts), not emoji that some systems show as boxes.
import { describe, expect, it } from 'vitest';
import type { Entity } from '../src/pipeline/types.ts';
import { flagCode, flagHtml, flagsCss, flagSvg } from '../src/site/flags.ts';

const country = (iso2: string | undefined, name = 'Somewhere'): Entity => ({ id: name.toLowerCase(), type: 'country', name, aliases: [], wikidata: null, description: null, country: null, discovered: false, ...(iso2 ? { iso2 } : {}) });

describe('flags', () => {
  it('finds flag-icons’ SVG of a country by its ISO code', () => {
    expect(flagCode(country('KZ'))).toBe('kz');
    expect(flagSvg('kz')).toMatch(/^<svg[^>]*viewBox="0 0 640 480"/u);
    // No code, a code flag-icons lacks, or not a country: no flag.
    expect(flagCode(country(undefined))).toBeNull();
    expect(flagCode(country('QQ'))).toBeNull();
    expect(flagCode({ ...country('KZ'), type: 'place' })).toBeNull();
  });

  it('draws a flag as an empty span hidden from assistive technology, painted by flags.css', () => {
    expect(String(flagHtml(country('UZ')))).toBe('<span class="flag flag-uz" aria-hidden="true"></span>');
    expect(String(flagHtml(country('UZ'), 'hero-flag'))).toBe('<span class="flag flag-uz hero-flag" aria-hidden="true"></span>');
    expect(flagHtml(country('QQ'))).toBeNull();
    expect(flagsCss(['kz', 'us'])).toBe('.flag-kz{background-image:url(flags/kz.svg)}\n.flag-us{background-image:url(flags/us.svg)}\n');
  });
});
