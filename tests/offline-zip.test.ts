// The offline archive: streamed one file at a time, readable by any unzip, the same bytes for the same site.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { hostedArchiveUrl, minifyClassicScripts, offlinePage, offlineZipName, writeOfflineZip } from '../scripts/postbuild.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function site(): string {
  const dist = mkdtempSync(path.join(tmpdir(), 'dossier-zip-'));
  dirs.push(dist);
  mkdirSync(path.join(dist, 'articles', 'a'), { recursive: true });
  writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Dossier</title>'.repeat(200));
  writeFileSync(path.join(dist, 'articles', 'a', 'index.html'), 'Tokayev met Trump. '.repeat(500));
  writeFileSync(path.join(dist, 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]));
  return dist;
}

describe('writeOfflineZip', () => {
  it('packs every file at the archive root, readable back byte for byte, and the same archive twice', () => {
    const dist = site();
    const first = writeOfflineZip(dist);
    expect(first.files).toBe(3);
    const bytes = readFileSync(path.join(dist, offlineZipName));
    expect(bytes.length).toBe(first.bytes);
    const entries = unzipSync(bytes);
    expect(Object.keys(entries).sort()).toEqual(['articles/a/index.html', 'index.html', 'logo.png']);
    expect(Buffer.from(entries['articles/a/index.html']!).toString()).toBe('Tokayev met Trump. '.repeat(500));
    expect(Buffer.from(entries['logo.png']!)).toEqual(readFileSync(path.join(dist, 'logo.png')));
    // Run again over the same site (the archive itself is left out): identical bytes, no temporary left.
    writeOfflineZip(dist);
    expect(readFileSync(path.join(dist, offlineZipName))).toEqual(bytes);
    expect(readdirSync(dist).filter((n) => n.includes('.tmp-'))).toEqual([]);
  });

  it('rewrites the footer download link in the pages it packs: to the hosted archive, or out', () => {
    const dist = site();
    const footer = '<p><a href="api/articles.json">articles.json</a><span class="offline-download"> · <a href="dossier-offline.zip" download>Download the site for offline reading</a> (zip; unpack it and open <code>index.html</code>)</span></p>';
    writeFileSync(path.join(dist, 'index.html'), `<!doctype html><title>Dossier</title><footer>${footer}</footer>`);
    const page = () => Buffer.from(unzipSync(readFileSync(path.join(dist, offlineZipName)))['index.html']!).toString();
    writeOfflineZip(dist, null);
    expect(page()).toBe('<!doctype html><title>Dossier</title><footer><p><a href="api/articles.json">articles.json</a></p></footer>');
    writeOfflineZip(dist, 'https://example.org/dossier/dossier-offline.zip');
    expect(page()).toContain('<a href="https://example.org/dossier/dossier-offline.zip" rel="external">Download the latest version of this site</a>');
    expect(page()).not.toContain('href="dossier-offline.zip"');
    // The hosted page itself keeps its link.
    expect(readFileSync(path.join(dist, 'index.html'), 'utf8')).toContain(footer);
  });
});

describe('offlinePage and hostedArchiveUrl', () => {
  it('leaves a page without the footer span as it is', () => {
    expect(offlinePage('<p>no footer</p>', null)).toBe('<p>no footer</p>');
  });

  it('makes the hosted archive address from DOSSIER_SITE and DOSSIER_BASE, and none without DOSSIER_SITE', () => {
    expect(hostedArchiveUrl({})).toBeNull();
    expect(hostedArchiveUrl({ DOSSIER_BASE: '/dossier/' })).toBeNull();
    expect(hostedArchiveUrl({ DOSSIER_SITE: 'https://example.org' })).toBe('https://example.org/dossier-offline.zip');
    expect(hostedArchiveUrl({ DOSSIER_SITE: 'https://example.org', DOSSIER_BASE: '/dossier/' })).toBe('https://example.org/dossier/dossier-offline.zip');
    expect(hostedArchiveUrl({ DOSSIER_SITE: 'https://example.org/', DOSSIER_BASE: 'dossier' })).toBe('https://example.org/dossier/dossier-offline.zip');
  });
});

describe('minifyClassicScripts', () => {
  it('minifies the site’s classic scripts in place, and they still run the same', () => {
    const dist = mkdtempSync(path.join(tmpdir(), 'dossier-minify-'));
    dirs.push(dist);
    const source = readFileSync(new URL('../public/search-offline.js', import.meta.url), 'utf8');
    writeFileSync(path.join(dist, 'search-offline.js'), source);
    writeFileSync(path.join(dist, 'other.js'), source);
    const saved = minifyClassicScripts(dist, ['search-offline.js', 'absent.js']);
    const minified = readFileSync(path.join(dist, 'search-offline.js'), 'utf8');
    expect(saved).toBe(source.length - minified.length);
    expect(minified.length).toBeLessThan(source.length * 0.7);
    // Only the scripts named: anything else in dist/ is left as built.
    expect(readFileSync(path.join(dist, 'other.js'), 'utf8')).toBe(source);
    // Both define the same offline search: the same folding of a query.
    const run = (code: string) => {
      const window: { DossierOfflineSearch?: { fold(t: string): string; terms(t: string): string[] } } = {};
      new Function('window', code)(window);
      return window.DossierOfflineSearch!;
    };
    for (const query of ['Tokayev', 'Токаев', 'Kassym-Jomart Tokaev’s visit']) {
      expect(run(minified).fold(query)).toBe(run(source).fold(query));
      expect(run(minified).terms(query)).toEqual(run(source).terms(query));
    }
  });
});
