// Spellings of a known person that the registry does not list: other languages' transliterations
// (French `Chavkat Mirzioïev`, German `Schawkat Mirsijojew`), a patronymic in the middle (`Sergei
// Viktorovich Lavrov`), and one-letter slips (`Kassym-Jomart Tokayve`). A person candidate is compared
// with the registry's people on loose keys: the same given name, and surnames at most one edit apart.
// Only a single match counts; the linker then links it to that person and the report lists it as a
// spelling to confirm. Looked up through one-deletion neighbourhoods (the SymSpell idea), so a lookup
// costs a few map probes, not a scan of the registry.
import { foldKey, isPatronymic } from './names.ts';
import { surnameIndex, TRAILING_PARTICLES } from './surnames.ts';
import type { Entity } from './types.ts';

/** Patronymics and their Turkic counterparts, left out when comparing names. */
/** Turkic words that say `son of`/`daughter of` after a father's name (`Heydar oglu`, `Tokay uly`). */
const TURKIC_PATRONYMIC = /(?:ogli|ogly|oglu|uli|uly|kizi|kyzy|uulu)$/u;

/**
 * One word of a name, loose: the transliteration key (names.ts) with the letters other languages write
 * for the same sounds merged: `sch`/`ch` → `sh` (German, French), `w` → `v`, `ou` → `u` (French), `z` → `s`,
 * a final `e` dropped, and a `i`/`j` between vowels dropped (`Mirziyoyev`, `Mirsijojew`, `Mirzioïev`).
 */
export function looseWord(word: string): string {
  // Turkic and Slavic Latin letters as English spells them (`Raşit` is Rashit, `Šefčovič` Shefchovich)
  // before the fold takes their marks off.
  // Hungarian `cs` is `ch` too (`Kubanicsbek` is Kubanychbek).
  return foldKey(word.replace(/[şšŞŠ]/gu, 'sh').replace(/[çčÇČ]/gu, 'ch').replace(/[žŽ]/gu, 'zh').replace(/cs/gu, 'ch'))
    // `Aleksandrov`, `Alexandrov`: English spells the Cyrillic `кс` both ways.
    .replace(/ks/g, 'x')
    // Russian `щ` is `shch` in English and `sch` in German (`Tarpishchev`, `Tarpischev`; `Khrushchev`, `Chruschtschow`).
    .replace(/shch/g, 'sch')
    .replace(/tsch/g, 'ch')
    .replace(/sch/g, 'sh')
    .replace(/ch/g, 'sh')
    .replace(/w/g, 'v')
    .replace(/ou/g, 'u')
    .replace(/eo/g, 'u')
    .replace(/z/g, 's')
    .replace(/([aeiou])[ij](?=[aeiou])/g, '$1')
    .replace(/([a-z]{3,})e$/u, '$1')
    .replace(/([a-z])\1+/g, '$1')
    // The Prophet's name, in any of its usual spellings (Muhammad, Mohammed, Mohamed, Mohammad …).
    .replace(/^m[ou]ham[ae]d$/u, PROPHETS_NAME);
}

const PROPHETS_NAME = 'muhamad';
const ARABIC_PARTICLES = new Set(['bin', 'ibn', 'bint', 'al', 'el']);

/** `Muhammad`, `Mohammed`, `Mohamed`, `Mohammad`, …: the Prophet's name, in whatever usual spelling. */
export function isProphetsName(word: string): boolean {
  return looseWord(word) === PROPHETS_NAME;
}

/** A name as given name and surname, loose; null when it is not two or more words. */
export function nameParts(name: string): { given: string; surname: string } | null {
  let words = name
    .split(/[\s]+/u)
    .map((w) => w.replace(/[.,;:]+$/u, ''))
    .filter((w) => w !== '');
  // `Mohamad bin Zayad al Nahyan`, `Badr Hamad Al Busaidi`: Arabic names' `bin` and `al` come and go with the writer.
  if (words.length > 2) words = words.filter((w, n) => n === 0 || !ARABIC_PARTICLES.has(w.toLowerCase()));
  if (words.length === 3 && (isPatronymic(words[1]!) || TURKIC_PATRONYMIC.test(foldKey(words[1]!)))) words = [words[0]!, words[2]!];
  // `Sadyr Nurgojo uulu Japarov`: the father's name and `uulu` between the given name and the surname.
  if (words.length === 4 && TRAILING_PARTICLES.has(words[2]!)) words = [words[0]!, words[3]!];
  if (words.length < 2 || words.length > 4) return null;
  // The rest as one word: `Suk Yeol`, `Suk-yeol` and `Seok-yeol` are one given name in three spellings.
  return { given: looseWord(words[0]!), surname: looseWord(words.slice(1).join('').replace(/[-‐‑]/gu, '')) };
}

