// src/pipeline/given-names.json is compromise's lexicon of given names (scripts/given-names.ts); the
// annotator reads it instead of loading compromise. This holds the file to the installed package. The
// region's given names (src/pipeline/regional-given-names.ts) are looked up beside it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GIVEN_NAMES_PATH, givenNamesJson } from '../scripts/given-names.ts';
import { givenName } from '../src/pipeline/discover.ts';

describe('given names', () => {
  it('are the installed compromise lexicon’s (run `node scripts/given-names.ts` after updating compromise)', () => {
    expect(readFileSync(GIVEN_NAMES_PATH, 'utf8')).toBe(givenNamesJson());
  });

  it('are looked up with diacritics folded and hyphenated parts read apart', () => {
    expect(givenName('Kamala')).toBe('female');
    expect(givenName('António')).toBe('male');
    expect(givenName('Jean-Michel')).toBe('male');
    expect(givenName('Kazakhstan')).toBeNull();
  });

  it('include the region’s, which compromise lacks, with their gender', () => {
    expect(givenName('Ainur')).toBe('female');
    expect(givenName('Zhazira')).toBe('female');
    expect(givenName('Timur')).toBe('male');
    expect(givenName('Kassym-Jomart')).toBe('male');
    expect(givenName('Temir')).toBeNull();
  });
});
