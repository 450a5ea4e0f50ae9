// The decisions behind incremental annotation, as pure functions (no build, no files): must `npm run
// annotate` do anything at all (the manifest), must a seed be analysed again (analysisKey), must an
// article be finished again (finishKey). tests/incremental.test.ts and tests/build-cli.test.ts run the
// command itself on a project copy.
import { describe, expect, it } from 'vitest';
import { canSkipAnnotation, manifestMatches, manifestText, textDigest } from '../scripts/lib/annotate-manifest.ts';
import { analysisKey, changedVisibilityKeys, finishKey, holdsAnyOf, indexResolution, nameKeysOf, resolutionSummary, visibleDigest, type ResolutionIndex } from '../src/pipeline/incremental.ts';
import { tokenize } from '../src/pipeline/tokens.ts';
import { candidateKey, type Resolution } from '../src/pipeline/discovered.ts';
import type { Entity } from '../src/pipeline/types.ts';

describe('must npm run annotate do anything? (the manifest)', () => {
  const manifest = manifestText('sha256-in', 'sha256-out');

  it('skips only when the manifest names exactly these inputs and outputs', () => {
    expect(manifestMatches(manifest, 'sha256-in', () => 'sha256-out')).toBe(true);
    expect(manifestMatches(manifest, 'sha256-in2', () => 'sha256-out')).toBe(false); // a seed, the registry or the code changed
    expect(manifestMatches(manifest, 'sha256-in', () => 'sha256-edited')).toBe(false); // a generated file was edited by hand
    expect(manifestMatches(null, 'sha256-in', () => 'sha256-out')).toBe(false); // no manifest
    expect(manifestMatches(`${manifest}# a line added\n`, 'sha256-in', () => 'sha256-out')).toBe(false);
  });

  it('reads the outputs (every generated file) only when the inputs already match', () => {
    let reads = 0;
    const outputs = () => {
      reads++;
      return 'sha256-out';
    };
    manifestMatches(manifest, 'sha256-other', outputs);
    expect(reads).toBe(0);
    manifestMatches(manifest, 'sha256-in', outputs);
    expect(reads).toBe(1);
  });

  it('skips on a fresh clone whose manifest matches; never with a cache to update, never for --check', () => {
    const current = () => true;
    expect(canSkipAnnotation({ check: false, hasCache: false, manifestCurrent: current })).toBe(true);
    expect(canSkipAnnotation({ check: false, hasCache: true, manifestCurrent: current })).toBe(false);
    expect(canSkipAnnotation({ check: true, hasCache: false, manifestCurrent: current })).toBe(false);
    expect(canSkipAnnotation({ check: false, hasCache: false, manifestCurrent: () => false })).toBe(false);
  });
});

describe('must a seed be analysed again? (analysisKey)', () => {
  const bytes = textDigest(new TextEncoder().encode('Tokayev met Trump.'));

  it('is the same key for the same seed, sidecar and annotator, and another when any of them changes', () => {
    const key = analysisKey('v1', bytes, null);
    expect(analysisKey('v1', textDigest('Tokayev met Trump.'), null)).toBe(key);
    expect(analysisKey('v2', bytes, null)).not.toBe(key);
    expect(analysisKey('v1', textDigest('Tokayev met Trump!'), null)).not.toBe(key);
    expect(analysisKey('v1', bytes, 'title: X\n')).not.toBe(key);
    // An empty sidecar is a sidecar, not its absence.
    expect(analysisKey('v1', bytes, '')).not.toBe(key);
  });
});

