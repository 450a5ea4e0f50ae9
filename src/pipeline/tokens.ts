// Word tokens with offsets: the unit the linker and the discoverer match on.
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

// Dotted acronyms (`U.S.`, `U.S.S.R.`) | words with inner apostrophes (`O'Brien`) and `+` joins (`C5+1`) | `&` as in `Deere & Company`.
const TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:['’ʼ][\p{L}\p{M}]+)*(?:\+[\p{L}\p{N}]+)*|&/gu;
const POSSESSIVE = /['’ʼ]s$/u;

const keyCache = new Map<string, string>();

/** The key a token is matched by; shared by the registry side and the text side so both fold alike. */
export function tokenKey(text: string): string {
  let key = keyCache.get(text);
  if (key === undefined) {
    // Dotted acronyms keep their dots: `U.S.` must not become the word `us`.
    key = /^(?:\p{L}\.){2,}$/u.test(text) ? text.toLowerCase() : foldKey(text);
    if (keyCache.size > 50_000) keyCache.clear();
    keyCache.set(text, key);
  }
  return key;
}

/** What a token is, given its text alone; cached because the same words recur on every page. */
interface TokenShape {
  key: string;
  capitalized: boolean;
  acronym: boolean;
}

const shapeCache = new Map<string, TokenShape>();

function tokenShape(raw: string): TokenShape {
  let shape = shapeCache.get(raw);
  if (shape === undefined) {
    const firstChar = String.fromCodePoint(raw.codePointAt(0) ?? 0);
    shape = {
      key: tokenKey(raw),
      capitalized: /[\p{Lu}\p{Lt}\p{N}]/u.test(firstChar) || (/\p{L}/u.test(firstChar) && !/[\p{Ll}]/u.test(firstChar)),
      acronym: /^\p{Lu}(?:\.?\p{Lu})+\.?$/u.test(raw),
    };
    if (shapeCache.size > 50_000) shapeCache.clear();
    shapeCache.set(raw, shape);
  }
  return shape;
}

const PLURAL_POSSESSIVE = /^['’ʼ](?![\p{L}])/u;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    let raw = match[0];
    const start = match.index;
    let possessive = false;
    if (raw.length > 3 && POSSESSIVE.test(raw)) {
      raw = raw.slice(0, -2);
      possessive = true;
    } else if (raw.endsWith('s') && PLURAL_POSSESSIVE.test(text.slice(start + raw.length, start + raw.length + 2))) {
      possessive = true; // plural possessive: `the States’ interests`
    }
    const { key, capitalized, acronym } = tokenShape(raw);
    tokens.push({ text: raw, start, end: start + raw.length, key, capitalized, acronym, possessive });
  }
  return tokens;
}

/** Text between two tokens may sit inside one name: a space, a hyphen, an initial's dot, a slash (`RFE/RL`). */
export function isNameJoiner(between: string): boolean {
  return /^(?:\s|[-‐‑/]|\.\s?)$/u.test(between);
}
