// The one sentence splitter (src/pipeline/sentences.ts), used by titles, quotes, discovery and the
// site's snippets. Sentences here come from the seeds and the blind set's dev half.
import { describe, expect, it } from 'vitest';
import { firstSentence, sentenceEndsBetween, sentenceRanges, sentenceStarts } from '../src/pipeline/sentences.ts';

const split = (text: string, opaque: { start: number; end: number }[] = []) => sentenceRanges(text, opaque).map((r) => text.slice(r.start, r.end));

describe('sentenceRanges', () => {
  it('ends a sentence at . ! ? and … before a capital, a digit or an opening quote', () => {
    expect(split('Tokayev met Trump. They spoke! Why? Because… “Trade” was next. 2025 was busy.')).toEqual([
      'Tokayev met Trump.',
      'They spoke!',
      'Why?',
      'Because…',
      '“Trade” was next.',
      '2025 was busy.',
    ]);
  });

  it('does not end one at an abbreviation, an initial or a dotted acronym', () => {
    expect(split('Mr. Trump met Gen. Smith on Feb. 25. U.S. Senator Marco Rubio and Stephen M. Bland spoke. Kazakhmys Corp. Ltd. agreed.')).toEqual([
      'Mr. Trump met Gen. Smith on Feb. 25.',
      'U.S. Senator Marco Rubio and Stephen M. Bland spoke.',
      'Kazakhmys Corp. Ltd. agreed.',
    ]);
    // `Zh.`, `Ye.`: initials the region's transliterations write with two letters.
    expect(split('The Minister Ye. Turgumbayev and Zh. Tashenov spoke. Then they left.')).toEqual(['The Minister Ye. Turgumbayev and Zh. Tashenov spoke.', 'Then they left.']);
  });

  it('does end one after a word that merely ends like an abbreviation, or in lower case before a capital', () => {
    expect(split('The deal was signed in Astana. Beijing welcomed it.')).toEqual(['The deal was signed in Astana.', 'Beijing welcomed it.']);
    expect(split('Nothing followed. after that')).toEqual(['Nothing followed. after that']);
  });

  it('keeps closing quotes and brackets with the sentence they close', () => {
    expect(split('He left (for good.) Then she spoke. “It is over.” Nobody answered.')).toEqual(['He left (for good.)', 'Then she spoke.', '“It is over.”', 'Nobody answered.']);
  });

  it('does not take a list number opening the paragraph for a sentence', () => {
    expect(split('1. Kazakhstan and Uzbekistan signed. Then more.')).toEqual(['1. Kazakhstan and Uzbekistan signed.', 'Then more.']);
  });

  it('never splits inside an opaque span (a quotation); one that closes with end punctuation ends its sentence', () => {
    const text = '“We met. We agreed. Mr. X came.” Tokayev said. “We will see,” he added. “Done.” Then silence.';
    const spans = [...text.matchAll(/“[^”]*”/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    expect(split(text, spans)).toEqual(['“We met. We agreed. Mr. X came.”', 'Tokayev said.', '“We will see,” he added.', '“Done.”', 'Then silence.']);
    // The same text with no spans splits inside the first quotation.
    expect(split(text)[0]).toBe('“We met.');
  });

  it('starts each sentence at its first non-blank character and loses no text but the blanks between', () => {
    const text = '  First one.   Second one.\tThird';
    const ranges = sentenceRanges(text);
    expect(ranges.map((r) => text.slice(r.start, r.end))).toEqual(['First one.', 'Second one.', 'Third']);
    expect(sentenceStarts(text)).toEqual([0, 15, 27]);
    expect(sentenceRanges('')).toEqual([]);
  });
});

describe('firstSentence', () => {
  it('is the first sentence with its punctuation, or the whole paragraph', () => {
    expect(firstSentence('Kazakhstan’s President Kassym-Jomart Tokayev visited the U.S. in 2025. He met Trump.')).toBe(
      'Kazakhstan’s President Kassym-Jomart Tokayev visited the U.S. in 2025.',
    );
    expect(firstSentence('No full stop here')).toBe('No full stop here');
  });
});

describe('sentenceEndsBetween', () => {
  it('says whether two capitalised words are in one sentence: `Smith. Jones` no; `M. Bland`, `U.S. Senator`, `Gen. Smith` yes', () => {
    const between = (text: string, left: string) => {
      const at = text.indexOf(left) + left.length;
      const next = /\s+\S/u.exec(text.slice(at))!;
      return sentenceEndsBetween(text, at, text.slice(at, at + next[0].length - 1));
    };
    expect(between('They met Smith. Jones left.', 'Smith')).toBe(true);
    expect(between('Stephen M. Bland wrote.', 'M')).toBe(false);
    expect(between('The U.S. Senator spoke.', 'U.S')).toBe(false);
    expect(between('He met Gen. Smith.', 'Gen')).toBe(false);
    expect(between('Ann Lee spoke.', 'Ann')).toBe(false);
  });
});