/**
 * `Badr bin Hamad bin Hamood Albusaidi` for `Badr bin Hamad Al Busaidi`: an Arabic name by its given name,
 * the father's name after the first `bin` and the family's name, loose; the rest of the lineage and the
 * family's `Al` come and go with the writer. Null for a name without `bin` after its first word, or of
 * fewer than four words (`Mohammed bin Salman` names no family).
 */
export function arabicKey(name: string): string | null {
  // `Abdul Aziz`, `Abdul-Aziz`, `Abdulaziz`: one name, however the writer spaces it.
  const words = name
    .trim()
    .replace(/\b(Abd(?:ul|el|ol|u)?)(?:\s+(?:al|el)[-‐‑]?|\s+|[-‐‑])(?=\p{Lu})/gu, '$1')
    .split(/\s+/u)
    .map((w) => w.replace(/[.,;:]+$/u, ''));
  if (words.length < 4 || !/^(?:bin|ibn|bint)$/iu.test(words[1]!)) return null;
  const family = words.at(-1)!.replace(/^(?:al|el)[-‐‑]?(?=\p{L}{3})/iu, '');
  return [words[0]!, words[2]!, family].map((word) => looseWord(word).replace(/\s+/gu, '')).join(' ');
}

/** The first part of a hyphenated given name, loose (`Kassym` of `Kassym-Jomart`); null for a name of one part. */
function givenHead(name: string): string | null {
  const first = name.trim().split(/\s+/u)[0] ?? '';
  const parts = first.split(/[-‐‑]/u);
  return parts.length > 1 && parts[0]!.length >= 3 ? looseWord(parts[0]!) : null;
}

/** Levenshtein distance, but only whether it is at most one. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

function deletions(word: string): string[] {
  const out = [word];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** A surname alone must be this long for two swapped letters to count. */
const MIN_TRANSPOSED_SURNAME = 6;
/** A surname must be this long for a one-letter difference to count: `Li` and `Lu` are different people. */
const MIN_FUZZY_SURNAME = 5;

export interface VariantIndex {
  /** The one registry person `name` is a spelling of, or null (none, or more than one). */
  find(name: string): Entity | null;
  /** The one registry person whose surname this is (`Costa` in `President Costa`), or null (none, or more than one). */
  bySurname(surname: string): Entity | null;
  /** How many registry people bear this surname, in any spelling of it (`Berdimuhamedov`: father and son). */
  surnameBearers(surname: string): number;
  /** The registry people whose name, in any spelling, ends in this surname (folded key), when more than one does; else none. */
  sharedSurname(key: string): Entity[];
}

function* bySurnameEntities(people: Entity[]): Generator<Entity> {
  for (const entity of people) if (entity.type === 'person') yield entity;
}

const NO_ONE: Entity[] = [];

