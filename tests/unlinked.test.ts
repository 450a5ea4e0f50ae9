// Unlinked names: capitalised runs the annotator left untagged, without sentence-initial function words.
import { describe, expect, it } from 'vitest';
import { findUnlinkedNames } from '../src/pipeline/unlinked.ts';
import type { Mention } from '../src/pipeline/types.ts';

function mention(index: number, text: string, surface: string, entityId: string): Mention {
  const start = text.indexOf(surface);
  if (start < 0) throw new Error(`${surface} not in paragraph ${index}`);
  return { field: 'body', index, start, end: start + surface.length, surface, entityId, type: 'person' };
}

const paragraphs = [
  'The Shanghai Cooperation Organisation met in Tashkent, where President Tokayev spoke. However, analysts at the Ministry of Foreign Affairs were cautious.',
  'Analysts said the Shanghai Cooperation Organisation matters. Recently, Dr Aigerim Bekova of the Astana Policy Lab agreed, Tokayev’s aides said on Monday.',
  '“We will wait,” said Bekova. In March the NGO and Deere & Company signed a deal in 2024.',
];
const mentions: Mention[] = [
  mention(0, paragraphs[0]!, 'Tashkent', 'tashkent'),
  mention(0, paragraphs[0]!, 'Tokayev', 'kassym-jomart-tokayev'),
  mention(1, paragraphs[1]!, 'Tokayev', 'kassym-jomart-tokayev'),
];

describe('findUnlinkedNames', () => {
  const found = findUnlinkedNames({ paragraphs, captions: [], mentions });
  const surfaces = found.map((f) => f.surface);

  it('lists capitalised runs no mention covers, with counts, most frequent first', () => {
    expect(found[0]).toMatchObject({ surface: 'Shanghai Cooperation Organisation', count: 2, field: 'body', index: 0 });
    expect(surfaces).toContain('Ministry of Foreign Affairs');
    expect(surfaces).toContain('Aigerim Bekova');
    expect(surfaces).toContain('Astana Policy Lab');
    expect(surfaces).toContain('Deere & Company');
    expect(surfaces).toContain('NGO');
  });

  it('drops sentence-initial function words and words the article writes in lower case', () => {
    for (const word of ['The', 'However', 'Analysts', 'Recently', 'We', 'In']) expect(surfaces).not.toContain(word);
    // "The" is cut from the run it opens, not the whole run.
    expect(surfaces).not.toContain('The Shanghai Cooperation Organisation');
  });

  it('drops titles, months, years and linked mentions', () => {
    for (const word of ['President', 'Dr', 'Dr Aigerim Bekova', 'Monday', 'March', '2024', 'Tokayev', 'Tashkent']) expect(surfaces).not.toContain(word);
  });

  it('keeps a sentence-initial single word the article also capitalises mid-sentence', () => {
    const text = ['Bekova agreed.', 'The plan, said Bekova, works.'];
    expect(findUnlinkedNames({ paragraphs: text, captions: [], mentions: [] })).toEqual([
      { surface: 'Bekova', count: 2, field: 'body', index: 0, start: 0 },
    ]);
  });

  it('skips a headline left in the body, where every word is capitalised', () => {
    const headline = 'Leaders of Former Soviet Republics Limit Their Dependence on Moscow';
    expect(findUnlinkedNames({ paragraphs: [headline], captions: [], mentions: [] })).toEqual([]);
  });

  it('looks at captions and credits too', () => {
    const result = findUnlinkedNames({ paragraphs: [], captions: [{ text: 'A meeting in Astana', credit: 'Stephen M. Bland/Allexxandar', line: 3 }], mentions: [] });
    expect(result.map((r) => [r.surface, r.field])).toEqual([
      ['Astana', 'caption'],
      ['Stephen M. Bland', 'credit'],
      ['Allexxandar', 'credit'],
    ]);
  });
});
