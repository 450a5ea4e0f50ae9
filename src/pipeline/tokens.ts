// Word tokens with offsets: the unit the linker and the discoverer match on.
import { memoize } from './memo.ts';
import { foldKey } from './names.ts';

export interface Token {
  /** The token as written, without a possessive ending. */
  text: string;
  start: number;
  end: number;
  /** Matching key: folded (case, diacritics, script, transliteration variants) except for acronyms. */
  key: string;
  /** Starts with an upper-case letter or a digit (a candidate for a proper name). */
  capitalized: boolean;
  /** Two or more letters, all upper case (`US`, `NYT`, `CV`): matched case-sensitively. */
  acronym: boolean;
  /** A possessive ending (`’s`, `'s`) followed the token and is not part of it. */
  possessive: boolean;
}

// Dotted acronyms (`U.S.`, `U.S.S.R.`) | capitals joined by an ampersand (`S&P`, `AT&T`) | capitals with a plus sign
// closing them (`OPEC+`, a grouping of its own) | words with inner apostrophes (`O'Brien`) and `+` joins (`C5+1`) | `&` as in `Deere & Company`.
// The definition of a token; tokenize() scans for exactly these matches by hand (see scanTokens).
export const TOKEN = /(?:\p{Lu}\.){2,}|\p{Lu}{1,3}&\p{Lu}{1,3}(?![\p{L}\p{N}])|\p{Lu}{2,}\+(?![\p{L}\p{M}\p{N}])|[\p{L}\p{M}\p{N}]+(?:['’ʼ][\p{L}\p{M}]+)*(?:\+[\p{L}\p{N}]+)*|&/gu;

const ROMAN_WITH_REPEATS = /^(?=[MDCLXVI]*([MDCLXVI])\1)M{0,3}(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})$/u;

/** The key a token is matched by; shared by the registry side and the text side so both fold alike. */
export const tokenKey = memoize(
  // Dotted acronyms keep their dots: `U.S.` must not become the word `us`. A Roman numeral with a repeated
  // letter (`XXII`, `III`) keeps its letters: folded, `XXII` would be `Xi`.
  (text: string): string => (/^(?:\p{L}\.){2,}$/u.test(text) || ROMAN_WITH_REPEATS.test(text) ? text.toLowerCase() : americanSpelling(foldKey(text))),
  50_000,
);

/** `organisation` → `organization`, `centre` → `center`: a name's British and American spellings match alike. */
function americanSpelling(key: string): string {
  if (key.length < 6) return key;
  if (/isations?$/u.test(key)) return key.replace(/isation(s?)$/u, 'ization$1');
  return BRITISH_WORDS.get(key) ?? key;
}
const BRITISH_WORDS = new Map([
  ['centre', 'center'],
  ['centres', 'centers'],
  ['programme', 'program'],
  ['programmes', 'programs'],
  ['defence', 'defense'],
  ['labour', 'labor'],
  ['theatre', 'theater'],
]);

/** What a token is, given its text alone; cached because the same words recur on every page. */
interface TokenShape {
  key: string;
  capitalized: boolean;
  acronym: boolean;
}

const tokenShape = memoize((raw: string): TokenShape => {
  const firstChar = String.fromCodePoint(raw.codePointAt(0) ?? 0);
  return {
    key: tokenKey(raw),
    capitalized: /[\p{Lu}\p{Lt}\p{N}]/u.test(firstChar) || (/\p{L}/u.test(firstChar) && !/[\p{Ll}]/u.test(firstChar)),
    acronym: /^\p{Lu}(?:\.?\p{Lu})+\.?$/u.test(raw),
  };
}, 50_000);

// Character classes of TOKEN, as bit flags per code point: computed once per code point seen.
const LETTER = 1;
const MARK = 2;
const NUMBER = 4;
const UPPER = 8;
const KNOWN = 16;
const bmpClasses = new Uint8Array(0x10000);
const astralClasses = new Map<number, number>();

function classify(codePoint: number): number {
  const char = String.fromCodePoint(codePoint);
  return (
    KNOWN |
    (/\p{L}/u.test(char) ? LETTER : 0) |
    (/\p{M}/u.test(char) ? MARK : 0) |
    (/\p{N}/u.test(char) ? NUMBER : 0) |
    (/\p{Lu}/u.test(char) ? UPPER : 0)
  );
}

function classOf(codePoint: number): number {
  if (codePoint < 0x10000) {
    let flags = bmpClasses[codePoint]!;
    if (flags === 0) bmpClasses[codePoint] = flags = classify(codePoint);
    return flags;
  }
  let flags = astralClasses.get(codePoint);
  if (flags === undefined) astralClasses.set(codePoint, (flags = classify(codePoint)));
  return flags;
}

const width = (codePoint: number) => (codePoint > 0xffff ? 2 : 1);
const isApostrophe = (code: number) => code === 0x27 || code === 0x2019 || code === 0x2bc; // ' ’ ʼ

/** The class of the code point at `at` (0 past the end). */
function classAt(text: string, at: number): number {
  return at < text.length ? classOf(text.codePointAt(at)!) : 0;
}

/** End of the longest run from `at` of code points having any of `flags`. */
function runEnd(text: string, at: number, flags: number): number {
  while (at < text.length) {
    const codePoint = text.codePointAt(at)!;
    if ((classOf(codePoint) & flags) === 0) break;
    at += width(codePoint);
  }
  return at;
}

/** The end of the TOKEN match starting at `at`, or -1 when none starts there. Same alternatives, same order. */
function matchEnd(text: string, at: number): number {
  const first = text.codePointAt(at)!;
  const flags = classOf(first);
  // (?:\p{Lu}\.){2,}
  if (flags & UPPER) {
    let end = at;
    let pairs = 0;
    while (end + 1 < text.length && classAt(text, end) & UPPER) {
      const next = end + width(text.codePointAt(end)!);
      if (text.charCodeAt(next) !== 0x2e) break;
      end = next + 1;
      pairs++;
    }
    if (pairs >= 2) return end;
    // \p{Lu}{1,3}&\p{Lu}{1,3}(?![\p{L}\p{N}]): `S&P`, `AT&T`, capitals joined by an ampersand, are one name.
    // (Counted in code points, as the regex counts: an astral capital is two code units.)
    const left = runEnd(text, at, UPPER);
    if (text.charCodeAt(left) === 0x26 && classAt(text, left + 1) & UPPER && codePoints(text, at, left) <= 3) {
      const right = runEnd(text, left + 1, UPPER);
      if (codePoints(text, left + 1, right) <= 3 && !(classAt(text, right) & (LETTER | NUMBER))) return right;
    }
    // \p{Lu}{2,}\+(?![\p{L}\p{M}\p{N}]): `OPEC+`.
    if (text.charCodeAt(left) === 0x2b && codePoints(text, at, left) >= 2 && !(classAt(text, left + 1) & (LETTER | MARK | NUMBER))) return left + 1;
  }
  // [\p{L}\p{M}\p{N}]+(?:['’ʼ][\p{L}\p{M}]+)*(?:\+[\p{L}\p{N}]+)*
  if (flags & (LETTER | MARK | NUMBER)) {
    let end = runEnd(text, at, LETTER | MARK | NUMBER);
    while (isApostrophe(text.charCodeAt(end)) && classAt(text, end + 1) & (LETTER | MARK)) end = runEnd(text, end + 1, LETTER | MARK);
    while (text.charCodeAt(end) === 0x2b && classAt(text, end + 1) & (LETTER | NUMBER)) end = runEnd(text, end + 1, LETTER | NUMBER);
    return end;
  }
  return first === 0x26 ? at + 1 : -1; // &
}

function codePoints(text: string, start: number, end: number): number {
  let count = 0;
  for (let i = start; i < end; i += width(text.codePointAt(i)!)) count++;
  return count;
}

/** [start, end) of every TOKEN match, in order: what text.matchAll(TOKEN) finds, without a regex per token. */
export function scanTokens(text: string): number[] {
  const bounds: number[] = [];
  let at = 0;
  while (at < text.length) {
    const end = matchEnd(text, at);
    if (end === -1) {
      at += width(text.codePointAt(at)!);
    } else {
      bounds.push(at, end);
      at = end;
    }
  }
  return bounds;
}

/**
 * The tokens of a text. Linking, the compact analysis, quotes and the unlinked-names list each read the
 * same paragraphs, so the last few thousand texts' tokens are remembered (the caller must not change them).
 */
export const tokenize: (text: string) => Token[] = memoize(tokenizeText, 4096);

function tokenizeText(text: string): Token[] {
  const tokens: Token[] = [];
  const bounds = scanTokens(text);
  for (let b = 0; b < bounds.length; b += 2) {
    const start = bounds[b]!;
    let end = bounds[b + 1]!;
    let possessive = false;
    // `Tokayev’s`: the possessive is not part of the name. `the States’ interests`: plural possessive.
    if (end - start > 3 && text.charCodeAt(end - 1) === 0x73 && isApostrophe(text.charCodeAt(end - 2))) {
      end -= 2;
      possessive = true;
    } else if (text.charCodeAt(end - 1) === 0x73 && isApostrophe(text.charCodeAt(end)) && !(classAt(text, end + 1) & LETTER)) {
      possessive = true;
    }
    const raw = text.slice(start, end);
    const { key, capitalized, acronym } = tokenShape(raw);
    tokens.push({ text: raw, start, end, key, capitalized, acronym, possessive });
  }
  return tokens;
}

/** Text between two tokens may sit inside one name: a space, a hyphen (or an en dash typed for one: `Kassym–Jomart`), an initial's dot, a slash (`RFE/RL`). */
export function isNameJoiner(between: string): boolean {
  return /^(?:\s|[-‐‑–/]|\.\s?)$/u.test(between);
}
