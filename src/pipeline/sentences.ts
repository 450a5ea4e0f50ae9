// Where sentences end, for every stage that needs it: a generated title (the first sentence), quote
// attribution (a speech verb belongs to its sentence), name discovery (a name never runs across a
// sentence end) and the site's mention-in-context snippets.
//
// A sentence ends at . ! ? or … (with any closing quotes or brackets), followed by white space and a
// capital, a digit or an opening quote, or by the end of the text. A period does not end one when it
// closes an abbreviation (Mr., Feb., Corp.), an initial (Stephen M. Bland), a dotted acronym (U.S.,
// e.g.) or a list number opening the paragraph (`1. Kazakhstan and …`). Spans given as opaque (quotations)
// are never split: one ends a sentence only when it closes with terminal punctuation.
import { INITIAL_LETTERS } from './names.ts';

const ABBREVIATIONS = new Set([
  // titles
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'sr', 'jr', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'capt', 'sgt', 'pres', 'mt',
  // companies and references
  'inc', 'co', 'corp', 'ltd', 'no', 'vs', 'etc', 'al', 'approx', 'dept', 'est', 'fig', 'ft', 'min',
  // months
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

export interface SentenceRange {
  start: number;
  end: number;
}

// Enough characters before a period to hold any abbreviation; reading the whole prefix would make
// splitting quadratic in the paragraph (a 2 MB paragraph once took a minute).
const LOOKBEHIND = 24;

/** Whether the period at `text[at]` closes an abbreviation, an initial, a dotted acronym or an opening list number rather than a sentence. */
const DIGRAPH_INITIAL = new RegExp(`^${INITIAL_LETTERS}$`, 'u');

export function periodIsAbbreviation(text: string, at: number): boolean {
  const from = Math.max(0, at - LOOKBEHIND);
  const word = /([\p{L}.]+)$/u.exec(text.slice(from, at))?.[1] ?? '';
  const bare = word.replace(/\./gu, '');
  // `Zh. Tashenov`, `Ye. Turgumbayev`: an initial the region's transliterations write with two letters.
  if (/^\p{Lu}$/u.test(bare) || ABBREVIATIONS.has(bare.toLowerCase()) || (word === bare && DIGRAPH_INITIAL.test(bare))) return true;
  if (word.includes('.') && bare.length <= 3) return true; // U.S., e.g., U.K.
  // `1. Kazakhstan and …`: a list number (or letter) opening the paragraph.
  return at <= 4 && /^\s*[\p{N}\p{L}]{1,3}$/u.test(text.slice(0, at));
}

const BOUNDARY = /[.!?…]+["”’»)\]]*(?=\s+["“‘«„(\[]?[\p{Lu}\p{N}]|\s*$)/gu;

/** The sentences of `text`, each from its first non-blank character to its end punctuation (closing quotes included). */
export function sentenceRanges(text: string, opaque: readonly SentenceRange[] = []): SentenceRange[] {
  const ends: number[] = [];
  for (const match of text.matchAll(BOUNDARY)) {
    const at = match.index;
    const end = at + match[0].length;
    // Inside an opaque span only the punctuation that closes it ends a sentence, whatever word it follows.
    let spanEnd = -1;
    for (const span of opaque) if (span.start <= at && at < span.end && span.end > spanEnd) spanEnd = span.end;
    if (spanEnd !== -1) {
      if (spanEnd === end) ends.push(end);
      continue;
    }
    if (text[at] === '.' && periodIsAbbreviation(text, at)) continue;
    ends.push(end);
  }
  const ranges: SentenceRange[] = [];
  let start = 0;
  for (const end of [...ends, text.length]) {
    let from = start;
    while (from < end && /\s/u.test(text[from]!)) from++;
    if (from < end) ranges.push({ start: from, end });
    start = end;
  }
  return ranges;
}

/** Start offsets of every sentence in `text` (the first is always 0). */
export function sentenceStarts(text: string): number[] {
  return [0, ...sentenceRanges(text).slice(1).map((range) => range.start)];
}

/** The first sentence of a paragraph, end punctuation included (the paragraph when it has one sentence). */
export function firstSentence(paragraph: string): string {
  const window = paragraph.slice(0, 1000);
  const first = sentenceRanges(window)[0];
  return first ? window.slice(0, first.end) : window;
}

/** Whether a sentence ends in `between`, the text between two words that starts at `at` in `text`. */
export function sentenceEndsBetween(text: string, at: number, between: string): boolean {
  const dot = between.search(/[.!?…]/u);
  return dot !== -1 && (between[dot] !== '.' || !periodIsAbbreviation(text, at + dot));
}