export function buildVariantIndex(all: Iterable<Entity>): VariantIndex {
  const people = [...all].filter((e) => e.type === 'person');
  const bySurname = new Map<string, { entity: Entity; given: string; surname: string; head: string | null }[]>();
  for (const entity of people) {
    if (entity.type !== 'person') continue;
    for (const spelling of [entity.name, ...entity.aliases]) {
      const parts = nameParts(spelling);
      if (!parts) continue;
      for (const key of parts.surname.length >= MIN_FUZZY_SURNAME ? deletions(parts.surname) : [parts.surname]) {
        let list = bySurname.get(key);
        if (!list) bySurname.set(key, (list = []));
        list.push({ entity, ...parts, head: givenHead(spelling) });
      }
    }
  }
  const bySkeleton = new Map<string, { entity: Entity; given: string; surname: string }[]>();
  for (const list of bySurname.values()) {
    for (const entry of list) {
      if (entry.surname.length < LONG_SURNAME) continue;
      const key = consonants(entry.surname);
      const entries = bySkeleton.get(key) ?? [];
      if (!entries.some((e) => e.entity === entry.entity && e.given === entry.given)) entries.push(entry);
      bySkeleton.set(key, entries);
    }
  }
  const surnames = new Map<string, Set<Entity>>();
  for (const entity of bySurnameEntities(people)) {
    const key = surnameIndex(entity.name);
    if (!key) continue;
    const set = surnames.get(key) ?? new Set<Entity>();
    set.add(entity);
    surnames.set(key, set);
  }
  // Every spelling's surname (`Japarov`, `Zhaparov`, `Dzhaparov`), for a surname two people share however written.
  const spelledSurnames = new Map<string, Set<Entity>>();
  for (const entity of people) {
    for (const spelling of [entity.name, ...entity.aliases]) {
      const key = surnameIndex(spelling);
      if (key) spelledSurnames.set(key, (spelledSurnames.get(key) ?? new Set<Entity>()).add(entity));
    }
  }
  // (Asked of most capitalised words the registry does not know: kept as arrays, the few shared ones only.)
  const sharedSurnames = new Map<string, Entity[]>();
  for (const [key, bearers] of spelledSurnames) if (bearers.size > 1) sharedSurnames.set(key, [...bearers]);
  const looseSurnames = new Map<string, Set<Entity>>();
  for (const list of bySurname.values()) {
    for (const entry of list) {
      const set = looseSurnames.get(entry.surname) ?? new Set<Entity>();
      set.add(entry.entity);
      looseSurnames.set(entry.surname, set);
    }
  }
  const byArabicKey = new Map<string, Set<Entity>>();
  for (const entity of people) {
    for (const spelling of [entity.name, ...entity.aliases]) {
      const key = arabicKey(spelling);
      if (key) byArabicKey.set(key, (byArabicKey.get(key) ?? new Set<Entity>()).add(entity));
    }
  }
  return {
    bySurname(surname: string): Entity | null {
      const key = foldKey(surname);
      const found = surnames.get(key);
      if (found) return found.size === 1 ? [...found][0]! : null;
      // `President Rhamon`: two letters of a long surname swapped, a slip of the keyboard. Never a letter
      // added or dropped, which is as often another person (`Karimov`, `Karimova`).
      if (key.length < MIN_TRANSPOSED_SURNAME || /\s/u.test(key)) return null;
      const swapped = new Set<Entity>();
      for (let i = 0; i + 1 < key.length; i++) {
        if (key[i] === key[i + 1]) continue;
        for (const entity of surnames.get(key.slice(0, i) + key[i + 1] + key[i] + key.slice(i + 2)) ?? []) swapped.add(entity);
      }
      // (Swapped as written, then folded: `Mirizyoyev` folds to other letters than `Mirziyoyev` does.)
      const written = surname.trim().toLowerCase();
      for (let i = 0; swapped.size === 0 && i + 1 < written.length; i++) {
        if (written[i] === written[i + 1]) continue;
        for (const entity of surnames.get(foldKey(written.slice(0, i) + written[i + 1] + written[i] + written.slice(i + 2))) ?? []) swapped.add(entity);
      }
      return swapped.size === 1 ? [...swapped][0]! : null;
    },
    sharedSurname(key: string): Entity[] {
      return sharedSurnames.get(key) ?? NO_ONE;
    },
    surnameBearers(surname: string): number {
      return looseSurnames.get(looseWord(surname))?.size ?? 0;
    },
    find(name: string): Entity | null {
      const parts = nameParts(name);
      if (!parts) return null;
      // `S. Japarov`, `S.N. Japarov`, `Sh. Mirziyoyev`: an initial (of one letter or a digraph) for the given name.
      const initial = /^(\p{Lu}\p{Ll}?)(?:\.\s*\p{Lu}\p{Ll}?)*\.?$/u.exec(name.trim().split(/\s+/u)[0] ?? '');
      const initialKey = initial ? looseWord(initial[1]!) : null;
      const found = new Map<string, Entity>();
      const lookUp = (surname: string) => {
        for (const key of surname.length >= MIN_FUZZY_SURNAME ? deletions(surname) : [surname]) {
          for (const entry of bySurname.get(key) ?? []) {
            const surnameFits = entry.surname === surname || (surname.length >= MIN_FUZZY_SURNAME && withinOneEdit(entry.surname, surname));
            // `Kassym Tokayev`: the first part of the registry's hyphenated given name alone.
            const givenFits =
              entry.given === parts.given ||
              (parts.given.length >= 4 && withinOneEdit(entry.given, parts.given)) ||
              entry.head === parts.given ||
              (initialKey !== null && entry.given.startsWith(initialKey));
            if (surnameFits && givenFits) found.set(entry.entity.id, entry.entity);
          }
        }
      };
      lookUp(parts.surname);
      // `Murat Nurtluyev` for `Murat Nurtleu`: a Kazakh surname written with the Russian ending it dropped.
      const unrussified = parts.surname.replace(/(?:y?ev|ov|y?eva|ova)$/u, '');
      if (found.size === 0 && unrussified !== parts.surname && unrussified.length >= MIN_FUZZY_SURNAME) lookUp(unrussified);
      if (found.size === 0 && parts.surname.length >= LONG_SURNAME) {
        // Another transliteration's vowels (`Sardar Bardimohamedov` for `Serdar Berdimuhamedov`): the same
        // consonants in a long surname, and a given name of the same consonants too.
        for (const entry of bySkeleton.get(consonants(parts.surname)) ?? []) {
          if (consonants(entry.given) === consonants(parts.given)) found.set(entry.entity.id, entry.entity);
        }
      }
      // `Kassem Gomert Tokayev`: a registry surname borne by one person, and the first word one letter off the
      // first part of that person's given name; what stands between is the rest of the given name, misspelled.
      const words = name.trim().split(/\s+/u);
      if (found.size === 0 && words.length === 3) {
        const bearers = surnames.get(foldKey(words[2]!));
        const [only] = bearers?.size === 1 ? [...bearers] : [];
        const head = only ? looseWord((only.name.split(/\s+/u)[0] ?? '').split(/[-‐‑]/u)[0]!) : '';
        const first = looseWord(words[0]!);
        if (only && head.length >= 4 && first.length >= 4 && withinOneEdit(head, first)) return only;
      }
      if (found.size === 0) {
        const arabic = arabicKey(name);
        const bearers = arabic ? byArabicKey.get(arabic) : undefined;
        if (bearers?.size === 1) return [...bearers][0]!;
      }
      return found.size === 1 ? [...found.values()][0]! : null;
    },
  };
}

