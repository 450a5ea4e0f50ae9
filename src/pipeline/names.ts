// Name keys: two spellings of one name (other script, other transliteration, other punctuation)
// fold to the same key, so the registry and the linker can match them without listing every variant.
//
// Case and dots: `foldKey` is case-insensitive and drops dots, so `U.S.`, `US` and the pronoun `us`
// share the key `us`. Writers alternate freely between `U.S.`/`US` and `U.S.S.R.`/`USSR`, so dots
// carry no meaning; what tells `US` from `us` is case. That check belongs to whoever matches a
// surface: `isAcronym` says which spellings need it and `acronymKey` is the case-sensitive key to
// compare (`acronymKey('U.S.') === acronymKey('US') === 'US'`, `acronymKey('us') === 'us'`).
import transliterate from '@sindresorhus/transliterate';
import { memoize } from './memo.ts';

// Letters that `transliterate` either misses (Kazakh, Uzbek, Tajik Cyrillic) or renders the German way
// (`ü` → `ue`), mapped before it runs. Caron letters keep their digraph value (`Ž` is `zh`, not `z`),
// so `Kasym-Žomart` and `Kassym-Zhomart` stay comparable.
const PRE_MAP: Record<string, string> = {
  ž: 'zh', š: 'sh', č: 'ch', ǰ: 'j', ğ: 'g', ı: 'i', ə: 'a', ŋ: 'ng', ø: 'o', æ: 'ae', œ: 'oe', đ: 'd', ł: 'l', þ: 'th',
  ü: 'u', ö: 'o', ä: 'a',
  қ: 'к', ғ: 'г', ң: 'нг', ө: 'о', ү: 'у', ұ: 'у', һ: 'х', і: 'и', ә: 'а', ў: 'у', ҳ: 'х', ҷ: 'дж', ї: 'йи', є: 'е', ґ: 'г',
};
const PRE_MAP_PATTERN = new RegExp(`[${Object.keys(PRE_MAP).join('')}]`, 'gu');

const APOSTROPHES = /['’‘ʼʻ`´′]/gu;

/**
 * One pass of the transliteration skeleton over a lowercase Latin word. Each rule merges spellings
 * that romanisation systems disagree on for the same sound:
 * - `dzh`/`dj`/`zh`/`j` → `j` (Жапаров: Japarov, Zhaparov, Dzhaparov)
 * - `kh` → `h` (Rakhmon/Rahmon), `gh` → `g` (Kirghiz/Kyrgyz), `q` → `k` (Qazinform/Kazinform)
 * - `-ow`/`-ew` → `-ov`/`-ev` in words of five letters or more (Berdimuhamedow/Berdymukhamedov; `New` stays)
 * - `y` between vowels dropped (Tokayev/Tokaev, Mirziyoyev/Mirziyoev), other `y` → `i` (Kyrgyz/Kirgiz, Sergey/Sergei)
 * - doubled consonants collapsed (Kassym/Kasym); doubled vowels kept (`Cameroon` is not `Cameron`), except `ii`
 *   (Dmitriy → dmitrii → Dmitri)
 * Vowels otherwise stay, so `Putin` ≠ `Patin` and `Karimov` ≠ `Karimova`. Known cost: `kh` → `h`
 * merges `Khan` with `Han`.
 */
function skeletonPass(word: string): string {
  return word
    .replace(/dzh|dj|zh/g, 'j')
    .replace(/kh/g, 'h')
    .replace(/gh/g, 'g')
    .replace(/q/g, 'k')
    .replace(/^(\w{3,}[oe])w$/, '$1v')
    .replace(/([aeiou])y(?=[aeiou])/g, '$1')
    .replace(/y/g, 'i')
    .replace(/([b-df-hj-np-tv-z]|i)\1+/g, '$1');
}

function skeleton(word: string): string {
  // Run to a fixed point so foldKey(foldKey(x)) === foldKey(x).
  let current = word;
  for (let pass = 0; pass < 5; pass++) {
    const next = skeletonPass(current);
    if (next === current) break;
    current = next;
  }
  return current;
}

/** Lowercase Latin approximation of any spelling, before the skeleton: script, diacritics and punctuation unified. */
export function romanize(text: string): string {
  const premapped = text.normalize('NFKC').toLowerCase().replace(PRE_MAP_PATTERN, (ch) => PRE_MAP[ch] ?? ch);
  return transliterate(premapped)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(APOSTROPHES, '')
    .replace(/\./g, '')
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}+]+/gu, ' ')
    .replace(/\s*\+\s*/g, '+')
    .trim();
}

/**
 * The key two spellings share when they are the same name: `Kassym-Jomart Tokayev`,
 * `Kasym-Žomart Tokaev` and `Касым-Жомарт Токаев` all give `kasim jomart tokaev`.
 * Words are joined by single spaces (hyphens count as spaces); `+` is kept (`C5+1`); `&` reads `and`.
 * Idempotent. Case-insensitive and dot-insensitive: see the header for acronyms. Remembered: the registry
 * is read twice in a build (curated, then with the discovered entities), each time folding its ~1,800
 * spellings (and more it filters out), about a quarter of the time it takes to read.
 */
