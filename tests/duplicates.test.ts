// Near-duplicate detection: a reworked copy of a seed is flagged, unrelated seeds are not.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotateAll } from '../src/pipeline/generate.ts';
import { CONTAINMENT_THRESHOLD, findDuplicates, normalizedWords, shingleHashes, type DuplicateDocument } from '../src/pipeline/duplicates.ts';
import { loadCuratedEntities, readSeeds } from '../scripts/lib/project.ts';

const ROOT = join(import.meta.dirname, '..');
const FIXTURE = join(import.meta.dirname, 'fixtures', 'duplicates', 'near-duplicate-of-001.txt');

/** The seeds plus the fixture, through the real pipeline, as the report compares them: cleaned paragraphs. */
function corpus(): DuplicateDocument[] {
  const seeds = readSeeds(ROOT);
  seeds.push({ file: '900_other_outlet.txt', displayPath: 'seeds/900_other_outlet.txt', bytes: readFileSync(FIXTURE) });
  const { articles } = annotateAll(seeds, loadCuratedEntities(ROOT));
  return articles.map((a) => ({ file: a.file, text: a.paragraphs.join('\n\n') }));
}

describe('findDuplicates', () => {
  const documents = corpus();

  it('flags a copy of a seed with other furniture, a paragraph dropped and words edited, naming the seed', () => {
    const matches = findDuplicates(documents, { files: ['900_other_outlet.txt'] });
    expect(matches).toHaveLength(1);
    const [match] = matches;
    expect(match!.other).toBe('001_b83ce051fa8e0211.txt');
    expect(match!.containment).toBeGreaterThan(0.9);
    expect(match!.containment).toBeGreaterThanOrEqual(CONTAINMENT_THRESHOLD);
    // The copy lost a paragraph, so it is the shorter one, and Jaccard is below containment.
    expect(match!.shorter).toBe(true);
    expect(match!.jaccard).toBeLessThan(match!.containment);
    expect(match!.jaccard).toBeGreaterThan(0.7);
  });

  it('does not flag the five seeds against each other', () => {
    const seedsOnly = documents.filter((d) => !d.file.startsWith('900_'));
    expect(findDuplicates(seedsOnly)).toEqual([]);
    // Far below the threshold, not just under it.
    const all = findDuplicates(seedsOnly, { threshold: 0 });
    expect(Math.max(...all.map((m) => m.containment))).toBeLessThan(0.05);
  });

  it('checks every document by default, so both sides of the pair are reported', () => {
    const pairs = findDuplicates(documents).map((m) => `${m.file}→${m.other}`);
    expect(pairs.sort()).toEqual(['001_b83ce051fa8e0211.txt→900_other_outlet.txt', '900_other_outlet.txt→001_b83ce051fa8e0211.txt']);
  });

  it('scores a shorter version (the first half of an article) high on containment and low on Jaccard', () => {
    const full = documents.find((d) => d.file.startsWith('002_'))!;
    const words = full.text.split(' ');
    const half = { file: 'half.txt', text: words.slice(0, Math.floor(words.length / 2)).join(' ') };
    const [match] = findDuplicates([full, half], { files: ['half.txt'] });
    expect(match!.containment).toBe(1);
    expect(match!.jaccard).toBeLessThan(0.6);
  });

  it('ignores case, diacritics, apostrophe styles and punctuation when shingling', () => {
    expect(normalizedWords('Tokayev’s “plan”—Žomart!')).toEqual(['tokayevs', 'plan', 'zomart']);
    expect(shingleHashes("Tokayev's plan for the region, said X")).toEqual(shingleHashes('TOKAYEV’S PLAN FOR THE REGION SAID X'));
  });

  it('does not call two texts duplicates on a sentence or two in common', () => {
    const stock = 'The United States and Russia have competed for influence in Central Asia for three decades.';
    const a = { file: 'a.txt', text: `${stock} Alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho.` };
    const b = { file: 'b.txt', text: `${stock} One two three four five six seven eight nine ten eleven twelve thirteen fourteen.` };
    expect(findDuplicates([a, b])).toEqual([]);
  });

  it('finds planted duplicates among 1,000 generated articles and nothing else', () => {
    let state = 7;
    const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0);
    const vocabulary = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}`);
    const article = () => Array.from({ length: 600 }, () => vocabulary[next() % vocabulary.length]).join(' ');
    const docs = Array.from({ length: 1000 }, (_, i) => ({ file: `${String(i).padStart(4, '0')}.txt`, text: article() }));
    // 0998 is 0010 with its last third cut; 0999 is 0500 with words changed every 40 words.
    docs[998] = { file: '0998.txt', text: docs[10]!.text.split(' ').slice(0, 400).join(' ') };
    docs[999] = { file: '0999.txt', text: docs[500]!.text.split(' ').map((w, i) => (i % 40 === 0 ? 'edited' : w)).join(' ') };
    const pairs = findDuplicates(docs).map((m) => `${m.file}→${m.other}`).sort();
    expect(pairs).toEqual(['0010.txt→0998.txt', '0500.txt→0999.txt', '0998.txt→0010.txt', '0999.txt→0500.txt']);
  });
});
