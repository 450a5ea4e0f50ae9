// The registry's spellings as a token trie: longest match from a token, folded keys, acronyms matched
// case-sensitively, possessives inside names (`People's Republic of China`), and the choice between
// readings of one spelling (a capital as its state or as a place; a surname two people share).
import type { Token } from './tokens.ts';
import { isNameJoiner, tokenize } from './tokens.ts';
import { MONTH } from './metadata/dates.ts';
import { hasSurnameForm, isPatronymic, romanize } from './names.ts';
import type { Entity, EntityType } from './types.ts';
import { buildVariantIndex, type VariantIndex } from './variants.ts';

export type AliasKind = 'name' | 'alias' | 'demonym' | 'metonym' | 'override';

export interface AliasEntry {
  entity: Entity;
  kind: AliasKind;
  /** Raw alias tokens, compared exactly where the alias token is an acronym (`US` ≠ `us`). */
  raw: string[];
}

export interface TrieNode {
  next: Map<string, TrieNode>;
  entries: AliasEntry[];
}

export interface Matcher {
  root: TrieNode;
  entities: Map<string, Entity>;
  /** The registry's people by loose spelling, for names the trie does not know (variants.ts). */
  variants: VariantIndex;
  /**
   * Per country id, a trie of its bodies' names without the state (`Senate` of `Senate of Kazakhstan`): what
   * follows the state's possessive (`Kazakhstan’s Senate`) names that state's body.
   */
  stateBodies: Map<string, TrieNode>;
}

/** The trie key of a token: a possessive inside a name is part of its key (`people's`), so it can only continue a name that has it. */
export function edgeKey(token: Token): string {
  return token.possessive ? `${token.key}'s` : token.key;
}

export function newNode(): TrieNode {
  return { next: new Map(), entries: [] };
}

/**
 * The trie's edge keys of an alias's tokens. A possessive ending the alias is not part of it (`Trump's` is a
 * spelling of `Trump`); a comma written before a token is (`Foreign, Commonwealth and Development Office`), so
 * that only a name spelled with it there matches a text's comma.
 */
export function aliasKeys(alias: string): { tokens: Token[]; keys: string[] } {
  const tokens = tokenize(alias);
  const keys = tokens.map((token, k) => {
    const key = k === tokens.length - 1 ? token.key : edgeKey(token);
    return k > 0 && /^,\s*$/u.test(alias.slice(tokens[k - 1]!.end, token.start)) ? `,${key}` : key;
  });
  return { tokens, keys };
}

export function addAlias(root: TrieNode, alias: string, entry: Omit<AliasEntry, 'raw'>): void {
  const { tokens, keys } = aliasKeys(alias);
  if (tokens.length === 0) return;
  let node = root;
  tokens.forEach((_, k) => {
    const key = keys[k]!;
    let child = node.next.get(key);
    if (!child) {
      child = newNode();
      node.next.set(key, child);
    }
    node = child;
  });
  // One entry per spelling: `ТАСС` and `Tass` fold to one key, but only the second fits a text's `Tass` (tokenFits).
  const raw = tokens.map((t) => t.text);
  if (!node.entries.some((e) => e.entity.id === entry.entity.id && e.kind === entry.kind && e.raw.join(' ') === raw.join(' '))) {
    node.entries.push({ ...entry, raw });
  }
}

/** Adds an alias to a trie whose nodes may be shared with the registry's: copies the path it touches. */
export function addAliasCopyOnWrite(root: TrieNode, alias: string, entry: Omit<AliasEntry, 'raw'>): void {
  const { tokens, keys } = aliasKeys(alias);
  if (tokens.length === 0) return;
  let node = root;
  tokens.forEach((_, k) => {
    const key = keys[k]!;
    const existing = node.next.get(key);
    const copy: TrieNode = existing ? { next: new Map(existing.next), entries: [...existing.entries] } : newNode();
    node.next.set(key, copy);
    node = copy;
  });
  node.entries.unshift({ ...entry, raw: tokens.map((t) => t.text) });
}

