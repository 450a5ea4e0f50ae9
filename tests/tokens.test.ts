// The tokenizer scans by hand for exactly what its regex (TOKEN) defines: held to the regex on the
// seeds, every naughty string and random strings built from the characters that make tokens tricky.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanTokens, TOKEN, tokenize } from '../src/pipeline/tokens.ts';
import { random } from '../scripts/lib/synthetic.ts';
import { readSeeds } from '../scripts/lib/project.ts';
import { naughtyStrings } from './lib/hostile-corpus.ts';

const ROOT = join(import.meta.dirname, '..');

/** [start, end) of every TOKEN match: the definition the scanner must follow. */
function byRegex(text: string): number[] {
  return [...text.matchAll(TOKEN)].flatMap((m) => [m.index, m.index + m[0].length]);
}

/** Possessive endings as the regex-based tokenizer found them, for the same matches. */
function possessivesByRegex(text: string): { text: string; possessive: boolean }[] {
  return [...text.matchAll(TOKEN)].map((m) => {
    const raw = m[0];
    const end = m.index + raw.length;
    if (raw.length > 3 && /['’ʼ]s$/u.test(raw)) return { text: raw.slice(0, -2), possessive: true };
    return { text: raw, possessive: raw.endsWith('s') && /^['’ʼ](?!\p{L})/u.test(text.slice(end, end + 3)) };
  });
}

// Letters of several scripts and cases, combining marks, digits, astral letters and digits, every
// apostrophe, `+`, `&`, dots, spaces and punctuation: the characters the token rules turn on.
const ALPHABET = [...'aZsSÉéžЖж', 'e\u0301', '09٣', '𝐀𝑎𝟘', '\'’ʼ', '+&', '..', ' \t', '-,;', 'U.S.', 'O\'Brien', 'C5+1', '’s', 'States’ ', 'S&P', 'AT&T', 'ABCD&EF', 'OPEC+', 'ОПЕК+'];

function randomText(next: () => number): string {
  let text = '';
  const length = 1 + Math.floor(next() * 24);
  for (let i = 0; i < length; i++) {
    const piece = ALPHABET[Math.floor(next() * ALPHABET.length)]!;
    const chars = [...piece];
    text += next() < 0.5 ? piece : chars[Math.floor(next() * chars.length)]!;
  }
  return text;
}

describe('tokenize', () => {
  it('finds exactly the regex matches in the seeds and every naughty string', () => {
    const texts = [...readSeeds(ROOT).map((s) => new TextDecoder().decode(s.bytes)), ...naughtyStrings];
    let tokens = 0;
    for (const text of texts) {
      const bounds = scanTokens(text);
      expect(bounds, text.slice(0, 80)).toEqual(byRegex(text));
      tokens += bounds.length / 2;
    }
    expect(tokens).toBeGreaterThan(5_000);
  });

  it('property: finds exactly the regex matches, and the same possessives, in 20,000 random strings', () => {
    const next = random(7);
    for (let n = 0; n < 20_000; n++) {
      const text = randomText(next);
      expect(scanTokens(text), JSON.stringify(text)).toEqual(byRegex(text));
      expect(
        tokenize(text).map((t) => ({ text: t.text, possessive: t.possessive })),
        JSON.stringify(text),
      ).toEqual(possessivesByRegex(text));
    }
  });

  it('keeps capitals joined by an ampersand whole (`S&P`, `AT&T`), and no longer runs of them (collection 22)', () => {
    expect(tokenize('S&P Global, AT&T, Deere & Company, ABCD&EF, S&Pa').map((t) => t.text)).toEqual(['S&P', 'Global', 'AT&T', 'Deere', '&', 'Company', 'ABCD', '&', 'EF', 'S', '&', 'Pa']);
  });

  it('keeps a plus sign closing capitals (`OPEC+`, a grouping of its own), not one before a word or after a word in lower case', () => {
    expect(tokenize('OPEC+ cuts, ОПЕК+, SCO+1, EU+Japan, A+ grade, Opec+ too').map((t) => t.text)).toEqual(['OPEC+', 'cuts', 'ОПЕК+', 'SCO+1', 'EU+Japan', 'A', 'grade', 'Opec', 'too']);
  });

  it('keeps dotted acronyms, inner apostrophes and + joins whole, and takes possessives off', () => {
    const text = 'The U.S. and O’Brien’s C5+1 talks; the States’ view & Tokayev’s.';
    expect(tokenize(text).map((t) => [t.text, t.possessive])).toEqual([
      ['The', false],
      ['U.S.', false],
      ['and', false],
      ['O’Brien', true],
      ['C5+1', false],
      ['talks', false],
      ['the', false],
      ['States', true],
      ['view', false],
      ['&', false],
      ['Tokayev', true],
    ]);
    // Offsets point into the text.
    for (const token of tokenize(text)) expect(text.slice(token.start, token.end)).toBe(token.text);
  });

});