describe('must an article be finished again? (finishKey)', () => {
  const person = (id: string, name: string, aliases: string[] = []): Entity => ({
    id, type: 'person', name, aliases, wikidata: null, description: null, country: null, discovered: true,
  });
  const aida = person('aida-bekova', 'Aida Bekova');
  const resolution = (entities: Entity[], byKey: Record<string, string> = {}): Resolution => ({ entities, byKey, records: [] });
  const candidate = { type: 'person' as const, name: 'Aida Bekova' };
  // The name keys of an article's text: its capitalised words and the pairs they open.
  const keysOf = (...texts: string[]) => nameKeysOf(texts.map((text) => ({ text, tokens: tokenize(text) })));
  const words = keysOf('Aida Bekova met Tokayev.');
  const keyOf = (slug: string, candidates: (typeof candidate)[], index: ResolutionIndex) =>
    finishKey('analysis', slug, candidates, visibleDigest(words, index), index);

  it('changes with the slug and with what the article’s own candidates became', () => {
    const index = indexResolution(resolution([aida], { [candidateKey(candidate)]: aida.id }));
    const key = keyOf('slug', [candidate], index);
    expect(keyOf('slug', [candidate], index)).toBe(key);
    expect(keyOf('other-slug', [candidate], index)).not.toBe(key);
    expect(keyOf('slug', [candidate], indexResolution(resolution([])))).not.toBe(key);
    const renamed = person('aida-bekova', 'Aida Bekova', ['A. Bekova']);
    expect(keyOf('slug', [candidate], indexResolution(resolution([renamed], { [candidateKey(candidate)]: aida.id })))).not.toBe(key);
  });

  it('changes when another article discovers a name that could occur in this one, and only then', () => {
    const before = keyOf('slug', [], indexResolution(resolution([])));
    // Discovered elsewhere, first word among this article's words: it may now be linked here.
    expect(keyOf('slug', [], indexResolution(resolution([aida])))).not.toBe(before);
    // Discovered elsewhere, a name that cannot occur here.
    expect(keyOf('slug', [], indexResolution(resolution([person('bo-chan', 'Bo Chan')])))).toBe(before);
  });

  it('names where every entity new, gone or changed since the last run could be seen, and nowhere else', () => {
    const bo = person('bo-chan', 'Bo Chan');
    const before = indexResolution(resolution([aida, bo]));
    const summary = resolutionSummary(before);
    // Which of these articles' name keys hold one of the changed keys.
    const seen = (changed: Set<string> | null, ...texts: string[]) => texts.filter((text) => holdsAnyOf(changed!)(keysOf(text)));
    expect(changedVisibilityKeys(null, resolutionSummary(before))).toBeNull(); // no earlier run: every article is looked at
    expect(changedVisibilityKeys(summary, resolutionSummary(indexResolution(resolution([aida, bo]))))).toEqual(new Set());
    // Gone: seen where its first two words stand side by side, not wherever its first word does.
    const gone = changedVisibilityKeys(summary, resolutionSummary(indexResolution(resolution([aida]))));
    expect(seen(gone, 'Bo Chan said', 'Bo Smith said', 'Aida Bekova said')).toEqual(['Bo Chan said']);
    const dana = person('dana-li', 'Dana Li', ['Li Dana']);
    const added = changedVisibilityKeys(summary, resolutionSummary(indexResolution(resolution([aida, bo, dana]))));
    expect(seen(added, 'Dana Li said', 'Li Dana said', 'Dana Smith said', 'Li Peng said')).toEqual(['Dana Li said', 'Li Dana said']); // new
    // Changed: an alias added; the old names count too.
    const renamed = person('aida-bekova', 'Aida Bekova', ['Bekova Aida']);
    const changed = changedVisibilityKeys(summary, resolutionSummary(indexResolution(resolution([renamed, bo]))));
    expect(seen(changed, 'Aida Bekova said', 'Bekova Aida said', 'Aida Smith said', 'Bo Chan said')).toEqual(['Aida Bekova said', 'Bekova Aida said']);
  });

  it('keeps an article’s visible digest exactly when its name keys hold none of the changed visibility keys', () => {
    const bo = person('bo-chan', 'Bo Chan');
    const dana = person('dana-li', 'Dana Li');
    const tamim = person('tamim-bin-hamad', 'Tamim bin Hamad');
    const runs = [[aida], [aida, bo], [bo], [aida, dana], [person('aida-bekova', 'Aida Bekova', ['A. Bekova']), dana], [tamim], [person('tamim-bin-hamad', 'Tamim bin Hamad', ['Tamim bin Hamad Al Thani']), bo], []];
    const articles = [words, keysOf('Bo Chan in Tashkent'), keysOf('Li'), keysOf('Astana'), keysOf('A Chan'), keysOf('A. Bekova and Dana Li'), keysOf('Tamim bin Hamad Al Thani'), keysOf('Tamim bin Salman'), ''];
    for (const before of runs) {
      for (const after of runs) {
        const [was, now] = [indexResolution(resolution(before)), indexResolution(resolution(after))];
        const changed = changedVisibilityKeys(resolutionSummary(was), resolutionSummary(now))!;
        for (const article of articles) {
          if (holdsAnyOf(changed)(article)) continue;
          expect(visibleDigest(article, now), `${before.map((e) => e.id)} → ${after.map((e) => e.id)}: ${article}`).toBe(visibleDigest(article, was));
        }
      }
    }
    // And the digest does see a change when a word is among them.
    expect(holdsAnyOf(new Set(['bo', 'a.b']))('aida bo li')).toBe(true);
    expect(holdsAnyOf(new Set(['bo', 'a.b']))('aida bob li')).toBe(false); // whole keys only
    expect(holdsAnyOf(new Set(['bo', 'a.b']))('axb')).toBe(false); // a key's characters are literal
    expect(holdsAnyOf(new Set(['bo', 'a.b']))('a.b')).toBe(true);
    expect(holdsAnyOf(new Set())('bo')).toBe(false);
    expect(visibleDigest(keysOf('Bo Chan'), indexResolution(resolution([bo])))).not.toBe(visibleDigest(keysOf('Bo Chan'), indexResolution(resolution([]))));
  });

  it('sees a name of several words only where its first two words stand side by side, as the matcher walks them', () => {
    const idrisov = person('erlan-idrisov', 'Erlan Idrisov');
    const none = indexResolution(resolution([]));
    const found = indexResolution(resolution([idrisov]));
    const sees = (text: string, index = found) => visibleDigest(keysOf(text), index) !== visibleDigest(keysOf(text), none);
    expect(sees('Foreign Minister Erlan Idrisov said')).toBe(true);
    expect(sees('Erlan IDRISOV said')).toBe(true); // case folded, as the matcher does
    expect(sees('Erlan idrisov said')).toBe(true); // only the first word must be capitalised
    expect(sees('Erlan Karin met Idrisov')).toBe(false); // another Erlan; Idrisov alone is no name of his
    const withComma = indexResolution(resolution([{ ...idrisov, id: 'fcdo', type: 'organization', name: 'Foreign, Commonwealth and Development Office' }]));
    expect(sees('the Foreign, Commonwealth and Development Office', withComma)).toBe(true);
    expect(sees('the Foreign Commonwealth and Development Office', withComma)).toBe(false); // the comma is part of that spelling
    const possessive = indexResolution(resolution([{ ...idrisov, id: 'pdp', type: 'organization', name: "People's Democratic Party" }]));
    expect(sees('the People’s Democratic Party', possessive)).toBe(true);
    expect(sees('the People Democratic Party', possessive)).toBe(false);
  });

  it('sees a name whose second word joins only where its first three words stand side by side', () => {
    const council = { ...person('council', 'Council'), type: 'organization' as const, name: 'Council of Heads of State of the Steppe' };
    const none = indexResolution(resolution([]));
    const found = indexResolution(resolution([council]));
    const sees = (text: string) => visibleDigest(keysOf(text), found) !== visibleDigest(keysOf(text), none);
    expect(sees('the Council of Heads of State of the Steppe met')).toBe(true);
    expect(sees('the Council of heads of state of the Steppe met')).toBe(true); // inner words in any case, as the matcher takes them
    expect(sees('the Council of Europe met')).toBe(false);
    expect(sees('Heads of State met')).toBe(false);
    const sheikh = indexResolution(resolution([person('tamim-bin-hamad', 'Tamim bin Hamad')]));
    expect(visibleDigest(keysOf('Tamim bin Hamad said'), sheikh)).not.toBe(visibleDigest(keysOf('Tamim bin Hamad said'), none));
    expect(visibleDigest(keysOf('Tamim bin Salman said'), sheikh)).toBe(visibleDigest(keysOf('Tamim bin Salman said'), none));
  });
});
