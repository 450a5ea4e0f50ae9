// The link checker on a fixture site with known broken links, anchors and sub-path links.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { strToU8, zipSync } from 'fflate';
import { fileURLToPath } from 'node:url';
import { checkLinks, decodeEntities, formatReport, readPage, srcsetUrls } from '../scripts/check-links.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const site = path.join(root, 'tests/fixtures/links/site');

const brokenAt = (report: Awaited<ReturnType<typeof checkLinks>>) => report.broken.map((b) => `${b.page} ${b.url}`).sort();

describe('checkLinks', () => {
  it('finds every broken file, fragment and out-of-base link under /dossier/', async () => {
    const report = await checkLinks(site, { base: '/dossier/' });
    expect(report.pages).toBe(2);
    expect(brokenAt(report)).toEqual(
      [
        'index.html /dossier/assets/missing.ico',
        'index.html people/ada/#career',
        'index.html people/bob/',
        'index.html #nowhere',
        'index.html /people/ada/',
        'index.html assets/photo@2x.png',
        'people/ada/index.html ../../index.html#early-life',
        'people/ada/index.html ../../data/people.json',
      ].sort(),
    );
    const reasons = Object.fromEntries(report.broken.map((b) => [b.url, b.reason]));
    expect(reasons['people/ada/#career']).toBe('no element with id "career" in people/ada/index.html');
    expect(reasons['people/bob/']).toBe('no such file: people/bob/index.html');
    expect(reasons['/people/ada/']).toMatch(/outside the base \/dossier\//);
    // External links, canonical URLs and mailto: are not counted as internal links.
    expect(report.links).toBe(26); // 21 on the home page (3 in head, 14 in nav, 4 images), 5 on Ada's
  });

  it('at base / the absolute /dossier/ links break and /people/ada/ resolves', async () => {
    const report = await checkLinks(site, { base: '/' });
    const urls = report.broken.map((b) => b.url);
    expect(urls).toContain('/dossier/people/ada/#early-life');
    expect(urls).toContain('/dossier/assets/missing.ico');
    expect(urls).not.toContain('/people/ada/');
  });

  it('groups the printed report by page', async () => {
    const text = formatReport(await checkLinks(site, { base: '/dossier/' }), 'fixture');
    const lines = text.split('\n');
    expect(lines[0]).toBe('index.html');
    expect(lines.indexOf('people/ada/index.html')).toBe(7);
    expect(lines.at(-1)).toBe('check-links: fixture: 2 pages, 26 internal links, 8 broken');
  });
});

describe('readPage', () => {
  it('collects ids, name anchors and URLs from a parsed page, not from script text', async () => {
    const page = await readPage(
      '<!doctype html><p id=a>x<a name="b" href="x.html?a=1&amp;b=2#c">y</a><script>var s = "<a href=\'fake.html\'>"</script>' +
        '<video src="v.mp4" poster="p.png"></video><meta http-equiv="refresh" content="0; url=../moved/">',
    );
    expect([...page.ids]).toEqual(['a', 'b']);
    expect(page.refs).toEqual(['x.html?a=1&b=2#c', 'v.mp4', 'p.png', '../moved/']);
  });

  it('decodes entities and splits srcset lists', () => {
    expect(decodeEntities('a&amp;b&#x41;&#66;&quot;&unknown;')).toBe('a&bAB"&unknown;');
    expect(srcsetUrls('a.png 1x, b.png 2x,c.png 3x')).toEqual(['a.png', 'b.png', 'c.png']);
    expect(srcsetUrls('only.png')).toEqual(['only.png']);
  });
});

describe('npm run check:links', () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [path.join(root, 'scripts/check-links.ts'), ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, DOSSIER_BASE: '' } });

  it('exits 1 and prints the broken links on stderr', () => {
    const result = run(site, '--base', '/dossier/');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('  people/bob/  → no such file: people/bob/index.html');
    expect(result.stderr).toContain('8 broken');
  });

  it('checks an offline archive as its reader sees it, unpacked, and leaves no folder behind', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dossier-zip-links-'));
    try {
      const zip = path.join(dir, 'site.zip');
      const page = (body: string) => strToU8(`<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`);
      writeFileSync(zip, zipSync({ 'index.html': page('<a href="a/index.html">a</a> <a href="dossier-offline.zip">download</a>'), 'a/index.html': page('<a href="../index.html">home</a>') }));
      const before = readdirSync(tmpdir()).filter((n) => n.startsWith('dossier-unpacked-')).length;
      const result = run(zip);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('dossier-offline.zip  → no such file');
      expect(result.stderr).toContain('2 pages, 3 internal links, 1 broken');
      expect(readdirSync(tmpdir()).filter((n) => n.startsWith('dossier-unpacked-')).length).toBe(before);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exits 2 when the folder is not a built site', () => {
    const result = run(path.join(site, 'assets'));
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/index\.html not found/);
  });
});