export const foldKey = memoize(
  (text: string): string =>
    romanize(text)
      .split(' ')
      .map((word) => (/^[a-z0-9+]+$/.test(word) ? skeleton(word) : word))
      .filter((word) => word.length > 0)
      .join(' '),
  50_000,
);

/** The case-sensitive key of an acronym: dots and spaces removed, case kept (`U.S.` → `US`). */
export function acronymKey(text: string): string {
  return text.normalize('NFKC').replace(/[.\s]/gu, '');
}

/**
 * Whether a spelling is an acronym whose case carries meaning, so a match must compare `acronymKey`:
 * one word with at least two capitals and no more lower-case letters than capitals
 * (`US`, `U.S.`, `NYT`, `KazISS`, `OpenAI`, `RFE/RL`, `СССР`; not `AsiaNews`, `McDonald`, `C5+1`).
 */
export function isAcronym(text: string): boolean {
  const compact = acronymKey(text);
  if (compact.length === 0 || /\s/u.test(text.trim())) return false;
  const upper = (compact.match(/\p{Lu}/gu) ?? []).length;
  const lower = (compact.match(/\p{Ll}/gu) ?? []).length;
  return upper >= 2 && lower <= upper;
}

/**
 * The letters an initial is written with, before its full stop: one capital, or one of the digraphs the
 * region's transliterations make initials of (`Sh.Mirziyoyev`, `Zh. Tokayeva`). Discovery and the merging
 * of discovered people read initials alike.
 */
export const INITIAL_LETTERS = String.raw`(?:\p{Lu}|Sh|Ch|Zh|Kh|Ts|Yu|Ya|Ye|Yo|Gh)`;

/**
 * A Russian-style patronymic (`Rustamovich`, `Sergeyevna`, `Arkadyevich`): the one pattern the linker
 * and the variant index share. Its place in the name says what it is: after a given name in
 * `Roman Arkadyevich Abramovich`, while `Abramovich` closing that name is the surname.
 */
export function isPatronymic(word: string): boolean {
  // Turkmen writes them `-ewiç`, `-owiç`, `-ewna`: `Gurbanguly Malikgulyyewiç Berdimuhamedow`.
  return /^\p{Lu}/u.test(word) && /\p{L}{3}(?:ovich|evich|ovna|evna|ichna|ewic|owic|ewich|owich|ewna|owna)$/u.test(romanize(word));
}

// Surname endings of the region's and Slavic names, checked on the name as written. Latin text gets only the
// unambiguous ones: `-in` would flip "Kevin Smith".
export const CYRILLIC_SURNAME = /(ова|ева|ёва|ина|ына|ая|ов|ев|ёв|ин|ын|ский|ская|цкий|цкая|енко|ук|юк|чук|ич|ян|дзе|швили|улы|кызы)$/iu;
export const LATIN_SURNAME = /(ova|eva|yova|ov|ev|yov|sky|skiy|skii|skaya|tskaya|enko|chuk|vich|shvili|dze|bayev|bayeva|uly|kyzy|zoda|zade|zada|edow|edowa|yew|yewa|ýew|ýewa)$/i;

/** A word in the form of a Slavic or Central Asian surname (`Sharifov`, `Tursinbekova`, `Nazaralizoda`): capitalised, five letters at least. */
export function hasSurnameForm(word: string): boolean {
  return /^\p{Lu}\p{Ll}{4,}$/u.test(word) && LATIN_SURNAME.test(word);
}

/** A name without its possessive ending: `Trump’s` → `Trump`, `the States’` → `the States`. */
export function stripPossessive(text: string): string {
  return text.replace(/['’ʼ]s$/u, '').replace(/(s)['’ʼ]$/u, '$1');
}

export interface NameToken {
  /** The token as written (a possessive `’s` is not part of it). */
  text: string;
  start: number;
  end: number;
  /** `foldKey(text)`. */
  key: string;
}

// Dotted initialisms as one token with their final dot (`U.S.`); otherwise runs of letters, marks and
// digits with inner apostrophes (`O'Brien`, `N'Djamena`) but not a possessive `’s`.
const NAME_TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:['’ʼ](?!s(?![\p{L}\p{M}]))[\p{L}\p{M}]+)*/gu;

/**
 * Word tokens of a text with UTF-16 offsets. Hyphens, `+`, `&` and spaces separate tokens; a span from
 * one token's start to a later token's end, sliced from the text and passed to `foldKey`, gives the
 * key of that multi-word name (`Kassym-Jomart Tokayev`, `C5+1`, `Deere & Company`).
 */
export function nameTokens(text: string): NameToken[] {
  const tokens: NameToken[] = [];
  for (const match of text.matchAll(NAME_TOKEN)) {
    const start = match.index;
    // The `s` of a possessive (`Trump’s`) is not a word of its own.
    if (match[0] === 's' && /[\p{L}\p{M}]['’ʼ]$/u.test(text.slice(Math.max(0, start - 2), start))) continue;
    tokens.push({ text: match[0], start, end: start + match[0].length, key: foldKey(match[0]) });
  }
  return tokens;
}