/** `Xi Jinping` is also written `Jinping Xi`, and `Tokayev Kassym-Jomart` in lists that put the surname first. */
function reversedName(name: string): string | null {
  const parts = name.split(/\s+/u);
  return parts.length === 2 ? `${parts[1]} ${parts[0]}` : null;
}

/** Builds the token trie over every name, alias, demonym and metonym in the registry. */
export function buildMatcher(entities: Iterable<Entity>): Matcher {
  const root = newNode();
  const map = new Map<string, Entity>();
  const all = [...entities];
  const statesNames = countryNamesInBodies(all);
  const stateBodies = new Map<string, TrieNode>();
  for (const entity of all) {
    map.set(entity.id, entity);
    addAlias(root, entity.name, { entity, kind: 'name' });
    for (const alias of entity.aliases) addAlias(root, alias, { entity, kind: 'alias' });
    // `Acwa Power` for `ACWA Power`: outlets write a company's acronym word in title case; only within a
    // longer name, since an acronym alone (`ACWA`, `NATO`) must match as written.
    for (const spelling of [entity.name, ...entity.aliases]) {
      const titled = titleCasedAcronymWords(spelling);
      if (titled && entity.type === 'organization') addAlias(root, titled, { entity, kind: 'alias' });
      if (entity.type === 'organization') for (const other of otherStateNames(spelling, statesNames)) addAlias(root, other, { entity, kind: 'alias' });
      const body = entity.type === 'organization' ? bodyOfState(spelling, statesNames) : null;
      if (body && body.state.country === entity.country) {
        let bodies = stateBodies.get(body.state.country);
        if (!bodies) stateBodies.set(body.state.country, (bodies = newNode()));
        addAlias(bodies, body.name, { entity, kind: 'alias' });
      }
    }
    for (const demonym of entity.demonyms ?? []) addAlias(root, demonym, { entity, kind: 'demonym' });
    for (const metonym of entity.metonyms ?? []) addAlias(root, metonym, { entity, kind: 'metonym' });
    if (entity.type === 'person') {
      const reversed = reversedName(entity.name);
      if (reversed) addAlias(root, reversed, { entity, kind: 'alias' });
    }
  }
  return { root, entities: map, variants: buildVariantIndex(map.values()), stateBodies };
}

/** A state's English names, and its adjectives, by each of its names, as a body's name ends with them: `Kyrgyzstan`, `the Kyrgyz Republic`. */
interface StateNames {
  country: string;
  names: string[];
  /** `Kyrgyz`, `Kyrgyzstani`: the adjectives a body's name may open with instead. */
  adjectives: string[];
}

/** A country's name as English writes it after `of`: `the Russian Federation`, `the United States`, `the Philippines`, `Kazakhstan`. */
export function withArticle(name: string): string {
  return /\b(?:Republic|Federation|Kingdom|States|Emirates|Union|Islands|Netherlands|Philippines|Bahamas|Gambia|Maldives|Comoros|Seychelles)\b/u.test(name) ? `the ${name}` : name;
}

function countryNamesInBodies(entities: Entity[]): Map<string, StateNames> {
  const byName = new Map<string, StateNames>();
  for (const country of entities) {
    if (country.type !== 'country') continue;
    // English words only (`Republic of Kazakhstan`, not `US`, `Қазақстан` or `Iran, Islamic Republic of`); a
    // state's formal name takes the article (`of the Russian Federation`).
    const names = [country.name, ...country.aliases]
      .filter((name) => /^\p{Lu}\p{Ll}+(?:['’]s)?(?:\s+(?:of|\p{Lu}\p{Ll}+(?:['’]s)?))*$/u.test(name))
      .map(withArticle);
    // One word, not a people's plural (`Kazakhs`).
    const adjectives = (country.demonyms ?? []).filter((demonym) => /^\p{Lu}\p{Ll}+$/u.test(demonym) && !/s$/u.test(demonym));
    for (const name of names) byName.set(name, { country: country.id, names, adjectives });
  }
  return byName;
}