/** A surname at least this long may be matched on its consonants alone, or with a given name one letter off. */
export const LONG_SURNAME = 8;

function consonants(word: string): string {
  return word.replace(/[aeiou\s]/gu, '');
}

/** Two discovered spellings of one person (`Rashid Zhaksylykov`, `Rashid Zhaksylikov`): the same loose given name, surnames one edit apart. */
export function sameLoosePerson(a: string, b: string): boolean {
  const [x, y] = [nameParts(a), nameParts(b)];
  if (!x || !y) return false;
  const arabic = arabicKey(a);
  if (arabic !== null && arabic === arabicKey(b)) return true;
  // `Jorabek Mirzamahmudov` and `Jurabek Mirzamakhmudov` (Uzbek `Joʻrabek` in two transliterations): a long
  // surname the same, the given names one letter apart.
  if (x.given !== y.given) {
    return x.surname === y.surname && x.surname.length >= LONG_SURNAME && Math.min(x.given.length, y.given.length) >= 5 && withinOneEdit(x.given, y.given);
  }
  if (x.surname === y.surname || (Math.min(x.surname.length, y.surname.length) >= MIN_FUZZY_SURNAME && withinOneEdit(x.surname, y.surname))) return true;
  // `Jasem Al-Budaiwi` and `Jasem Mohamed Albudaiwi`: a middle name given once, the last words one surname.
  const last = (name: string) => looseWord((name.trim().split(/\s+/u).at(-1) ?? '').replace(/[-‐‑]/gu, ''));
  const [p, q] = [last(a), last(b)];
  // The same given name and the same last word exactly: four letters suffice (`Harsh Jain`, `Harsh Kumar Jain`).
  return p.length >= 4 && p === q && Math.abs(a.trim().split(/\s+/u).length - b.trim().split(/\s+/u).length) === 1;
}