/**
 * `Ministry of Foreign Affairs of Kyrgyzstan` → `… of the Kyrgyz Republic`, `Kyrgyz Ministry of Foreign Affairs`: a
 * body named with its state is also written with the state's other names (official pages use the formal one), or
 * with its adjective before it.
 */
function otherStateNames(spelling: string, statesNames: Map<string, StateNames>): string[] {
  const body = bodyOfState(spelling, statesNames);
  if (!body) return [];
  // (Not a body of one word: `the Kazakh government` is any Kazakh government, not the Government of Kazakhstan.)
  const adjectives = /\s/u.test(body.name) ? body.state.adjectives.map((adjective) => `${adjective} ${body.name}`) : [];
  return [...body.state.names.filter((name) => name !== body.stateName).map((name) => `${body.name} of ${name}`), ...adjectives];
}

/**
 * `Ministry of Foreign Affairs of the Republic of Kazakhstan` → `Ministry of Foreign Affairs`, of `the Republic of
 * Kazakhstan`: a body named with its state, split at the first `of` that the state's name follows.
 */
function bodyOfState(spelling: string, statesNames: Map<string, StateNames>): { name: string; stateName: string; state: StateNames } | null {
  for (const of of spelling.matchAll(/\sof\s+/gu)) {
    const stateName = spelling.slice(of.index + of[0].length);
    const state = statesNames.get(stateName) ?? statesNames.get(stateName.replace(/^the\s+/u, ''));
    if (state) return { name: spelling.slice(0, of.index), stateName, state };
  }
  return null;
}

/** `ACWA Power` → `Acwa Power`: a name of two or more words with an acronym word of four letters or more, that word in title case; else null. */
export function titleCasedAcronymWords(name: string): string | null {
  const words = name.split(/\s+/u);
  if (words.length < 2 || !words.some((w) => /^\p{Lu}{4,}$/u.test(w))) return null;
  return words.map((w) => (/^\p{Lu}{4,}$/u.test(w) ? w.charAt(0) + w.slice(1).toLowerCase() : w)).join(' ');
}

/**
 * An alias token that is an acronym must match the text exactly; a discovered brand's word with capitals inside
 * (`IndustriALL`, `openDemocracy`) letter for letter in any case, not by its folded key (`Industrial`), since no
 * one chose its other spellings (the registry's are, `KazMunaiGaz` for `KazMunayGas`); other tokens match by key.
 */
function tokenFits(aliasRaw: string, token: Token, discovered: boolean): boolean {
  if (/^\p{Lu}(?:\.?\p{Lu})+\.?$/u.test(aliasRaw) && aliasRaw.replace(/\./g, '').length <= 5) return token.text === aliasRaw;
  if (discovered && /\p{Ll}\p{Lu}/u.test(aliasRaw)) return token.text.toLowerCase() === aliasRaw.toLowerCase();
  return true;
}

/**
 * `Danysh Akylbekov`: a people's name of one word that only the folded key matches (`Danish`), right before another
 * capitalised word, is a given name, not the people's name.
 */
function demonymFits(entry: AliasEntry, text: string, tokens: Token[], i: number): boolean {
  if (entry.kind !== 'demonym' || entry.raw.length !== 1) return true;
  const [token, next] = [tokens[i]!, tokens[i + 1]];
  if (next === undefined || !next.capitalized || text.slice(token.end, next.start) !== ' ') return true;
  return romanize(token.text) === romanize(entry.raw[0]!);
}

/**
 * A discovered organization's name of several words ends in its head word as capitalised: `the Prime
 * Minister’s office` is no `Prime Minister’s Office`. (The registry's spellings, chosen by hand, match in any
 * case: `the Uzbek foreign ministry`.)
 */
function headFits(entry: AliasEntry, last: Token): boolean {
  return entry.entity.type !== 'organization' || !entry.entity.discovered || entry.raw.length < 2 || !/^\p{Lu}/u.test(entry.raw[entry.raw.length - 1]!) || /^\p{Lu}/u.test(last.text);
}

/**
 * An amount in a currency written with a country's letters or its people's name: `US$ 5 billion`, `US$5bn`, `US $533`,
 * `2.1 Million US Dollars`, `26,938,142 Swiss francs`.
 */
function isCurrency(text: string, token: Token): boolean {
  const next = text[token.end];
  if (next === '$') return true;
  if (next !== ' ' && next !== '\u00a0') return false;
  const after = text.slice(token.end, token.end + 12);
  if (/^\s\$\s?\d|^\s+dollars?\b/iu.test(after)) return true;
  // Another currency only with its amount before it (`the Russian ruble crisis` is Russia's).
  return /^\s+(?:francs?|rubles?|roubles?|yuan|tenge|manats?|somoni|rupees?|dinars?|riyals?|dirhams?|liras?)\b/iu.test(after) && /\d\s*(?:million|billion|bn|mn|m)?\s+$/iu.test(text.slice(Math.max(0, token.start - 16), token.start));
}

/** A comma and one space between two words, which a name the registry spells with a comma may hold. */
export function isNameComma(between: string): boolean {
  return between.length === 2 && between[0] === ',' && /\s/u.test(between[1]!);
}

/** The longest registry spelling starting at token `i`, with every entry it could be. */
export function matchAt(text: string, tokens: Token[], i: number, root: TrieNode): { last: number; entries: AliasEntry[] } | null {
  let node = root;
  let best: { last: number; entries: AliasEntry[] } | null = null;
  for (let j = i; j < tokens.length; j++) {
    const token = tokens[j]!;
    // A comma inside a name the registry spells with one (aliasKeys).
    let comma = '';
    if (j > i) {
      const prev = tokens[j - 1]!;
      // After a possessive carried inside a name, its `'s` lies between the two tokens.
      const between = text.slice(prev.end, token.start);
      if (isNameComma(between)) comma = ',';
      // `Central Asia + Japan`: a format's plus sign joins its names as registry aliases spell it.
      else if (!isNameJoiner(prev.possessive ? between.replace(/^['’ʼ]s?/u, '') : between) && !/^\s?\+\s?$/u.test(between)) break;
    }
    // A possessive token either ends the name (`Trump's`) or continues one that has it (`People's Republic`).
    const child = node.next.get(comma ? comma + token.key : token.key);
    const through = token.possessive ? node.next.get(comma ? comma + edgeKey(token) : edgeKey(token)) : undefined;
    if (child && child.entries.length > 0 && !isCurrency(text, token)) {
      const offset = j - i;
      const fitting = child.entries.filter((e) => e.raw.length === offset + 1 && e.raw.every((raw, k) => tokenFits(raw, tokens[i + k]!, e.entity.discovered === true)) && headFits(e, token) && demonymFits(e, text, tokens, i));
      if (fitting.length > 0) best = { last: j, entries: fitting };
    }
    const onward = token.possessive ? through : child;
    if (!onward) break;
    node = onward;
  }
  return best;
}

const LOCATIVE_BEFORE = /(?:\b(?:in|at|near|outside|inside|across|around|throughout|downtown|via)|\b(?:visit|visits|visited|visiting|trips?|travel|travelled|traveled|flew|flight|flights|journey|moved|returned|came|went|arrived|route|road|deported|relocated|fled|evacuated)\s+(?:to|from))\s+(?:the\s+)?(?:(?:central|northern|southern|eastern|western|downtown|suburban|greater|old|new)\s+)?$/iu;
/**
 * A city named as a location by what follows it: `Almaty-based`, `Moscow city`, `Paris (CDG)` (its airport),
 * `Moscow, 6 December 2022.` (a dateline), `21:45 Moscow time` (a clock's zone), `the Ashgabat Summit`, `the Paris Agreement` (an event or an accord
 * named after where it was held), `a Hong Kong-style hub`, `the London market`, `our Moscow office`, `London partner
 * Jane Roe` (where a firm works), `Tokyo 2020 -48kg Olympic champion` (the Games held there that year).
 */
const PLACE_AFTER = new RegExp(
  String.raw`^(?:-(?:based|style|type|like)\b|\s+(?:city|airport|metro|region|oblast|province|suburbs?|streets?|residents?|mayor|markets?|offices?|bureau|partners?|branch|headquarters|listing|time)\b|\s+\(\p{Lu}{3}\)|,?\s+\d{1,2}(?:st|nd|rd|th)?\s+${MONTH}\b|,\s+${MONTH}\.?\s+\d{1,2}\b|\s+(?:Summit|Agreement|Accord|Accords|Declaration|Dialogue|Process|Format|Conference|Forum|Protocol|Initiative|Consensus|Charter|Treaty|Convention)\b|\s+(?:19|20)\d\d\s+(?=[-–]?\d|(?:Olympic|Paralympic|Games|Olympics|Winter|Summer|Expo|EXPO|World|Asian|silver|gold|bronze)\b))`,
  'u',
);

/**
 * A city standing for its state (`Washington’s goals`, `ties with Moscow`) is the country;
 * named as a location (`a base in Moscow`, `based in Almaty`, `in central Seoul`) it is the place, or nothing.
 */
function isLocative(text: string, tokens: Token[], first: number, last: number): boolean {
  const start = tokens[first]!.start;
  const end = tokens[last]!.end;
  if (tokens[last]!.possessive) return false;
  // (`Ray Simon (New York) and Tamara Dyer (London)`: where each works, in brackets after the name; not a
  // photo's credit after a caption's sentence, `… as president. (Kremlin)`.)
  return LOCATIVE_BEFORE.test(text.slice(Math.max(0, start - 40), start)) || PLACE_AFTER.test(text.slice(end, end + 24)) || (text[start - 1] === '(' && text[end] === ')' && /\p{Lu}\p{Ll}+\s\($/u.test(text.slice(Math.max(0, start - 30), start)));
}

/** `Moscow, Russia`: the city with its own country after a comma is an address, not the state acting. */
function followedByItsCountry(text: string, end: number, country: Entity): boolean {
  const after = /^,\s+(?:the\s+)?([\p{L} .'’-]{2,40})/u.exec(text.slice(end, end + 44));
  if (!after) return false;
  const rest = after[1]!;
  return [country.name, ...country.aliases].some((name) => rest.startsWith(name) && !/\p{L}/u.test(rest.charAt(name.length)));
}

/** `Nursultan Nazarbayev International Airport`, `to Nazarbayev avenue`: a place named after a person. */
// (`the Lenin District of Bishkek`: a district named after him.)
const PLACE_NAMED_AFTER_PERSON = /^\s+(?:(?:International\s+)?(?:Airport|Avenue|Street|Boulevard|Prospect|Square|Mausoleum|Monument|Stadium|Bridge)|District|avenue|street|boulevard|prospect)\b/u;
/** `Nazarbayev International School`, `Nazarbayev Intellectual Schools`: a body named after a person. */
// (`the Lenin District Court`: the court of a district named after him.)
const BODY_NAMED_AFTER_PERSON = /^\s+(?:(?:International|Intellectual|State|National)\s+)?(?:Schools?|University|Academy|Institute|Foundation|Library|Museum)\b|^\s+District\s+Courts?\b/u;

/** Whether a person's name ending at `end` names a place or a body after them, not them. */
export function namedAfterPerson(text: string, end: number): 'place' | 'body' | null {
  const after = text.slice(end, end + 32);
  return BODY_NAMED_AFTER_PERSON.test(after) ? 'body' : PLACE_NAMED_AFTER_PERSON.test(after) ? 'place' : null;
}

/**
 * Whether a registry person's name matched up to token `last` names a place or a body after them, not them
 * (`Nursultan Nazarbayev International Airport`, `Nazarbayev International School`); a maintainer's override still
 * links the person.
 */
export function namedAfterMatch(text: string, tokens: Token[], first: number, last: number, entries: AliasEntry[]): 'place' | 'body' | null {
  if (entries.some((e) => e.kind === 'override') || !entries.every((e) => e.entity.type === 'person')) return null;
  return placeKindBefore(text, tokens[first]!.start) ? 'place' : namedAfterPerson(text, tokens[last]!.end);
}

/** `Peak Lenin`, `Fort Shevchenko`, `Cape Chelyuskin`: a place's kind before a person's name names the place after them. */
export function placeKindBefore(text: string, start: number): boolean {
  return /(?:^|[\s(])(?:Peak|Pik|Mount|Mt\.?|Fort|Cape|Lake|Glacier)\s+$/u.test(text.slice(Math.max(0, start - 12), start));
}

const CCTV_THING_AFTER = /^[\s-]+(?:cameras?|footage|surveillance|systems?|monitoring|network)\b/u;

const TYPE_RANK: Record<EntityType, number> = { organization: 0, person: 1, country: 2, place: 3 };

/** A span of tokens linked to an entity, as the linker builds them. */
export interface Span {
  first: number;
  last: number;
  entity: Entity;
  kind: AliasKind | 'discovered' | 'surname' | 'variant';
}

/**
 * `Kalas Nurpeisov`: a registry person's one-word spelling, followed by a surname of the region's form, is someone else's
 * given name. (`Saidov Saidbeg Boykhonovich`: before a given name and a patronymic, someone else's surname, written first.)
 */
export function givenNameOfAnother(text: string, tokens: Token[], first: number, last: number, entries: AliasEntry[]): boolean {
  const next = tokens[last + 1];
  if (first !== last || next === undefined || !entries.every((e) => e.entity.type === 'person') || !/^\s$/u.test(text.slice(tokens[last]!.end, next.start))) return false;
  const after = tokens[last + 2];
  return hasSurnameForm(next.text) || (next.capitalized && after !== undefined && /^\s$/u.test(text.slice(next.end, after.start)) && isPatronymic(after.text));
}

/** Which of the entries one spelling matched is meant here, or null when it cannot be told. */
export function chooseEntry(text: string, tokens: Token[], first: number, last: number, entries: AliasEntry[], previous: Span | undefined): AliasEntry | null {
  const override = entries.find((e) => e.kind === 'override');
  if (override) return override;
  // `CCTV cameras`: closed-circuit television, not China Central Television.
  if (first === last && tokens[first]!.text === 'CCTV' && CCTV_THING_AFTER.test(text.slice(tokens[last]!.end, tokens[last]!.end + 24))) return null;

  const metonyms = entries.filter((e) => e.kind === 'metonym');
  const places = entries.filter((e) => e.entity.type === 'place');
  if (metonyms.length > 0) {
    // `Moscow and Beijing`: the second conjunct reads like the first.
    const between = previous ? text.slice(tokens[previous.last]!.end, tokens[first]!.start) : '';
    const locative =
      previous && /^(?:\s+(?:and|or)\s+|,\s+)$/u.test(between) && (previous.kind === 'metonym' || previous.entity.type === 'place')
        ? previous.entity.type === 'place'
        : isLocative(text, tokens, first, last) || followedByItsCountry(text, tokens[last]!.end, metonyms[0]!.entity);
    if (locative) return places[0] ?? null;
    if (metonyms.length === 1) return metonyms[0]!;
    return null;
  }
  const distinct = new Map<string, AliasEntry>();
  for (const entry of entries) if (!distinct.has(entry.entity.id)) distinct.set(entry.entity.id, entry);
  if (distinct.size === 1) return entries[0]!;
  // Same surface for two entities: prefer a name over an alias, then the more specific type; else leave it.
  const named = [...distinct.values()].filter((e) => e.kind === 'name');
  if (named.length === 1) return named[0]!;
  const ranked = [...distinct.values()].sort((a, b) => TYPE_RANK[a.entity.type] - TYPE_RANK[b.entity.type]);
  if (TYPE_RANK[ranked[0]!.entity.type] < TYPE_RANK[ranked[1]!.entity.type]) return ranked[0]!;
  return null;
}
